/** @module `msd values import`: imports files of aggregate figures (survey, GGD, CBS-like tables) as batches and prints a summary per file. */
import { basename } from 'node:path';
import { createApp } from '../../app.ts';
import { replacedText } from '../../ingest/batch-reasons.ts';
import { loadCatalogue } from '../../catalogue/local-catalogue.ts';
import type { FileResult } from '../../ingest/batch.ts';
import { importValuesFile } from '../../ingest/aggregates/values-import.ts';
import { batchStatusLabel, t } from '../../views/messages.ts';
import { columnHeader, type ColumnKey } from '../../views/table-labels.ts';
import { formatTable, type CliIo } from '../cli-output.ts';

export interface ValuesImportCommandOptions {
  data: string;
  /** Source for lines with an empty `source` cell. */
  source?: string | undefined;
}

/** Summary columns: the result field each shows and its Dutch header. */
export const SUMMARY_COLUMNS: ReadonlyArray<[string, ColumnKey]> = [
  ['file', 'file'],
  ['status', 'result'],
  ['read', 'read'],
  ['stored', 'stored'],
  ['replaced', 'replaced'],
  ['skipped', 'skipped'],
  ['quarantined', 'quarantined'],
];

/** Prints one summary line per file (and what it replaced, and the rejection reason); returns 1 when a file was rejected. */
export function reportResults(results: readonly FileResult[], io: CliIo): number {
  io.out(
    formatTable(
      results.map((r) => ({ file: r.file, status: batchStatusLabel(r.status), ...r.counts })),
      SUMMARY_COLUMNS.map(([field]) => field),
      SUMMARY_COLUMNS.map(([, header]) => columnHeader(header)),
    ),
  );
  for (const r of results)
    for (const replaced of r.replaces ?? []) io.out(`${basename(r.file)}: ${replacedText(replaced)}`);
  for (const r of results) if (r.error) io.err(t('cliRejected', { reason: r.error }));
  if (results.some((r) => r.counts.quarantined > 0)) io.out(t('cliQuarantineHint'));
  return results.some((r) => r.status === 'rejected') ? 1 : 0;
}

export async function runValuesImport(
  files: readonly string[],
  options: ValuesImportCommandOptions,
  io: CliIo,
): Promise<number> {
  const app = await createApp({ dataDir: options.data });
  try {
    const catalogue = await loadCatalogue(app.store);
    const results: FileResult[] = [];
    for (const file of files)
      results.push(
        await importValuesFile(app.store, file, { catalogue, by: app.actor, source: options.source }),
      );
    return reportResults(results, io);
  } finally {
    app.close();
  }
}
