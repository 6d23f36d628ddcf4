/** @module `msd ingest`: ingests files/folders as batches and prints a summary per file; non-zero exit only on fatal errors (or any quarantine with --strict). */
import { createApp } from '../../app.ts';
import { basename } from 'node:path';
import { finishPendingRecompute } from '../../engine/pending-recompute.ts';
import { pendingFinished, replacedText } from '../../ingest/batch-reasons.ts';
import { refreshOutlook } from '../../engine/outlook-refresh.ts';
import type { SqlStore } from '../../store/sql-store.ts';
import type { FileResult } from '../../ingest/batch.ts';
import { loadProfileFile } from '../../ingest/csv/profile-registry.ts';
import { ingestPaths } from '../../ingest/ingest-paths.ts';
import { formatTable, type CliIo } from '../cli-output.ts';

export interface IngestCommandOptions {
  data: string;
  profile?: string[] | undefined;
  strict?: boolean | undefined;
  xsdDir?: string | undefined;
}

export function summariseResults(results: readonly FileResult[]): Record<string, string | number>[] {
  return results.map((r) => ({
    file: r.file,
    source: r.source,
    status: r.status,
    ...r.counts,
    ...(r.error ? { error: r.error } : {}),
  }));
}

const MESSAGE_COLUMNS = ['read', 'stored', 'replaced', 'skipped', 'quarantined', 'duplicate'] as const;

/** Totals per iJw/iWmo message type (JW301, WMO323, JW302 …) over all files, for the summary the CLI prints. */
export function messageTypeSummary(results: readonly FileResult[]): Record<string, string | number>[] {
  const totals = new Map<string, Record<string, number>>();
  for (const result of results) {
    const perType = (result.counts as { messages?: Record<string, Record<string, number>> }).messages ?? {};
    for (const [type, counts] of Object.entries(perType)) {
      const total = totals.get(type) ?? Object.fromEntries(MESSAGE_COLUMNS.map((c) => [c, 0]));
      for (const column of MESSAGE_COLUMNS) total[column] = (total[column] ?? 0) + (counts[column] ?? 0);
      totals.set(type, total);
    }
  }
  return [...totals.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([message, counts]) => ({ message, ...counts }));
}

/**
 * Recomputes what the stored batches made stale (their `stale_period` marks, written with each batch), plus anything
 * an earlier, interrupted run left pending: the periods from the earliest changed date on, of the indicators reading
 * the changed tables (incremental).
 */
async function recomputeAfterIngest(
  store: SqlStore,
  results: readonly FileResult[],
  io: CliIo,
): Promise<void> {
  const finished = await finishPendingRecompute(store);
  if (finished === null) return;
  const { stale, rows, indicators, ms } = finished;
  const periods = stale.fromDate === null ? 'every period' : `periods from ${stale.fromDate} on`;
  const tables = stale.tables === undefined ? '' : ` reading ${stale.tables.join(', ')}`;
  io.out(
    `Recomputed ${periods}: ${rows.toLocaleString('en')} values for ${indicators} indicators${tables} in ${(ms / 1000).toFixed(1)} s.`,
  );
  const thisRun = new Set(results.filter((r) => r.status === 'stored').map((r) => r.batch));
  const earlier = stale.batches.filter((b) => !thisRun.has(b));
  if (earlier.length > 0) io.out(pendingFinished(earlier));
  io.out((await refreshOutlook(store)).summary);
}

/** The earlier quarantined or rejected versions the stored files replaced, one line each. */
function reportReplaced(results: readonly FileResult[], io: CliIo): void {
  for (const r of results)
    for (const replaced of r.replaces ?? []) io.out(`${basename(r.file)}: ${replacedText(replaced)}`);
}

/** Returns the exit code: 1 when a file was rejected (or, with --strict, when anything was quarantined). */
export async function runIngest(paths: string[], options: IngestCommandOptions, io: CliIo): Promise<number> {
  const app = await createApp({ dataDir: options.data });
  try {
    const profiles = options.profile?.map(loadProfileFile);
    const results = await ingestPaths(paths, {
      store: app.store,
      pseudonymiser: await app.pseudonymiser(),
      gemeente: await app.gemeente(),
      by: app.actor,
      strict: options.strict === true,
      xsdDir: options.xsdDir,
      ...(profiles ? { profiles } : {}),
    });
    io.out(
      formatTable(summariseResults(results), [
        'file',
        'source',
        'status',
        'read',
        'stored',
        'replaced',
        'skipped',
        'quarantined',
      ]),
    );
    const perType = messageTypeSummary(results);
    if (perType.length > 0) io.out(`\n${formatTable(perType, ['message', ...MESSAGE_COLUMNS])}`);
    reportReplaced(results, io);
    for (const r of results) if (r.error) io.err(`rejected: ${r.error}`);
    await recomputeAfterIngest(app.store, results, io);
    const rejected = results.some((r) => r.status === 'rejected');
    const quarantined = results.some((r) => r.counts.quarantined > 0);
    return rejected || (options.strict && quarantined) ? 1 : 0;
  } finally {
    app.close();
  }
}
