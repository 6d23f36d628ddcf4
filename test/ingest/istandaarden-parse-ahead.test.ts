/** @module Tests for parsing the next iJw / iWmo file ahead while the current batch loads: same store contents as one file at a time, failures stay with their own file, bounded memory. */
import { copyFile, mkdtemp, readdir, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAhead } from '../../src/ingest/istandaarden/message-prefetch.ts';
import { Pseudonymiser } from '../../src/ingest/pseudonymise.ts';
import type { SqlStore } from '../../src/store/sql-store.ts';
import { withFixtureDb } from '../helpers/fixture-db.ts';
import { SAMPLES, SECRET, ingest, recordCounts } from './istandaarden-helpers.ts';

const hasShared = existsSync(SAMPLES);

/** Everything the batches wrote, batch ids left out (they number the same either way). */
async function contents(store: SqlStore): Promise<unknown> {
  return {
    counts: await recordCounts(store),
    provisions: await store.all('SELECT * EXCLUDE (batch) FROM provision ORDER BY id'),
    claims: await store.all('SELECT * EXCLUDE (batch, id), id::VARCHAR AS id FROM claim ORDER BY id'),
    quarantine: await store.all('SELECT file, position, reason FROM quarantine ORDER BY ALL'),
  };
}

/** The official samples with a broken message between them (rejected on its own). */
async function samplesWithBrokenFile(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'msd-ahead-'));
  for (const name of await readdir(SAMPLES)) await copyFile(join(SAMPLES, name), join(dir, name));
  await writeFile(join(dir, 'JW304-broken.xml'), '<?xml version="1.0"?><Bericht><Header>');
  return dir;
}

describe('iJw / iWmo files parsed ahead', () => {
  it.skipIf(!hasShared)(
    'store exactly what one file at a time stores, and a broken file is rejected alone',
    async () => {
      const dir = await samplesWithBrokenFile();
      const files = (await readdir(dir)).sort().map((name) => join(dir, name));
      let together: unknown;
      await withFixtureDb(async (store) => {
        const results = await ingest(store, [dir]);
        expect(results.map((r) => r.status)).toEqual(
          files.map((f) => (f.endsWith('broken.xml') ? 'rejected' : 'stored')),
        );
        together = await contents(store);
      });
      await withFixtureDb(async (store) => {
        for (const file of files) await ingest(store, [file]);
        expect(await contents(store)).toEqual(together);
      });
      expect((together as { counts: Record<string, number> }).counts.claim).toBe(5);
    },
  );

  it.skipIf(!hasShared)('leave a file with more records than the limit to its own batch', async () => {
    await withFixtureDb(async (store) => {
      const ctx = { store, pseudonymiser: new Pseudonymiser(SECRET), gemeente: 'GM0637' };
      const file = join(SAMPLES, 'JW323.xml');
      const whole = await parseAhead(ctx, file);
      expect(whole !== null && 'parsed' in whole ? whole.parsed.counts.read : null).toBe(5);
      expect(await parseAhead(ctx, file, 3)).toBeNull();
      const broken = join(await mkdtemp(join(tmpdir(), 'msd-ahead-')), 'x.xml');
      await writeFile(broken, '<Bericht');
      const failed = await parseAhead(ctx, broken);
      expect(failed !== null && 'error' in failed ? String(failed.error) : null).toMatch(/x\.xml/);
    });
  });
});
