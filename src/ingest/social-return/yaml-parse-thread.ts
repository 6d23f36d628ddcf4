/**
 * @module Parses a social-return YAML text on a worker thread: the `yaml` package needs 150–500 ms for a 30 kB
 * example on a loaded machine, too long to block a server that answers requests meanwhile (the demo loads the
 * examples while it serves). Without a worker (the TypeScript loader not found) it parses on this thread.
 */
import { parse } from 'yaml';
import { startModuleWorker } from '../../module-worker.ts';

export interface YamlParseWorkerData {
  readonly text: string;
}

export type YamlParseReply =
  { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly message: string };

/**
 * Texts up to this size parse on this thread: a few kilobytes take tens of milliseconds, less than starting a worker
 * (which loads the TypeScript loader and the parser anew, seconds on a loaded machine).
 */
export const WORKER_THRESHOLD_BYTES = 16 * 1024;

/** The parsed value; rejects with an Error carrying the parser's message, as `parse` would throw it. */
export function parseYamlOffThread(text: string): Promise<unknown> {
  if (text.length <= WORKER_THRESHOLD_BYTES) return Promise.resolve().then(() => parse(text) as unknown);
  const worker = startModuleWorker(import.meta.url, 'yaml-parse-worker', {
    text,
  } satisfies YamlParseWorkerData);
  if (worker === undefined) return Promise.resolve().then(() => parse(text) as unknown);
  return new Promise<unknown>((resolve, reject) => {
    worker.once('message', (reply: YamlParseReply) =>
      reply.ok ? resolve(reply.value) : reject(new Error(reply.message)),
    );
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`YAML worker stopped (exit code ${code})`)));
  }).finally(() => void worker.terminate());
}
