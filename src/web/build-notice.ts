/** @module The notice a page shows while a demo build runs in the server (or after it failed). */
import { t, type Locale } from '../views/messages.ts';
import type { BuildStatus } from './build-status.ts';

const STEP_MESSAGES = {
  generate: 'buildGenerate',
  ingest: 'buildIngest',
  'compute-core': 'buildCompute',
  'compute-rest': 'buildComplete',
} as const;

export function buildNotice(
  status: BuildStatus | undefined,
  locale: Locale = 'nl',
): { kind: 'info' | 'error'; text: string } | undefined {
  if (!status) return undefined;
  const { step, detail } = status.state;
  if (step === 'failed') return { kind: 'error', text: t('buildFailed', { detail }, locale) };
  if (step === 'ready') return undefined;
  return {
    kind: 'info',
    text: t(
      'buildBusy',
      { step: t(STEP_MESSAGES[step], {}, locale), seconds: status.elapsedSeconds() },
      locale,
    ),
  };
}
