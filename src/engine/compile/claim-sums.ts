/** @module Claim sums with claim breakdowns (care type, category, provider) grouped on one integer claim key instead of three strings. */
import { householdPeriodKey, readTable } from './working-tables.ts';
import { CLAIM_PRO_RATA, SINGLE_MONTH, claimAmountRowsSql, needsPerson } from './fact-sql.ts';
import { sqlConstants } from './sql-literals.ts';
import type { FactPlan } from './indicator-plan.ts';
import type { BreakdownColumn } from './shared-cells.ts';
import type { BreakdownKey } from '../../domain/indicator-definition.ts';

/** Breakdowns that are attributes of the claim itself (functions of the claim key). */
const CLAIM_KEY_BREAKDOWNS: ReadonlySet<BreakdownKey> = new Set<BreakdownKey>([
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
 * amounts per period, address signature at the period end and claim key (`ck`, cube context), spread to the
 * signature's areas, and only then the key's care type, category and provider put back (`column(key)` over the
 * columns grp, category, provider). The amounts are the same as the claim facts of `factSql` (claims inside one
 * month join their periods on the month index, the others pro rata by days); n counts claim × period rows as there.
 */
export function claimKeySums(plan: FactPlan, column: BreakdownColumn): string {
  const laws = plan.law === 'all' ? ['youth', 'support'] : [plan.law];
  // Period kinds and area levels are closed vocabularies (validated by the schema), safe to inline.
  const k = plan.periodKinds.map((kind) => `'${kind}'`).join(', ');
  const levels = plan.areaLevels.map((level) => `'${level}'`).join(', ');
  const cols = plan.breakdowns.map((key, i) => `${column(key)} AS b${i}`);
  const lawIn = (): string => `c.law IN (${sqlConstants(laws)})`;
  // The claim keys of the context (`ck`, named in `_msd_ckey`).
  return `WITH ckd AS (SELECT ck, grp, category, provider FROM ${readTable('ckey')} c WHERE ${lawIn()})
    SELECT a.period, a.area${cols.map((c) => `, ${c}`).join('')}, a.sx, a.n FROM (
      SELECT u.period, s.aid AS area, u.ck, sum(u.sx) AS sx, sum(u.n) AS n
      FROM (SELECT d.period, coalesce(r.sig, 0) AS sig, d.ck, sum(d.x) AS sx, count(*) AS n FROM (
          SELECT p.pn AS period, p.p_end, c.pid, c.ck, c.amount_cents / 100.0 AS x
          FROM ${readTable('claim')} c JOIN ${readTable('pmonth')} p ON p.mn = c.ms
          WHERE ${SINGLE_MONTH} AND p.kind IN (${k}) AND ${lawIn()}
          UNION ALL
          SELECT p.pn, p.p_end, c.pid, c.ck, ${CLAIM_PRO_RATA}
          FROM ${readTable('claim')} c JOIN ${readTable('period')} p ON c.period_start <= p.p_end AND c.period_end >= p.p_start
          WHERE c.ms <> c.me AND p.kind IN (${k}) AND ${lawIn()}) d
        LEFT JOIN ${readTable('rsig')} r ON r.pid = d.pid AND r.eff_from <= d.p_end AND d.p_end < r.eff_to
        GROUP BY ALL) u
      JOIN (SELECT DISTINCT sig, aid FROM ${readTable('sarea')} WHERE level IN (${levels})) s ON s.sig = u.sig
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
 * laws in the period (`_msd_all_multi`, shared all-laws table; only the combining households are looked up), then
 * spread to the signature's areas. Needs the `_sarea` CTE (address signatures of the plan's levels).
 */
export function multiLawCostShareCells(plan: FactPlan): string {
  const factor = plan.aggregation.kind === 'share' ? plan.aggregation.factor : 100;
  // The household columns come with the household keys.
  readTable('hh');
  return `SELECT u.period, s.aid AS area, '' AS breakdown_key, '' AS breakdown_value,
      coalesce(sum(u.x) FILTER (WHERE u.multi), 0) AS numerator, sum(u.x) AS denominator,
      CASE WHEN sum(u.x) <> 0 THEN coalesce(sum(u.x) FILTER (WHERE u.multi), 0) / sum(u.x) * ${factor} END AS value
    FROM (
      SELECT f.period, coalesce(r.sig, 0) AS sig,
        ${householdPeriodKey('coalesce(r.household, -f.pid)', 'f.period')} IN (SELECT hp FROM ${readTable('all_multi')}) AS multi,
        sum(f.x) AS x
      FROM (${claimAmountRowsSql(plan)}) f
      LEFT JOIN ${readTable('rsig')} r ON r.pid = f.pid AND r.eff_from <= f.p_end AND f.p_end < r.eff_to
      GROUP BY ALL) u
    JOIN _sarea s ON s.sig = u.sig
    GROUP BY u.period, s.aid`;
}
