/** @module Hands a write command to the `msd serve` process that holds the data folder (DuckDB allows one writer), over loopback with the folder's token. */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
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
 * Arguments that name existing files or folders become absolute, since the server has its own working directory;
 * so does the file an `--out` option writes.
 */
export function absolutisePaths(args: readonly string[]): string[] {
  return args.map((a, i) =>
    !a.startsWith('-') && (existsSync(a) || args[i - 1] === '--out') ? resolve(a) : a,
  );
}

/** Runs the command in the server process and relays its output; returns its exit code. */
export async function handOff(server: ServerInfo, args: readonly string[], io: CliIo): Promise<number> {
  io.err(
    `msd: the data folder is held by msd serve (PID ${server.pid}, ${server.url}); the command runs there.`,
  );
  let response: Response;
  try {
    response = await fetch(`${server.url}/internal/cli`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${server.token}` },
      body: JSON.stringify({ args: absolutisePaths(args) }),
    });
  } catch (error) {
    io.err(`msd: cannot reach msd serve at ${server.url}: ${(error as Error).message}`);
    return 1;
  }
  if (!response.ok) {
    io.err(`msd: msd serve refused the command (${response.status}): ${await response.text()}`);
    return 1;
  }
  const result = (await response.json()) as { code: number; out: string[]; err: string[] };
  result.out.forEach((line) => io.out(line));
  result.err.forEach((line) => io.err(line));
  return result.code;
}
