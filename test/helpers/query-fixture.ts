/** @module The data folder the CLI query and export tests read: the CSV fixture, local indicators and imported GGD figures, computed. */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import { msd } from './run-cli.ts';

const FIXTURES = new URL('../fixtures/csv/', import.meta.url).pathname;
const LOCAL_INDICATORS = new URL('../fixtures/aggregates/local-indicators.json', import.meta.url).pathname;

/** The GGD loneliness figures every query test imports (one secret, one provisional). */
const GGD_LINES = [
  'local.loneliness.pct;2020;GM0637;47,5;;;%;GGD 2020;final',
  'local.loneliness.pct;2020;WK063700;52,1;;;%;GGD 2020;voorlopig',
  'local.loneliness.pct;2020;WK063706;43,75;;;%;GGD 2020;final',
  'local.loneliness.pct;2020;WK063709;.;;;%;GGD 2020;final',
];

/**
 * Initialises a data folder in a new temp folder, ingests test/fixtures/csv, defines the local indicators, runs
 * `before` (e.g. custom areas), imports the GGD figures plus `extraValues` and computes. Returns both folders.
 */
export async function queryFixture(
  prefix: string,
  options: { extraValues?: readonly string[]; before?: (dir: string, data: string) => Promise<void> } = {},
): Promise<{ dir: string; data: string }> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  const data = join(dir, 'data');
  expect((await msd('init', '--data', data, '--gemeente', 'GM0637')).code).toBe(0);
  expect((await msd('ingest', '--data', data, FIXTURES)).code).toBe(0);
  await options.before?.(dir, data);
  expect((await msd('indicators', 'define', '--data', data, LOCAL_INDICATORS)).code).toBe(0);
  const header = 'indicator;period;area;value;numerator;denominator;unit;source;status';
  await writeFile(
    join(dir, 'ggd.csv'),
    [header, ...GGD_LINES, ...(options.extraValues ?? []), ''].join('\n'),
  );
  expect((await msd('values', 'import', '--data', data, join(dir, 'ggd.csv'))).code).toBe(0);
  expect((await msd('compute', '--data', data)).code).toBe(0);
  return { dir, data };
}
