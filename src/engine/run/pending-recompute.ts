/**
 * @module Finishing the recompute stored batches left pending (their `stale_period` marks), e.g. after an ingest
 * that was killed between storing its batches and recomputing; a full compute settles the marks too. Commands that
 * read or compute figures call this first, so figures are never silently missing.
 */
import { loadCatalogue } from '../../catalogue/local-catalogue.ts';
import { crashPoint } from '../../crash-point.ts';
import { refreshDeliveryDate } from '../../ingest/delivery-date.ts';
import { clearStalePeriods, readStalePeriods, type StalePeriods } from '../../ingest/stale-periods.ts';
import type { SqlStore } from '../../store/sql-store.ts';
import { computeCube, recomputeAffected, type ComputeCubeResult } from './cube-builder.ts';

export interface FinishedRecompute extends ComputeCubeResult {
  /** What the marks asked for: periods from `fromDate` (null: all) of indicators reading `tables` (undefined: all). */
  readonly stale: StalePeriods;
}

/**
 * Recomputes what the stale marks name (incrementally, or fully when a mark covers every period) and then clears
 * those marks; null when nothing is stale. The recompute is idempotent, so a run killed before the marks are
 * cleared is simply repeated by the next command.
 */
export async function finishPendingRecompute(
  store: SqlStore,
  options: { now?: Date } = {},
): Promise<FinishedRecompute | null> {
  const stale = await readStalePeriods(store);
  if (stale === null) return null;
  // The delivery date is refreshed after the last file of an ingest: an ingest killed before that left it behind.
  await refreshDeliveryDate(store);
  const catalogue = await loadCatalogue(store);
  const common = { catalogue, ...(options.now ? { now: options.now } : {}) };
  const result =
    stale.fromDate === null
      ? await computeCube(store, common)
      : await recomputeAffected(store, {
          ...common,
          fromDate: stale.fromDate,
          ...(stale.tables === undefined ? {} : { tables: stale.tables }),
        });
  crashPoint('recompute-before-clear');
  await clearStalePeriods(store, stale.upTo);
  return { ...result, stale };
}

/**
 * Runs a full compute (`work`) and then clears the stale marks that existed before it began: a full compute
 * recomputes every period, so it settles them (marks written meanwhile by a handed-over ingest stay).
 */
export async function settlingStalePeriods<T>(store: SqlStore, work: () => Promise<T>): Promise<T> {
  const stale = await readStalePeriods(store);
  if (stale !== null) await refreshDeliveryDate(store);
  const result = await work();
  if (stale !== null) await clearStalePeriods(store, stale.upTo);
  return result;
}

/** Whether figures are pending (for a read-only open, which cannot finish them). */
export async function hasPendingRecompute(store: SqlStore): Promise<boolean> {
  return (await readStalePeriods(store)) !== null;
}
