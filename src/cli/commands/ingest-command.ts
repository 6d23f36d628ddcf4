/** @module `msd ingest`: ingests files/folders as batches and prints a summary per file; non-zero exit only on fatal errors (or any quarantine with --strict). */
import { auditCli } from '../cli-audit.ts';
import { createApp } from '../../app.ts';
import { ingestAndRecompute, type IngestRun } from '../../engine/run/ingest-run.ts';
import { pendingFinished } from '../../ingest/batch-reasons.ts';
import type { FileResult } from '../../ingest/batch.ts';
import { loadProfileFile } from '../../ingest/csv/profile-registry.ts';
import { formatDate, formatNumber, formatSeconds, t } from '../../views/messages.ts';
import type { ColumnKey } from '../../views/table-labels.ts';
import { batchResultsTable, labelledTable, reportBatchOutcome } from '../batch-results-output.ts';
import type { CliIo } from '../cli-output.ts';

export interface IngestCommandOptions {
  data: string;
  profile?: string[] | undefined;
  strict?: boolean | undefined;
  xsdDir?: string | undefined;
}

const MESSAGE_COLUMNS = ['read', 'stored', 'replaced', 'skipped', 'quarantined', 'duplicate'] as const;

/** The per-message-type table's columns: the message type, then its counts, under Dutch headers. */
const MESSAGE_TABLE_COLUMNS: ReadonlyArray<[string, ColumnKey]> = [
  ['message', 'message'],
  ...MESSAGE_COLUMNS.map((c): [string, ColumnKey] => [c, c]),
];

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

/** Prints what the recompute after the ingest did (its periods, rows, seconds), earlier pending batches and the outlook. */
function printRecompute(run: IngestRun, io: CliIo): void {
  if (run.recompute === null) return;
  const { stale, rows, indicators, ms } = run.recompute;
  const periods =
    stale.fromDate === null ? t('cliEveryPeriod') : t('cliPeriodsFrom', { date: formatDate(stale.fromDate) });
  const tables = stale.tables === undefined ? '' : t('cliReadingTables', { tables: stale.tables.join(', ') });
  io.out(
    t('cliRecomputed', {
      periods,
      rows: formatNumber(rows),
      indicators: formatNumber(indicators),
      tables,
      seconds: formatSeconds(ms),
    }),
  );
  const thisRun = new Set(run.results.filter((r) => r.status === 'stored').map((r) => r.batch));
  const earlier = stale.batches.filter((b) => !thisRun.has(b));
  if (earlier.length > 0) io.out(pendingFinished(earlier));
  if (run.outlookSummary !== null) io.out(run.outlookSummary);
}

/** Returns the exit code: 1 when a file was rejected (or, with --strict, when anything was quarantined). */
export async function runIngest(paths: string[], options: IngestCommandOptions, io: CliIo): Promise<number> {
  const app = await createApp({ dataDir: options.data });
  try {
    const profiles = options.profile?.map(loadProfileFile);
    const run = await ingestAndRecompute(
      paths,
      {
        store: app.store,
        pseudonymiser: await app.pseudonymiser(),
        gemeente: await app.gemeente(),
        by: app.actor,
        strict: options.strict === true,
        xsdDir: options.xsdDir,
        ...(profiles ? { profiles } : {}),
      },
      {
        audit: (object) => auditCli(app.store, 'ingest', object),
        ingested(results) {
          io.out(batchResultsTable(results, true));
          const perType = messageTypeSummary(results);
          if (perType.length > 0) io.out(`\n${labelledTable(perType, MESSAGE_TABLE_COLUMNS)}`);
          reportBatchOutcome(results, io);
        },
      },
    );
    printRecompute(run, io);
    // The same judgement reportBatchOutcome printed: a rejected file makes the exit code 1.
    const rejected = run.results.some((r) => r.status === 'rejected');
    const quarantined = run.results.some((r) => r.counts.quarantined > 0);
    return rejected || (options.strict && quarantined) ? 1 : 0;
  } finally {
    app.close();
  }
}
