/** @module Claim sums with claim breakdowns (care type, category, provider) grouped on one integer claim key instead of three strings. */
import { CLAIM_PRO_RATA, claimAmountRowsSql, needsPerson, type SqlParams } from './fact-sql.ts';
import type { FactPlan } from './indicator-plan.ts';

/** Breakdowns that are attributes of the claim itself (functions of the claim key). */
const CLAIM_KEY_BREAKDOWNS: ReadonlySet<string> = new Set([
  'careType',
  'supportType',
  'provider',
  'category',
]);

/** Whether a plan's sum can be grouped on the claim key: a plain claim sum whose breakdowns are claim attributes. */
export function usesClaimKeys(plan: FactPlan): boolean {
  return (
    plan.source === 'claims' &&
    plan.aggregation.kind === 'sum' &&
    plan.unit !== 'household' &&
    plan.classStep === undefined &&
    !needsPerson(plan) &&
    plan.breakdowns.every((b) => CLAIM_KEY_BREAKDOWNS.has(b))
  );
}

/**
 * The `fsa` rows of an additive measure (period, area as aid, b0…, sx, n) for a plan where `usesClaimKeys`:
 * amounts per period, address signature at the period end and claim key (single-month claims summed per person,
 * month and key first), spread to the signature's areas, and only then the key's care type, category and provider
 * put back (`column(key)` over the columns grp, category, provider). The amounts are the same as the claim facts of
 * `factSql` (claims inside one month join their periods on the month index, the others pro rata by days); n counts
 * claim × period rows as there.
 */
export function claimKeySums(plan: FactPlan, params: SqlParams, column: (key: string) => string): string {
  const laws = plan.law === 'all' ? ['youth', 'support'] : [plan.law];
  // Period kinds and area levels are closed vocabularies (validated by the schema), safe to inline.
  const k = plan.periodKinds.map((kind) => `'${kind}'`).join(', ');
  const levels = plan.areaLevels.map((level) => `'${level}'`).join(', ');
  const cols = plan.breakdowns.map((key, i) => `${column(key)} AS b${i}`);
  const lawIn = (): string => `c.law IN (${params.list(laws)})`;
  // The claim key: one integer per distinct (care type, category, provider) of the law's claims, numbered here so
  // the statement reads only the context's claim table.
  return `WITH ckd AS MATERIALIZED (
        SELECT CAST(row_number() OVER () AS INTEGER) AS ck, grp, category, provider
        FROM (SELECT DISTINCT grp, category, provider FROM _msd_claim c WHERE ${lawIn()})),
      ckc AS (
        SELECT c.pid, d.ck, c.period_start, c.period_end, c.amount_cents, c.ms, c.me
        FROM _msd_claim c JOIN ckd d ON d.grp IS NOT DISTINCT FROM c.grp
          AND d.category IS NOT DISTINCT FROM c.category AND d.provider IS NOT DISTINCT FROM c.provider
        WHERE ${lawIn()})
    SELECT a.period, a.area${cols.map((c) => `, ${c}`).join('')}, a.sx, a.n FROM (
      SELECT u.period, s.aid AS area, u.ck, sum(u.sx) AS sx, sum(u.n) AS n
      FROM (SELECT d.period, coalesce(r.sig, 0) AS sig, d.ck, sum(d.x) AS sx, sum(d.n) AS n FROM (
          SELECT p.pn AS period, p.p_end, c.pid, c.ck, c.cents / 100.0 AS x, c.n
          FROM (SELECT pid, ck, ms, sum(amount_cents) AS cents, count(*) AS n FROM ckc WHERE ms = me GROUP BY ALL) c
          JOIN _msd_pmonth p ON p.mn = c.ms
          WHERE p.kind IN (${k})
          UNION ALL
          SELECT p.pn, p.p_end, c.pid, c.ck, ${CLAIM_PRO_RATA}, 1
          FROM ckc c JOIN _msd_period p ON c.period_start <= p.p_end AND c.period_end >= p.p_start
          WHERE c.ms <> c.me AND p.kind IN (${k})) d
        LEFT JOIN _msd_rsig r ON r.pid = d.pid AND r.eff_from <= d.p_end AND d.p_end < r.eff_to
        GROUP BY ALL) u
      JOIN (SELECT DISTINCT sig, aid FROM _msd_sarea WHERE level IN (${levels})) s ON s.sig = u.sig
      GROUP BY u.period, s.aid, u.ck) a
    JOIN ckd USING (ck)`;
}

/** Whether a plan is the cost share of households combining laws (claim amounts, no breakdowns, no person). */
export function isMultiLawCostShare(plan: FactPlan): boolean {
  const agg = plan.aggregation;
  return (
    plan.source === 'claims' &&
    agg.kind === 'share' &&
    agg.of === 'claimAmount' &&
    plan.classStep === 'multiLaw' &&
    plan.breakdowns.length === 0 &&
    !needsPerson(plan)
  );
}

/**
 * The `agg` rows (period, area as aid, breakdown, numerator, denominator, value) of {@link isMultiLawCostShare}:
 * amounts summed per period, address signature at the period end and whether the person's household combines
 * laws in the period (`_msd_all_hk`, shared all-laws table; only the combining households are looked up), then
 * spread to the signature's areas. Needs the `_sarea` CTE (address signatures of the plan's levels).
 */
export function multiLawCostShareCells(plan: FactPlan, params: SqlParams): string {
  const factor = plan.aggregation.kind === 'share' ? plan.aggregation.factor : 100;
  return `SELECT u.period, s.aid AS area, '' AS breakdown_key, '' AS breakdown_value,
      coalesce(sum(u.x) FILTER (WHERE u.multi), 0) AS numerator, sum(u.x) AS denominator,
      CASE WHEN sum(u.x) <> 0 THEN coalesce(sum(u.x) FILTER (WHERE u.multi), 0) / sum(u.x) * ${factor} END AS value
    FROM (
      SELECT f.period, coalesce(r.sig, 0) AS sig, m.k IS NOT NULL AS multi, sum(f.x) AS x
      FROM (${claimAmountRowsSql(plan, params)}) f
      LEFT JOIN _msd_rsig r ON r.pid = f.pid AND r.eff_from <= f.p_end AND f.p_end < r.eff_to
      LEFT JOIN (SELECT period, k FROM _msd_all_hk WHERE bit_count(bits) >= 2) m
        ON m.period = f.period AND m.k = coalesce(r.household, -f.pid)
      GROUP BY ALL) u
    JOIN _sarea s ON s.sig = u.sig
    GROUP BY u.period, s.aid`;
}
