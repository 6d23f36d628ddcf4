/** @module Test helper: a small data folder for report tests — the CSV fixtures of Zoetermeer ingested and computed, with the Voorschoten goal tree loaded. */
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { msd } from '../helpers/run-cli.ts';

export const CSV_FIXTURES = new URL('../fixtures/csv/', import.meta.url).pathname;

/** Builds the folder through the real CLI; fails loudly when a step fails. */
export async function reportFixture(): Promise<string> {
  const data = join(await mkdtemp(join(tmpdir(), 'msd-report-')), 'data');
  for (const args of [
    ['init', '--data', data, '--gemeente', 'GM0637'],
    ['ingest', '--data', data, CSV_FIXTURES],
    ['compute', '--data', data],
    ['goals', 'init', '--data', data, '--template', 'voorschoten'],
  ]) {
    const run = await msd(...args);
    if (run.code !== 0) throw new Error(`msd ${args.join(' ')} failed: ${run.err}`);
  }
  return data;
}
