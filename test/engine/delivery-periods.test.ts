/** @module Honest periods: each indicator's periods and status follow the delivery dates of the sources it reads (running past them, no rows after them), also after a later delivery. */
import { describe, expect, it } from 'vitest';
import { indicatorStatus } from '../../src/domain/indicator-status.ts';
import { computeCube, recomputeAffected } from '../../src/engine/run/cube-builder.ts';
import { statusSql } from '../../src/engine/compile/indicator-compiler.ts';
import type { SqlStore } from '../../src/store/sql-store.ts';
import { withFixtureDb } from '../helpers/fixture-db.ts';
import { cell, fixture, GM, NOW, valueOf, WK1, type FixtureBuilder } from './engine-fixture.ts';

const INDICATORS = [
  'youth.clients',
  'youth.cost',
  'participation.benefits.stock',
  'participation.benefits.per10000',
  'integral.clients.byCombination',
];

async function setDates(store: SqlStore, dates: Record<string, string>): Promise<void> {
  for (const [key, value] of Object.entries(dates))
    await store.run('INSERT INTO meta VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value', [
      key,
      value,
    ]);
}

/**
 * A youth client since March 2020 with claims for December 2020 and January 2021, and a person on bijstand since
 * May 2019. Provisions and claims are delivered up to 15 February 2021, benefits up to 31 December 2020.
 */
async function municipality(f: FixtureBuilder, store: SqlStore): Promise<void> {
  await f.meta('2021-02-15');
  await setDates(store, {
    'delivery_date.provision': '2021-02-15',
    'delivery_date.claim': '2021-02-15',
    'delivery_date.benefit': '2020-12-31',
    'delivery_date.population': '2021-01-01',
  });
  await f.person('a', '2010-01');
  await f.residence('a', '2000-01-01', WK1);
  await f.person('b', '1980-01');
  await f.residence('b', '2000-01-01', WK1);
  await f.provision({ pid: 'a', law: 'youth', category: '45', start: '2020-03-01', end: null });
  await f.claim({
    pid: 'a',
    law: 'youth',
    category: '45',
    from: '2020-12-01',
    to: '2020-12-31',
    cents: 10000,
  });
  await f.claim({
    pid: 'a',
    law: 'youth',
    category: '45',
    from: '2021-01-01',
    to: '2021-01-31',
    cents: 20000,
  });
  await f.benefit({ pid: 'b', start: '2019-05-01' });
  for (const year of [2020, 2021]) {
    await f.population(GM, `${year}-01-01`, 40, 1000);
    await f.population(WK1, `${year}-01-01`, 40, 1000);
  }
}

const status = async (store: SqlStore, indicator: string, period: string): Promise<string | undefined> =>
  (await cell(store, indicator, period, GM))?.status;

/** Every computed cube row as text (without computed_at), sorted. */
async function cube(store: SqlStore): Promise<string[]> {
  const rows = await store.all(
    `SELECT indicator, period, area, breakdown_key, breakdown_value, round(numerator, 6) AS n,
       round(denominator, 6) AS d, round(value, 6) AS v, status
     FROM indicator_value WHERE source = 'computed'`,
  );
  return rows.map((r) => JSON.stringify(Object.values(r))).sort();
}

describe('periods and status per source delivery date', () => {
  it('marks a period running past its sources’ delivery date running, never final', async () => {
    await withFixtureDb(async (store) => {
      await municipality(fixture(store), store);
      await computeCube(store, { indicators: INDICATORS, now: NOW });
      // Provisions delivered up to 2021-02-15: January is complete, February and 2021 run past it.
      expect(await status(store, 'youth.clients', '2020')).toBe('final');
      expect(await status(store, 'youth.clients', '2021-01')).toBe('final');
      expect(await status(store, 'youth.clients', '2021-02')).toBe('running');
      expect(await status(store, 'youth.clients', '2021-Q1')).toBe('running');
      expect(await status(store, 'youth.clients', '2021')).toBe('running');
      expect(await valueOf(store, 'youth.clients', '2021', GM)).toBe(1);
      // Claims likewise: February has no claim yet, so its 0 is a running value, not a final one; January is complete
      // as a period but its declarations may still come in (declaration-lag.ts), so its cost is provisional.
      expect(await cell(store, 'youth.cost', '2021-01', GM)).toMatchObject({
        value: 200,
        status: 'provisional',
      });
      expect(await cell(store, 'youth.cost', '2021-02', GM)).toMatchObject({ value: 0, status: 'running' });
      // Three months of declarations after the period: October 2020 (window to 2021-01-31) is final, November
      // (window to 2021-02-28, past the delivery date) is not yet.
      expect(await status(store, 'youth.cost', '2020-10')).toBe('final');
      expect(await status(store, 'youth.cost', '2020-11')).toBe('provisional');
      // No youth value of a period past the delivery date is final.
      const finalPast = await store.all(
        `SELECT DISTINCT indicator, period FROM indicator_value
         WHERE indicator LIKE 'youth.%' AND status = 'final' AND period IN ('2021', '2021-H1', '2021-Q1', '2021-02')`,
      );
      expect(finalPast).toEqual([]);
    });
  });

  it('computes no rows (not zeros) for periods that begin after the delivery date of a source the indicator reads', async () => {
    await withFixtureDb(async (store) => {
      await municipality(fixture(store), store);
      await computeCube(store, { indicators: INDICATORS, now: NOW });
      // Benefits end on 2020-12-31: 2020 is complete and final, 2021 has no value at all.
      expect(await cell(store, 'participation.benefits.stock', '2020', GM)).toMatchObject({
        value: 1,
        status: 'final',
      });
      for (const period of ['2021', '2021-H1', '2021-Q1', '2021-01', '2021-02'])
        expect(await cell(store, 'participation.benefits.stock', period, GM)).toBeUndefined();
      // A ratio inherits its numerator's sources: no 2021 value although the population of 1 January 2021 is there.
      expect(await status(store, 'participation.benefits.per10000', '2020')).toBe('final');
      expect(await cell(store, 'participation.benefits.per10000', '2021', GM)).toBeUndefined();
      // An indicator reading provisions and benefits is bounded by the earlier of the two.
      expect(await status(store, 'integral.clients.byCombination', '2020')).toBe('final');
      expect(await cell(store, 'integral.clients.byCombination', '2021-01', GM)).toBeUndefined();
      expect(
        await store.all(
          "SELECT count(*)::INTEGER AS n FROM indicator_value WHERE indicator LIKE 'participation.%' AND period LIKE '2021%'",
        ),
      ).toEqual([{ n: 0 }]);
      // Youth care, delivered up to 2021-02-15, still has its 2021 periods.
      expect(await cell(store, 'youth.clients', '2021-02', GM)).toMatchObject({ value: 1 });
    });
  });

  it('turns running periods provisional or final after a later delivery, as a full recompute does', async () => {
    await withFixtureDb(async (store) => {
      const f = fixture(store);
      await municipality(f, store);
      await computeCube(store, { indicators: INDICATORS, now: NOW });
      // Benefits and messages up to 2021-03-31 arrive; a new bijstand starts in February. Claims stay as they were.
      await f.person('c', '1990-01');
      await f.residence('c', '2000-01-01', WK1);
      await f.benefit({ pid: 'c', start: '2021-02-01' });
      await setDates(store, {
        delivery_date: '2021-03-31',
        'delivery_date.benefit': '2021-03-31',
        'delivery_date.provision': '2021-03-31',
      });
      await recomputeAffected(store, {
        indicators: INDICATORS,
        fromDate: '2021-02-01',
        tables: ['benefit', 'person'],
        now: NOW,
      });
      // Benefit periods that had no value now have one.
      expect(await cell(store, 'participation.benefits.stock', '2021-01', GM)).toMatchObject({
        value: 1,
        status: 'final',
      });
      expect(await cell(store, 'participation.benefits.stock', '2021-03', GM)).toMatchObject({
        value: 2,
        status: 'final',
      });
      expect(await status(store, 'participation.benefits.stock', '2021')).toBe('running');
      // Youth care was not recomputed (its tables did not change), but its February is covered now: final.
      expect(await status(store, 'youth.clients', '2021-02')).toBe('final');
      expect(await status(store, 'youth.clients', '2021-Q1')).toBe('final');
      expect(await status(store, 'youth.clients', '2021-03')).toBe('final');
      // Claims still end on 2021-02-15.
      expect(await status(store, 'youth.cost', '2021-02')).toBe('running');
      expect(await cell(store, 'youth.cost', '2021-03', GM)).toBeUndefined();
      const incremental = await cube(store);
      await computeCube(store, { indicators: INDICATORS, now: NOW });
      expect(incremental).toEqual(await cube(store));
    });
  });

  it('removes the values a cube computed before per-source dates holds for periods after a source’s delivery', async () => {
    await withFixtureDb(async (store) => {
      const f = fixture(store);
      await municipality(f, store);
      // A store from before per-source dates: only the overall date, so benefits got (zero-filled) 2021 rows.
      await store.run("DELETE FROM meta WHERE key LIKE 'delivery_date.%'");
      await computeCube(store, { indicators: INDICATORS, now: NOW });
      expect(await cell(store, 'participation.benefits.stock', '2021-01', GM)).toMatchObject({
        value: 1,
        status: 'final',
      });
      // The next ingest (claims only) stores the per-source dates; the incremental run drops those rows.
      await setDates(store, {
        'delivery_date.provision': '2021-02-15',
        'delivery_date.claim': '2021-02-15',
        'delivery_date.benefit': '2020-12-31',
      });
      await recomputeAffected(store, {
        indicators: INDICATORS,
        fromDate: '2021-01-01',
        tables: ['claim'],
        now: NOW,
      });
      expect(await cell(store, 'participation.benefits.stock', '2021-01', GM)).toBeUndefined();
      expect(await cell(store, 'participation.benefits.per10000', '2021', GM)).toBeUndefined();
      expect(await status(store, 'participation.benefits.stock', '2020')).toBe('final');
      expect(await status(store, 'youth.clients', '2021')).toBe('running');
    });
  });
});

describe('the status rule in SQL', () => {
  it('gives the same status as the domain rule for every period end, window and delivery date', async () => {
    await withFixtureDb(async (store) => {
      const ends = ['2025-06-30', '2025-12-31', '2026-01-31', '2026-02-28', '2026-03-31', '2026-12-31'];
      const deliveries = ['2025-06-29', '2025-12-31', '2026-02-15', '2026-06-30', '2026-07-31', '2027-01-01'];
      for (const months of [0, 6, 12]) {
        const rows = await store.all<{ p_end: string; delivery: string; status: string }>(
          `SELECT strftime(p.p_end, '%Y-%m-%d') AS p_end, strftime(c.delivery, '%Y-%m-%d') AS delivery,
             ${statusSql(months, 'c.delivery')} AS status
           FROM (SELECT CAST(unnest([${ends.map((e) => `'${e}'`).join(', ')}]) AS DATE) AS p_end) p
           CROSS JOIN (SELECT CAST(unnest([${deliveries.map((d) => `'${d}'`).join(', ')}]) AS DATE) AS delivery) c`,
        );
        expect(rows).toHaveLength(ends.length * deliveries.length);
        for (const r of rows)
          expect([months, r.p_end, r.delivery, r.status]).toEqual([
            months,
            r.p_end,
            r.delivery,
            indicatorStatus(r.p_end, months, r.delivery),
          ]);
        // Without a follow-up window a period is running until the delivery date covers it, then final; with one,
        // provisional in between. Each status occurs, so the comparison covers them all.
        expect(new Set(rows.map((r) => r.status))).toEqual(
          new Set(months === 0 ? ['running', 'final'] : ['running', 'provisional', 'final']),
        );
      }
    });
  });
});
