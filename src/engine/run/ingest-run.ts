/** @module One ingest run as `msd ingest` and the browser upload both do it: ingest the files as batches, audit the run, recompute what they made stale and refresh the outlook. */
import type { FileResult } from '../../ingest/batch.ts';
import { ingestPaths, type IngestOptions } from '../../ingest/ingest-paths.ts';
import { refreshOutlook } from '../outlook-refresh.ts';
import { finishPendingRecompute, type FinishedRecompute } from './pending-recompute.ts';

export interface IngestRunSteps {
  /** Writes the run's `ingest` audit entry (the CLI as `cli:<user>`, the web as `user:<name>` from its address). */
  audit(object: string): Promise<void>;
  /** Called once the files are stored or rejected, before the recompute starts (the CLI prints its tables here). */
  ingested?(results: readonly FileResult[]): void;
}

export interface IngestRun {
  readonly results: readonly FileResult[];
  /** What was recomputed (this run's batches and any an interrupted run left pending); null when nothing was stale. */
  readonly recompute: FinishedRecompute | null;
  /** The outlook refresh's one-line Dutch summary; null when nothing was recomputed. */
  readonly outlookSummary: string | null;
}

/** The audit object of an ingest run: how many files, and the batches stored or rejected (no contents). */
export function ingestAuditObject(results: readonly FileResult[]): string {
  const batches = results.flatMap((r) => (r.batch === null ? [] : [`${r.batch} ${r.status}`]));
  return `${results.length} bestand(en); batches: ${batches.join(', ') || 'geen'}`;
}

/**
 * Ingests `paths` (files, folders, zips) as batches, audits the run, then recomputes what the stored batches made
 * stale (their `stale_period` marks) plus anything an earlier, interrupted run left pending, and refreshes the
 * nowcast, forecasts and signals. A bad file is a rejected batch, never half-stored (batch.ts).
 */
export async function ingestAndRecompute(
  paths: readonly string[],
  options: IngestOptions,
  steps: IngestRunSteps,
): Promise<IngestRun> {
  const results = await ingestPaths(paths, options);
  await steps.audit(ingestAuditObject(results));
  steps.ingested?.(results);
  const recompute = await finishPendingRecompute(options.store);
  const outlookSummary = recompute === null ? null : (await refreshOutlook(options.store)).summary;
  return { results, recompute, outlookSummary };
}
