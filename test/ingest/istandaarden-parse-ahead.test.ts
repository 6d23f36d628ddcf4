/** @module Tests for parsing the next iJw / iWmo file ahead while the current batch loads: same store contents as one file at a time, failures stay with their own file, bounded memory. */
import { copyFile, mkdtemp, readdir, writeFile } from 'node:fs/promises';
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
import { NOT_NEEDED, needsShared } from '../helpers/shared-folder.ts';
import { MESSAGES, SAMPLES, SECRET, ingest, recordCounts } from './istandaarden-helpers.ts';

const samples = needsShared('the official iJw samples (istandaarden/jw/berichten)');

/**
 * The folders of messages these tests run on: the official samples when ../shared is there, and the project's own
 * (`claims`: the claim lines of all, `declaration`: one 323 and its lines).
 */
const FOLDERS = [
  { name: 'official iJw samples', dir: SAMPLES, claims: 5, declaration: 'JW323.xml', lines: 5, ...samples },
  {
    name: "the project's messages",
    dir: MESSAGES,
    claims: 6,
    declaration: 'JW323.xml',
    lines: 4,
    ...NOT_NEEDED,
  },
];

/** Everything the batches wrote, batch ids left out (they number the same either way). */
async function contents(store: SqlStore): Promise<unknown> {
  return {
    counts: await recordCounts(store),
    provisions: await store.all('SELECT * EXCLUDE (batch) FROM provision ORDER BY id'),
    claims: await store.all('SELECT * EXCLUDE (batch, id), id::VARCHAR AS id FROM claim ORDER BY id'),
    quarantine: await store.all('SELECT file, position, reason FROM quarantine ORDER BY ALL'),
  };
}

/** The messages of `folder` with a broken message between them (rejected on its own). */
async function withBrokenFile(folder: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'msd-ahead-'));
  for (const name of await readdir(folder)) await copyFile(join(folder, name), join(dir, name));
  await writeFile(join(dir, 'JW304-broken.xml'), '<?xml version="1.0"?><Bericht><Header>');
  return dir;
}

describe.each(FOLDERS)('iJw / iWmo files parsed ahead ($name)', (folder) => {
  it.skipIf(folder.absent)(
    folder.title('store exactly what one file at a time stores, and a broken file is rejected alone'),
    async () => {
      const dir = await withBrokenFile(folder.dir);
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
      expect((together as { counts: Record<string, number> }).counts.claim).toBe(folder.claims);
    },
  );

  it.skipIf(folder.absent)(
    folder.title('leave a file with more records than the limit to its own batch'),
    async () => {
      await withFixtureDb(async (store) => {
        const ctx = { store, pseudonymiser: new Pseudonymiser(SECRET), gemeente: 'GM0637' };
        const file = join(folder.dir, folder.declaration);
        const whole = await parseAhead(ctx, file);
        expect(whole !== null && 'parsed' in whole ? whole.parsed.counts.read : null).toBe(folder.lines);
        expect(await parseAhead(ctx, file, folder.lines - 1)).toBeNull();
        const broken = join(await mkdtemp(join(tmpdir(), 'msd-ahead-')), 'x.xml');
        await writeFile(broken, '<Bericht');
        const failed = await parseAhead(ctx, broken);
        expect(failed !== null && 'error' in failed ? String(failed.error) : null).toMatch(/x\.xml/);
      });
    },
  );

  it.skipIf(folder.absent)(
    folder.title(
      'parse on a worker thread exactly what the main thread parses, with the same errors and limits',
    ),
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
          const files = (await readdir(folder.dir))
            .filter((name) => /^(JW|WMO)3(01|05|07|23)\.xml$/.test(name))
            .map((name) => join(folder.dir, name));
          expect(files.length).toBeGreaterThanOrEqual(4);
          for (const file of [...files, big]) {
            const onWorker = await staged(await parseAhead(ctx, file, undefined, thread));
            const onMain = await staged(await parseAhead(ctx, file));
            expect(onWorker).toEqual(onMain);
            expect(onWorker.counts.read).toBeGreaterThan(0);
          }
          // The tallies stay shared between the messages and the counts (duplicates are undone through them).
          const shared = await parseAhead(ctx, join(folder.dir, folder.declaration), undefined, thread);
          if (shared === null || !('parsed' in shared)) throw new Error('not parsed');
          expect(shared.parsed.messages[0]?.tally).toBe(shared.parsed.counts.messages['JW323']);
          expect(
            await parseAhead(ctx, join(folder.dir, folder.declaration), folder.lines - 1, thread),
          ).toBeNull();
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
