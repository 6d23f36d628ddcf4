/** @module Stale indicator periods (`stale_period`): marked in the transaction of the batch that made them stale, read and cleared by the recompute that brings the figures up to date again, so an interrupted run never leaves figures silently missing. */
import type { SqlStore } from '../store/sql-store.ts';
import { affectedData } from './affected-periods.ts';

/** What the marks together ask to recompute: periods ending on or after `fromDate` (null: every period) of the indicators reading `tables` (undefined: every indicator). */
export interface StalePeriods {
  /** The highest mark read: clearing up to it leaves marks written since (by a later batch) in place. */
  readonly upTo: number;
  readonly fromDate: string | null;
  readonly tables: readonly string[] | undefined;
  /** The batches that left the marks (null entries: marks without a batch, e.g. a removed batch). */
  readonly batches: readonly number[];
}

/**
 * Marks the periods a just-stored batch changed as stale; call inside the batch's transaction after its batch row
 * is written. A batch that stored nothing dated (postcodes, imported figures) marks nothing.
 */
export async function markBatchStale(store: SqlStore, batch: number): Promise<void> {
  const affected = await affectedData(store, [batch]);
  if (affected === null) return;
  await store.run(
    'INSERT INTO stale_period (batch, from_date, tables, marked_at) VALUES (?, CAST(? AS DATE), ?, current_timestamp)',
    [batch, affected.fromDate, affected.tables.join(',')],
  );
}

/** Whether the store has the marks table (a database opened read-only before migration 5 has not). */
async function hasMarksTable(store: SqlStore): Promise<boolean> {
  const [row] = await store.all<{ n: number }>(
    "SELECT count(*) AS n FROM information_schema.tables WHERE table_schema = 'main' AND table_name = 'stale_period'",
  );
  return (row?.n ?? 0) > 0;
}

/** The stale periods all marks ask for together, or null when nothing is stale. */
export async function readStalePeriods(store: SqlStore): Promise<StalePeriods | null> {
  if (!(await hasMarksTable(store))) return null;
  const marks = await store.all<{ id: number; batch: number | null; d: string | null; tables: string }>(
    "SELECT id, batch, strftime(from_date, '%Y-%m-%d') AS d, tables FROM stale_period ORDER BY id",
  );
  if (marks.length === 0) return null;
  const everyPeriod = marks.some((m) => m.d === null);
  const everyIndicator = marks.some((m) => m.tables === '');
  const dates = marks.flatMap((m) => (m.d === null ? [] : [m.d])).sort();
  const tables = new Set(marks.flatMap((m) => (m.tables === '' ? [] : m.tables.split(','))));
  return {
    upTo: Math.max(...marks.map((m) => m.id)),
    fromDate: everyPeriod ? null : (dates[0] ?? null),
    tables: everyIndicator ? undefined : [...tables].sort(),
    batches: [...new Set(marks.flatMap((m) => (m.batch === null ? [] : [m.batch])))],
  };
}

/** Removes the marks up to `upTo` once their periods are computed again (idempotent: a second call removes nothing). */
export async function clearStalePeriods(store: SqlStore, upTo: number): Promise<void> {
  await store.run('DELETE FROM stale_period WHERE id <= ?', [upTo]);
}
