/** @module `msd ingest`: ingests files/folders as batches and prints a summary per file; non-zero exit only on fatal errors (or any quarantine with --strict). */
import { createApp } from '../../app.ts';
import { loadCatalogue } from '../../catalogue/local-catalogue.ts';
import { recomputeAffected } from '../../engine/cube-builder.ts';
import { refreshOutlook } from '../../engine/outlook-refresh.ts';
import { affectedData } from '../../ingest/affected-periods.ts';
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

/** Recomputes the periods the stored batches touch, for the indicators reading the tables they changed (incremental), unless nothing was stored. */
async function recomputeAfterIngest(
  store: SqlStore,
  results: readonly FileResult[],
  io: CliIo,
): Promise<void> {
  const batches = results
    .filter((r) => r.status === 'stored' && r.batch !== null)
    .map((r) => r.batch as number);
  const affected = await affectedData(store, batches);
  if (affected === null) return;
  const { fromDate, tables } = affected;
  const result = await recomputeAffected(store, { fromDate, tables, catalogue: await loadCatalogue(store) });
  io.out(
    `Recomputed periods from ${fromDate} on: ${result.rows.toLocaleString('en')} values for ${result.indicators} indicators reading ${tables.join(', ')} in ${(result.ms / 1000).toFixed(1)} s.`,
  );
  io.out((await refreshOutlook(store)).summary);
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
    for (const r of results) if (r.error) io.err(`rejected: ${r.error}`);
    await recomputeAfterIngest(app.store, results, io);
    const rejected = results.some((r) => r.status === 'rejected');
    const quarantined = results.some((r) => r.counts.quarantined > 0);
    return rejected || (options.strict && quarantined) ? 1 : 0;
  } finally {
    app.close();
  }
}
