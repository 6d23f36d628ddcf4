/**
 * @module The one way a page reads indicator values: cube rows through disclosure control for an audience —
 * `published` (what everyone may see: secret small counts, rounded) now, `exact` for analysts once login and roles
 * exist. Every page, chart, map and download of the dashboard asks here, so the role switch is one parameter.
 */
import type { IndicatorDefinition } from '../domain/indicator-definition.ts';
import {
  formatIndicatorValues,
  queryIndicatorValues,
  type IndicatorQuery,
  type IndicatorValueOut,
} from '../engine/indicator-query.ts';
import type { SqlStore } from '../store/sql-store.ts';

export const AUDIENCES = ['published', 'exact'] as const;
export type Audience = (typeof AUDIENCES)[number];

/**
 * The values of one query as the audience may see them. `published` is exactly what `msd indicators show` prints
 * for the same query (role viewer, outside the application); `exact` is what `--exact` prints.
 */
export async function pageValues(
  store: SqlStore,
  query: IndicatorQuery,
  catalogue: readonly IndicatorDefinition[],
  audience: Audience,
): Promise<IndicatorValueOut[]> {
  const rows = await queryIndicatorValues(store, query);
  return formatIndicatorValues(rows, {
    role: audience === 'exact' ? 'analyst' : 'viewer',
    insideApp: audience === 'exact',
    catalogue,
  });
}
