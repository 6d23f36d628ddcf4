import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isValidBsn } from '../../src/ingest/bsn.ts';
import { ingestPaths } from '../../src/ingest/ingest-paths.ts';
import { Pseudonymiser } from '../../src/ingest/pseudonymise.ts';
import type { SqlStore } from '../../src/store/sql-store.ts';
import { withFixtureDb } from '../helpers/fixture-db.ts';

const FIXTURES = new URL('../fixtures/csv/', import.meta.url).pathname;
const secret = randomBytes(32);

const ingest = (store: SqlStore, paths: string[]) =>
  ingestPaths(paths, { store, pseudonymiser: new Pseudonymiser(secret), gemeente: 'GM0637', by: 'test' });

describe('CSV ingestion (msd standard export)', () => {
  it('stores good rows, quarantines bad ones with line and reason, and keeps postcodes first', async () => {
    await withFixtureDb(async (store) => {
      const results = await ingest(store, [FIXTURES]);
      expect(results.map((r) => [r.source, r.status, r.counts])).toEqual([
        [
          'csv:msd-standaard-postcodes',
          'stored',
          { read: 2, stored: 2, replaced: 0, skipped: 0, quarantined: 0 },
        ],
        [
          'csv:msd-standaard-voorzieningen',
          'stored',
          { read: 9, stored: 6, replaced: 0, skipped: 0, quarantined: 3 },
        ],
        [
          'csv:msd-standaard-uitkeringen',
          'stored',
          { read: 3, stored: 3, replaced: 0, skipped: 0, quarantined: 0 },
        ],
      ]);
      expect(await store.all('SELECT file, position, reason FROM quarantine ORDER BY position')).toEqual([
        { file: 'voorzieningen.csv', position: 'regel 7', reason: 'BSN voldoet niet aan de elfproef' },
        {
          file: 'voorzieningen.csv',
          position: 'regel 8',
          reason: 'start_date is geen geldige datum: 2027-06-31',
        },
        {
          file: 'voorzieningen.csv',
          position: 'regel 9',
          reason: 'category staat niet in codelijst JZ020: 99',
        },
      ]);
      expect(
        await store.all(
          'SELECT allocation_no, law, category, start_date, end_date, status FROM provision ORDER BY allocation_no',
        ),
      ).toEqual([
        {
          allocation_no: 'J-1',
          law: 'youth',
          category: '45',
          start_date: '2019-03-01',
          end_date: '2019-06-30',
          status: 'started',
        },
        {
          allocation_no: 'J-2',
          law: 'youth',
          category: '45',
          start_date: '2019-09-01',
          end_date: null,
          status: 'started',
        },
        {
          allocation_no: 'J-3',
          law: 'youth',
          category: '43',
          start_date: '2018-11-01',
          end_date: '2019-01-15',
          status: 'started',
        },
        {
          allocation_no: 'J-4',
          law: 'youth',
          category: '45',
          start_date: '2018-06-01',
          end_date: '2019-03-01',
          status: 'started',
        },
        {
          allocation_no: 'J-8',
          law: 'youth',
          category: '45',
          start_date: null,
          end_date: null,
          status: 'waiting',
        },
        {
          allocation_no: 'W-1',
          law: 'support',
          category: '01',
          start_date: '2017-01-01',
          end_date: null,
          status: 'started',
        },
      ]);
    });
  });

  it('minimises persons to birth date, gender and areas, with PC4 fallback and unknown postcodes at gemeente level', async () => {
    await withFixtureDb(async (store) => {
      await ingest(store, [FIXTURES]);
      const p = new Pseudonymiser(secret);
      expect(
        await store.all(
          "SELECT strftime(birth_date, '%Y-%m-%d') AS birth_date, gender FROM person WHERE pid = ?",
          [p.personId('999990019')],
        ),
      ).toEqual([{ birth_date: '2001-02-01', gender: 'female' }]);
      const residence = await store.all<{ wijk: string | null; gemeente: string; household: string }>(
        'SELECT wijk, gemeente, household FROM residence WHERE pid = ? ORDER BY valid_from',
        [p.personId('999990019')],
      );
      expect(residence).toEqual([
        {
          wijk: 'WK063706',
          gemeente: 'GM0637',
          household: p.householdKey({ postcode: '2712BX', huisnummer: '5', huisletter: 'a' }),
        },
      ]);
      expect(await store.all('SELECT wijk FROM residence WHERE pid = ?', [p.personId('999990032')])).toEqual([
        { wijk: null },
      ]);
      expect(await store.all("SELECT value FROM meta WHERE key = 'delivery_date'")).toEqual([
        { value: '2019-12-31' },
      ]);
    });
  });

  it('stores no BSN, name or street anywhere', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'msd-ingest-'));
    const { DuckDbStore } = await import('../../src/store/duckdb-store.ts');
    const { migrate } = await import('../../src/store/migrate.ts');
    const dbPath = join(dir, 'msd.duckdb');
    const store = await DuckDbStore.open(dbPath);
    await migrate(store);
    await ingest(store, [FIXTURES]);
    await store.run('CHECKPOINT');
    store.close();
    const bytes = await readFile(dbPath);
    for (const bsn of ['999990007', '999990019', '999990056', '123456789']) {
      expect(bytes.includes(Buffer.from(bsn)), `BSN ${bsn} found in the database file`).toBe(false);
    }
    expect(bytes.includes(Buffer.from('2712BX'))).toBe(false);
  });

  it('treats the same file twice as a no-op and a changed export as replacing its allocations', async () => {
    await withFixtureDb(async (store) => {
      await ingest(store, [FIXTURES]);
      const again = await ingest(store, [FIXTURES]);
      expect(again.map((r) => r.status)).toEqual(['duplicate', 'duplicate', 'duplicate']);
      const dir = await mkdtemp(join(tmpdir(), 'msd-ingest-'));
      const changed = join(dir, 'voorzieningen-2.csv');
      const text = await readFile(join(FIXTURES, 'voorzieningen.csv'), 'utf8');
      await writeFile(
        changed,
        text.replace('J-2;2019-08-20;2019-09-01;;', 'J-2;2019-08-20;2019-09-01;2019-10-31;31'),
      );
      const [result] = await ingest(store, [changed]);
      expect(result?.counts).toMatchObject({ stored: 6, replaced: 6, quarantined: 3 });
      expect(await store.all("SELECT end_date FROM provision WHERE allocation_no = 'J-2'")).toEqual([
        { end_date: '2019-10-31' },
      ]);
      expect(await store.all('SELECT count(*) AS n FROM provision')).toEqual([{ n: 6 }]);
    });
  });

  /** The benefits fixture with its column `uitkeringsnummer` renamed to `nummer`, in a fresh folder. */
  async function benefitsWithoutNumberColumn(): Promise<string> {
    const file = join(await mkdtemp(join(tmpdir(), 'msd-ingest-')), 'uitkeringen.csv');
    const text = await readFile(join(FIXTURES, 'uitkeringen.csv'), 'utf8');
    await writeFile(file, text.replace('uitkeringsnummer', 'nummer'));
    return file;
  }

  it('names the column a profile reads that the header lacks, and the profile', async () => {
    await withFixtureDb(async (store) => {
      const file = await benefitsWithoutNumberColumn();
      const { shippedProfiles } = await import('../../src/ingest/csv/profile-registry.ts');
      const { checkHeader } = await import('../../src/ingest/csv/csv-staging.ts');
      const profile = shippedProfiles().find((p) => p.kind === 'benefits')!;
      await expect(checkHeader(store, file, profile)).rejects.toThrow(
        `${file} (regel 1 (kopregel)): kolom "uitkeringsnummer" ontbreekt (nodig voor profiel ${profile.name})`,
      );
    });
  });

  it('rejects a file with a missing column as a whole, naming the column, and stores nothing of it', async () => {
    await withFixtureDb(async (store) => {
      const file = await benefitsWithoutNumberColumn();
      const { shippedProfiles } = await import('../../src/ingest/csv/profile-registry.ts');
      const profile = shippedProfiles().find((p) => p.kind === 'benefits')!;
      const [result] = await ingestPaths([file], {
        store,
        pseudonymiser: new Pseudonymiser(secret),
        gemeente: 'GM0637',
        by: 'test',
        profiles: [
          profile,
          { ...profile, columns: { ...profile.columns, benefit_no: 'nummer' }, name: 'x' },
        ].slice(0, 1),
      });
      expect(result?.status).toBe('rejected');
      expect(result?.error).toMatch(
        /uitkeringen\.csv \(regel 1\): geen profiel past bij dit bestand \(controleer de kopregel of geef --profile op\)$/,
      );
      expect(await store.all('SELECT count(*) AS n FROM benefit')).toEqual([{ n: 0 }]);
    });
  });

  it('loads claim lines straight from the file: a later export replaces the lines it repeats and quarantines its bad ones by line', async () => {
    await withFixtureDb(async (store) => {
      const dir = await mkdtemp(join(tmpdir(), 'msd-ingest-'));
      const header =
        'bsn;wet;toewijzingnummer;productcategorie;productcode;aanbieder;declaratienummer;indieningsdatum;periode_begin;periode_eind;volume;eenheid;bedrag_cent;debet_credit';
      const line = (bsn: string, month: number, cents: number, dc = 'D') =>
        `${bsn};jeugd;J-1;45;45A01;12345678;D-${month};2019-0${month + 1}-10;2019-0${month}-01;2019-0${month}-28;4;04;${cents};${dc}`;
      const first = join(dir, 'declaraties-1.csv');
      await writeFile(
        first,
        [header, line('999990007', 1, 1000), line('999990032', 2, 2000), line('999990007', 3, 300, 'C')].join(
          '\n',
        ) + '\n',
      );
      const second = join(dir, 'declaraties-2.csv');
      await writeFile(
        second,
        [
          header,
          line('999990007', 1, 1000),
          line('123456789', 4, 5000),
          line('999990032', 2, 2500),
          line('999990032', 5, 700),
        ].join('\n') + '\n',
      );
      const [one] = await ingest(store, [first]);
      expect(one?.counts).toEqual({ read: 3, stored: 3, replaced: 0, skipped: 0, quarantined: 0 });
      const [two] = await ingest(store, [second]);
      expect(two?.counts).toEqual({ read: 4, stored: 3, replaced: 1, skipped: 0, quarantined: 1 });
      expect(await store.all('SELECT position, reason FROM quarantine')).toEqual([
        { position: 'regel 3', reason: 'BSN voldoet niet aan de elfproef' },
      ]);
      const p = new Pseudonymiser(secret);
      expect(await store.all('SELECT pid, amount_cents, batch FROM claim ORDER BY amount_cents')).toEqual([
        { pid: p.personId('999990007'), amount_cents: -300, batch: one?.batch },
        { pid: p.personId('999990032'), amount_cents: 700, batch: two?.batch },
        { pid: p.personId('999990007'), amount_cents: 1000, batch: two?.batch },
        { pid: p.personId('999990032'), amount_cents: 2000, batch: one?.batch },
        { pid: p.personId('999990032'), amount_cents: 2500, batch: two?.batch },
      ]);
    });
  });

  it('names the right line of a bad row deep inside a large file (parallel CSV reading keeps the order)', async () => {
    await withFixtureDb(async (store) => {
      const dir = await mkdtemp(join(tmpdir(), 'msd-ingest-'));
      const file = join(dir, 'declaraties.csv');
      const header =
        'bsn;wet;toewijzingnummer;productcategorie;productcode;aanbieder;declaratienummer;indieningsdatum;periode_begin;periode_eind;volume;eenheid;bedrag_cent;debet_credit';
      const lines = [header];
      for (let i = 0; i < 120_000; i++) {
        const category = lines.length + 1 === 77_777 ? '77' : '45';
        lines.push(
          `999990007;jeugd;J-1;${category};45A01;12345678;D-${i};2019-02-10;2019-01-01;2019-01-31;4;04;${1000 + i};D`,
        );
      }
      await writeFile(file, lines.join('\n') + '\n');
      const [result] = await ingest(store, [file]);
      expect(result?.counts).toMatchObject({ read: 120_000, stored: 119_999, quarantined: 1 });
      expect(await store.all('SELECT position, reason FROM quarantine')).toEqual([
        { position: 'regel 77777', reason: 'category staat niet in codelijst JZ020: 77' },
      ]);
      expect(await store.all('SELECT sum(amount_cents) AS total FROM claim')).toEqual([
        { total: 120_000 * 1000 + (119_999 * 120_000) / 2 - (1000 + 77_775) },
      ]);
    });
  });

  it('applies the same eleven-test as isValidBsn to every kind of BSN text', async () => {
    await withFixtureDb(async (store) => {
      const dir = await mkdtemp(join(tmpdir(), 'msd-ingest-'));
      const file = join(dir, 'declaraties.csv');
      const bsns = [
        '999990007',
        '99990007',
        '099990007',
        ' 999990007 ',
        '\u00a0999990019\t',
        '999990008',
        '000000000',
        '00000000',
        '12345678',
        '123456782',
        '1234567820',
        '9999900O7',
        '-99990007',
        '+999990007',
        '999 990 007',
        '111222333',
      ];
      const header =
        'bsn;wet;toewijzingnummer;productcategorie;productcode;aanbieder;declaratienummer;indieningsdatum;periode_begin;periode_eind;volume;eenheid;bedrag_cent;debet_credit';
      const rows = bsns.map(
        (bsn, i) => `${bsn};jeugd;J-1;45;45A01;12345678;D-${i};2019-02-10;2019-01-01;2019-01-31;4;04;100;D`,
      );
      await writeFile(file, [header, ...rows].join('\n') + '\n');
      await ingest(store, [file]);
      const failed = await store.all<{ position: string }>(
        "SELECT position FROM quarantine WHERE reason = 'BSN voldoet niet aan de elfproef' ORDER BY position",
      );
      const expected = bsns
        .map((bsn, i) => (isValidBsn(bsn) ? null : `regel ${i + 2}`))
        .filter((p) => p !== null)
        .sort();
      expect(failed.map((f) => f.position)).toEqual(expected);
      expect(expected.length).toBeGreaterThan(5);
      expect(expected).not.toContain('regel 2');
    });
  });
});
