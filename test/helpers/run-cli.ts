/** @module Test helper: runs the `msd` CLI in-process and captures its output lines. */
import { main } from '../../src/cli/main.ts';

export interface CliRun {
  code: number;
  out: string;
  err: string;
}

export async function msd(...args: string[]): Promise<CliRun> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(['node', 'msd', ...args], { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/** Exact values of one indicator and period as [area, value] pairs (`--exact --format json`). */
export async function exactValues(
  data: string,
  id: string,
  period: string,
): Promise<Array<[string, number | null]>> {
  const result = await msd(
    'indicators',
    'show',
    id,
    '--data',
    data,
    '--period',
    period,
    '--exact',
    '--format',
    'json',
  );
  if (result.code !== 0) throw new Error(`msd indicators show failed: ${result.err}`);
  return (JSON.parse(result.out) as Array<{ area: string; value: number | null }>).map((r) => [
    r.area,
    r.value,
  ]);
}
