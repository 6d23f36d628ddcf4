/** @module Working tables kept between runs: reused only while their source rows and the run's options are unchanged, rebuilt after any insert, update or delete, and never kept when they hold claims. */
import { describe, expect, it } from 'vitest';
import { computeCube } from '../../src/engine/run/cube-builder.ts';
import { CONTEXT_KEY_VARIABLES, dropCubeContext } from '../../src/engine/run/cube-context.ts';
import type { SqlStore } from '../../src/store/sql-store.ts';
import { withFixtureDb } from '../helpers/fixture-db.ts';
import { GM, NOW, WK1, WK2, fixture, valueOf } from './engine-fixture.ts';

/** The store, counting how often the engine builds its person dictionary (the first working table of a build). */
function countingBuilds(store: SqlStore): { store: SqlStore; builds: () => number } {
  let builds = 0;
  const counting: SqlStore = {
    run: (sql, params) => {
      if (sql.includes('CREATE OR REPLACE TEMP TABLE _msd_pid')) builds++;
      return store.run(sql, params);
    },
    all: (sql, params) => store.all(sql, params),
    transaction: (work) => store.transaction(work),
    append: (table, rows) => store.append(table, rows),
    fork: () => store.fork(),
    close: () => store.close(),
  };
  return { store: counting, builds: () => builds };
}

const tempTables = async (store: SqlStore): Promise<string[]> =>
  (
    await store.all<{ name: string }>(
      "SELECT table_name AS name FROM duckdb_tables() WHERE temporary AND table_name LIKE '\\_msd\\_%' ESCAPE '\\' ORDER BY 1",
    )
  ).map((r) => r.name);

/** Three young persons: p1 and p2 first start youth care in 2020 (wijk 1), p3 in 2019 (wijk 2). */
async function threeYoungPersons(store: SqlStore): Promise<void> {
  const f = fixture(store);
  await f.meta('2021-03-31', GM);
  await f.wijk(WK1);
  await f.wijk(WK2);
  for (const [pid, wijk, start] of [
    ['p1', WK1, '2020-03-01'],
    ['p2', WK1, '2020-06-15'],
    ['p3', WK2, '2019-05-01'],
  ] as const) {
    await f.person(pid, '2010-04', 'female');
    await f.residence(pid, '2015-01-01', wijk, `h-${pid}`);
    await f.provision({ pid, law: 'youth', category: '41', start, end: null, id: `prov-${pid}` });
  }
}

const inflow = (store: SqlStore, period: string, area: string) =>
  valueOf(store, 'youth.inflow', period, area);

/** A run of two light indicators: builds and keeps its working tables (one indicator alone inlines them, ADR 0007). */
const YOUTH_PAIR = ['youth.inflow', 'youth.continuing'];

describe('kept working tables', () => {
  it('are reused while nothing changed, and give the same cube', async () => {
    await withFixtureDb(async (raw) => {
      await threeYoungPersons(raw);
      const { store, builds } = countingBuilds(raw);
      await computeCube(store, { indicators: YOUTH_PAIR, now: NOW });
      const first = await raw.all('SELECT * FROM indicator_value ORDER BY ALL');
      expect(builds()).toBe(1);
      expect(
        await raw.all(`SELECT getvariable('${CONTEXT_KEY_VARIABLES.options}') IS NOT NULL AS kept`),
      ).toEqual([{ kept: true }]);
      await computeCube(store, { indicators: YOUTH_PAIR, now: NOW });
      expect(builds()).toBe(1);
      expect(await raw.all('SELECT * FROM indicator_value ORDER BY ALL')).toEqual(first);
      expect(await inflow(raw, '2020', GM)).toBe(2);
      expect(await inflow(raw, '2020', WK1)).toBe(2);
      expect(await inflow(raw, '2019', WK2)).toBe(1);
    });
  });

  it('are rebuilt after an insert, an update or a delete of a source row', async () => {
    await withFixtureDb(async (raw) => {
      await threeYoungPersons(raw);
      const { store, builds } = countingBuilds(raw);
      const run = () => computeCube(store, { indicators: YOUTH_PAIR, now: NOW });
      await run();
      expect(await inflow(raw, '2020', GM)).toBe(2);

      // A fourth person starts in 2020.
      const f = fixture(raw);
      await f.person('p4', '2012-01', 'male');
      await f.residence('p4', '2015-01-01', WK2, 'h-p4');
      await f.provision({ pid: 'p4', law: 'youth', category: '41', start: '2020-09-01', id: 'prov-p4' });
      await run();
      expect(builds()).toBe(2);
      expect(await inflow(raw, '2020', GM)).toBe(3);
      expect(await inflow(raw, '2020', WK2)).toBe(1);

      // Same row count, other content: p2 started in 2019 after all.
      await raw.run("UPDATE provision SET start_date = DATE '2019-11-01' WHERE id = 'prov-p2'");
      await run();
      expect(builds()).toBe(3);
      expect(await inflow(raw, '2020', GM)).toBe(2);
      expect(await inflow(raw, '2019', GM)).toBe(2);

      // A move of p1 to wijk 2 (a residence row changes; provisions do not).
      await raw.run(`UPDATE residence SET wijk = '${WK2}' WHERE pid = 'p1'`);
      await run();
      expect(builds()).toBe(4);
      expect(await inflow(raw, '2020', WK1)).toBe(0);
      expect(await inflow(raw, '2020', WK2)).toBe(2);

      await raw.run("DELETE FROM provision WHERE id = 'prov-p4'");
      await run();
      expect(builds()).toBe(5);
      expect(await inflow(raw, '2020', GM)).toBe(1);
    });
  });

  it('are rebuilt for other options, and dropped after a run that reads claims', async () => {
    await withFixtureDb(async (raw) => {
      await threeYoungPersons(raw);
      await fixture(raw).claim({
        pid: 'p1',
        law: 'youth',
        category: '41',
        from: '2020-03-01',
        to: '2020-03-31',
        cents: 12345,
      });
      const { store, builds } = countingBuilds(raw);
      await computeCube(store, { indicators: YOUTH_PAIR, now: NOW });
      // Another code mapping is another build, even with the same rows.
      await computeCube(store, {
        indicators: YOUTH_PAIR,
        now: NOW,
        mappings: { careType: { '41': 'jeugdhulp zonder verblijf' } },
      });
      expect(builds()).toBe(2);
      await computeCube(store, { indicators: ['youth.cost'], now: NOW });
      expect(builds()).toBe(3);
      expect(await valueOf(raw, 'youth.cost', '2020', GM)).toBe(123.45);
      expect(await tempTables(raw)).toEqual([]);
      await computeCube(store, { indicators: YOUTH_PAIR, now: NOW });
      expect(builds()).toBe(4);
    });
  });

  it('hold only the provisions and persons of the run: a youth indicator keys neither Wmo clients nor residents without care', async () => {
    await withFixtureDb(async (store) => {
      await threeYoungPersons(store);
      const f = fixture(store);
      // An older resident with Wmo support, and a resident without any provision.
      await f.person('w1', '1950-02', 'male');
      await f.residence('w1', '2015-01-01', WK1, 'h-w1');
      await f.provision({ pid: 'w1', law: 'support', category: '01', start: '2020-02-01', end: null });
      await f.person('r1', '1980-05', 'female');
      await f.residence('r1', '2015-01-01', WK2, 'h-r1');
      const keyed = async (): Promise<{ persons: number; provisions: number }> => {
        const [row] = await store.all<{ persons: number; provisions: number }>(
          'SELECT (SELECT count(*) FROM _msd_pid) AS persons, (SELECT count(*) FROM _msd_prov) AS provisions',
        );
        return { persons: Number(row?.persons), provisions: Number(row?.provisions) };
      };

      await computeCube(store, { indicators: YOUTH_PAIR, now: NOW });
      expect(await keyed()).toEqual({ persons: 3, provisions: 3 });
      expect(await inflow(store, '2020', GM)).toBe(2);

      // An integral indicator reads both laws: the Wmo client gets a key, the resident without care still not.
      await computeCube(store, { indicators: ['integral.clients.byCombination'], now: NOW });
      expect(await keyed()).toEqual({ persons: 4, provisions: 4 });
    });
  });

  it('are neither built nor dropped by a run of one indicator, which puts them into its statement with the same cells', async () => {
    await withFixtureDb(async (raw) => {
      await threeYoungPersons(raw);
      const { store, builds } = countingBuilds(raw);
      await computeCube(store, { indicators: YOUTH_PAIR, now: NOW });
      const kept = await tempTables(raw);
      const cube = await raw.all(
        "SELECT * FROM indicator_value WHERE indicator = 'youth.inflow' ORDER BY ALL",
      );
      expect(kept).toContain('_msd_prov');

      // One indicator alone: inlined, kept tables or not, and the kept tables stay.
      await computeCube(store, { indicators: ['youth.inflow'], now: NOW });
      expect(builds()).toBe(1);
      expect(await tempTables(raw)).toEqual(kept);
      // Unchanged cells: nothing written, computed_at included.
      expect(
        await raw.all("SELECT * FROM indicator_value WHERE indicator = 'youth.inflow' ORDER BY ALL"),
      ).toEqual(cube);

      // Without kept tables, and after a change: still no table, and the new figures.
      await dropCubeContext(raw);
      await fixture(raw).provision({
        pid: 'p3',
        law: 'youth',
        category: '41',
        start: '2018-02-01',
        id: 'prov-p3b',
      });
      await computeCube(store, { indicators: ['youth.inflow'], now: NOW });
      expect(builds()).toBe(1);
      expect(await tempTables(raw)).toEqual([]);
      expect(await inflow(raw, '2019', GM)).toBe(0);
      expect(await inflow(raw, '2018', WK2)).toBe(1);
    });
  });
});
