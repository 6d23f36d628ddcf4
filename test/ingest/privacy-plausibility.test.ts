/** @module Issue 13 on real files: no identifying value in any reason, every bad line quarantined with its own reason (never an internal error), plausibility of dates, volumes, counts and codes, encoding and line numbers, messages for another gemeente. */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listBatches } from '../../src/ingest/batch-report.ts';
import { NOT_UTF8 } from '../../src/ingest/csv/csv-reasons.ts';
import type { SqlStore } from '../../src/store/sql-store.ts';
import { withFixtureDb } from '../helpers/fixture-db.ts';
import { ingest, writeFolder } from './istandaarden-helpers.ts';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures');
const fixture = (name: string) => readFile(join(FIXTURES, 'istandaarden', name), 'utf8');

/** Everything a user can see of the ingest: quarantine rows and the batch list (as `msd batches --format json`). */
async function visibleText(store: SqlStore): Promise<string> {
  const quarantine = await store.all('SELECT * FROM quarantine');
  return JSON.stringify({ quarantine, batches: await listBatches(store) });
}

const quarantine = (store: SqlStore) =>
  store.all<{ position: string; reason: string }>(
    'SELECT position, reason FROM quarantine ORDER BY position',
  );

const BENEFITS_HEADER =
  'bsn;geboortedatum;geslacht;postcode;huisnummer;huisletter;toevoeging;regeling;uitkeringsnummer;begindatum;einddatum;reden_uitstroom;instelling_of_dakloos';
const benefit = (n: number, start = '2019-03-01') =>
  `999990056;1980-01-01;M;2711AA;3;;;PW;U-${n};${start};;;N`;

describe('no personal data in any reason', () => {
  it('quarantines a JW301 client whose BSN is written with dots or without its leading zero, without echoing it', async () => {
    const xml = await fixture('invalid-bsn-301.xml');
    for (const bsn of ['9999.00.006', '12345672', '99990000 6', ':48013166']) {
      await withFixtureDb(async (store) => {
        const dir = await writeFolder({ 'bsn-301.xml': xml.replace('>999900007<', `>${bsn}<`) });
        const [result] = await ingest(store, [dir]);
        expect(result?.counts).toMatchObject({ read: 1, stored: 0, quarantined: 1 });
        expect(await quarantine(store)).toEqual([
          { position: '5:1 Bericht/Client Bsn', reason: 'BSN voldoet niet aan de elfproef' },
        ]);
        expect(await visibleText(store)).not.toContain(bsn.replace(/\D/g, '').slice(0, 6));
      });
    }
  });

  it('names the field and the rule when a surname stands in the Dagtekening, never the surname', async () => {
    await withFixtureDb(async (store) => {
      const xml = (await fixture('invalid-bsn-301.xml')).replace(
        '<ijw:Dagtekening>2026-01-05<',
        '<ijw:Dagtekening>Wit<',
      );
      const dir = await writeFolder({ 'dagtekening-301.xml': xml });
      const [result] = await ingest(store, [dir]);
      expect(result?.status).toBe('rejected');
      expect(result?.error).toContain('Dagtekening is geen geldige datum');
      expect(await visibleText(store)).not.toMatch(/\bWit\b/);
    });
  });
});

describe('messages addressed to another gemeente', () => {
  it('quarantines a JW305 for Ontvanger 0363 in a GM0637 deployment, and stores it once the region includes 0363', async () => {
    const xml = (await fixture('impossible-date-305.xml')).replace(
      '<a:Ontvanger>0637<',
      '<a:Ontvanger>0363<',
    );
    await withFixtureDb(async (store) => {
      const [result] = await ingest(store, [await writeFolder({ 'other-305.xml': xml })]);
      expect(result?.counts).toMatchObject({ read: 2, stored: 0, quarantined: 2 });
      expect(await quarantine(store)).toEqual([
        {
          position: '11:1 Bericht/Client/StartProducten/StartProduct Begindatum',
          reason: 'Begindatum is geen geldige datum: 2027-06-31',
        },
        {
          position: 'Header/Ontvanger',
          reason: 'bericht is gericht aan gemeente 0363, niet aan 0637 (1 record)',
        },
      ]);
      expect(await store.all('SELECT count(*) AS n FROM istd_message')).toEqual([{ n: 0 }]);
    });
    await withFixtureDb(async (store) => {
      await store.run("INSERT INTO meta VALUES ('regio', 'GM0363')");
      const [result] = await ingest(store, [await writeFolder({ 'other-305.xml': xml })]);
      expect(result?.counts).toMatchObject({ read: 2, stored: 1, quarantined: 1 });
    });
  });
});

describe('every bad line quarantined, never an internal error', () => {
  it('quarantines a population line of 3000000000 persons and stores the others', async () => {
    await withFixtureDb(async (store) => {
      const dir = await writeFolder({
        'bevolking.csv':
          'peildatum;wijk;leeftijd;geslacht;aantal\n2024-01-01;WK063701;12;M;140\n2024-01-01;WK063701;13;V;3000000000\n2024-01-01;WK063701;14;V;-5\n2024-01-01;WK063701;200;V;3\n',
      });
      const [result] = await ingest(store, [dir]);
      expect(result?.status).toBe('stored');
      expect(result?.counts).toMatchObject({ read: 4, stored: 1, quarantined: 3 });
      expect(await quarantine(store)).toEqual([
        { position: 'regel 3', reason: 'persons ligt buiten 0 … 2000000' },
        { position: 'regel 4', reason: 'persons ligt buiten 0 … 2000000' },
        { position: 'regel 5', reason: 'age ligt buiten 0 … 120' },
      ]);
    });
  });

  it('quarantines implausible dates, volumes and codes with reasons that name the field', async () => {
    await withFixtureDb(async (store) => {
      const claims =
        'bsn;wet;toewijzingnummer;productcategorie;productcode;aanbieder;declaratienummer;indieningsdatum;periode_begin;periode_eind;volume;eenheid;bedrag_cent;debet_credit\n' +
        '999990007;jeugd;J-1;45;45A01;12345678;D-1;2024-02-05;2024-01-01;2024-01-31;10;04;120000;D\n' +
        '999990007;jeugd;J-1;45;45A01;12345678;D-1;2024-02-05;2024-01-01;2024-01-31;-99999999999;04;120000;D\n' +
        '999990007;jeugd;J-1;45;Straatweg;12345678;D-1;2024-02-05;2024-01-01;2024-01-31;10;04;120000;D\n' +
        '999990007;jeugd;J. Jansen;45;45A01;12345678;D-1;2024-02-05;2024-01-01;2024-01-31;10;04;120000;D\n';
      const benefits = [
        BENEFITS_HEADER,
        benefit(1),
        benefit(2, '-2023-01-01'),
        benefit(3, '0001-01-01'),
        benefit(4, '9999-12-31'),
        benefit(5, '99999-01-01'),
      ].join('\n');
      const dir = await writeFolder({
        'declaraties.csv': claims,
        'uitkeringen.csv': `${benefits}\n`,
        'postcodes.csv': 'postcode;wijk;buurt\n2711AA;WK063700;\n2712AB;2726BC;\n',
      });
      const results = await ingest(store, [dir]);
      expect(
        results.map((r) => [r.file.split('/').pop(), r.status, r.counts.stored, r.counts.quarantined]),
      ).toEqual([
        ['postcodes.csv', 'stored', 1, 1],
        ['declaraties.csv', 'stored', 1, 3],
        ['uitkeringen.csv', 'stored', 1, 4],
      ]);
      const rows = await store.all<{ file: string; position: string; reason: string }>(
        'SELECT file, position, reason FROM quarantine ORDER BY file, position',
      );
      expect(rows.map((r) => `${r.file} ${r.position}: ${r.reason}`)).toEqual([
        'declaraties.csv regel 3: volume ligt buiten 0 … 5000000',
        'declaraties.csv regel 4: product is geen productcode (1 tot 5 letters of cijfers)',
        'declaraties.csv regel 5: allocation_no is geen nummer of code (letters, cijfers en . _ / -, zonder spaties, hoogstens 20 tekens, geen datum)',
        'postcodes.csv regel 3: wijk is geen CBS-wijkcode (WK en 6 cijfers)',
        expect.stringMatching(
          /^uitkeringen\.csv regel 3: start_date (is geen geldige datum|ligt buiten 1900-01-01 … \d{4}-\d\d-\d\d)/,
        ),
        expect.stringMatching(
          /^uitkeringen\.csv regel 4: start_date ligt buiten 1900-01-01 … \d{4}-\d\d-\d\d: 0001-01-01$/,
        ),
        expect.stringMatching(
          /^uitkeringen\.csv regel 5: start_date ligt buiten 1900-01-01 … \d{4}-\d\d-\d\d: 9999-12-31$/,
        ),
        expect.stringMatching(/^uitkeringen\.csv regel 6: start_date (is geen geldige datum|ligt buiten)/),
      ]);
      expect(JSON.stringify(rows)).not.toContain('Jansen');
    });
  });

  it('calls a Windows-1252/Latin-1 export an encoding problem, on the line where it starts', async () => {
    await withFixtureDb(async (store) => {
      const dir = await writeFolder({});
      const text = `${BENEFITS_HEADER}\n${benefit(1)}\n${benefit(2).replace('PW', 'PW')}\n`.replace(
        'U-2',
        'U-2é',
      );
      await writeFile(join(dir, 'latin1.csv'), Buffer.from(text, 'latin1'));
      const [result] = await ingest(store, [dir]);
      expect(result?.status).toBe('rejected');
      expect(await quarantine(store)).toEqual([
        { position: 'regel 3 (kopregel = regel 1)', reason: NOT_UTF8 },
      ]);
    });
  });

  it('names the file line of a malformed row deep in a large file (header = line 1), without quoting the row', async () => {
    await withFixtureDb(async (store) => {
      const lines = [BENEFITS_HEADER];
      for (let i = 1; i <= 21_000; i++) lines.push(i === 20_999 ? `${benefit(i)};J. Jansen` : benefit(i));
      const dir = await writeFolder({ 'uitkeringen.csv': `${lines.join('\n')}\n` });
      const [result] = await ingest(store, [dir]);
      expect(result?.status).toBe('rejected');
      expect(await quarantine(store)).toEqual([
        { position: 'regel 21000 (kopregel = regel 1)', reason: 'regel heeft 14 velden, de kopregel 13' },
      ]);
      expect(await visibleText(store)).not.toContain('Jansen');
    });
  });
});
