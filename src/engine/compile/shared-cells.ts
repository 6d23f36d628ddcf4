/** @module Household cells read straight from the shared household count table (`_msd_all_hc`): the integral household counts and shares and the unfiltered youth/Wmo household counts, without an area attribution of their own. */
import { readTable } from './working-tables.ts';
import type { FactPlan } from './indicator-plan.ts';
import type { BreakdownKey } from '../../domain/indicator-definition.ts';

/** The SQL of a breakdown's value over the columns of the rows it is applied to. */
export type BreakdownColumn = (key: BreakdownKey) => string;

const quote = (values: readonly string[]): string =>
  values.map((v) => `'${v.replace(/'/g, "''")}'`).join(', ');

const COUNTS =
  'CAST(sum(n) AS DOUBLE) AS numerator, CAST(NULL AS DOUBLE) AS denominator, CAST(sum(n) AS DOUBLE) AS value';

/**
 * The body of the `agg` CTE (period, area as aid, breakdown_key, breakdown_value, numerator, denominator, value)
 * for a plan whose units are households of the unfiltered all-laws facts, or undefined when the plan needs its
 * own facts. `_msd_all_hc` holds the number n of households per (period, area, classes), so counts are sums of n:
 * - households with a youth or Wmo client (no breakdowns): rows whose members in that area have the law bit;
 * - integral households by combination / provider count (classes of the whole household): every row, or those
 *   with at least one provider, grouped per class;
 * - the multi-law share of households: rows with at least two law bits over all rows.
 * `column` gives the SQL of a breakdown over the columns `bits` and `nprov`.
 */
function householdCells(plan: FactPlan, column: BreakdownColumn): string | undefined {
  if (plan.unit !== 'household' || Object.keys(plan.filters).length > 0) return undefined;
  const agg = plan.aggregation;
  const where = [
    `level IN (${quote(plan.areaLevels)})`,
    `period IN (SELECT pn FROM ${readTable('period')} WHERE kind IN (${quote(plan.periodKinds)}))`,
  ];
  const counted = agg.kind === 'count' || agg.kind === 'rate';
  if (
    plan.source === 'episodesInPeriod' &&
    (plan.law === 'youth' || plan.law === 'support') &&
    plan.classStep === undefined &&
    counted &&
    plan.breakdowns.length === 0
  ) {
    where.push(`abits & ${plan.law === 'youth' ? 1 : 2} <> 0`);
    return `SELECT period, aid AS area, '' AS breakdown_key, '' AS breakdown_value, ${COUNTS}
      FROM ${readTable('all_hc')} WHERE ${where.join(' AND ')} GROUP BY period, aid`;
  }
  if (plan.source !== 'allLawsInPeriod') return undefined;
  if (!plan.breakdowns.every((b) => b === 'combination' || b === 'providerCount')) return undefined;
  if (plan.classStep === 'providerCount') where.push('nprov > 0');
  if ((plan.classStep === 'combination' || plan.classStep === 'providerCount') && counted) {
    return classCounts(
      plan,
      column,
      `SELECT period, aid AS area, n, bits, nprov FROM ${readTable('all_hc')} WHERE ${where.join(' AND ')}`,
    );
  }
  if (
    plan.classStep === 'multiLaw' &&
    agg.kind === 'share' &&
    agg.of === 'units' &&
    plan.breakdowns.length === 0
  ) {
    const num = 'CAST(coalesce(sum(n) FILTER (WHERE bit_count(bits) >= 2), 0) AS DOUBLE)';
    const den = 'CAST(sum(n) AS DOUBLE)';
    return `SELECT period, aid AS area, '' AS breakdown_key, '' AS breakdown_value,
        ${num} AS numerator, ${den} AS denominator, CASE WHEN ${den} <> 0 THEN ${num} / ${den} * ${agg.factor} END AS value
      FROM ${readTable('all_hc')} WHERE ${where.join(' AND ')} GROUP BY period, aid`;
  }
  return undefined;
}

/** Cells of counts n per (period, area) and per class breakdown (grouping sets), from rows (period, area, n, bits, nprov). */
function classCounts(plan: FactPlan, column: BreakdownColumn, rows: string): string {
  const cols = plan.breakdowns.map((key, i) => `${column(key)} AS b${i}`);
  const b = plan.breakdowns.map((_, i) => `b${i}`);
  const sets = ['(period, area)', ...b.map((c) => `(period, area, ${c})`)].join(', ');
  const key = b.length
    ? `CASE ${plan.breakdowns.map((k, i) => `WHEN grouping(b${i}) = 0 THEN ${quote([k])}`).join(' ')} ELSE '' END`
    : "''";
  const value = b.length ? `coalesce(${b.map((c) => `CAST(${c} AS VARCHAR)`).join(', ')}, '')` : "''";
  return `SELECT period, area, ${key} AS breakdown_key, ${value} AS breakdown_value, ${COUNTS}
    FROM (SELECT period, area, n${cols.map((c) => `, ${c}`).join('')} FROM (${rows}))
    GROUP BY GROUPING SETS (${sets})`;
}

/**
 * Unfiltered all-laws person counts by law combination: persons of the shared person table counted per period,
 * area at the period end and law bits (each person is one row per period and has one area per level), labelled
 * after counting.
 */
function personCells(plan: FactPlan, column: BreakdownColumn): string | undefined {
  const agg = plan.aggregation;
  if (
    plan.unit !== 'person' ||
    plan.source !== 'allLawsInPeriod' ||
    Object.keys(plan.filters).length > 0 ||
    plan.classStep !== 'combination' ||
    (agg.kind !== 'count' && agg.kind !== 'rate') ||
    !plan.breakdowns.every((b) => b === 'combination')
  )
    return undefined;
  return classCounts(
    plan,
    column,
    `SELECT pp.period, ra.aid AS area, pp.bits, CAST(NULL AS INTEGER) AS nprov, count(*) AS n
    FROM ${readTable('all_pp')} pp JOIN ${readTable('res_area')} ra ON ra.pid = pp.pid AND ra.eff_from <= pp.p_end AND pp.p_end < ra.eff_to
      AND ra.level IN (${quote(plan.areaLevels)})
    WHERE pp.period IN (SELECT pn FROM ${readTable('period')} WHERE kind IN (${quote(plan.periodKinds)}))
    GROUP BY pp.period, ra.aid, pp.bits`,
  );
}

/**
 * The body of the `agg` CTE for plans counted from the shared all-laws tables (household counts and shares,
 * person counts by combination), or undefined when the plan needs its own facts. The shared tables it names are
 * recorded as the statement's reads (working-tables.ts).
 */
export function sharedCells(plan: FactPlan, column: BreakdownColumn): string | undefined {
  return householdCells(plan, column) ?? personCells(plan, column);
}
