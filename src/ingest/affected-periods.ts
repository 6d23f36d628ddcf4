/** @module The earliest date that newly stored batches touch: from there on, periods must be recomputed (incremental compute after an ingest). */
import type { SqlStore } from '../store/sql-store.ts';

/** Date columns per table whose change can alter an indicator from that date on. */
const DATED_TABLES: ReadonlyArray<[table: string, dateSql: string]> = [
  ['provision', 'least(coalesce(start_date, allocation_date), coalesce(allocation_date, start_date))'],
  ['claim', 'period_start'],
  ['benefit', 'start_date'],
  ['residence', 'valid_from'],
  ['population', 'ref_date'],
  ['households', 'ref_date'],
  ['istd_allocation', 'least(start_date, allocation_date)'],
  ['istd_care_start', 'start_date'],
  ['istd_care_stop', 'least(start_date, end_date)'],
];

/**
 * The earliest date among the rows the given batches stored, or null when they stored nothing dated.
 * (Rows a batch replaced are gone; a correction that moves a date later is covered because the new row's period
 * is recomputed from its own date, and instroom/re-entry look back over all history anyway.)
 */
export async function earliestAffectedDate(
  store: SqlStore,
  batches: readonly number[],
): Promise<string | null> {
  if (batches.length === 0) return null;
  const tables = new Set(
    (
      await store.all<{ name: string }>(
        "SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'main'",
      )
    ).map((t) => t.name),
  );
  const list = batches.map((b) => Number(b)).join(', ');
  const parts = DATED_TABLES.filter(([table]) => tables.has(table)).map(
    ([table, date]) => `SELECT min(${date}) AS d FROM ${table} WHERE batch IN (${list})`,
  );
  const [row] = await store.all<{ d: string | null }>(
    `SELECT strftime(min(d), '%Y-%m-%d') AS d FROM (${parts.join(' UNION ALL ')})`,
  );
  return row?.d ?? null;
}
