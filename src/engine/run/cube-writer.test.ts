/** @module The cube writer: an indicator's cells replace its stored rows in scope, and unchanged cells are not written again. */
import { describe, expect, it } from 'vitest';
import type { SqlStore } from '../../store/sql-store.ts';
import { withFixtureDb } from '../../../test/helpers/fixture-db.ts';
import { writeIndicatorCells, type CellWrite } from './cube-writer.ts';

const ID = 'test.count';
const T1 = '2021-04-01 10:00:00';
const T2 = '2021-04-02 10:00:00';

/** A compiled statement's cells as VALUES rows: [period, area, value]; counts have numerator = value. */
const cells = (rows: readonly [string, string, number][]): string =>
  `SELECT '${ID}' AS indicator, period, area, '' AS breakdown_key, '' AS breakdown_value, CAST(v AS DOUBLE) AS numerator,
     CAST(NULL AS DOUBLE) AS denominator, CAST(v AS DOUBLE) AS value, 'final' AS status
   FROM (VALUES ${rows.map(([p, a, v]) => `('${p}', '${a}', ${v})`).join(', ')}) t(period, area, v)`;

const write = (
  store: SqlStore,
  rows: readonly [string, string, number][],
  options: Partial<CellWrite> = {},
): Promise<number> =>
  writeIndicatorCells(store, {
    indicator: ID,
    sql: cells(rows),
    full: true,
    hasRows: true,
    computedAt: T2,
    ...options,
  });

async function stored(store: SqlStore): Promise<string[]> {
  const rows = await store.all<{ period: string; area: string; value: number; at: string }>(
    `SELECT period, area, value, strftime(computed_at, '%Y-%m-%d') AS at FROM indicator_value
     WHERE indicator = ? AND source = 'computed' ORDER BY period, area`,
    [ID],
  );
  return rows.map((r) => `${r.period} ${r.area} ${r.value} ${r.at}`);
}

/** The run's periods (`_msd_period`, cube context) for a write limited to them. */
async function runPeriods(store: SqlStore, periods: readonly string[]): Promise<void> {
  await store.run('CREATE OR REPLACE TEMP TABLE _msd_period (period VARCHAR)');
  await store.run(`INSERT INTO _msd_period VALUES ${periods.map((p) => `('${p}')`).join(', ')}`);
}

describe('cube writer', () => {
  it('in a full compute leaves unchanged cells as they were and replaces the rows when a cell changed', async () => {
    await withFixtureDb(async (store) => {
      const first: [string, string, number][] = [
        ['2020', 'GM9999', 12],
        ['2021', 'GM9999', 15],
      ];
      expect(await write(store, first, { hasRows: false, computedAt: T1 })).toBe(2);
      // The same figures again: nothing is written, so the rows keep their first computed_at.
      expect(await write(store, first)).toBe(2);
      expect(await stored(store)).toEqual(['2020 GM9999 12 2021-04-01', '2021 GM9999 15 2021-04-01']);
      // One cell changed, one new: the indicator's rows are the new cells.
      await write(store, [
        ['2020', 'GM9999', 12],
        ['2021', 'GM9999', 16],
        ['2021', 'WK999901', 8],
      ]);
      expect(await stored(store)).toEqual([
        '2020 GM9999 12 2021-04-02',
        '2021 GM9999 16 2021-04-02',
        '2021 WK999901 8 2021-04-02',
      ]);
    });
  });

  it('drops stored cells the new run no longer gives: an incremental one within its periods, a full one all', async () => {
    await withFixtureDb(async (store) => {
      await write(
        store,
        [
          ['2019', 'GM9999', 5],
          ['2020', 'GM9999', 12],
          ['2020', 'WK999901', 3],
        ],
        { hasRows: false, computedAt: T1 },
      );
      await runPeriods(store, ['2020']);
      // An incremental run of 2020 without the wijk cell: 2019 is outside the run and stays.
      await write(store, [['2020', 'GM9999', 12]], { full: false });
      expect(await stored(store)).toEqual(['2019 GM9999 5 2021-04-01', '2020 GM9999 12 2021-04-02']);
      // A full compute that no longer reports 2019 removes it.
      await write(store, [['2020', 'GM9999', 12]]);
      expect(await stored(store)).toEqual(['2020 GM9999 12 2021-04-02']);
    });
  });
});
