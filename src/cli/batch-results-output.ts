/** @module The per-file summary of ingested or imported batches (Dutch headers and results), shared by `msd ingest`, `values import` and `cbs import`. */
import { basename } from 'node:path';
import { replacedText } from '../ingest/batch-reasons.ts';
import type { FileResult } from '../ingest/batch.ts';
import { batchStatusLabel, sourceKindName, t } from '../views/messages.ts';
import { columnHeader, type ColumnKey } from '../views/table-labels.ts';
import { formatTable, type CliIo } from './cli-output.ts';

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

/** A table of row objects under Dutch column headers, `columns` naming each field and its header. */
export function labelledTable(
  rows: readonly Record<string, string | number>[],
  columns: ReadonlyArray<[string, ColumnKey]>,
): string {
  return formatTable(
    rows,
    columns.map(([field]) => field),
    columns.map(([, header]) => columnHeader(header)),
  );
}

/** One line per file: name, (with `withSource` the kind of source,) result in Dutch and the counts. */
export function batchResultsTable(results: readonly FileResult[], withSource = false): string {
  const columns: ReadonlyArray<[string, ColumnKey]> = withSource
    ? [SUMMARY_COLUMNS[0]!, ['source', 'source'], ...SUMMARY_COLUMNS.slice(1)]
    : SUMMARY_COLUMNS;
  return labelledTable(
    results.map((r) => ({
      file: r.file,
      source: sourceKindName(r.source),
      status: batchStatusLabel(r.status),
      ...r.counts,
    })),
    columns,
  );
}

/**
 * What follows the table: the earlier versions each stored file replaced, the reason of each rejection (stderr)
 * and, when any line went to quarantine, where to read why. Returns 1 when a file was rejected, else 0.
 */
export function reportBatchOutcome(results: readonly FileResult[], io: CliIo): number {
  for (const r of results)
    for (const replaced of r.replaces ?? []) io.out(`${basename(r.file)}: ${replacedText(replaced)}`);
  for (const r of results) if (r.error) io.err(t('cliRejected', { reason: r.error }));
  if (results.some((r) => r.counts.quarantined > 0)) io.out(t('cliQuarantineHint'));
  return results.some((r) => r.status === 'rejected') ? 1 : 0;
}
