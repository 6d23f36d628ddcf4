/** @module Budget import on a real in-memory DuckDB: the shipped example, a file with every kind of problem refused whole (CSV lines, XLSX rows), and a re-import replacing the years it holds. */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readBudgetTotals } from '../../src/engine/budget-projection-service.ts';
import { importBudget } from '../../src/ingest/budget/budget-import.ts';
import { readEuroCents } from '../../src/ingest/budget/budget-lines.ts';
import { withFixtureDb } from '../helpers/fixture-db.ts';

const EXAMPLE = new URL('../../src/ingest/budget/begroting-voorbeeld.csv', import.meta.url).pathname;
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'msd-budget-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const BAD = [
  'jaar;domein;categorie;taakveld;soort;bedrag;omschrijving',
  '2026;jeugd;;6.72;begroting;100;goed',
  '26;zorg;;;begroting;100;fout jaar en domein',
  '2026;wmo;45;;begroting;1.000.000;categorie van jeugd, duizendtallen',
  '2026;participatie;;6.3;raming;-5;soort onbekend',
  '2026;jeugd;;6.72;begroting;200;tweede begroting',
  '2026;jeugd;;6.72;begroting;-1;negatief',
].join('\n');

describe('readEuroCents', () => {
  it('reads euros with a decimal comma or point, and refuses thousands separators', () => {
    expect(readEuroCents('1250000,5')).toBe(125000050);
    expect(readEuroCents('-12.34')).toBe(-1234);
    expect(readEuroCents('1.000.000')).toBeUndefined();
    expect(readEuroCents('€ 10')).toBeUndefined();
  });
});

describe('importBudget', () => {
  it('stores the shipped example and totals it per year, domain, category and taakveld', async () => {
    await withFixtureDb(async (store) => {
      const result = await importBudget(store, EXAMPLE);
      expect(result).toEqual({
        ok: true,
        file: 'begroting-voorbeeld.csv',
        lines: 7,
        years: [2026],
        replaced: 0,
      });
      const totals = await readBudgetTotals(store, 2026);
      expect(
        totals.map((t) => [t.domain, t.category, t.taakveld, t.begroting, t.wijzigingen, t.total]),
      ).toEqual([
        ['participation', '', '6.3', 48_000_000, 0, 48_000_000],
        ['support', '', '6.71', 24_750_000, 0, 24_750_000],
        ['support', '01', '6.71', 6_100_000, 0, 6_100_000],
        ['youth', '', '6.72', 31_500_000, 1_250_000, 32_750_000],
        ['youth', '43', '6.72', 9_800_000, 0, 9_800_000],
        ['youth', '45', '6.72', 14_200_000, 0, 14_200_000],
      ]);
    });
  });

  it('refuses a file with problems whole, naming every line and column, and keeps the stored budget', async () => {
    await withFixtureDb(async (store) => {
      await importBudget(store, EXAMPLE);
      const file = join(dir, 'fout.csv');
      await writeFile(file, BAD);
      const result = await importBudget(store, file);
      expect(result).toEqual({
        ok: false,
        file: 'fout.csv',
        problems: [
          {
            position: 'regel 3',
            reason:
              // A cell shaped like no period is not echoed (it could be a mistyped personal number).
              'kolom jaar: (waarde niet getoond) is geen jaar (gebruik bijvoorbeeld 2026); kolom domein: "zorg" is onbekend (gebruik jeugd, wmo of participatie)',
          },
          {
            position: 'regel 4',
            reason:
              'kolom categorie: 45 is geen productcategorie van wmo (jeugd: 40–55, wmo: 01–18; participatie heeft geen categorieën); ' +
              'kolom bedrag is geen bedrag in euro’s (cijfers met hooguit twee decimalen na een komma of punt, zonder duizendtallen)',
          },
          {
            position: 'regel 5',
            reason: 'kolom soort: "raming" is onbekend (gebruik begroting of begrotingswijziging)',
          },
          {
            position: 'regel 6',
            reason:
              'dezelfde begroting (jaar, domein, categorie, taakveld) staat al op regel 2; een tweede bedrag is een begrotingswijziging',
          },
          {
            position: 'regel 7',
            reason: 'kolom bedrag: een begroting is niet negatief (een verlaging is een begrotingswijziging)',
          },
        ],
      });
      expect((await readBudgetTotals(store)).length).toBe(6);
    });
  });

  it('names worksheet rows in an XLSX and says which columns are missing', async () => {
    await withFixtureDb(async (store) => {
      const workbook = new ExcelJS.Workbook();
      const sheet = workbook.addWorksheet('Begroting');
      sheet.addRow(['jaar', 'domein', 'categorie', 'taakveld', 'soort', 'bedrag']);
      sheet.addRow([2027, 'jeugd', '', '6.72', 'begroting', 100]);
      sheet.addRow([2027, 'wmo', '', '6.71', 'begroting', 'veel']);
      const xlsx = join(dir, 'begroting.xlsx');
      await workbook.xlsx.writeFile(xlsx);
      expect(await importBudget(store, xlsx)).toMatchObject({
        ok: false,
        problems: [
          { position: 'rij 3', reason: expect.stringContaining('kolom bedrag is geen bedrag') as string },
        ],
      });
      const noAmount = join(dir, 'zonder-bedrag.csv');
      await writeFile(noAmount, 'jaar;domein;soort\n2027;jeugd;begroting\n');
      expect(await importBudget(store, noAmount)).toEqual({
        ok: false,
        file: 'zonder-bedrag.csv',
        problems: [
          {
            position: 'regel 1 (kopregel)',
            reason:
              'kolom bedrag ontbreekt (verwacht: jaar;domein;categorie;taakveld;soort;bedrag;omschrijving)',
          },
        ],
      });
    });
  });

  it('replaces the stored lines of the years a new file holds, and keeps other years', async () => {
    await withFixtureDb(async (store) => {
      await importBudget(store, EXAMPLE);
      const other = join(dir, 'begroting-2025.csv');
      await writeFile(other, 'jaar;domein;soort;bedrag\n2025;jeugd;begroting;30000000\n');
      await importBudget(store, other);
      const amended = join(dir, 'begroting-2026.csv');
      await writeFile(
        amended,
        'jaar;domein;soort;bedrag\n2026;jeugd;begroting;33000000\n2026;wmo;begroting;25000000\n',
      );
      expect(await importBudget(store, amended)).toMatchObject({
        ok: true,
        lines: 2,
        years: [2026],
        replaced: 7,
      });
      expect((await readBudgetTotals(store)).map((t) => [t.year, t.domain, t.total])).toEqual([
        [2025, 'youth', 30_000_000],
        [2026, 'support', 25_000_000],
        [2026, 'youth', 33_000_000],
      ]);
    });
  });
});
