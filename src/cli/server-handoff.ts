/** @module Hands a write command to the `msd serve` process that holds the data folder (DuckDB allows one writer), over loopback with the folder's token. */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { t, type MessageKey } from '../views/messages.ts';
import type { BuildStep } from '../web/build-status.ts';
import type { CliIo } from './cli-output.ts';

/** Written by `msd serve` into the data folder (mode 0600) while it runs. */
export const SERVER_FILE = 'server.json';

export interface ServerInfo {
  pid: number;
  url: string;
  token: string;
}

/** Commands a running server can run for the CLI; everything else (demo, serve, init) never is handed over. */
export const HANDOFF_COMMANDS = [
  'ingest',
  'compute',
  'indicators',
  'batches',
  'values',
  'cbs',
  'areas',
  'goals',
  'targets',
  'narratives',
  'rendement',
  'forecast',
  'users',
  'tokens',
  'audit',
  'report',
  'snapshots',
  'budget',
  'purge',
] as const;

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The server running on this data folder, if any (a stale file of a dead process is ignored). */
export function runningServer(dataDir: string): ServerInfo | undefined {
  const path = join(resolve(dataDir), SERVER_FILE);
  if (!existsSync(path)) return undefined;
  try {
    const info = JSON.parse(readFileSync(path, 'utf8')) as ServerInfo;
    return info.pid !== process.pid && isAlive(info.pid) ? info : undefined;
  } catch {
    return undefined;
  }
}

/** The data folder and command named by CLI arguments (`msd <command> ... --data <dir>`), without full parsing. */
export function commandAndDataDir(args: readonly string[]): { command: string | undefined; dataDir: string } {
  const at = args.indexOf('--data');
  const inline = args.find((a) => a.startsWith('--data='));
  const dataDir = at >= 0 ? (args[at + 1] ?? './data') : inline ? inline.slice('--data='.length) : './data';
  return { command: args.find((a) => !a.startsWith('-')), dataDir };
}

/**
 * Arguments that name existing files or folders, and the file after `--out` (which need not exist yet), become
 * absolute, since the server has its own working directory.
 */
export function absolutisePaths(args: readonly string[]): string[] {
  return args.map((a, i) => {
    if (a.startsWith('--out=')) return `--out=${resolve(a.slice('--out='.length))}`;
    if (args[i - 1] === '--out') return resolve(a);
    return !a.startsWith('-') && existsSync(a) ? resolve(a) : a;
  });
}

const BUILD_STEP_MESSAGES: Partial<Record<BuildStep, MessageKey>> = {
  generate: 'buildStepGenerate',
  ingest: 'buildStepIngest',
  'compute-core': 'buildStepCompute',
  'compute-rest': 'buildStepComplete',
};

/** `de demo wordt nog opgebouwd (stap: inlezen); cijfers volgen`. */
export function buildStillRunning(step: BuildStep): string {
  const key = BUILD_STEP_MESSAGES[step];
  return t('buildStillRunning', { step: key ? t(key) : step });
}

/** The message of the server's JSON error answer (`{ error: { message } }`, http-errors.ts), else the text itself. */
function refusal(body: string): string {
  try {
    const message = (JSON.parse(body) as { error?: { message?: unknown } }).error?.message;
    return typeof message === 'string' ? message : body;
  } catch {
    return body;
  }
}

async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  if ('isTTY' in stream && stream.isTTY) return '';
  let text = '';
  for await (const chunk of stream) text += String(chunk);
  return text;
}

/** Runs the command in the server process and relays its output; returns its exit code. */
export async function handOff(server: ServerInfo, args: readonly string[], io: CliIo): Promise<number> {
  io.err(`msd: ${t('handOffNotice', { pid: String(server.pid), url: server.url })}`);
  let response: Response;
  try {
    response = await fetch(`${server.url}/internal/cli`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${server.token}` },
      // `--password-stdin`: the password is read here and sent along, never as an argument.
      body: JSON.stringify({
        args: absolutisePaths(args),
        ...(args.includes('--password-stdin') ? { stdin: await readAll(process.stdin) } : {}),
      }),
    });
  } catch (error) {
    io.err(`msd: ${t('handOffUnreachable', { url: server.url, reason: (error as Error).message })}`);
    return 1;
  }
  if (!response.ok) {
    const reason = refusal(await response.text());
    io.err(`msd: ${t('handOffRefused', { status: String(response.status), reason })}`);
    return 1;
  }
  const result = (await response.json()) as {
    code: number;
    out: string[];
    err: string[];
    building?: BuildStep;
  };
  result.out.forEach((line) => io.out(line));
  result.err.forEach((line) => io.err(line));
  if (result.building) io.err(`msd: ${buildStillRunning(result.building)}`);
  return result.code;
}
