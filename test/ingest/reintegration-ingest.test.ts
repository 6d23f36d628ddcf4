/** @module Ingest of the re-integration export (msd standard profile): good rows stored with the BSN pseudonymised, bad rows quarantined with line and Dutch reason, a later export replacing an instrument, a broken file stored not at all. */
import { randomBytes } from 'node:crypto';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NOT_UTF8 } from '../../src/ingest/csv/csv-reasons.ts';
import { ingestPaths } from '../../src/ingest/ingest-paths.ts';
import { Pseudonymiser } from '../../src/ingest/pseudonymise.ts';
import type { SqlStore } from '../../src/store/sql-store.ts';
import { withFixtureDb } from '../helpers/fixture-db.ts';

const HEADER = 'bsn;instrumentcode;instrumentnaam;begindatum;einddatum;reden_einde';
const pseudonymiser = new Pseudonymiser(randomBytes(32));

const ingest = (store: SqlStore, paths: string[]) =>
  ingestPaths(paths, { store, pseudonymiser, gemeente: 'GM0637', by: 'test' });

async function csv(name: string, lines: string[]): Promise<string> {
  const file = join(await mkdtemp(join(tmpdir(), 'msd-reint-')), name);
  await writeFile(file, [HEADER, ...lines].join('\n') + '\n');
  return file;
}

const rows = (store: SqlStore) =>
  store.all(
    `SELECT pid, instrument_code, instrument_name, strftime(start_date, '%Y-%m-%d') AS start,
       strftime(end_date, '%Y-%m-%d') AS "end", end_reason FROM reintegration ORDER BY start_date`,
  );

describe('re-integration export', () => {
  it('stores good rows under the pseudonym and quarantines bad ones with line and Dutch reason', async () => {
    await withFixtureDb(async (store) => {
      const file = await csv('re-integratie.csv', [
        '999990007;WFT;Werkfit-traject;2020-02-01;2020-07-31;werk',
        '999990032;LKS;Loonkostensubsidie;2020-01-15;;',
        '123456789;JC;Jobcoaching;2020-03-01;;',
        '999990019;SCH;Scholing;2020-06-01;2020-05-01;opleiding',
        '999990007;PP;Participatieplaats;2020-06-01;;werk',
        '999990032;JC;Jobcoaching;2020-13-01;;',
        '999990019;JC;Jobcoaching;2020-03-01;2020-09-30;ontslag',
        '999990019;;Jobcoaching;2020-03-01;;',
      ]);
      const [result] = await ingest(store, [file]);
      expect([result?.source, result?.status, result?.counts]).toEqual([
        'csv:msd-standaard-re-integratie',
        'stored',
        { read: 8, stored: 2, replaced: 0, skipped: 0, quarantined: 6 },
      ]);
      expect(await store.all('SELECT file, position, reason FROM quarantine ORDER BY rowid')).toEqual([
        { file: 're-integratie.csv', position: 'regel 4', reason: 'BSN voldoet niet aan de elfproef' },
        { file: 're-integratie.csv', position: 'regel 5', reason: 'einddatum ligt voor de begindatum' },
        {
          file: 're-integratie.csv',
          position: 'regel 6',
          reason: 'end_reason is ingevuld maar end_date is leeg',
        },
        {
          file: 're-integratie.csv',
          position: 'regel 7',
          reason: 'start_date is geen geldige datum: 2020-13-01',
        },
        { file: 're-integratie.csv', position: 'regel 8', reason: 'end_reason heeft een onbekende waarde' },
        { file: 're-integratie.csv', position: 'regel 9', reason: 'instrument_code is leeg' },
      ]);
      expect(await rows(store)).toEqual([
        {
          pid: pseudonymiser.personId('999990032'),
          instrument_code: 'LKS',
          instrument_name: 'Loonkostensubsidie',
          start: '2020-01-15',
          end: null,
          end_reason: null,
        },
        {
          pid: pseudonymiser.personId('999990007'),
          instrument_code: 'WFT',
          instrument_name: 'Werkfit-traject',
          start: '2020-02-01',
          end: '2020-07-31',
          end_reason: 'werk',
        },
      ]);
      // The persons are known (gender unknown, no birth date in this export); the BSN is nowhere.
      expect(await store.all('SELECT count(*) AS n FROM person')).toEqual([{ n: 2 }]);
      expect(
        await store.all(
          "SELECT count(*) AS n FROM reintegration WHERE pid LIKE '%99999%' OR id LIKE '%99999%'",
        ),
      ).toEqual([{ n: 0 }]);
      expect(await store.all("SELECT value FROM meta WHERE key = 'delivery_date.reintegration'")).toEqual([
        { value: '2020-07-31' },
      ]);
    });
  });

  it('replaces an instrument when a later export brings it with its end', async () => {
    await withFixtureDb(async (store) => {
      await ingest(store, [
        await csv('re-integratie-1.csv', ['999990032;LKS;Loonkostensubsidie;2020-01-15;;']),
      ]);
      const [later] = await ingest(store, [
        await csv('re-integratie-2.csv', ['999990032;LKS;Loonkostensubsidie;2020-01-15;2020-12-31;werk']),
      ]);
      expect(later?.counts).toMatchObject({ read: 1, stored: 1, replaced: 1, quarantined: 0 });
      expect(await rows(store)).toMatchObject([
        { start: '2020-01-15', end: '2020-12-31', end_reason: 'werk' },
      ]);
    });
  });

  it('rejects a file it cannot read as a whole, with its line, and stores nothing of it', async () => {
    await withFixtureDb(async (store) => {
      // Saved as Windows-1252/Latin-1 instead of UTF-8: the é on line 3 gives it away.
      const file = await csv('re-integratie.csv', []);
      const lines = [
        HEADER,
        '999990007;WFT;Werkfit-traject;2020-02-01;2020-07-31;werk',
        '999990032;CAF;Leerwerkplek café;2020-01-15;;',
      ];
      await writeFile(file, Buffer.from(`${lines.join('\n')}\n`, 'latin1'));
      const [result] = await ingest(store, [file]);
      expect(result?.status).toBe('rejected');
      expect(result?.error).toBe(`${file} (regel 3 (kopregel = regel 1)): ${NOT_UTF8}`);
      expect(await store.all('SELECT count(*) AS n FROM reintegration')).toEqual([{ n: 0 }]);
      expect(await store.all('SELECT count(*) AS n FROM person')).toEqual([{ n: 0 }]);
    });
  });
});
