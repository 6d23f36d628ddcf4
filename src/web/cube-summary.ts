/**
 * @module The counts the demo's build log and `/health` report about the results cube, from one query so they agree:
 * the indicators in the catalogue (standard and local, what `msd indicators list` lists), how many of them have
 * values in the cube, and the cube's values (rows of `indicator_value`, computed and imported).
 */
import { loadCatalogue } from '../catalogue/local-catalogue.ts';
import type { SqlStore } from '../store/sql-store.ts';

export interface CubeSummary {
  /** Indicators in the catalogue (standard and local): the rows of `msd indicators list`. */
  readonly indicators: number;
  /** Of those, the indicators with at least one value in the cube (an imported indicator has none until imported). */
  readonly indicatorsWithValues: number;
  /** Values in the cube: every row of `indicator_value` (per indicator, period, area and breakdown). */
  readonly indicatorValues: number;
}

export async function cubeSummary(store: SqlStore): Promise<CubeSummary> {
  const catalogue = await loadCatalogue(store);
  const perIndicator = await store.all<{ indicator: string; n: number }>(
    'SELECT indicator, count(*)::INTEGER AS n FROM indicator_value GROUP BY indicator',
  );
  const ids = new Set(catalogue.map((d) => d.id));
  return {
    indicators: catalogue.length,
    indicatorsWithValues: perIndicator.filter((r) => ids.has(r.indicator)).length,
    indicatorValues: perIndicator.reduce((sum, r) => sum + Number(r.n), 0),
  };
}
