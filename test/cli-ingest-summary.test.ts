import { existsSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { msd } from './helpers/run-cli.ts';

const SAMPLES = new URL('../../shared/istandaarden/jw/berichten/', import.meta.url).pathname;

describe.skipIf(!existsSync(SAMPLES))('msd ingest on the official iJw samples', () => {
  it('prints a summary per message type: 301/305/307/323 stored, the others skipped', async () => {
    const data = join(await mkdtemp(join(tmpdir(), 'msd-summary-')), 'data');
    // The samples are exchanged with gemeenten 0384 (301) and 0363 (305/307/323): a region that accepts both.
    const init = await msd('init', '--data', data, '--gemeente', 'GM0637', '--regio', 'GM0384,gm0363');
    expect(init.code).toBe(0);
    expect(init.out).toContain('Region: messages for GM0384, GM0363 are accepted too.');
    const wrong = await msd('init', '--data', data, '--regio', '0363');
    expect(wrong.code).toBe(2);
    expect(wrong.err).toContain(
      'Invalid --regio code "0363" (expected CBS gemeente codes, e.g. GM0637,GM0638).',
    );
    const result = await msd('ingest', '--data', data, SAMPLES);
    expect(result.code).toBe(0);
    const rows = Object.fromEntries(
      result.out
        .split('\n')
        .filter((line) => /^JW\d{3}\s/.test(line))
        .map((line) => {
          const [message, ...counts] = line.trim().split(/\s+/);
          return [message, counts.map(Number)];
        }),
    );
    // columns: read, stored, replaced, skipped, quarantined, duplicate
    for (const type of ['JW301', 'JW305', 'JW307', 'JW323']) {
      expect(rows[type]?.[1], `${type} stored`).toBeGreaterThan(0);
      expect(rows[type]?.[3], `${type} skipped`).toBe(0);
    }
    for (const type of ['JW302', 'JW306', 'JW308', 'JW316', 'JW317', 'JW319', 'JW320', 'JW325']) {
      expect(rows[type], type).toEqual([0, 0, 0, 1, 0, 0]);
    }
  });
});
