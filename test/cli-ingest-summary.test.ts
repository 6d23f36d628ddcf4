/** @module Tests for the summary `msd ingest` prints per message type, on the official iJw samples and on the project's own iJw/iWmo messages. */
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MESSAGES, SAMPLES } from './ingest/istandaarden-helpers.ts';
import { msd } from './helpers/run-cli.ts';
import { needsShared } from './helpers/shared-folder.ts';

const samples = needsShared('the official iJw samples (istandaarden/jw/berichten)');

/** `msd init` then `msd ingest <folder>` in a new data folder: the exit code and the summary rows by message type. */
async function ingestSummary(
  folder: string,
  region: string[] = [],
): Promise<{ code: number; rows: Record<string, number[]> }> {
  const data = join(await mkdtemp(join(tmpdir(), 'msd-summary-')), 'data');
  expect((await msd('init', '--data', data, '--gemeente', 'GM0637', ...region)).code).toBe(0);
  const result = await msd('ingest', '--data', data, folder);
  const rows = Object.fromEntries(
    result.out
      .split('\n')
      .filter((line) => /^(JW|WMO)\d{3}\s/.test(line))
      .map((line) => {
        const [message, ...counts] = line.trim().split(/\s+/);
        return [message, counts.map(Number)];
      }),
  );
  return { code: result.code, rows };
}

describe('msd ingest summary per message type', () => {
  it.skipIf(samples.absent)(
    samples.title('prints for the official iJw samples: 301/305/307/323 stored, the others skipped'),
    async () => {
      // The samples are exchanged with gemeenten 0384 (301) and 0363 (305/307/323): a region that accepts both.
      const { code, rows } = await ingestSummary(SAMPLES, ['--regio', 'GM0384,gm0363']);
      expect(code).toBe(0);
      // columns: read, stored, replaced, skipped, quarantined, duplicate
      for (const type of ['JW301', 'JW305', 'JW307', 'JW323']) {
        expect(rows[type]?.[1], `${type} stored`).toBeGreaterThan(0);
        expect(rows[type]?.[3], `${type} skipped`).toBe(0);
      }
      for (const type of ['JW302', 'JW306', 'JW308', 'JW316', 'JW317', 'JW319', 'JW320', 'JW325']) {
        expect(rows[type], type).toEqual([0, 0, 0, 1, 0, 0]);
      }
    },
  );

  it("prints for the project's iJw and iWmo messages: every record stored, the JW302 skipped", async () => {
    const { code, rows } = await ingestSummary(MESSAGES);
    expect(code).toBe(0);
    // columns: read, stored, replaced, skipped, quarantined, duplicate
    expect(rows).toEqual({
      JW301: [2, 2, 0, 0, 0, 0],
      JW302: [0, 0, 0, 1, 0, 0],
      JW305: [2, 2, 0, 0, 0, 0],
      JW307: [1, 1, 0, 0, 0, 0],
      JW323: [4, 4, 0, 0, 0, 0],
      WMO301: [2, 2, 0, 0, 0, 0],
      WMO305: [2, 2, 0, 0, 0, 0],
      WMO307: [1, 1, 0, 0, 0, 0],
      WMO323: [2, 2, 0, 0, 0, 0],
    });
  });
});
