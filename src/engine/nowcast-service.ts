/** @module The nowcast service: reads when claims arrived (submission date against care month) per law and care type, and stores the expected final figures of the recent, still incomplete months. */
import {
  DEFAULT_NOWCAST_OPTIONS,
  nowcastGroup,
  type ArrivalCell,
  type NowcastOptions,
} from '../outlook/completion-factors.ts';
import type { IndicatorDefinition } from '../domain/indicator-definition.ts';
import type { LagNowcast } from '../outlook/nowcast-adjustment.ts';
import type { SqlParam, SqlStore } from '../store/sql-store.ts';

export interface NowcastRefreshResult {
  /** Groups (law, law × care type) nowcast, and those without enough complete history. */
  readonly groups: number;
  readonly tooLittleHistory: number;
  readonly rows: number;
  /** The last month of arrivals ('' when no claim has a submission date). */
  readonly asOf: string;
}

const monthText = (index: number): string =>
  `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;

/** Claims grouped by law, care type (category), care month and arrival lag in months. */
async function readArrivals(store: SqlStore): Promise<{ cells: ArrivalCell[]; asOf: number | undefined }> {
  const rows = await store.all<{
    law: string;
    category: string;
    origin: number;
    lag: number;
    amount: number;
  }>(
    `SELECT law, category, year(period_start) * 12 + month(period_start) - 1 AS origin,
       year(submitted_on) * 12 + month(submitted_on) - 1 - (year(period_start) * 12 + month(period_start) - 1) AS lag,
       sum(amount_cents)::DOUBLE AS amount
     FROM claim WHERE submitted_on IS NOT NULL GROUP BY ALL`,
  );
  const cells: ArrivalCell[] = [];
  let asOf: number | undefined;
  for (const r of rows) {
    cells.push({ group: `${r.law}|`, origin: r.origin, lag: r.lag, amount: r.amount });
    cells.push({ group: `${r.law}|${r.category}`, origin: r.origin, lag: r.lag, amount: r.amount });
    asOf = Math.max(asOf ?? r.origin + r.lag, r.origin + r.lag);
  }
  return { cells, asOf };
}

/**
 * Recomputes the nowcast of every law (category '') and law × care type as of the last month with arrivals, and
 * replaces the stored one. Arrivals are counted by calendar month, so the last month may still be filling; the
 * completion factors are measured the same way on history, which keeps the bias small.
 */
export async function refreshNowcast(
  store: SqlStore,
  options: Omit<NowcastOptions, 'asOf'> = DEFAULT_NOWCAST_OPTIONS,
): Promise<NowcastRefreshResult> {
  const { cells, asOf } = await readArrivals(store);
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
      const [law = '', category = ''] = group.split('|');
      for (const r of outcome.rows)
        rows.push([
          law,
          category,
          monthText(r.origin),
          r.age,
          r.provisional,
          r.completeness,
          r.expected,
          r.lower80,
          r.upper80,
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

/**
 * The stored nowcast of a cost indicator's law in the indicator's unit (euro), when the indicator sums claim amounts
 * of one law (youth.cost, support.cost) — undefined for any other indicator. It applies to the gemeente's monthly
 * series: the nowcast is made per law for the whole gemeente, by care month.
 */
export async function readLagNowcast(
  store: SqlStore,
  definition: IndicatorDefinition | undefined,
): Promise<LagNowcast | undefined> {
  if (definition?.measure.kind !== 'sum' || definition.measure.value !== 'claimAmount') return undefined;
  const law = definition.domain;
  if (law !== 'youth' && law !== 'support') return undefined;
  const rows = await store.all<{
    month: string;
    expected: number;
    lower80: number;
    upper80: number;
    as_of: string;
  }>(
    `SELECT month, expected_cents / 100 AS expected, lower80_cents / 100 AS lower80, upper80_cents / 100 AS upper80, as_of
     FROM claim_nowcast WHERE law = ? AND category = '' ORDER BY month`,
    [law],
  );
  const asOf = rows[0]?.as_of;
  if (asOf === undefined) return undefined;
  return {
    finals: new Map(
      rows.map((r) => [
        r.month,
        { period: r.month, expected: r.expected, lower80: r.lower80, upper80: r.upper80 },
      ]),
    ),
    asOf,
  };
}
