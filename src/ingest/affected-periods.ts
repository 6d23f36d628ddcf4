/** @module What newly stored batches touch: the earliest date (from there on, periods must be recomputed) and the canonical tables they changed (incremental compute after an ingest). */
import type { SqlStore } from '../store/sql-store.ts';

/** Date columns per table whose change can alter an indicator from that date on. */
const DATED_TABLES: ReadonlyArray<[table: string, dateSql: string]> = [
  ['provision', 'least(coalesce(start_date, allocation_date), coalesce(allocation_date, start_date))'],
  ['claim', 'period_start'],
  ['benefit', 'start_date'],
  ['reintegration', 'start_date'],
  ['residence', 'valid_from'],
  ['population', 'ref_date'],
  ['households', 'ref_date'],
  ['istd_allocation', 'least(start_date, allocation_date)'],
  ['istd_care_start', 'start_date'],
  ['istd_care_stop', 'least(start_date, end_date)'],
];

/** What a set of batches changed: recompute periods ending on or after `fromDate`, of indicators reading `tables`. */
export interface AffectedData {
  readonly fromDate: string;
  /** Canonical tables the batches changed (engine inputs: provision, claim, benefit, reintegration, residence, person, population, households). */
  readonly tables: readonly string[];
}

/**
 * The tables the engine reads that change together with a stored table: iStandaarden records rebuild provisions;
 * provision, benefit and message batches also upsert the persons they name (the person table has no batch column).
 */
const ALSO_CHANGES: Readonly<Record<string, readonly string[]>> = {
  provision: ['person'],
  benefit: ['person'],
  reintegration: ['person'],
  residence: ['person'],
  istd_allocation: ['provision', 'person'],
  istd_care_start: ['provision', 'person'],
  istd_care_stop: ['provision', 'person'],
};

/**
 * The earliest date among the rows the given batches stored and the tables they stored rows in (mapped to the
 * engine's canonical inputs), or null when they stored nothing dated.
 * (Rows a batch replaced are gone; a correction that moves a date later is covered because the new row's period
 * is recomputed from its own date, and instroom/re-entry look back over all history anyway.) An iStandaarden
 * batch also rebuilds provisions from the stored messages (a first claim can start one), so it counts as a
 * provision change whatever it stored.
 */
export async function affectedData(
  store: SqlStore,
  batches: readonly number[],
): Promise<AffectedData | null> {
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
    ([table, date]) => `SELECT '${table}' AS t, min(${date}) AS d FROM ${table} WHERE batch IN (${list})`,
  );
  const rows = await store.all<{ t: string; d: string | null }>(
    `SELECT t, strftime(d, '%Y-%m-%d') AS d FROM (${parts.join(' UNION ALL ')}) WHERE d IS NOT NULL`,
  );
  const dates = rows.flatMap((r) => (r.d === null ? [] : [r.d])).sort();
  const fromDate = dates[0];
  if (fromDate === undefined) return null;
  const changed = new Set<string>();
  for (const { t } of rows) for (const table of [t, ...(ALSO_CHANGES[t] ?? [])]) changed.add(table);
  const messages = await store.all<{ n: number }>(
    `SELECT count(*) AS n FROM batch WHERE id IN (${list}) AND source = 'istandaard'`,
  );
  if ((messages[0]?.n ?? 0) > 0) for (const table of ['provision', 'person']) changed.add(table);
  return { fromDate, tables: [...changed].filter((t) => !t.startsWith('istd_')).sort() };
}
