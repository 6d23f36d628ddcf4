/** @module `POST /internal/cli`: runs a CLI command handed over by `msd` on this machine (loopback + the data folder's token), one at a time. */
import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { HttpError } from '../errors.ts';
import { t } from '../views/messages.ts';
import type { BuildStep } from './build-status.ts';
import { createWriteQueue, type WriteQueue } from './write-queue.ts';

export interface CliJobs {
  /** Secret shared through the data folder's `server.json` (mode 0600): only the folder's owner can hand work over. */
  readonly token: string;
  /** Commands that may be run here. */
  readonly allowed: readonly string[];
  /** `building`: the demo build's step while it still runs in this server (the CLI says figures may follow). */
  run(
    args: readonly string[],
    stdin?: string,
  ): Promise<{ code: number; out: string[]; err: string[]; building?: BuildStep }>;
}

/**
 * The CLI sends `{ "args": [...] }` with its arguments, file and folder paths made absolute (server-handoff.ts): a
 * shell glob over 20,000 files of 150-character paths is about 3 MB, so this route takes up to 8 MB where every
 * other route takes 64 kB (http-errors.ts). Beyond it the answer is 413.
 */
export const CLI_BODY_LIMIT = 8 * 1024 * 1024;

const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

function tokenMatches(header: string | undefined, token: string): boolean {
  const given = Buffer.from(header?.replace(/^Bearer /, '') ?? '');
  const expected = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** `writes`: the server's queue of writing work, shared with browser uploads (upload-routes.ts). */
export function registerCliJobRoute(
  app: FastifyInstance,
  jobs: CliJobs,
  writes: WriteQueue = createWriteQueue(),
): void {
  app.post<{ Body: { args?: unknown; stdin?: unknown } }>(
    '/internal/cli',
    // `local`: not a session route; loopback, the token below and no browser headers (route-access.ts) guard it.
    { bodyLimit: CLI_BODY_LIMIT, config: { access: 'local' } },
    async (request) => {
      if (!LOOPBACK.has(request.ip)) throw new HttpError(403, t('errorLoopbackOnly'));
      if (!tokenMatches(request.headers.authorization, jobs.token))
        throw new HttpError(401, t('errorBadToken'));
      const args = request.body?.args;
      if (!Array.isArray(args) || !args.every((a): a is string => typeof a === 'string')) {
        throw new HttpError(400, t('errorCliArgs'));
      }
      const command = args.find((a) => !a.startsWith('-'));
      if (!command || !jobs.allowed.includes(command)) {
        throw new HttpError(400, t('errorCliCommand', { command: command ?? '' }));
      }
      // One command at a time: ingest and compute write, and must not interleave.
      // `stdin`: what the CLI read from its standard input for `--password-stdin` (never logged).
      const stdin = typeof request.body.stdin === 'string' ? request.body.stdin : undefined;
      return writes.run(() => jobs.run(args, stdin));
    },
  );
}
