/** @module Test helper for retention: a small municipality 2015–2024 with records that end before, straddle and follow a 2017-04-01 cut-off, and byte-exact reads of the cube. */
import type { SqlStore } from '../../src/store/sql-store.ts';
import { GM, WK1, WK2, type FixtureBuilder } from '../engine/engine-fixture.ts';

/** The purge's today in these tests; with `--older-than 7y` the cut-off is 2017-04-01. */
export const TODAY = new Date('2024-04-01T09:00:00Z');
export const CUTOFF = '2017-04-01';
/** Data are delivered up to the day before today. */
export const DELIVERY = '2024-03-31';

const months = (from: string, to: string): string[] => {
  const out: string[] = [];
  for (
    let y = Number(from.slice(0, 4)), m = Number(from.slice(5, 7));
    `${y}-${String(m).padStart(2, '0')}` <= to;
  ) {
    out.push(`${y}-${String(m).padStart(2, '0')}`);
    m += 1;
    if (m > 12) {
      m = 1;
      y += 1;
    }
  }
  return out;
};

const lastDay = (month: string): string =>
  new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 0)).toISOString().slice(0, 10);

/** Youth claimants and Wmo claimants: one claim line per month from January 2015 to March 2024. */
export const CLAIM_MONTHS = months('2015-01', '2024-03');
export const YOUTH_CLAIMANTS = ['p0', 'p2', 'p3'];
export const SUPPORT_CLAIMANTS = ['p4'];

/**
 * Twelve persons. Before the cut-off, and purged: p0's first youth episode (she returns in 2019, so "first ever"
 * would move), p1's first episode, the first of p3's touching episodes (her trajectory's start and duration would
 * move), p4's and p5's first Wmo arrangements, p6's first benefit (her 2017 benefit is a re-entry within 12 months)
 * and her first re-integration instrument, p4's first address (she moved in 2016), and every claim of a month before
 * April 2017; p12, known only by an episode in 2015. Everything else stays.
 */
export async function municipality(f: FixtureBuilder): Promise<void> {
  await f.meta(DELIVERY);
  await f.wijk(WK1);
  await f.wijk(WK2);
  for (let i = 0; i < 12; i++) {
    const pid = `p${i}`;
    await f.person(pid, i < 4 ? `${2005 + i}-03-1${i}` : `${1950 + i * 3}-06-01`, i % 2 ? 'male' : 'female');
    await f.residence(pid, '2010-01-01', i % 2 ? WK2 : WK1, `h${i % 6}`);
  }
  await f.residence('p4', '2016-07-01', WK1, 'h7');
  await f.residence('p5', '2019-01-01', WK1, 'h8');
  const youth = (pid: string, start: string, end: string | null, category = '41') =>
    f.provision({
      pid,
      law: 'youth',
      category,
      start,
      end,
      provider: '11111111',
      endReason: end ? '31' : null,
    });
  await youth('p0', '2015-02-01', '2016-05-31');
  await youth('p0', '2019-03-01', null);
  await youth('p1', '2015-06-01', '2017-01-31');
  await youth('p1', '2017-06-01', '2018-12-31');
  await youth('p2', '2016-01-01', null, '43');
  await youth('p3', '2015-01-01', '2016-02-29');
  await youth('p3', '2016-03-01', '2017-05-31');
  await youth('p3', '2017-06-01', '2020-06-30');
  // p12 is known by one episode in 2015 only (no address): the purge removes her altogether.
  await f.person('p12', '2009-08-08');
  await youth('p12', '2015-04-01', '2015-12-31', '43');
  const support = (pid: string, start: string, end: string | null) =>
    f.provision({ pid, law: 'support', category: '01', start, end, provider: '22222222' });
  await support('p4', '2015-03-01', '2016-12-31');
  await support('p4', '2018-01-01', null);
  await support('p5', '2015-09-01', '2016-08-31');
  await support('p5', '2018-05-01', '2022-04-30');
  for (const month of CLAIM_MONTHS) {
    for (const pid of YOUTH_CLAIMANTS)
      await f.claim({
        pid,
        law: 'youth',
        category: '41',
        from: `${month}-01`,
        to: lastDay(month),
        cents: 40000,
      });
    for (const pid of SUPPORT_CLAIMANTS)
      await f.claim({
        pid,
        law: 'support',
        category: '01',
        from: `${month}-01`,
        to: lastDay(month),
        cents: 12500,
      });
  }
  await f.benefit({ pid: 'p6', start: '2015-01-01', end: '2016-06-30', household: 'h0', exitReason: 'werk' });
  await f.benefit({ pid: 'p6', start: '2017-03-01', end: '2019-12-31', household: 'h0', exitReason: 'werk' });
  await f.benefit({ pid: 'p7', start: '2016-02-01', end: null, household: 'h1' });
  await f.benefit({ pid: 'p8', start: '2020-05-01', end: null, household: 'h2' });
  await f.reintegration({
    pid: 'p6',
    instrument: 'WF',
    start: '2015-03-01',
    end: '2016-03-31',
    endReason: 'werk',
  });
  await f.reintegration({
    pid: 'p7',
    instrument: 'LKS',
    start: '2018-01-01',
    end: '2018-12-31',
    endReason: 'werk',
  });
  for (const area of [GM, WK1, WK2])
    for (let year = 2015; year <= 2024; year++) {
      for (const age of [5, 15, 40, 70])
        await f.population(area, `${year}-01-01`, age, area === GM ? 400 : 200);
      await f.households(area, `${year}-01-01`, area === GM ? 500 : 250);
    }
}

/** Rows removed by a purge with cut-off 2017-04-01, table by table, as the fixture above holds them. */
export const PURGED_ROWS = {
  // p0, p1, p3 (first), p4, p5 first episodes and p12's only one end before the cut-off.
  provision: 6,
  // 27 months (January 2015 … March 2017) × 4 claimants.
  claim: 27 * (YOUTH_CLAIMANTS.length + SUPPORT_CLAIMANTS.length),
  benefit: 1,
  reintegration: 1,
  // p4's first address (superseded on 2016-07-01); p5's moved in 2019, after the cut-off.
  residence: 1,
  // p12: no record left.
  person: 1,
} as const;

/** Every computed cube row as exact text (figures, status and computed_at), sorted. */
export async function exactCube(store: SqlStore, where = 'TRUE'): Promise<string[]> {
  const rows = await store.all<{ r: string }>(
    `SELECT concat_ws('|', indicator, period, area, breakdown_key, breakdown_value, CAST(numerator AS VARCHAR),
       CAST(denominator AS VARCHAR), CAST(value AS VARCHAR), status, CAST(computed_at AS VARCHAR)) AS r
     FROM indicator_value WHERE source = 'computed' AND (${where}) ORDER BY r`,
  );
  return rows.map((row) => row.r);
}

/** Row counts of the record-level tables. */
export async function recordCounts(store: SqlStore): Promise<Record<string, number>> {
  const tables = ['provision', 'claim', 'benefit', 'reintegration', 'residence', 'person', 'indicator_value'];
  const out: Record<string, number> = {};
  for (const t of tables) {
    const [row] = await store.all<{ n: number }>(`SELECT count(*) AS n FROM ${t}`);
    out[t] = Number(row?.n ?? 0);
  }
  return out;
}
