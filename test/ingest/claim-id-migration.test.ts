/** @module Tests for migration 4 (claim id as the UBIGINT content hash): ids stored as text before it keep matching the lines they came from. */
import { randomBytes } from 'node:crypto';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestPaths } from '../../src/ingest/ingest-paths.ts';
import { Pseudonymiser } from '../../src/ingest/pseudonymise.ts';
import { DuckDbStore } from '../../src/store/duckdb-store.ts';
import { migrate } from '../../src/store/migrate.ts';
import { MIGRATIONS } from '../../src/store/migrations/index.ts';
import type { SqlStore } from '../../src/store/sql-store.ts';

const secret = randomBytes(32);
const HEADER =
  'bsn;wet;toewijzingnummer;productcategorie;productcode;aanbieder;declaratienummer;indieningsdatum;periode_begin;periode_eind;volume;eenheid;bedrag_cent;debet_credit';
const line = (bsn: string, month: number, cents: number) =>
  `${bsn};jeugd;J-1;45;45A01;12345678;D-${month};2019-0${month + 1}-10;2019-0${month}-01;2019-0${month}-28;4;04;${cents};D`;

const ingest = (store: SqlStore, paths: string[]) =>
  ingestPaths(paths, { store, pseudonymiser: new Pseudonymiser(secret), gemeente: 'GM0637', by: 'test' });

describe('claim id migration (4)', () => {
  it('turns text ids into the same 64-bit hash, so a line stored before it is replaced by the same line after it', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'msd-claim-id-'));
    const file = join(dir, 'declaraties.csv');
    await writeFile(file, [HEADER, line('999990007', 1, 1000), line('999990032', 2, 2000)].join('\n') + '\n');
    const db = join(dir, 'msd.duckdb');
    let store = await DuckDbStore.open(db);
    try {
      // A data folder from before migration 4: claim.id is text (the hash's decimal digits, as the writers stored it).
      await migrate(store, MIGRATIONS.slice(0, 3));
      const [old] = await ingest(store, [file]);
      expect(old?.counts).toMatchObject({ read: 2, stored: 2, replaced: 0 });
      const before = await store.all<{ id: string; type: string }>(
        'SELECT id, typeof(id) AS type FROM claim ORDER BY amount_cents',
      );
      expect(before.map((r) => r.type)).toEqual(['VARCHAR', 'VARCHAR']);
      expect(before.every((r) => /^\d{1,20}$/.test(r.id))).toBe(true);
      // A hand-made text id that is not a number is kept apart (hashed), not rejected.
      await store.run(
        `INSERT INTO claim SELECT 'fixture-1', pid, law, allocation_no, category, product, provider, period_start,
           period_end, volume, unit, 5, declaration_no, submitted_on, batch FROM claim LIMIT 1`,
      );

      await store.run('CHECKPOINT');
      // The migration must also come back from the write-ahead log (a process stopped before its next checkpoint).
      await store.run('PRAGMA disable_checkpoint_on_shutdown');
      // Migration 4, then any later one (the outlook's 9).
      expect((await migrate(store)).applied).toEqual([4, ...MIGRATIONS.slice(4).map((m) => m.version)]);
      store.close();
      store = await DuckDbStore.open(db);
      const after = await store.all<{ id: string; type: string }>(
        'SELECT id::VARCHAR AS id, typeof(id) AS type FROM claim WHERE amount_cents > 5 ORDER BY amount_cents',
      );
      expect(after).toEqual(before.map((r) => ({ id: r.id, type: 'UBIGINT' })));
      expect(
        await store.all<{ same: boolean }>(
          "SELECT id = hash('fixture-1') AS same FROM claim WHERE amount_cents = 5",
        ),
      ).toEqual([{ same: true }]);

      // A later export repeating both lines: they replace their converted predecessors, nothing doubles.
      const later = join(dir, 'declaraties-later.csv');
      await writeFile(
        later,
        [HEADER, line('999990032', 2, 2000), line('999990007', 1, 1000), line('999990007', 3, 400)].join(
          '\n',
        ) + '\n',
      );
      const [again] = await ingest(store, [later]);
      expect(again?.counts).toMatchObject({ read: 3, stored: 3, replaced: 2 });
      expect(
        await store.all('SELECT count(*) AS n, sum(amount_cents) AS cents FROM claim WHERE amount_cents > 5'),
      ).toEqual([{ n: 3, cents: 3400 }]);
    } finally {
      store.close();
    }
  });
});
