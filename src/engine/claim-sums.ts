/** @module Claim sums with claim breakdowns (care type, category, provider) grouped on one integer claim key instead of three strings. */
import { CLAIM_PRO_RATA, needsPerson, type SqlParams } from './fact-sql.ts';
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
 * amounts per person, period and claim key, areas attributed at the period end, summed per area and key, and only
 * then the key's care type, category and provider put back (`column(key)` over the columns grp, category,
 * provider). The amounts are the same as the claim facts of `factSql` (claims inside one month join their periods
 * on the month index, the others pro rata by days); n counts claim × period rows as there.
 */
export function claimKeySums(
  plan: FactPlan,
  params: SqlParams,
  column: (key: string) => string,
  areaJoin: (alias: string) => string,
): string {
  const laws = plan.law === 'all' ? ['youth', 'support'] : [plan.law];
  // Period kinds are a closed vocabulary (validated by the schema), safe to inline.
  const k = plan.periodKinds.map((kind) => `'${kind}'`).join(', ');
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
      SELECT d.period, ra.aid AS area, d.ck, sum(d.sx) AS sx, sum(d.n) AS n
      FROM (SELECT period, any_value(p_end) AS p_end, pid, ck, sum(x) AS sx, count(*) AS n FROM (
          SELECT p.pn AS period, p.p_end, c.pid, c.ck, c.amount_cents / 100.0 AS x
          FROM ckc c JOIN _msd_pmonth p ON p.mn = c.ms
          WHERE c.ms = c.me AND p.kind IN (${k})
          UNION ALL
          SELECT p.pn, p.p_end, c.pid, c.ck, ${CLAIM_PRO_RATA}
          FROM ckc c JOIN _msd_period p ON c.period_start <= p.p_end AND c.period_end >= p.p_start
          WHERE c.ms <> c.me AND p.kind IN (${k}))
        GROUP BY period, pid, ck) d
      ${areaJoin('d')}
      GROUP BY d.period, ra.aid, d.ck) a
    JOIN ckd USING (ck)`;
}
