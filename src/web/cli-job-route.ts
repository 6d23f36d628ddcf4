/** @module `POST /internal/cli`: runs a CLI command handed over by `msd` on this machine (loopback + the data folder's token), one at a time. */
import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { BuildStep } from './build-status.ts';

export interface CliJobs {
  /** Secret shared through the data folder's `server.json` (mode 0600): only the folder's owner can hand work over. */
  readonly token: string;
  /** Commands that may be run here. */
  readonly allowed: readonly string[];
  /** `building`: the demo build's step while it still runs in this server (the CLI says figures may follow). */
  run(args: readonly string[]): Promise<{ code: number; out: string[]; err: string[]; building?: BuildStep }>;
}

const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

function tokenMatches(header: string | undefined, token: string): boolean {
  const given = Buffer.from(header?.replace(/^Bearer /, '') ?? '');
  const expected = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

export function registerCliJobRoute(app: FastifyInstance, jobs: CliJobs): void {
  let queue: Promise<unknown> = Promise.resolve();
  app.post<{ Body: { args?: unknown } }>('/internal/cli', async (request, reply) => {
    if (!LOOPBACK.has(request.ip)) return reply.code(403).send('Alleen vanaf deze machine.');
    if (!tokenMatches(request.headers.authorization, jobs.token))
      return reply.code(401).send('Ongeldig token.');
    const args = request.body?.args;
    if (!Array.isArray(args) || !args.every((a): a is string => typeof a === 'string')) {
      return reply.code(400).send('args must be an array of strings');
    }
    const command = args.find((a) => !a.startsWith('-'));
    if (!command || !jobs.allowed.includes(command)) {
      return reply.code(400).send(`The server does not run "${command ?? ''}" for the CLI.`);
    }
    // One command at a time: ingest and compute write, and must not interleave.
    const result = queue.then(() => jobs.run(args));
    queue = result.catch(() => undefined);
    return result;
  });
}
