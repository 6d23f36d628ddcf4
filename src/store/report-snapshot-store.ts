/** @module Reads and writes frozen report snapshots (migration 11): stored once under their content hash, never changed. */
import type { SqlStore } from './sql-store.ts';

export interface SnapshotRow {
  hash: string;
  moment: string;
  period: string;
  area: string;
  createdAt: string;
}

/** False for a database opened read-only before migration 11 ran (no snapshot can exist there yet). */
async function hasSnapshotTable(store: SqlStore): Promise<boolean> {
  const [row] = await store.all<{ n: number }>(
    "SELECT count(*) AS n FROM information_schema.tables WHERE table_name = 'report_snapshot'",
  );
  return (row?.n ?? 0) > 0;
}

/** Stores a snapshot; the same content a second time (same hash) adds nothing. Returns whether it was new. */
export async function saveSnapshot(
  store: SqlStore,
  row: SnapshotRow & { content: string },
): Promise<boolean> {
  return store.transaction(async () => {
    const [existing] = await store.all<{ n: number }>(
      'SELECT count(*) AS n FROM report_snapshot WHERE hash = ?',
      [row.hash],
    );
    if ((existing?.n ?? 0) > 0) return false;
    await store.run('INSERT INTO report_snapshot VALUES (?, ?, ?, ?, ?, ?)', [
      row.hash,
      row.moment,
      row.period,
      row.area,
      row.createdAt,
      row.content,
    ]);
    return true;
  });
}

/** Snapshots found by a full hash or a unique prefix of at least 8 characters (as `git` abbreviates). */
export async function findSnapshots(
  store: SqlStore,
  hashOrPrefix: string,
): Promise<Array<SnapshotRow & { content: string }>> {
  if (!(await hasSnapshotTable(store))) return [];
  const rows = await store.all<{
    hash: string;
    moment: string;
    period: string;
    area: string;
    created_at: string;
    content: string;
  }>('SELECT * FROM report_snapshot WHERE starts_with(hash, ?) ORDER BY hash LIMIT 2', [
    hashOrPrefix.toLowerCase(),
  ]);
  return rows.map((r) => ({
    hash: r.hash,
    moment: r.moment,
    period: r.period,
    area: r.area,
    createdAt: r.created_at,
    content: r.content,
  }));
}

/** Every snapshot, oldest first. */
export async function listSnapshots(store: SqlStore): Promise<SnapshotRow[]> {
  if (!(await hasSnapshotTable(store))) return [];
  const rows = await store.all<{
    hash: string;
    moment: string;
    period: string;
    area: string;
    created_at: string;
  }>('SELECT hash, moment, period, area, created_at FROM report_snapshot ORDER BY created_at, hash');
  return rows.map((r) => ({
    hash: r.hash,
    moment: r.moment,
    period: r.period,
    area: r.area,
    createdAt: r.created_at,
  }));
}
