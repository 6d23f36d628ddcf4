/** @module The privacy fuzz, bounded for the suite (30 files, one `msd ingest` run): no crash, no partial batch, no planted identifying value anywhere in the data folder, the database's text, the output or `msd batches`. `npm run fuzz -- --files 2000` is the full run. */
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runFuzz } from '../../bench/fuzz/fuzz-run.ts';

describe('privacy fuzz', () => {
  it('finds none of the identifying values planted in 30 mutated XML, CSV and XLSX files', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'msd-fuzz-test-'));
    const report = await runFuzz({ files: 30, seed: 13, dir, chunk: 30 });
    expect(report.files).toBe(30);
    expect(report.planted).toBeGreaterThan(30);
    expect(report.crashes).toEqual([]);
    expect(report.partialBatches).toEqual([]);
    expect(report.hits).toEqual([]);
    // The mutations do bite: some files are rejected and some records quarantined.
    expect(report.rejected).toBeGreaterThan(0);
    expect(report.quarantined).toBeGreaterThan(0);
  }, 90_000);
});
