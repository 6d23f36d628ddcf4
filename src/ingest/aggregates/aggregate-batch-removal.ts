/** @module `msd batches remove`: takes an aggregate import (CBS table, values file) out again — its figures, quarantine rows and batch in one transaction; record-level batches are refused. */
import type { SqlStore } from '../../store/sql-store.ts';
import { VALUES_BATCH_SOURCE } from './values-import.ts';

/** Batch sources whose rows are aggregate figures (`cbs:<table>`, `values`): these can be removed. */
export const isAggregateSource = (source: string): boolean =>
  source === VALUES_BATCH_SOURCE || source.startsWith('cbs:');

export type BatchRemoval =
  | { kind: 'removed'; batch: number; file: string; source: string; figures: number; quarantined: number }
  | { kind: 'not-found'; batch: number }
  | { kind: 'record-level'; batch: number; source: string };

/**
 * Removes an aggregate batch: the imported figures it wrote (and that no later import replaced), its quarantine
 * rows, its details and the batch row, all in one transaction. Figures it had replaced of an earlier import are not
 * brought back (they were overwritten); the earlier file can be imported again. No computed figure depends on
 * imported ones (the engine reads only computed rows), so nothing is recomputed.
 */
export async function removeAggregateBatch(store: SqlStore, batch: number): Promise<BatchRemoval> {
  const [row] = await store.all<{ file: string; source: string }>(
    'SELECT file, source FROM batch WHERE id = ?',
    [batch],
  );
  if (row === undefined) return { kind: 'not-found', batch };
  if (!isAggregateSource(row.source)) return { kind: 'record-level', batch, source: row.source };
  const linked = `EXISTS (SELECT 1 FROM imported_value_batch l WHERE l.batch = ${Number(batch)}
    AND l.indicator = v.indicator AND l.period = v.period AND l.area = v.area AND l.breakdown_key = v.breakdown_key
    AND l.breakdown_value = v.breakdown_value AND l.source = v.source)`;
  return store.transaction(async () => {
    const [figures] = await store.all<{ n: number }>(
      `SELECT count(*) AS n FROM indicator_value v WHERE v.source <> 'computed' AND ${linked}`,
    );
    const [quarantined] = await store.all<{ n: number }>(
      'SELECT count(*) AS n FROM quarantine WHERE batch = ?',
      [batch],
    );
    await store.run(`DELETE FROM indicator_value v WHERE v.source <> 'computed' AND ${linked}`);
    for (const [table, column] of [
      ['imported_value_batch', 'batch'],
      ['quarantine', 'batch'],
      ['stale_period', 'batch'],
      ['batch_detail', 'batch'],
      ['batch', 'id'],
    ] as const)
      await store.run(`DELETE FROM ${table} WHERE ${column} = ?`, [batch]);
    return {
      kind: 'removed',
      batch,
      file: row.file,
      source: row.source,
      figures: figures?.n ?? 0,
      quarantined: quarantined?.n ?? 0,
    } as const;
  });
}
