/**
 * @module End to end on a data folder: init Zoetermeer, ingest the CSV fixture, define local indicators, import
 * GGD figures, a CBS table and gebieden through the command functions, compute the cube with the combined
 * catalogue, and read values through the query + disclosure path.
 */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/app.ts';
import { loadCatalogue } from '../../src/catalogue/local-catalogue.ts';
import type { CliIo } from '../../src/cli/cli-output.ts';
import { runAreasDefine, runAreasList } from '../../src/cli/commands/areas-command.ts';
import { runCbsImport } from '../../src/cli/commands/cbs-command.ts';
import { runIndicatorsDefine } from '../../src/cli/commands/indicators-define-command.ts';
import { runValuesImport } from '../../src/cli/commands/values-command.ts';
import { main } from '../../src/cli/main.ts';
import type { Role } from '../../src/domain/disclosure-control.ts';
import { computeCube } from '../../src/engine/run/cube-builder.ts';
import { formatIndicatorValues, queryIndicatorValues } from '../../src/engine/indicator-query.ts';
import { AGGREGATES, CBS } from './aggregates-helpers.ts';

const CSV_FIXTURES = new URL('../fixtures/csv/', import.meta.url).pathname;

function capture(): CliIo & { lines: string[] } {
  const lines: string[] = [];
  return { lines, out: (l) => lines.push(l), err: (l) => lines.push(`ERR ${l}`) };
}

let data: string;
let importedBefore: unknown[];
let importedAfter: unknown[];

const IMPORTED_SQL = `SELECT indicator, period, area, value, numerator, denominator, status, source
  FROM indicator_value WHERE source <> 'computed' ORDER BY ALL`;

beforeAll(async () => {
  const dir = await mkdtemp(join(tmpdir(), 'msd-aggregates-'));
  data = join(dir, 'data');
  const io = capture();
  expect(await main(['node', 'msd', 'init', '--data', data, '--gemeente', 'GM0637'], io)).toBe(0);
  expect(await main(['node', 'msd', 'ingest', '--data', data, CSV_FIXTURES], io)).toBe(0);
  await runIndicatorsDefine(join(AGGREGATES, 'local-indicators.json'), { data }, io);
  expect(await runValuesImport([join(AGGREGATES, 'ggd-eenzaamheid.csv')], { data }, io)).toBe(0);
  // CBS figures for 2019, a year the cube computes youth.clients for from the microdata as well.
  expect(await runCbsImport(join(CBS, '85984NED-zoetermeer-bulk.csv'), { data, period: '2019' }, io)).toBe(0);
  const own = join(dir, 'eigen-telling.csv');
  await writeFile(
    own,
    'indicator;period;area;value;unit;source\nyouth.clients;2024;WK063701;13;persons;Eigen telling\nyouth.clients;2024;WK063702;6;persons;Eigen telling\n',
  );
  expect(await runValuesImport([own], { data }, io)).toBe(0);
  await runAreasDefine(join(AGGREGATES, 'gebieden-zoetermeer.json'), { data }, io);
  const app = await createApp({ dataDir: data });
  try {
    importedBefore = await app.store.all(IMPORTED_SQL);
    const result = await computeCube(app.store, { catalogue: await loadCatalogue(app.store) });
    expect(result.rows).toBeGreaterThan(0);
    importedAfter = await app.store.all(IMPORTED_SQL);
  } finally {
    app.close();
  }
});

async function published(indicator: string, period: string, role: Role, area?: string, source?: string) {
  const app = await createApp({ dataDir: data, readOnly: true });
  try {
    const catalogue = await loadCatalogue(app.store);
    const rows = await queryIndicatorValues(app.store, {
      indicator,
      period,
      breakdown: '',
      ...(area ? { area } : {}),
      ...(source ? { source } : {}),
    });
    return formatIndicatorValues(rows, { role, insideApp: role === 'analyst', catalogue });
  } finally {
    app.close();
  }
}

describe('aggregates end to end', () => {
  it('leaves every imported figure unchanged when the cube is computed', () => {
    // 6 GGD/survey figures + 40 CBS figures (10 areas × 4 columns) + 2 own counts.
    expect(importedBefore).toHaveLength(48);
    expect(importedAfter).toEqual(importedBefore);
  });

  it('shows the imported local indicator through the query path, exact for analysts', async () => {
    const values = await published('local.loneliness.pct', '2020', 'analyst');
    expect(values.map((v) => [v.area, v.value, v.status])).toEqual([
      ['GM0637', 47.5, 'final'],
      ['WK063700', 52.1, 'final'],
      ['WK063706', 43.8, 'final'],
      ['WK063709', null, 'final'],
    ]);
  });

  it('protects CBS and other imported counts and rates like computed ones', async () => {
    const youth = await published('youth.clients', '2019', 'viewer', 'WK063701', 'imported');
    expect(youth.map((v) => [v.value, v.symbol])).toEqual([[330, '']]);
    const own = await published('youth.clients', '2024', 'viewer');
    expect(own.map((v) => [v.area, v.value, v.symbol])).toEqual([
      ['WK063701', 15, ''],
      ['WK063702', null, '.'],
    ]);
    const rates = await published('support.clients.per1000', '2019', 'viewer');
    const centrum = rates.find((v) => v.area === 'WK063700');
    // From the rounded numerator: 1,645 / 21,690 × 1,000.
    expect(centrum?.value).toBeCloseTo(75.84, 2);
    expect(centrum?.numerator).toBe(1645);
    expect(rates.find((v) => v.area === 'WK063709')).toMatchObject({ value: null, symbol: '.' });
  });

  it('shows one source per period: computed where the engine computed the period, imported elsewhere', async () => {
    // 2019: the cube computed youth.clients from the fixture's records, so the CBS figures stay out of the default
    // view (WK063701 has no computed client: the own count 0, not CBS's 330) but remain available by source.
    const computed = await published('youth.clients', '2019', 'analyst');
    expect(computed.find((v) => v.area === 'WK063701')?.value).toBe(0);
    expect(computed.find((v) => v.area === 'WK063706')?.value).toBe(1);
    const cbs = await published('youth.clients', '2019', 'analyst', undefined, 'CBS 85984NED');
    expect(cbs.find((v) => v.area === 'WK063701')?.value).toBe(330);
    // 2024: nothing computed, so the own count (source "Eigen telling") is what everyone sees.
    const own = await published('youth.clients', '2024', 'analyst');
    expect(own.map((v) => [v.area, v.value])).toEqual([
      ['WK063701', 13],
      ['WK063702', 6],
    ]);
  });

  it('computes the standard indicators for the custom areas too', async () => {
    const io = capture();
    await runAreasList({ data, format: 'table' }, io);
    expect(io.lines.join('\n')).toMatch(
      /GEBIED-ZUID\s+Zoetermeer-Zuid\s+eigen gebied\s+GM0637\s+44455\s+WK063705 WK063706/,
    );
    // P2 (WK063706 Oosterheem) is the one youth client of 2019 in Zoetermeer-Zuid.
    const values = await published('youth.clients', '2019', 'analyst', 'GEBIED-ZUID');
    expect(values.map((v) => v.value)).toEqual([1]);
  });

  it('shows imported percentages as given and a CBS secret count as "." to viewers', async () => {
    const loneliness = await published('local.loneliness.pct', '2020', 'viewer');
    expect(loneliness.map((v) => [v.area, v.value, v.symbol])).toEqual([
      ['GM0637', 47.5, ''],
      ['WK063700', 52.1, ''],
      ['WK063706', 43.8, ''],
      ['WK063709', null, '.'],
    ]);
    const secret = await published('youth.clients', '2019', 'viewer', 'WK063709', 'imported');
    expect(secret.map((v) => [v.value, v.symbol])).toEqual([[null, '.']]);
  });
});
