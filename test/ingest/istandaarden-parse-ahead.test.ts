/** @module Tests for parsing the next iJw / iWmo file ahead while the current batch loads: same store contents as one file at a time, failures stay with their own file, bounded memory. */
import { copyFile, mkdtemp, readdir, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeBigDeclaration } from '../../bench/ingest/big-declaration-writer.ts';
import { ParseThread } from '../../src/ingest/istandaarden/message-parse-thread.ts';
import { parseAhead } from '../../src/ingest/istandaarden/message-prefetch.ts';
import { STAGES, type StageTable } from '../../src/ingest/istandaarden/record-stage-loader.ts';
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
      // The samples are exchanged with gemeenten 0384 and 0363: a region that accepts both.
      const region = "INSERT INTO meta VALUES ('regio', 'GM0384,GM0363')";
      await withFixtureDb(async (store) => {
        await store.run(region);
        const results = await ingest(store, [dir]);
        expect(results.map((r) => r.status)).toEqual(
          files.map((f) => (f.endsWith('broken.xml') ? 'rejected' : 'stored')),
        );
        together = await contents(store);
      });
      await withFixtureDb(async (store) => {
        await store.run(region);
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

  it.skipIf(!hasShared)(
    'parse on a worker thread exactly what the main thread parses, with the same errors and limits',
    async () => {
      await withFixtureDb(async (store) => {
        const pseudonymiser = new Pseudonymiser(SECRET);
        const ctx = { store, pseudonymiser, gemeente: 'GM0637' };
        const thread = new ParseThread(store, pseudonymiser, undefined);
        try {
          expect(thread.available()).toBe(true);
          const staged = async (ahead: Awaited<ReturnType<typeof parseAhead>>) => {
            if (ahead === null || !('parsed' in ahead)) throw new Error('not parsed');
            const { stage, messages, counts } = ahead.parsed;
            await stage.create();
            await stage.flush();
            const rows: Record<string, unknown> = {};
            for (const table of Object.keys(STAGES) as StageTable[]) {
              rows[table] = await store.all(`SELECT * FROM ${table} ORDER BY ALL`);
            }
            await stage.drop();
            return { rows, messages, counts };
          };
          // And a generated declaration of 12,000 claim lines.
          const big = join(await mkdtemp(join(tmpdir(), 'msd-ahead-')), 'big-323.xml');
          expect(await writeBigDeclaration(big, 1_000)).toBe(12_000);
          const files = ['JW301.xml', 'JW305.xml', 'JW307.xml', 'JW323.xml'].map((name) =>
            join(SAMPLES, name),
          );
          for (const file of [...files, big]) {
            const onWorker = await staged(await parseAhead(ctx, file, undefined, thread));
            const onMain = await staged(await parseAhead(ctx, file));
            expect(onWorker).toEqual(onMain);
            expect(onWorker.counts.read).toBeGreaterThan(0);
          }
          // The tallies stay shared between the messages and the counts (duplicates are undone through them).
          const shared = await parseAhead(ctx, join(SAMPLES, 'JW323.xml'), undefined, thread);
          if (shared === null || !('parsed' in shared)) throw new Error('not parsed');
          expect(shared.parsed.messages[0]?.tally).toBe(shared.parsed.counts.messages['JW323']);
          expect(await parseAhead(ctx, join(SAMPLES, 'JW323.xml'), 3, thread)).toBeNull();
          const broken = join(await mkdtemp(join(tmpdir(), 'msd-ahead-')), 'x.xml');
          await writeFile(broken, '<Bericht');
          const onWorker = await parseAhead(ctx, broken, undefined, thread);
          const onMain = await parseAhead(ctx, broken);
          expect(onWorker !== null && 'error' in onWorker ? onWorker.error : null).toEqual(
            onMain !== null && 'error' in onMain ? onMain.error : undefined,
          );
          expect(String(onWorker !== null && 'error' in onWorker ? onWorker.error : '')).toMatch(/x\.xml/);
        } finally {
          await thread.close();
        }
      });
    },
  );
});
