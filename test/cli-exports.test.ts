/**
 * @module Exports a municipal user can open: `msd indicators show --format csv|xlsx [--out]` as Dutch-locale CSV
 * (BOM, `;`, decimal comma, CRLF, names beside codes) and a real XLSX workbook, read back and compared with the
 * JSON of the same query; published values unless --exact; files written whole or not at all.
 */
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { queryFixture } from './helpers/query-fixture.ts';
import { msd } from './helpers/run-cli.ts';

const HEADER =
  'indicator;periode;gebiedscode;gebied;uitsplitsingscode;uitsplitsing;waarde;teller;noemer;status';
let dir: string;
let data: string;

beforeAll(async () => {
  ({ dir, data } = await queryFixture('msd-exports-', {
    extraValues: ['local.clientExperience.support.pct;2019;GM0637;78;312;400;%;CEO Wmo 2019;final'],
  }));
});

const show = (id: string, ...args: string[]) => msd('indicators', 'show', id, '--data', data, ...args);
const json = async (id: string, ...args: string[]) =>
  JSON.parse((await show(id, ...args, '--format', 'json')).out) as Array<{
    area: string;
    value: number | null;
  }>;

/** The file's lines after checking BOM and CRLF: every line ends with CR LF, none with a bare LF. */
function csvLines(bytes: Buffer): string[] {
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = bytes.subarray(3).toString('utf8');
  expect(text.endsWith('\r\n')).toBe(true);
  expect(text.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
  return text.slice(0, -2).split('\r\n');
}

describe('CSV for Dutch-locale Excel', () => {
  it('writes ; separated rows with a decimal comma, names beside codes and Dutch statuses', async () => {
    const out = join(dir, 'eenzaamheid.csv');
    const result = await show('local.loneliness.pct', '--period', '2020', '--format', 'csv', '--out', out);
    expect(result).toEqual({ code: 0, out: `4 rijen geschreven naar ${out}`, err: '' });
    const lines = csvLines(await readFile(out));
    expect(lines).toEqual([
      HEADER,
      'local.loneliness.pct;2020;GM0637;Zoetermeer;;;47,5;;;definitief',
      'local.loneliness.pct;2020;WK063700;Centrum;;;52,1;;;voorlopig',
      'local.loneliness.pct;2020;WK063706;Oosterheem;;;43,75;;;definitief',
      'local.loneliness.pct;2020;WK063709;Buitengebied;;;.;;;definitief',
    ]);
    // Parsed back, the numbers equal the JSON values ('.' = secret, null in JSON).
    const parsed = lines.slice(1).map((l) => l.split(';'));
    const values = parsed.map((cells) => (cells[6] === '.' ? null : Number(cells[6]!.replace(',', '.'))));
    expect(values).toEqual((await json('local.loneliness.pct', '--period', '2020')).map((r) => r.value));
  });

  it('prints the same bytes on stdout without --out', async () => {
    const stdout = await show('local.loneliness.pct', '--period', '2020', '--format', 'csv');
    expect(stdout.code).toBe(0);
    expect(Buffer.from(`${stdout.out}\n`)).toEqual(await readFile(join(dir, 'eenzaamheid.csv')));
  });

  it('names the breakdown beside its code; published values hide small counts, --exact shows them', async () => {
    const args = ['--period', '2019', '--area', 'Oosterheem', '--breakdown', 'careType', '--format', 'csv'];
    const published = csvLines(Buffer.from(`${(await show('youth.clients', ...args)).out}\n`));
    expect(published.slice(1)).toEqual([
      'youth.clients;2019;WK063706;Oosterheem;;;.;;;lopend',
      'youth.clients;2019;WK063706;Oosterheem;careType=met verblijf;soort jeugdhulp: met verblijf;.;;;lopend',
    ]);
    const exact = csvLines(Buffer.from(`${(await show('youth.clients', ...args, '--exact')).out}\n`));
    expect(exact.slice(1)).toEqual([
      'youth.clients;2019;WK063706;Oosterheem;;;1;1;;lopend',
      'youth.clients;2019;WK063706;Oosterheem;careType=met verblijf;soort jeugdhulp: met verblijf;1;1;;lopend',
    ]);
  });

  it('writes a file whole or not at all, and no file for an empty answer', async () => {
    const target = join(dir, 'out', 'bestaat.csv');
    await mkdir(join(dir, 'out'));
    await writeFile(target, 'oude inhoud');
    expect(
      (await show('local.loneliness.pct', '--period', '2020', '--format', 'json', '--out', target)).code,
    ).toBe(0);
    expect(JSON.parse(await readFile(target, 'utf8'))).toHaveLength(4);
    expect(await readdir(join(dir, 'out'))).toEqual(['bestaat.csv']);

    const missing = join(dir, 'geen-map', 'x.csv');
    const failed = await show('local.loneliness.pct', '--format', 'csv', '--out', missing);
    expect(failed.code).toBe(1);
    expect(failed.err).toMatch(new RegExp(`^msd: kan ${missing} niet schrijven: ENOENT`));

    const empty = await show(
      'youth.clients',
      '--period',
      '2030',
      '--format',
      'csv',
      '--out',
      join(dir, 'out', 'leeg.csv'),
    );
    expect(empty).toEqual({
      code: 0,
      out: '',
      err: 'msd: geen gegevens voor 2030; de gegevens lopen van 2017-01 tot 2019-12-31 (geen bestand geschreven)',
    });
    expect(await readdir(join(dir, 'out'))).toEqual(['bestaat.csv']);
  });
});

async function readWorkbook(file: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return workbook;
}

describe('XLSX workbook', () => {
  it('holds the rows of the JSON as numeric cells under a frozen Dutch header', async () => {
    const file = join(dir, 'eenzaamheid.xlsx');
    const result = await show('local.loneliness.pct', '--period', '2020', '--format', 'xlsx', '--out', file);
    expect(result).toEqual({ code: 0, out: `4 rijen geschreven naar ${file}`, err: '' });
    const workbook = await readWorkbook(file);
    const sheet = workbook.getWorksheet('Cijfers')!;
    expect(sheet.getRow(1).values).toEqual([undefined, ...HEADER.split(';')]);
    expect(sheet.getRow(1).font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.rowCount).toBe(5);
    const values = (await json('local.loneliness.pct', '--period', '2020')).map((r) => r.value);
    const cells = [2, 3, 4, 5].map((r) => sheet.getRow(r).getCell(7));
    expect(cells.map((c) => c.value)).toEqual(values.map((v) => v ?? '.'));
    expect(cells.map((c) => c.type)).toEqual([
      ExcelJS.ValueType.Number,
      ExcelJS.ValueType.Number,
      ExcelJS.ValueType.Number,
      ExcelJS.ValueType.String,
    ]);
    expect(cells[0]!.numFmt).toBe('#,##0.0');
    expect(sheet.getRow(3).getCell(4).value).toBe('Centrum');
    expect(sheet.getRow(3).getCell(10).value).toBe('voorlopig');
    // Columns fit their contents: the indicator id column is wider than its header.
    expect(sheet.getColumn(1).width).toBe('local.loneliness.pct'.length + 2);
    expect(workbook.getWorksheet('Toelichting')!.getRow(2).getCell(1).value).toMatch(
      /^Gepubliceerde waarden: aantallen afgerond op vijftallen/,
    );
  });

  it('writes whole numbers with a thousands format, exact values only with --exact', async () => {
    const file = join(dir, 'jeugd.xlsx');
    expect(
      (await show('youth.clients', '--period', '2019', '--exact', '--format', 'xlsx', '--out', file)).code,
    ).toBe(0);
    const workbook = await readWorkbook(file);
    const sheet = workbook.getWorksheet('Cijfers')!;
    const exact = await json('youth.clients', '--period', '2019', '--exact');
    const rows = exact.map((_, i) => sheet.getRow(i + 2));
    expect(rows.map((r) => [r.getCell(3).value, r.getCell(7).value])).toEqual(
      exact.map((r) => [r.area, r.value]),
    );
    expect(rows[0]!.getCell(7).numFmt).toBe('#,##0');
    expect(workbook.getWorksheet('Toelichting')!.getRow(2).getCell(1).value).toMatch(
      /^Exacte waarden \(--exact\)/,
    );
  });
});
