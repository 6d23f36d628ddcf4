/** @module Incremental recompute and the lazy context: only indicators whose inputs changed are recomputed, an indicator computed alone equals the full cube, and both give exactly the rows of a full recompute. */
import { describe, expect, it } from 'vitest';
import { STANDARD_CATALOGUE } from '../../src/catalogue/standard-catalogue.ts';
import { codeMappings } from '../../src/catalogue/code-mappings.ts';
import { periodsOfKind } from '../../src/domain/period.ts';
import { computeCube, recomputeAffected } from '../../src/engine/run/cube-builder.ts';
import { prepareCubeContext } from '../../src/engine/run/cube-context.ts';
import {
  contextTablesIn,
  sharedGroupTables,
  type ContextTable,
} from '../../src/engine/compile/working-tables.ts';
import { SHARED_FACTS, createSharedFacts } from '../../src/engine/run/shared-facts.ts';
import { affectedData } from '../../src/ingest/affected-periods.ts';
import type { SqlStore } from '../../src/store/sql-store.ts';
import { withFixtureDb } from '../helpers/fixture-db.ts';
import { GM, NOW, WK1, WK2, fixture, type FixtureBuilder } from './engine-fixture.ts';

/**
 * A small municipality 2018–2021 touching every source: 12 persons in 6 households over two wijken (one moves),
 * youth and Wmo provisions with ends and restarts, monthly claims, PW benefits, population, households and a
 * custom area; claims in the given months (`YYYY-MM`) for most persons.
 */
async function municipality(f: FixtureBuilder, claimMonths: readonly string[]): Promise<void> {
  await f.customArea('KERN1', [WK1]);
  for (let i = 0; i < 12; i++) {
    const pid = `p${i}`;
    const young = i < 6;
    await f.person(
      pid,
      young ? `${2004 + i}-0${1 + (i % 9)}` : `${1950 + i * 3}-1${i % 3}`,
      i % 2 ? 'male' : 'female',
    );
    await f.residence(pid, '2010-01-01', i % 3 === 2 ? null : i % 2 ? WK2 : WK1, `h${i % 6}`);
    if (i === 4) await f.residence(pid, '2019-07-01', WK2, 'h9');
    const law = young ? 'youth' : 'support';
    const category = young ? (['41', '43', '48', '47', '45', '44'][i] ?? '41') : i % 2 ? '02' : '01';
    const provider = `1111111${i % 3}`;
    await f.provision({
      pid,
      law,
      category,
      start: `2018-0${1 + (i % 6)}-15`,
      end: i % 4 ? `2019-0${1 + (i % 7)}-10` : null,
      provider,
      endReason: i % 2 ? '31' : '33',
    });
    if (i % 4 !== 0)
      await f.provision({
        pid,
        law,
        category,
        start: `2020-0${1 + (i % 5)}-01`,
        end: i % 3 ? null : '2020-12-31',
        provider,
      });
    for (const month of claimMonths)
      if ((i + Number(month.slice(5, 7))) % 3 !== 0)
        await f.claim({
          pid,
          law,
          category,
          from: `${month}-01`,
          to: `${month}-${month.endsWith('02') ? 28 : 30}`,
          cents: 10000 + i * 1234,
          provider,
        });
    if (i >= 8)
      await f.benefit({
        pid,
        start: `2018-0${i - 6}-01`,
        end: i === 9 ? '2020-06-30' : null,
        household: `h${i % 6}`,
        exitReason: i === 9 ? 'werk' : null,
      });
  }
  for (const area of [GM, WK1, WK2])
    for (const year of [2018, 2019, 2020, 2021]) {
      for (const age of [5, 15, 40, 70])
        await f.population(area, `${year}-01-01`, age, area === GM ? 400 : 180);
      await f.households(area, `${year}-01-01`, area === GM ? 500 : 230);
    }
}

const months = (year: number, from: number, to: number): string[] =>
  Array.from({ length: to - from + 1 }, (_, k) => `${year}-${String(from + k).padStart(2, '0')}`);

/** Every computed cube row as text (without computed_at), sorted. */
async function cube(store: SqlStore): Promise<string[]> {
  const rows = await store.all(
    `SELECT indicator, period, area, breakdown_key, breakdown_value, round(numerator, 6) AS n,
       round(denominator, 6) AS d, round(value, 6) AS v, status
     FROM indicator_value WHERE source = 'computed'`,
  );
  return rows.map((r) => JSON.stringify(Object.values(r))).sort();
}

async function setDelivery(store: SqlStore, date: string): Promise<void> {
  await store.run("UPDATE meta SET value = ? WHERE key = 'delivery_date'", [date]);
}

describe('incremental recompute', () => {
  it('after an extra month of claims recomputes only claim indicators and equals a full recompute', async () => {
    await withFixtureDb(async (store) => {
      const f = fixture(store);
      await f.meta('2021-02-28');
      await municipality(f, [...months(2020, 1, 12), ...months(2021, 1, 2)]);
      await computeCube(store, { now: NOW });
      const before = await cube(store);
      // March 2021 arrives as batch 2; the delivery date moves a month (statuses of every indicator change).
      for (const i of [0, 1, 7])
        await f.claim({
          pid: `p${i}`,
          law: i < 6 ? 'youth' : 'support',
          category: i < 6 ? '41' : '01',
          from: '2021-03-01',
          to: '2021-03-31',
          cents: 5000,
        });
      await store.run("UPDATE claim SET batch = 2 WHERE period_start >= DATE '2021-03-01'");
      await setDelivery(store, '2021-03-31');
      const affected = await affectedData(store, [2]);
      expect(affected).toEqual({ fromDate: '2021-03-01', tables: ['claim'] });
      const later = new Date('2021-04-02T00:00:00Z');
      await recomputeAffected(store, { ...(affected ?? { fromDate: '', tables: [] }), now: later });
      // Periods the run wrote, per indicator (computed_at = the run's clock).
      const written = new Map<string, string[]>();
      for (const r of await store.all<{ indicator: string; periods: string }>(
        `SELECT indicator, string_agg(DISTINCT period, ',' ORDER BY period) AS periods FROM indicator_value
         WHERE source = 'computed' AND computed_at = TIMESTAMP '2021-04-02 00:00:00' GROUP BY indicator`,
      ))
        written.set(r.indicator, r.periods.split(','));
      // The claim indicators are recomputed for every period reaching into March 2021 …
      for (const id of [
        'integral.cost.multiLaw.share',
        'support.cost',
        'support.cost.perClient',
        'youth.cost',
        'youth.cost.perClient',
      ])
        expect(written.get(id)).toEqual(['2021', '2021-03', '2021-H1', '2021-Q1']);
      // … every other indicator only gets March 2021, the month that began since the last delivery date.
      expect(written.get('youth.clients')).toEqual(['2021-03']);
      expect(written.get('participation.benefits.stock')).toEqual(['2021-03']);
      // Indicators without months (e.g. youth.continuing, per year only) had nothing new: not rewritten at all.
      const monthly = STANDARD_CATALOGUE.filter(
        (d) => d.measure.kind !== 'imported' && d.periodKinds.includes('month'),
      ).map((d) => d.id);
      expect(written.has('youth.continuing')).toBe(false);
      expect([...written.keys()].sort()).toEqual(monthly.sort());
      const incremental = await cube(store);
      expect(incremental).not.toEqual(before);
      await computeCube(store, { now: NOW });
      expect(incremental).toEqual(await cube(store));
    });
  });

  it('after extra provisions recomputes provision and person indicators and equals a full recompute', async () => {
    await withFixtureDb(async (store) => {
      const f = fixture(store);
      await f.meta('2021-03-31');
      await municipality(f, months(2021, 1, 3));
      await computeCube(store, { now: NOW });
      await f.provision({
        pid: 'p2',
        law: 'youth',
        category: '43',
        start: '2020-11-01',
        end: '2021-02-15',
        endReason: '32',
      });
      await f.provision({ pid: 'p10', law: 'support', category: '02', start: '2021-01-04', end: null });
      await store.run(
        "UPDATE provision SET batch = 3 WHERE start_date >= DATE '2020-11-01' AND pid IN ('p2', 'p10')",
      );
      const affected = await affectedData(store, [3]);
      expect(affected).toEqual({ fromDate: '2020-11-01', tables: ['person', 'provision'] });
      const recomputed: string[] = [];
      await recomputeAffected(store, {
        ...(affected ?? { fromDate: '', tables: [] }),
        now: NOW,
        onProgress: (id) => recomputed.push(id),
      });
      expect(recomputed).toContain('youth.clients');
      expect(recomputed).toContain('integral.households.byCombination');
      expect(recomputed).not.toContain('youth.cost');
      // Benefit indicators that read persons (age) are recomputed too: provision files upsert persons.
      expect(recomputed).toContain('participation.benefits.stock');
      expect(recomputed).not.toContain('participation.inflow');
      const incremental = await cube(store);
      await computeCube(store, { now: NOW });
      expect(incremental).toEqual(await cube(store));
    });
  });

  it('after new population figures recomputes only the rates per inhabitant, equal to a full recompute', async () => {
    await withFixtureDb(async (store) => {
      const f = fixture(store);
      await f.meta('2021-03-31');
      await municipality(f, months(2021, 1, 3));
      await computeCube(store, { now: NOW });
      // CBS corrects the 2021 population of the gemeente: only indicators dividing by it change, and their
      // statements read no provisions, benefits or claims (the context then holds no fact persons at all).
      await store.run(
        "UPDATE population SET persons = persons + 100 WHERE area = ? AND ref_date = DATE '2021-01-01'",
        [GM],
      );
      const recomputed: string[] = [];
      await recomputeAffected(store, {
        fromDate: '2021-01-01',
        tables: ['population'],
        now: NOW,
        onProgress: (id) => recomputed.push(id),
      });
      expect(recomputed).toContain('youth.clients.pct');
      expect(recomputed).not.toContain('youth.clients');
      const incremental = await cube(store);
      await computeCube(store, { now: NOW });
      expect(incremental).toEqual(await cube(store));
    });
  });

  it('recomputes every indicator when the data reach a new year', async () => {
    await withFixtureDb(async (store) => {
      const f = fixture(store);
      await f.meta('2021-12-31');
      await municipality(f, months(2021, 10, 12));
      await computeCube(store, { now: NOW });
      await f.claim({
        pid: 'p1',
        law: 'youth',
        category: '41',
        from: '2022-01-01',
        to: '2022-01-31',
        cents: 7000,
      });
      await setDelivery(store, '2022-01-31');
      const result = await recomputeAffected(store, { fromDate: '2022-01-01', tables: ['claim'], now: NOW });
      expect(result.indicators).toBe(STANDARD_CATALOGUE.filter((d) => d.measure.kind !== 'imported').length);
      const incremental = await cube(store);
      expect(incremental.some((r) => r.includes('"2022"'))).toBe(true);
      await computeCube(store, { now: NOW });
      expect(incremental).toEqual(await cube(store));
    });
  });
});

describe('lazy context', () => {
  it('builds every shared table from the working tables the registry lists for it', async () => {
    await withFixtureDb(async (store) => {
      const tables = new Set<ContextTable>();
      // In build order: a shared group may read the ones before it.
      for (const name of SHARED_FACTS) {
        expect(sharedGroupTables(name).length, name).toBeGreaterThan(0);
        for (const t of contextTablesIn(sharedGroupTables(name))) tables.add(t);
        await prepareCubeContext(store, {
          periods: periodsOfKind('year', 2020, 2020),
          mappings: codeMappings(),
          gemeente: GM,
          tables,
        });
        await expect(createSharedFacts(store, name)).resolves.toBeUndefined();
      }
    });
  });

  it('gives indicators that look back before the recomputed periods their full-cube rows', async () => {
    await withFixtureDb(async (store) => {
      const f = fixture(store);
      await f.meta('2021-03-31');
      // Persons whose first episode ended in 2019 start again in 2020: not inflow in 2020, but re-entry.
      await municipality(f, []);
      await computeCube(store, { now: NOW });
      const full = await cube(store);
      for (const id of [
        'youth.inflow',
        'youth.reentry',
        'youth.continuing',
        'youth.trajectories.started',
        'youth.outflow.noreturn',
        'participation.inflow',
      ]) {
        await recomputeAffected(store, {
          indicators: [id],
          fromDate: '2020-01-01',
          tables: ['provision', 'benefit'],
          now: NOW,
        });
        expect(await cube(store), id).toEqual(full);
      }
    });
  });

  it('gives every indicator computed alone (working tables inlined unless it reads claims) exactly its rows of the full cube', async () => {
    await withFixtureDb(async (store) => {
      const f = fixture(store);
      await f.meta('2021-03-31');
      await municipality(f, months(2020, 6, 12));
      await computeCube(store, { now: NOW });
      const full = await cube(store);
      const ids = STANDARD_CATALOGUE.filter((d) => d.measure.kind !== 'imported').map((d) => d.id);
      expect(full.length).toBeGreaterThan(1000);
      for (const id of ids) {
        await store.run('DELETE FROM indicator_value');
        await computeCube(store, { indicators: [id], now: NOW });
        const alone = (await cube(store)).filter((r) => r.startsWith(`["${id}"`));
        expect(alone, id).toEqual(full.filter((r) => r.startsWith(`["${id}"`)));
      }
    });
  });
});
