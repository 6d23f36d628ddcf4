/** @module SQL for unit facts: one row per counted unit × period (before area attribution), in one standard column set for every source; the SQL builders of the fact-source registry (fact-sources.ts). */
import { ageSql } from './age-sql.ts';
import { readTable } from './working-tables.ts';
import type { FactPlan } from './indicator-plan.ts';
import { sqlConstant, sqlConstants } from './sql-literals.ts';

/** The standard fact columns; sources fill what they know, the rest is NULL. */
const FACT_COLUMNS = [
  'pid',
  'period',
  'p_end',
  'fid',
  'age_date',
  'x',
  'lawbit',
  'grp',
  'category',
  'provider',
  'rep',
  'endcls',
  'reent',
  'exitr',
  'durcls',
  'bd',
  'gender',
] as const;
type FactColumn = (typeof FACT_COLUMNS)[number];

function select(cols: Partial<Record<FactColumn, string>>): string {
  return FACT_COLUMNS.map((c) => `${cols[c] ?? 'NULL'} AS ${c}`).join(', ');
}

const OPEN = "DATE '9999-12-31'";
/** The law bit (1 youth, 2 Wmo, 4 Participatiewet) of row `r`'s law. */
const lawBits = (r: string): string => `CASE ${r}.law WHEN 'youth' THEN 1 WHEN 'support' THEN 2 ELSE 4 END`;

/**
 * A claim inside one calendar month (most claims): it joins its periods on the month index. Written as a difference,
 * not `c.ms = c.me`: from the equality DuckDB derives `me = mn` for the month join, estimates almost no rows and then
 * builds its hash tables on the millions of claim × period rows, many times slower.
 */
export const SINGLE_MONTH = 'c.me - c.ms = 0';

/** A claim's amount in euro inside period p, pro rata by days: the share of the product period that lies inside the reporting period. */
export const CLAIM_PRO_RATA = `c.amount_cents / 100.0 * (least(c.period_end, p.p_end) - greatest(c.period_start, p.p_start) + 1) / (c.period_end - c.period_start + 1)`;

function kinds(plan: FactPlan): string {
  // Period kinds are a closed vocabulary (validated by the schema), safe to inline.
  return plan.periodKinds.map((k) => `'${k}'`).join(', ');
}

/** WHERE fragments for provision episodes (alias e). */
export function episodeFilters(plan: FactPlan, law: 'youth' | 'support'): string {
  const parts = [`e.law = ${sqlConstant(law)}`];
  const f = plan.filters;
  if (f.categories?.length) parts.push(`e.category IN (${sqlConstants(f.categories)})`);
  if (f.careTypes?.length) parts.push(`e.grp IN (${sqlConstants(f.careTypes)})`);
  return parts.join(' AND ');
}

/** WHERE fragments for benefits (alias b). */
export function benefitFilters(plan: FactPlan): string {
  const parts = ['TRUE'];
  const f = plan.filters;
  if (f.benefitKinds?.length) parts.push(`b.kind IN (${sqlConstants(f.benefitKinds)})`);
  if (f.excludeInstitutionOrHomeless) parts.push('NOT b.inst');
  return parts.join(' AND ');
}

const overlaps = (alias: string): string => `${alias}.start_date <= p.p_end AND ${alias}.e_end >= p.p_start`;
const runningOn = (alias: string): string => `${alias}.start_date <= p.p_end AND ${alias}.e_end >= p.p_end`;
/**
 * The periods (`p`) a date falls in: periods are whole months, so the date's month index finds them with an equality
 * (hash) join on `_msd_pmonth` instead of a range join on the period bounds.
 */
const periodsOf = (column: string): string =>
  `${readTable('pmonth')} p ON p.mn = year(${column}) * 12 + month(${column}) - 1`;

/** Whether the plan reads the person's age (an age filter or an age breakdown). */
export function usesAge(plan: FactPlan): boolean {
  return (
    plan.filters.ageFrom !== undefined ||
    plan.filters.ageTo !== undefined ||
    plan.breakdowns.includes('ageGroup')
  );
}

/** Whether the plan reads person attributes (birth date for an age filter or breakdown, gender). */
export function needsPerson(plan: FactPlan): boolean {
  return usesAge(plan) || plan.breakdowns.includes('gender');
}

/** Age on the first day with the provision inside the period (later of period start and episode start). */
const FIRST_DAY = 'min(greatest(e.start_date, p.p_start)) OVER (PARTITION BY e.pid, p.pn)';

export function episodeLaw(plan: FactPlan): 'youth' | 'support' {
  if (plan.law !== 'youth' && plan.law !== 'support')
    throw new Error(`Indicator ${plan.id}: needs law youth or support`);
  return plan.law;
}

/**
 * One row per distinct period end among the plan's kinds, keyed by the lowest period number with that end:
 * quarter, half and year ends are month ends, so a stock over all kinds is computed for the 144 month ends
 * instead of 228 periods and copied to the other periods afterwards (`fanOutEnds`).
 */
function periodEnds(plan: FactPlan): string {
  return `(SELECT CAST(min(pn) AS INTEGER) AS pn, p_end, 'end' AS kind
    FROM ${readTable('period')} WHERE kind IN (${kinds(plan)}) GROUP BY p_end) p`;
}

/** Copies cells computed per distinct period end (`period` = representative pn) to every period of the plan's kinds with that end. */
export function fanOutEnds(plan: FactPlan, from: string): string {
  return `SELECT p.pn AS period, a.* EXCLUDE (period) FROM ${from} a
    JOIN ${readTable('period')} p0 ON p0.pn = a.period JOIN ${readTable('period')} p ON p.p_end = p0.p_end AND p.kind IN (${kinds(plan)})`;
}

/**
 * The periods a fact source joins (`p`): every period of the plan's kinds (`periods`; `kinds`, their kinds as SQL),
 * or, for sources counted on the period end, one representative period per distinct end (`kinds` = `'end'`).
 */
export interface PeriodJoin {
  readonly periods: string;
  readonly kinds: string;
}

/** The periods of the plan's kinds, or one per distinct period end (`byEnd`, copied back by {@link fanOutEnds}). */
export function periodJoin(plan: FactPlan, byEnd: boolean): PeriodJoin {
  return byEnd
    ? { periods: periodEnds(plan), kinds: "'end'" }
    : { periods: `${readTable('period')} p`, kinds: kinds(plan) };
}

/** Facts of `episodesInPeriod`. */
export function episodesInPeriodFacts(plan: FactPlan, at: PeriodJoin): string {
  const { periods, kinds: k } = at;
  const person = needsPerson(plan);
  const part = (
    ageDate: string,
    kindTest: string,
  ): string => `SELECT ${select({ pid: 'e.pid', period: 'p.pn', p_end: 'p.p_end', fid: 'e.id', age_date: ageDate, grp: 'e.grp', category: 'e.category', provider: 'e.provider', ...(person ? { bd: 'e.bd', gender: 'e.gender' } : {}) })}
    FROM ${person ? `(SELECT e.*, per.bd, per.gender FROM ${readTable('prov')} e LEFT JOIN ${readTable('person')} per ON per.pid = e.pid)` : readTable('prov')} e
    JOIN ${periods} ON ${overlaps('e')}
    WHERE ${kindTest} AND ${episodeFilters(plan, episodeLaw(plan))}`;
  if (!usesAge(plan)) return part('NULL', `p.kind IN (${k})`);
  // The first day with care in the period: the earliest of the rows' first days per (period, person), grouped
  // and joined back (cheaper than a window partitioned by person and period).
  const firstDay = (
    kindTest: string,
  ): string => `(WITH x AS MATERIALIZED (${part('greatest(e.start_date, p.p_start)', kindTest)})
    SELECT x.* REPLACE (m.first AS age_date) FROM x
    JOIN (SELECT period, pid, min(age_date) AS first FROM x GROUP BY period, pid) m USING (period, pid))`;
  // Ages run by the day: a birthday can fall inside any period, a month too.
  return `SELECT * FROM ${firstDay(`p.kind IN (${k})`)}`;
}

/** Facts of `episodesOnDate`. */
export function episodesOnDateFacts(plan: FactPlan, at: PeriodJoin): string {
  const { periods, kinds: k } = at;
  return `SELECT ${select({ pid: 'e.pid', period: 'p.pn', p_end: 'p.p_end', fid: 'e.id', age_date: 'p.p_end', grp: 'e.grp', category: 'e.category', provider: 'e.provider' })}
    FROM ${readTable('prov')} e JOIN ${periods} ON ${runningOn('e')}
    WHERE p.kind IN (${k}) AND ${episodeFilters(plan, episodeLaw(plan))}`;
}

/** Facts of `episodeStarts` / `episodeEnds`. */
export function episodeEventFacts(plan: FactPlan, at: PeriodJoin): string {
  const { kinds: k } = at;
  const col = plan.source === 'episodeStarts' ? 'e.start_date' : 'e.end_date';
  return `SELECT ${select({ pid: 'e.pid', period: 'p.pn', p_end: 'p.p_end', fid: 'e.id', age_date: col, grp: 'e.grp', category: 'e.category', provider: 'e.provider' })}
    FROM ${readTable('prov')} e JOIN ${periodsOf(col)}
    WHERE p.kind IN (${k}) AND ${episodeFilters(plan, episodeLaw(plan))}`;
}

/** Facts of `benefitsInPeriod`. */
export function benefitsInPeriodFacts(plan: FactPlan, at: PeriodJoin): string {
  const { periods, kinds: k } = at;
  return `SELECT ${select({ pid: 'b.pid', period: 'p.pn', p_end: 'p.p_end', fid: 'b.id', age_date: 'greatest(b.start_date, p.p_start)' })}
    FROM ${readTable('ben')} b JOIN ${periods} ON ${overlaps('b')} WHERE p.kind IN (${k}) AND ${benefitFilters(plan)}`;
}

/** Facts of `benefitsOnDate`. */
export function benefitsOnDateFacts(plan: FactPlan, at: PeriodJoin): string {
  const { periods, kinds: k } = at;
  return `SELECT ${select({
    pid: 'b.pid',
    period: 'p.pn',
    p_end: 'p.p_end',
    fid: 'b.id',
    age_date: 'p.p_end',
    // Duration of the running benefit (earliest running start of the person), in whole years.
    durcls: `CASE WHEN date_sub('year', min(b.start_date) OVER (PARTITION BY b.pid, p.pn), p.p_end) < 1 THEN '< 1 jaar'
      WHEN date_sub('year', min(b.start_date) OVER (PARTITION BY b.pid, p.pn), p.p_end) < 2 THEN '1-2 jaar'
      WHEN date_sub('year', min(b.start_date) OVER (PARTITION BY b.pid, p.pn), p.p_end) < 5 THEN '2-5 jaar'
      ELSE '>= 5 jaar' END`,
  })}
    FROM ${readTable('ben')} b JOIN ${periods} ON ${runningOn('b')} WHERE p.kind IN (${k}) AND ${benefitFilters(plan)}`;
}

/** Facts of `benefitStarts` / `benefitEnds`. */
export function benefitEventFacts(plan: FactPlan, at: PeriodJoin): string {
  const { kinds: k } = at;
  const col = plan.source === 'benefitStarts' ? 'b.start_date' : 'b.end_date';
  return `SELECT ${select({
    pid: 'b.pid',
    period: 'p.pn',
    p_end: 'p.p_end',
    fid: 'b.id',
    age_date: col,
    reent: `CASE WHEN b.prev_end IS NOT NULL AND b.prev_end < b.start_date AND b.start_date <= b.prev_end + INTERVAL 12 MONTH THEN 'ja' ELSE 'nee' END`,
    exitr: 'b.exit_reason',
  })}
    FROM (SELECT b.*, max(b.end_date) OVER (PARTITION BY b.pid ORDER BY b.start_date, b.e_end
            ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS prev_end
          FROM ${readTable('ben')} b WHERE ${benefitFilters(plan)}) b
    JOIN ${periodsOf(col)} WHERE p.kind IN (${k})`;
}

/** Facts of `trajectoryStarts` / `trajectoryEnds`. */
export function trajectoryEventFacts(plan: FactPlan, at: PeriodJoin): string {
  const { kinds: k } = at;
  const col = plan.source === 'trajectoryStarts' ? 't.start_date' : 't.e_end';
  return `SELECT ${select({
    pid: 't.pid',
    period: 'p.pn',
    p_end: 'p.p_end',
    fid: 't.id',
    age_date: col,
    x: 'CAST(t.e_end - t.start_date + 1 AS DOUBLE)',
    grp: 't.grp',
    provider: 't.provider',
    // Herhaald beroep: an earlier care spell (not the one this trajectory belongs to) ended within 5 years before the period start.
    rep: `CASE WHEN s.prev_end IS NOT NULL AND s.prev_end >= p.p_start - INTERVAL 5 YEAR THEN 'herhaald beroep' ELSE 'nieuw' END`,
    endcls: `CASE WHEN t.end_reason = '31' THEN 'volgens plan' WHEN t.end_reason IN ('32', '33', '34', '35') THEN 'voortijdig' ELSE 'overig/onbekend' END`,
  })}
    FROM ${readTable('traj')} t
    JOIN ${readTable('spell')} s ON s.pid = t.pid AND s.start_date <= t.start_date AND s.e_end >= t.start_date
    JOIN ${periodsOf(col)}
    WHERE p.kind IN (${k})${plan.filters.careTypes?.length ? ` AND t.grp IN (${sqlConstants(plan.filters.careTypes)})` : ''}`;
}

/** Facts of `firstEver`. */
export function firstEverFacts(plan: FactPlan, at: PeriodJoin): string {
  const { kinds: k } = at;
  return `SELECT ${select({
    pid: 'f.pid',
    period: 'p.pn',
    p_end: 'p.p_end',
    age_date: 'f.first_start',
    x: `CAST(${ageSql('per.bd', 'f.first_start')} AS DOUBLE)`,
  })}
    FROM (SELECT pid, min(start_date) AS first_start FROM ${readTable('prov')} e WHERE ${episodeFilters(plan, episodeLaw(plan))} GROUP BY pid) f
    LEFT JOIN ${readTable('person')} per ON per.pid = f.pid
    JOIN ${periodsOf('f.first_start')} WHERE p.kind IN (${k})`;
}

/** Facts of `continuing` / `reentry`. */
export function continuingFacts(plan: FactPlan, at: PeriodJoin): string {
  const { periods } = at;
  // The law is a closed vocabulary; inlined because it is used several times.
  const law = `'${episodeLaw(plan)}'`;
  const prevYear = `EXISTS (SELECT 1 FROM ${readTable('prov')} e2 WHERE e2.pid = e.pid AND e2.law = ${law}
      AND e2.start_date < p.p_start AND e2.e_end >= p.p_start - INTERVAL 1 YEAR)`;
  const before = `EXISTS (SELECT 1 FROM ${readTable('prov')} e3 WHERE e3.pid = e.pid AND e3.law = ${law}
      AND e3.start_date < p.p_start - INTERVAL 1 YEAR)`;
  const condition = plan.source === 'continuing' ? prevYear : `NOT ${prevYear} AND ${before}`;
  return `SELECT ${select({ pid: 'e.pid', period: 'p.pn', p_end: 'p.p_end', age_date: FIRST_DAY })}
    FROM ${readTable('prov')} e JOIN ${periods} ON ${overlaps('e')}
    WHERE p.kind = 'year' AND e.law = ${law} AND ${condition}`;
}

/** Facts of `exitNoReturn`. */
export function exitNoReturnFacts(plan: FactPlan, at: PeriodJoin): string {
  const { kinds: k } = at;
  return `SELECT ${select({ pid: 's.pid', period: 'p.pn', p_end: 'p.p_end', age_date: 's.e_end' })}
    FROM ${readTable('spell')} s JOIN ${periodsOf('s.e_end')}
    WHERE p.kind IN (${k}) AND s.e_end < ${OPEN}
      AND (s.next_start IS NULL OR s.next_start > s.e_end + INTERVAL ${monthsOf(plan)} MONTH)`;
}

/** Facts of `claims`. */
export function claimFacts(plan: FactPlan, at: PeriodJoin): string {
  const { periods, kinds: k } = at;
  const laws = plan.law === 'all' ? ['youth', 'support'] : [plan.law];
  const cols = select({
    pid: 'c.pid',
    period: 'p.pn',
    p_end: 'p.p_end',
    age_date: 'greatest(c.period_start, p.p_start)',
    x: CLAIM_PRO_RATA,
    grp: 'k.grp',
    category: 'c.category',
    provider: 'c.provider',
    lawbit: lawBits('c'),
  });
  // Claims inside one calendar month (nearly all) join their periods on the month index (a hash join);
  // only claims spanning months need the range join.
  // The care type comes with the claim key (`_msd_ckey`, cube context).
  return `SELECT ${cols}
    FROM ${readTable('claim')} c JOIN ${readTable('pmonth')} p ON p.mn = c.ms JOIN ${readTable('ckey')} k ON k.ck = c.ck
    WHERE ${SINGLE_MONTH} AND p.kind IN (${k}) AND c.law IN (${sqlConstants(laws)})
    UNION ALL
    SELECT ${cols}
    FROM ${readTable('claim')} c JOIN ${periods} ON c.period_start <= p.p_end AND c.period_end >= p.p_start
    JOIN ${readTable('ckey')} k ON k.ck = c.ck
    WHERE c.ms <> c.me AND p.kind IN (${k}) AND c.law IN (${sqlConstants(laws)})`;
}

/** Facts of `reintegrationOnDate`: re-integration provisions running on the period end, with their instrument. */
export function reintegrationOnDateFacts(_plan: FactPlan, at: PeriodJoin): string {
  const { periods, kinds: k } = at;
  return `SELECT ${select({ pid: 'r.pid', period: 'p.pn', p_end: 'p.p_end', fid: 'r.id', age_date: 'p.p_end', category: 'r.instrument' })}
    FROM ${readTable('reint')} r JOIN ${periods} ON ${runningOn('r')} WHERE p.kind IN (${k})`;
}

/** Facts of `reintegrationStarts` / `reintegrationEnds`, with instrument and end reason. */
export function reintegrationEventFacts(plan: FactPlan, at: PeriodJoin): string {
  const { kinds: k } = at;
  const col = plan.source === 'reintegrationStarts' ? 'r.start_date' : 'r.end_date';
  return `SELECT ${select({ pid: 'r.pid', period: 'p.pn', p_end: 'p.p_end', fid: 'r.id', age_date: col, category: 'r.instrument', endcls: 'r.end_reason' })}
    FROM ${readTable('reint')} r JOIN ${periodsOf(col)} WHERE p.kind IN (${k})`;
}

/**
 * Facts of `reintegrationToWork`: a start in the period counts when one of the person's benefits ends for work on or
 * after that start and within the window (12 months); the benefit need not have run at the start.
 */
export function reintegrationToWorkFacts(plan: FactPlan, at: PeriodJoin): string {
  const { kinds: k } = at;
  return `SELECT ${select({ pid: 'r.pid', period: 'p.pn', p_end: 'p.p_end', fid: 'r.id', age_date: 'r.start_date', category: 'r.instrument' })}
    FROM ${readTable('reint')} r JOIN ${periodsOf('r.start_date')}
    WHERE p.kind IN (${k}) AND EXISTS (SELECT 1 FROM ${readTable('ben')} b WHERE b.pid = r.pid AND ${benefitFilters(plan)}
      AND b.exit_reason = 'werk' AND b.end_date >= r.start_date
      AND b.end_date <= r.start_date + INTERVAL ${monthsOf(plan)} MONTH)`;
}

/** Facts of `allLawsInPeriod`. */
export function allLawsFacts(plan: FactPlan, _at: PeriodJoin): string {
  return allLawsSql(plan);
}

/** Facts of `benefitHouseholdMembers`. */
export function benefitHouseholdMemberFacts(plan: FactPlan, at: PeriodJoin): string {
  // Household members: the household columns come with the household keys.
  readTable('hh');
  const { periods, kinds: k } = at;
  return `SELECT ${select({ pid: 'r.pid', period: 'p.pn', p_end: 'p.p_end', age_date: 'p.p_end' })}
    FROM ${readTable('res')} r JOIN ${periods} ON r.eff_from <= p.p_end AND p.p_end < r.eff_to
    JOIN (SELECT DISTINCT p.pn, coalesce(b.household, rb.household) AS hh
          FROM ${readTable('ben')} b JOIN ${periods} ON ${runningOn('b')}
          LEFT JOIN ${readTable('res')} rb ON rb.pid = b.pid AND rb.eff_from <= p.p_end AND p.p_end < rb.eff_to
          WHERE p.kind IN (${k}) AND ${benefitFilters(plan)}) bh
      ON bh.pn = p.pn AND bh.hh = r.household
    WHERE p.kind IN (${k})`;
}

function monthsOf(plan: FactPlan): number {
  // A validated positive integer; inlined because INTERVAL needs a constant.
  return Math.max(1, Math.trunc(plan.windowMonths));
}

/** Person × period × law facts for all three laws (youth and support episodes, Participatiewet benefits). */
export function allLawsSql(plan: FactPlan): string {
  const k = kinds(plan);
  const benefitKinds = plan.filters.benefitKinds?.length ? plan.filters.benefitKinds : ['PW'];
  return `SELECT ${select({ pid: 'e.pid', period: 'p.pn', p_end: 'p.p_end', fid: 'e.id', age_date: 'greatest(e.start_date, p.p_start)', lawbit: lawBits('e'), provider: 'e.provider' })}
      FROM ${readTable('prov')} e JOIN ${readTable('period')} p ON ${overlaps('e')} WHERE p.kind IN (${k})
    UNION ALL
    SELECT ${select({ pid: 'b.pid', period: 'p.pn', p_end: 'p.p_end', fid: 'b.id', age_date: 'greatest(b.start_date, p.p_start)', lawbit: '4' })}
      FROM ${readTable('ben')} b JOIN ${readTable('period')} p ON ${overlaps('b')} WHERE p.kind IN (${k}) AND b.kind IN (${sqlConstants(benefitKinds)})`;
}

/**
 * Claim amounts (euro) per period: single-month claims joined to the periods containing their month, claims spanning
 * months pro rata by days. Rows (period, p_end, pid, x), not unique per (period, person).
 */
export function claimAmountRowsSql(plan: FactPlan): string {
  const laws = plan.law === 'all' ? ['youth', 'support'] : [plan.law];
  const k = kinds(plan);
  return `SELECT p.pn AS period, p.p_end, c.pid, c.amount_cents / 100.0 AS x
      FROM ${readTable('claim')} c JOIN ${readTable('pmonth')} p ON p.mn = c.ms
      WHERE ${SINGLE_MONTH} AND p.kind IN (${k}) AND c.law IN (${sqlConstants(laws)})
      UNION ALL
      SELECT p.pn, p.p_end, c.pid, ${CLAIM_PRO_RATA}
      FROM ${readTable('claim')} c JOIN ${readTable('period')} p ON c.period_start <= p.p_end AND c.period_end >= p.p_start
      WHERE c.ms <> c.me AND p.kind IN (${k}) AND c.law IN (${sqlConstants(laws)})`;
}
