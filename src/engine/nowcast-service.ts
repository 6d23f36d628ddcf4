/** @module The nowcast service: reads when claims arrived (submission date against care month) per law, care type and product category, stores the completion factors and expected final figures of the recent, still incomplete months, and reads them back for any claim-based indicator. */
import { careTypeOf, codeMappings, supportTypeOf, type CodeMappings } from '../catalogue/code-mappings.ts';
import {
  DEFAULT_NOWCAST_OPTIONS,
  nowcastGroup,
  type ArrivalCell,
  type NowcastOptions,
} from '../outlook/completion-factors.ts';
import type { IndicatorDefinition } from '../domain/indicator-definition.ts';
import type { GroupFactors, MonthFactor } from '../outlook/area-nowcast.ts';
import {
  claimCorrectionOf,
  type ClaimCorrection,
  type ClaimGroup,
} from '../outlook/claim-based-indicators.ts';
import type { SqlParam, SqlStore } from '../store/sql-store.ts';

export interface NowcastRefreshResult {
  /** Groups (law, law × care type, law × category) nowcast, and those without enough complete history. */
  readonly groups: number;
  readonly tooLittleHistory: number;
  readonly rows: number;
  /** The last month of arrivals ('' when no claim has a submission date). */
  readonly asOf: string;
}

const monthText = (index: number): string =>
  `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;

/** The key of a group's cells: law, care type, category (one of the last two set, or neither for the law's total). */
const groupKey = (law: string, careType: string, category: string): string =>
  `${law}|${careType}|${category}`;

/** The care type (youth) or support type (Wmo) of a product category, as the cube maps it. */
function careTypeOfClaim(law: string, category: string, mappings: CodeMappings): string {
  if (law === 'youth') return careTypeOf(category, mappings);
  if (law === 'support') return supportTypeOf(category, mappings);
  return '';
}

/**
 * Claims grouped by care month and arrival lag in months, with their amount and number of claim lines, into three
 * groups each: the law's total, its care (or support) type and its product category.
 */
async function readArrivals(
  store: SqlStore,
  mappings: CodeMappings,
): Promise<{ cells: ArrivalCell[]; asOf: number | undefined }> {
  const rows = await store.all<{
    law: string;
    category: string;
    origin: number;
    lag: number;
    amount: number;
    claims: number;
  }>(
    `SELECT law, category, year(period_start) * 12 + month(period_start) - 1 AS origin,
       year(submitted_on) * 12 + month(submitted_on) - 1 - (year(period_start) * 12 + month(period_start) - 1) AS lag,
       sum(amount_cents)::DOUBLE AS amount, count(*)::DOUBLE AS claims
     FROM claim WHERE submitted_on IS NOT NULL GROUP BY ALL`,
  );
  const cells: ArrivalCell[] = [];
  let asOf: number | undefined;
  for (const r of rows) {
    const cell = { origin: r.origin, lag: r.lag, amount: r.amount, claims: r.claims };
    cells.push({ group: groupKey(r.law, '', ''), ...cell });
    const careType = careTypeOfClaim(r.law, r.category, mappings);
    if (careType !== '') cells.push({ group: groupKey(r.law, careType, ''), ...cell });
    if (r.category !== '') cells.push({ group: groupKey(r.law, '', r.category), ...cell });
    asOf = Math.max(asOf ?? r.origin + r.lag, r.origin + r.lag);
  }
  return { cells, asOf };
}

/**
 * Recomputes the nowcast of every law, law × care type and law × category as of the last month with arrivals, and
 * replaces the stored one. Arrivals are counted by calendar month, so the last month may still be filling; the
 * completion factors are measured the same way on history, which keeps the bias small. `mappings`: the care types
 * of the product categories (the defaults, as the compute uses them).
 */
export async function refreshNowcast(
  store: SqlStore,
  options: Omit<NowcastOptions, 'asOf'> = DEFAULT_NOWCAST_OPTIONS,
  mappings: CodeMappings = codeMappings(),
): Promise<NowcastRefreshResult> {
  const { cells, asOf } = await readArrivals(store, mappings);
  const byGroup = new Map<string, ArrivalCell[]>();
  for (const cell of cells) {
    let list = byGroup.get(cell.group);
    if (list === undefined) byGroup.set(cell.group, (list = []));
    list.push(cell);
  }
  const rows: SqlParam[][] = [];
  let tooLittleHistory = 0;
  const computedAt = new Date().toISOString();
  if (asOf !== undefined) {
    for (const [group, groupCells] of byGroup) {
      const outcome = nowcastGroup(group, groupCells, { ...options, asOf });
      if (!outcome.ok) {
        tooLittleHistory++;
        continue;
      }
      const [law = '', careType = '', category = ''] = group.split('|');
      for (const r of outcome.rows)
        rows.push([
          law,
          category,
          careType,
          monthText(r.origin),
          r.age,
          r.provisional,
          r.completeness,
          r.expected,
          r.lower80,
          r.upper80,
          r.logSpread,
          r.meanClaim,
          monthText(asOf),
          computedAt,
        ]);
    }
  }
  await store.transaction(async () => {
    await store.run('DELETE FROM claim_nowcast');
    await store.append('claim_nowcast', rows);
  });
  return {
    groups: byGroup.size,
    tooLittleHistory,
    rows: rows.length,
    asOf: asOf === undefined ? '' : monthText(asOf),
  };
}

/** The stored completion factors of one group, with the size of one claim in the figure's unit. */
export async function readGroupFactors(
  store: SqlStore,
  group: ClaimGroup,
  basis: ClaimCorrection['basis'],
): Promise<GroupFactors | undefined> {
  const rows = await store.all<{
    month: string;
    completeness: number;
    log_spread: number;
    mean_claim: number;
    as_of: string;
  }>(
    `SELECT month, completeness, log_spread, mean_claim_cents / 100 AS mean_claim, as_of FROM claim_nowcast
     WHERE law = ? AND care_type = ? AND category = ? ORDER BY month`,
    [group.law, group.careType, group.category],
  );
  const first = rows[0];
  if (first === undefined) return undefined;
  return {
    months: new Map<string, MonthFactor>(
      rows.map((r) => [r.month, { completeness: r.completeness, logSpread: r.log_spread }]),
    ),
    claimSize: basis === 'count' ? 1 : first.mean_claim,
    asOf: first.as_of,
  };
}

/** What a claim-based indicator's series are corrected with: how (figure, group) and the group's factors. */
export interface IndicatorNowcast {
  readonly correction: ClaimCorrection;
  /** Undefined when the group has no stored factors (too little history): its provisional periods are withheld. */
  readonly factors: GroupFactors | undefined;
}

/**
 * The nowcast of an indicator's series: undefined when its value does not depend on claims (claimCorrectionOf), else
 * its correction and the stored factors of its group. One read per indicator; every area's series uses it.
 */
export async function readIndicatorNowcast(
  store: SqlStore,
  definition: IndicatorDefinition | undefined,
  catalogue: readonly IndicatorDefinition[],
): Promise<IndicatorNowcast | undefined> {
  const correction = claimCorrectionOf(definition, catalogue);
  if (correction === undefined) return undefined;
  return { correction, factors: await readGroupFactors(store, correction.group, correction.basis) };
}
