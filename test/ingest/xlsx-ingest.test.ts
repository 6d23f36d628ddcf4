import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { ingestPaths } from '../../src/ingest/ingest-paths.ts';
import { Pseudonymiser } from '../../src/ingest/pseudonymise.ts';
import { BENEFIT_HEADER } from '../../src/demo/record-emitter.ts';
import { withFixtureDb } from '../helpers/fixture-db.ts';

/** The msd standard benefits export's header, as the demo writes it. */
const HEADER = [...BENEFIT_HEADER];

/** A benefit export as a case system saves it from Excel: real date cells, numbers as numbers. */
async function workbook(rows: ExcelJS.CellValue[][]): Promise<string> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Uitkeringen');
  sheet.addRow(HEADER);
  for (const row of rows) sheet.addRow(row);
  const file = join(await mkdtemp(join(tmpdir(), 'msd-xlsx-test-')), 'uitkeringen.xlsx');
  await book.xlsx.writeFile(file);
  return file;
}

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe('XLSX exports', () => {
  it('are read through the CSV profile of their header; quarantine names the workbook and its row', async () => {
    await withFixtureDb(async (store) => {
      const file = await workbook([
        [
          999990056,
          day('1980-01-01'),
          'M',
          '2711AA',
          3,
          null,
          null,
          'PW',
          'U-1',
          day('2018-03-01'),
          day('2019-06-30'),
          'werk',
          'N',
        ],
        [
          999990068,
          day('1990-01-01'),
          'V',
          '2712AB',
          1,
          null,
          null,
          'PW',
          'U-2',
          day('2019-12-31'),
          null,
          null,
          'N',
        ],
        [
          999990081,
          day('1962-04-04'),
          'M',
          '2711AA',
          9,
          null,
          null,
          'XYZ',
          'U-3',
          day('2019-01-01'),
          null,
          null,
          'N',
        ],
      ]);
      const secret = randomBytes(32);
      const [result] = await ingestPaths([file], {
        store,
        pseudonymiser: new Pseudonymiser(secret),
        gemeente: 'GM0637',
        by: 'test',
      });
      expect(result).toMatchObject({
        source: 'csv:msd-standaard-uitkeringen',
        status: 'stored',
        counts: { read: 3, stored: 2, quarantined: 1 },
      });
      expect(
        await store.all('SELECT id, kind, start_date, end_date, exit_reason FROM benefit ORDER BY id'),
      ).toEqual([
        { id: 'U-1', kind: 'PW', start_date: '2018-03-01', end_date: '2019-06-30', exit_reason: 'werk' },
        { id: 'U-2', kind: 'PW', start_date: '2019-12-31', end_date: null, exit_reason: null },
      ]);
      expect(await store.all('SELECT file, position, reason FROM quarantine')).toEqual([
        { file: 'uitkeringen.xlsx', position: 'regel 4', reason: 'kind heeft een onbekende waarde: XYZ' },
      ]);
      const p = new Pseudonymiser(secret);
      expect(
        await store.all("SELECT strftime(birth_date, '%Y-%m-%d') AS birth_date FROM person WHERE pid = ?", [
          p.personId('999990056'),
        ]),
      ).toEqual([{ birth_date: '1980-01-01' }]);
      // The CSV copy with the export's personal data is gone.
      const scratch = existsSync('/dev/shm') ? '/dev/shm' : tmpdir();
      expect(
        readdirSync(scratch).filter(
          (name) => name.startsWith('msd-xlsx-') && !name.startsWith('msd-xlsx-test-'),
        ),
      ).toEqual([]);
    });
  });

  it('rejects a file that is not a workbook, naming it', async () => {
    await withFixtureDb(async (store) => {
      const dir = await mkdtemp(join(tmpdir(), 'msd-xlsx-test-'));
      const file = join(dir, 'kapot.xlsx');
      await (await import('node:fs/promises')).writeFile(file, 'this is not a zip');
      const [result] = await ingestPaths([file], {
        store,
        pseudonymiser: new Pseudonymiser(randomBytes(32)),
        gemeente: 'GM0637',
        by: 'test',
      });
      expect(result?.status).toBe('rejected');
      expect(result?.error).toMatch(/kapot\.xlsx \(werkmap\): bestand is geen leesbare XLSX: /);
    });
  });
});
