import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { SHEET_COLUMNS } from '../src/social-return/social-return-sheets.ts';
import { msd } from './helpers/run-cli.ts';

let dir: string;
let data: string;

/** Writes a template of `kind` with cells changed: [sheet, row, column name, value]. */
async function workbookWith(
  file: string,
  kind: 'casusanalyse' | 'programma',
  changes: [sheet: keyof typeof SHEET_COLUMNS, row: number, column: string, value: string | number | null][],
): Promise<string> {
  const path = join(dir, file);
  expect((await msd('rendement', 'template', '--out', path, '--kind', kind)).code).toBe(0);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  for (const [sheet, row, column, value] of changes) {
    const name = sheet.charAt(0).toUpperCase() + sheet.slice(1);
    workbook
      .getWorksheet(name)!
      .getRow(row)
      .getCell(SHEET_COLUMNS[sheet].indexOf(column) + 1).value = value;
  }
  await workbook.xlsx.writeFile(path);
  return path;
}

const storedNames = async (): Promise<string[]> =>
  (
    JSON.parse((await msd('rendement', 'list', '--data', data, '--format', 'json')).out) as { name: string }[]
  ).map((r) => r.name);

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'msd-rendement-bad-'));
  data = join(dir, 'data');
  expect((await msd('init', '--data', data, '--gemeente', 'GM0637')).code).toBe(0);
}, 60_000);

describe('msd rendement import refuses bad input whole, with sheet, row and column', () => {
  it('refuses a share outside 0–100 % and a missing price year, and stores nothing', async () => {
    const file = await workbookWith('slecht-programma.xlsx', 'programma', [
      ['prijslijst', 3, 'prijsjaar', null],
      ['resultaten', 2, 'deadweight', 120],
    ]);
    const run = await msd('rendement', 'import', file, '--data', data);
    expect(run.code).toBe(1);
    expect(run.err).toBe(
      [
        `msd: ${file}:`,
        '  - blad Prijslijst, rij 3, kolom prijsjaar: ontbreekt',
        '  - blad Resultaten, rij 2, kolom deadweight: moet een percentage van 0 tot en met 100 zijn: 120',
        'Niets opgeslagen.',
      ].join('\n'),
    );
    expect(await storedNames()).toEqual([]);
  });

  it('refuses goal-tree nodes while no goal tree is loaded', async () => {
    const file = await workbookWith('doelen-zonder-boom.xlsx', 'casusanalyse', [
      ['analyse', 2, 'doelboom', 'financieel-zelfredzaam'],
    ]);
    const run = await msd('rendement', 'import', file, '--data', data);
    expect(run.code).toBe(1);
    expect(run.err).toContain(
      '  - blad Analyse, rij 2, kolom doelboom: knoop financieel-zelfredzaam kan niet worden gekoppeld: er is nog geen doelenboom',
    );
    expect(await storedNames()).toEqual([]);
  });

  it('loads a shipped example without a goal tree, saying which links it left out', async () => {
    const run = await msd('rendement', 'example', 'overbetuwe', '--data', data);
    expect(run.code).toBe(0);
    expect(run.err).toBe(
      [
        'overbetuwe-ruwaard-bestaand: niet gekoppeld aan gecoordineerde-zorg, betaalbare-zorg: er is nog geen doelenboom.',
        'overbetuwe-ruwaard-nieuw: niet gekoppeld aan gecoordineerde-zorg, betaalbare-zorg: er is nog geen doelenboom.',
      ].join('\n'),
    );
    const shown = await msd(
      'rendement',
      'show',
      'overbetuwe-ruwaard-bestaand',
      '--data',
      data,
      '--format',
      'json',
    );
    expect((JSON.parse(shown.out) as { goalNodes: string[] }).goalNodes).toEqual([]);
  });

  it('with a goal tree: keeps an effect, refuses an unknown node and a goal on the Analyse sheet', async () => {
    expect((await msd('goals', 'init', '--data', data, '--template', 'voorschoten')).code).toBe(0);
    const bad = await workbookWith('doelen-fout.xlsx', 'casusanalyse', [
      ['analyse', 2, 'doelboom', 'financieel-zelfredzaam, bestaat-niet, doel-1'],
    ]);
    const refused = await msd('rendement', 'import', bad, '--data', data);
    expect(refused.code).toBe(1);
    expect(refused.err).toBe(
      [
        `msd: ${bad}:`,
        '  - blad Analyse, rij 2, kolom doelboom: onbekende knoop bestaat-niet: staat niet in de huidige doelenboom (versie 1); zie msd goals show',
        '  - blad Analyse, rij 2, kolom doelboom: knoop doel-1 is een hoofddoel; een aanpak dient een maatschappelijk effect (een knoop onder effects)',
        'Niets opgeslagen.',
      ].join('\n'),
    );
    const good = await workbookWith('doelen-goed.xlsx', 'casusanalyse', [
      ['analyse', 2, 'doelboom', 'financieel-zelfredzaam'],
    ]);
    expect((await msd('rendement', 'import', good, '--data', data)).out).toBe(
      'Opgeslagen: nieuwe-casusanalyse',
    );
    const shown = await msd('rendement', 'show', 'nieuwe-casusanalyse', '--data', data, '--format', 'json');
    expect((JSON.parse(shown.out) as { goalNodes: string[] }).goalNodes).toEqual(['financieel-zelfredzaam']);
  });
});
