/** @module The retention cut-off in the store (`retention_cutoff`, migration 14): the rule in force, read by every compute path and by ingest, and recorded by `msd purge`. */
import type { RetentionRule } from '../domain/retention-rule.ts';
import type { SqlStore } from '../store/sql-store.ts';

/** Whether the store has the table (a database opened read-only before migration 14 has not). */
async function hasRetentionTable(store: SqlStore): Promise<boolean> {
  const [row] = await store.all<{ n: number }>(
    "SELECT count(*) AS n FROM information_schema.tables WHERE table_schema = 'main' AND table_name = 'retention_cutoff'",
  );
  return (row?.n ?? 0) > 0;
}

/** The rule in force: the latest cut-off and the latest horizon; null when nothing was ever purged. */
export async function readRetentionRule(store: SqlStore): Promise<RetentionRule | null> {
  if (!(await hasRetentionTable(store))) return null;
  const [row] = await store.all<{ cutoff: string | null; horizon: string | null }>(
    `SELECT strftime(max(cutoff), '%Y-%m-%d') AS cutoff, strftime(max(horizon), '%Y-%m-%d') AS horizon
     FROM retention_cutoff`,
  );
  return row?.cutoff && row.horizon ? { cutoff: row.cutoff, horizon: row.horizon } : null;
}

/** Records a purge's rule (call inside the purge's transaction). */
export async function recordRetentionRule(
  store: SqlStore,
  rule: RetentionRule,
  by: string,
  at: Date,
): Promise<void> {
  await store.run(
    'INSERT INTO retention_cutoff (cutoff, horizon, set_at, set_by) VALUES (CAST(? AS DATE), CAST(? AS DATE), ?, ?)',
    [rule.cutoff, rule.horizon, at.toISOString(), by],
  );
}
