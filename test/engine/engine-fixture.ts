/** @module Test helper for the engine: terse inserts of hand-made canonical rows and reads of cube cells. */
import { computeCube } from '../../src/engine/run/cube-builder.ts';
import type { SqlParam, SqlStore } from '../../src/store/sql-store.ts';
import { withFixtureDb } from '../helpers/fixture-db.ts';

export const GM = 'GM9999';
export const WK1 = 'WK999901';
export const WK2 = 'WK999902';

export interface FixtureBuilder {
  meta(deliveryDate: string, gemeente?: string): Promise<void>;
  /** Birth date `YYYY-MM-DD`, or `YYYY-MM` for the 1st of that month (as stores made before migration 9 hold it). */
  person(pid: string, birth: string | null, gender?: string): Promise<void>;
  /** Address from a date; wijk null = unknown wijk. */
  residence(
    pid: string,
    validFrom: string,
    wijk: string | null,
    household?: string | null,
    buurt?: string | null,
  ): Promise<void>;
  provision(p: {
    pid: string;
    law: 'youth' | 'support';
    category: string;
    start: string | null;
    end?: string | null;
    provider?: string;
    endReason?: string | null;
    status?: 'started' | 'waiting';
    id?: string;
  }): Promise<void>;
  claim(c: {
    pid: string;
    law: 'youth' | 'support';
    category: string;
    from: string;
    to: string;
    cents: number;
    provider?: string;
    submitted?: string;
  }): Promise<void>;
  benefit(b: {
    pid: string;
    start: string;
    end?: string | null;
    kind?: string;
    household?: string | null;
    exitReason?: string | null;
    institution?: boolean;
  }): Promise<void>;
  reintegration(r: {
    pid: string;
    instrument: string;
    name?: string | null;
    start: string;
    end?: string | null;
    endReason?: string | null;
  }): Promise<void>;
  population(area: string, refDate: string, age: number, persons: number, gender?: string): Promise<void>;
  households(area: string, refDate: string, count: number): Promise<void>;
  customArea(code: string, members: string[]): Promise<void>;
  /** A CBS wijk of the fixture's gemeente in the area table (as `msd demo` and the reference data load them). */
  wijk(code: string): Promise<void>;
}

let seq = 0;

export function fixture(store: SqlStore): FixtureBuilder {
  const insert = (table: string, values: SqlParam[]): Promise<void> =>
    store.run(`INSERT INTO ${table} VALUES (${values.map(() => '?').join(', ')})`, values);
  return {
    async meta(deliveryDate, gemeente = GM) {
      await insert('meta', ['delivery_date', deliveryDate]);
      await insert('meta', ['gemeente', gemeente]);
    },
    person: (pid, birth, gender = 'female') =>
      store.run('INSERT INTO person VALUES (?, CAST(? AS DATE), ?)', [
        pid,
        birth === null || birth.length > 7 ? birth : `${birth}-01`,
        gender,
      ]),
    residence: (pid, validFrom, wijk, household = null, buurt = null) =>
      store.run('INSERT INTO residence VALUES (?, CAST(? AS DATE), ?, ?, ?, ?, ?, 1)', [
        pid,
        validFrom,
        buurt,
        wijk,
        GM,
        household,
        'test',
      ]),
    provision: (p) =>
      store.run(
        `INSERT INTO provision VALUES (?, ?, ?, ?, 'P1', ?, 'A1', NULL, CAST(? AS DATE), CAST(? AS DATE), ?, ?, 'test', 1)`,
        [
          p.id ?? `prov${++seq}`,
          p.pid,
          p.law,
          p.category,
          p.provider ?? '11111111',
          p.start,
          p.end ?? null,
          p.endReason ?? null,
          p.status ?? 'started',
        ],
      ),
    claim: (c) =>
      store.run(
        `INSERT INTO claim VALUES (?, ?, ?, 'A1', ?, 'P1', ?, CAST(? AS DATE), CAST(? AS DATE), 1, 'uur', ?, 'D1', CAST(? AS DATE), 1)`,
        [
          ++seq, // claim ids are 64-bit content hashes; any distinct number will do here
          c.pid,
          c.law,
          c.category,
          c.provider ?? '11111111',
          c.from,
          c.to,
          c.cents,
          c.submitted ?? c.to,
        ],
      ),
    benefit: (b) =>
      store.run('INSERT INTO benefit VALUES (?, ?, ?, ?, CAST(? AS DATE), CAST(? AS DATE), ?, ?, 1)', [
        `b${++seq}`,
        b.pid,
        b.household ?? null,
        b.kind ?? 'PW',
        b.start,
        b.end ?? null,
        b.exitReason ?? null,
        b.institution ?? false,
      ]),
    reintegration: (r) =>
      store.run('INSERT INTO reintegration VALUES (?, ?, ?, ?, CAST(? AS DATE), CAST(? AS DATE), ?, 1)', [
        `r${++seq}`,
        r.pid,
        r.instrument,
        r.name === undefined ? r.instrument : r.name,
        r.start,
        r.end ?? null,
        r.endReason ?? null,
      ]),
    population: (area, refDate, age, persons, gender = 'female') =>
      store.run('INSERT INTO population VALUES (?, CAST(? AS DATE), ?, ?, ?, 1)', [
        area,
        refDate,
        age,
        gender,
        persons,
      ]),
    households: (area, refDate, count) =>
      store.run('INSERT INTO households VALUES (?, CAST(? AS DATE), ?, 1)', [area, refDate, count]),
    async customArea(code, members) {
      await store.run("INSERT INTO area VALUES (?, ?, 'custom', ?, NULL, NULL, NULL, 'test')", [
        code,
        code,
        GM,
      ]);
      for (const m of members) await insert('area_member', [code, m]);
    },
    wijk: (code) =>
      store.run("INSERT INTO area VALUES (?, ?, 'wijk', ?, NULL, NULL, NULL, 'test')", [code, code, GM]),
  };
}

export interface Cell {
  numerator: number | null;
  denominator: number | null;
  value: number | null;
  status: string;
}

/** Reads one cube cell; undefined when the engine wrote no row for it. */
export async function cell(
  store: SqlStore,
  indicator: string,
  period: string,
  area: string,
  breakdownKey = '',
  breakdownValue = '',
): Promise<Cell | undefined> {
  const rows = await store.all<{
    numerator: number | null;
    denominator: number | null;
    value: number | null;
    status: string;
  }>(
    `SELECT numerator, denominator, value, status FROM indicator_value
     WHERE indicator = ? AND period = ? AND area = ? AND breakdown_key = ? AND breakdown_value = ?`,
    [indicator, period, area, breakdownKey, breakdownValue],
  );
  if (rows.length > 1) throw new Error(`duplicate cube rows for ${indicator} ${period} ${area}`);
  return rows[0];
}

/** The value of a cell, or undefined. */
export async function valueOf(
  store: SqlStore,
  indicator: string,
  period: string,
  area: string,
  breakdownKey = '',
  breakdownValue = '',
): Promise<number | null | undefined> {
  return (await cell(store, indicator, period, area, breakdownKey, breakdownValue))?.value;
}

/** The clock of every engine scenario; data are delivered up to the day before. */
export const NOW = new Date('2021-04-01');

/** Builds a fixture on a fresh in-memory store, computes the given indicators and runs the checks. */
export async function scenario(
  indicators: string[],
  setup: (f: FixtureBuilder) => Promise<void>,
  check: (store: SqlStore) => Promise<void>,
): Promise<void> {
  await withFixtureDb(async (store) => {
    const f = fixture(store);
    await f.meta('2021-03-31');
    await setup(f);
    await computeCube(store, { indicators, now: NOW });
    await check(store);
  });
}
