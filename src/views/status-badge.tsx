/** @module The status of a goal-tree node as a badge: the status in words (never colour alone), its voorlopig/lopend mark, and optionally its reason. */
import type { JSX } from 'preact';
import type { GoalStatus, StatusMark } from '../domain/goal-status.ts';
import { t, type Locale } from './messages.ts';

/** CSS modifier per status; the colours live in the stylesheet (`msd-status--…`), the words in the badge. */
export const STATUS_MODIFIER: Record<GoalStatus, string> = {
  'op koers': 'on-course',
  aandacht: 'attention',
  'uit koers': 'off-course',
  'geen streefwaarde': 'no-target',
  'te klein om te duiden': 'too-small',
  'nog geen gegevens': 'no-data',
};

export interface StatusBadgeProps {
  status: GoalStatus;
  mark?: StatusMark | null;
  /** Shown after the badge as "Reden: …" when given. */
  reason?: string;
  locale?: Locale;
}

/** "op koers (voorlopig)": the text a badge shows, also usable in tables and plain-text output. */
export function statusText(status: GoalStatus, mark?: StatusMark | null): string {
  return mark ? `${status} (${mark})` : status;
}

export function StatusBadge({ status, mark, reason, locale = 'nl' }: StatusBadgeProps): JSX.Element {
  const badge = (
    <span class={`msd-status msd-status--${STATUS_MODIFIER[status]}`}>{statusText(status, mark)}</span>
  );
  if (reason === undefined) return badge;
  return (
    <p class="utrecht-paragraph msd-status-line">
      <span class="msd-visually-hidden">{`${t('statusLabel', {}, locale)}: `}</span>
      {badge} <span class="msd-status-reason">{`${t('statusReason', {}, locale)}: ${reason}`}</span>
    </p>
  );
}
