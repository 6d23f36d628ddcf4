/** @module Query API for the edges (web, report, export): reads cube rows and formats them to the contract shape, with disclosure control unless exact. */
import { STANDARD_CATALOGUE } from '../catalogue/standard-catalogue.ts';
import {
  applyDisclosureControl,
  valueKindOf,
  type CubeRow,
  type Role,
  type ValueKind,
} from '../domain/disclosure-control.ts';
import type { IndicatorDefinition } from '../domain/indicator-definition.ts';
import type { SqlParam, SqlStore } from '../store/sql-store.ts';

export interface IndicatorQuery {
  indicator: string;
  period?: string;
  /** Several periods at once (e.g. a report's trend); combined with `period` when both are given. */
  periods?: readonly string[];
  area?: string;
  /** A breakdown key ('careType'); `''` = totals only; omitted = totals and all breakdowns. */
  breakdown?: string;
  /**
   * Which values: `'computed'` (from the municipality's own records), `'imported'` (any imported source, the most
   * recent import per cell), or one source by name (e.g. `'CBS 85984NED'`). Omitted: see {@link queryIndicatorValues}.
   */
  source?: string;
}

/** The contract shape of one published value. */
export interface IndicatorValueOut {
  indicator: string;
  period: string;
  area: string;
  breakdown: { key: string; value: string } | null;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  status: string;
  /** '.' when secret (geheim). */
  symbol: '' | '.';
}

/**
 * Reads cube rows for one indicator, optionally one period, area, breakdown key and source — one row per cell.
 * Without a source, a period the engine computed shows only computed values (the own records are the monitor's
 * primary source, and one period's table or chart never mixes sources); a period without computed values shows the
 * imported ones (e.g. CBS figures for years before the own records start). Several imports of the same cell: the
 * most recent one.
 */
export async function queryIndicatorValues(store: SqlStore, query: IndicatorQuery): Promise<CubeRow[]> {
  return queryManyIndicatorValues(store, [query.indicator], query);
}

/**
 * The same for several indicators in one statement (a report reads dozens; one scan instead of one per indicator),
 * ordered by indicator, then as above.
 */
export async function queryManyIndicatorValues(
  store: SqlStore,
  indicators: readonly string[],
  query: Omit<IndicatorQuery, 'indicator'>,
): Promise<CubeRow[]> {
  if (indicators.length === 0) return [];
  const where = [`v.indicator IN (${indicators.map(() => '?').join(', ')})`];
  const params: SqlParam[] = [...indicators];
  if (query.period !== undefined) {
    where.push('v.period = ?');
    params.push(query.period);
  }
  if (query.periods !== undefined) {
    where.push(
      query.periods.length === 0 ? 'false' : `v.period IN (${query.periods.map(() => '?').join(', ')})`,
    );
    params.push(...query.periods);
  }
  if (query.area !== undefined) {
    where.push('v.area = ?');
    params.push(query.area);
  }
  if (query.breakdown !== undefined) {
    where.push("(v.breakdown_key = ? OR v.breakdown_key = '')");
    params.push(query.breakdown);
  }
  if (query.source === undefined) {
    where.push(`(v.source = 'computed' OR NOT EXISTS (SELECT 1 FROM indicator_value c
      WHERE c.indicator = v.indicator AND c.period = v.period AND c.source = 'computed'))`);
  } else if (query.source === 'imported') {
    where.push("v.source <> 'computed'");
  } else {
    where.push('v.source = ?');
    params.push(query.source);
  }
  const rows = await store.all<{
    indicator: string;
    period: string;
    area: string;
    breakdown_key: string;
    breakdown_value: string;
    numerator: number | null;
    denominator: number | null;
    value: number | null;
    status: string;
  }>(
    `SELECT v.indicator, v.period, v.area, v.breakdown_key, v.breakdown_value, v.numerator, v.denominator, v.value,
       v.status
     FROM indicator_value v WHERE ${where.join(' AND ')}
     QUALIFY row_number() OVER (PARTITION BY v.indicator, v.period, v.area, v.breakdown_key, v.breakdown_value
       ORDER BY v.source = 'computed' DESC, v.computed_at DESC, v.source) = 1
     ORDER BY v.indicator, v.period, v.area, v.breakdown_key, v.breakdown_value`,
    params,
  );
  return rows.map((r) => ({
    indicator: r.indicator,
    period: r.period,
    area: r.area,
    breakdownKey: r.breakdown_key,
    breakdownValue: r.breakdown_value,
    numerator: r.numerator,
    denominator: r.denominator,
    value: r.value,
    status: r.status,
  }));
}

/** Protection kind per indicator id from a catalogue (unknown ids, e.g. imported aggregates, are shown as given). */
export function kindOfFromCatalogue(
  catalogue: readonly IndicatorDefinition[] = STANDARD_CATALOGUE,
): (indicator: string) => ValueKind {
  const map = new Map(catalogue.map((d) => [d.id, valueKindOf(d)]));
  return (id) => map.get(id) ?? { kind: 'amount' };
}

export interface FormatOptions {
  role: Role;
  /** Exact values only for analysts inside the application; exports pass false. */
  insideApp: boolean;
  catalogue?: readonly IndicatorDefinition[];
}

/** Formats rows to the contract shape with disclosure control applied by role. */
export function formatIndicatorValues(rows: readonly CubeRow[], options: FormatOptions): IndicatorValueOut[] {
  const published = applyDisclosureControl(rows, {
    role: options.role,
    insideApp: options.insideApp,
    kindOf: kindOfFromCatalogue(options.catalogue),
  });
  return published.map((r) => ({
    indicator: r.indicator,
    period: r.period,
    area: r.area,
    breakdown: r.breakdownKey === '' ? null : { key: r.breakdownKey, value: r.breakdownValue },
    value: r.published,
    numerator: r.publishedNumerator,
    // The denominator (population, households) is public; for means it is n and hidden with the value.
    denominator: r.symbol === '.' ? null : r.denominator,
    status: r.status,
    symbol: r.symbol,
  }));
}
