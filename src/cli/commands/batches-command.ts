/** @module `msd batches` and `msd batches remove`: the ingested batches, what they replaced and the reasons records were quarantined (positions and reasons only, never personal data), tables in Dutch, JSON with the stored codes; removing an aggregate import. */
import { auditCli } from '../cli-audit.ts';
import { createApp } from '../../app.ts';
import { CliError } from '../../errors.ts';
import { removeAggregateBatch } from '../../ingest/aggregates/aggregate-batch-removal.ts';
import { listBatches, listQuarantine } from '../../ingest/batch-report.ts';
import { batchStatusLabel, t } from '../../views/messages.ts';
import { columnHeader, type ColumnKey } from '../../views/table-labels.ts';
import {
  batchRemoved,
  NOTHING_TO_RECOMPUTE,
  noSuchBatch,
  recordBatchNotRemovable,
} from '../../ingest/batch-reasons.ts';
import { formatTable, type CliIo } from '../cli-output.ts';

/** Table columns: the row field each shows and its header. */
const BATCH_COLUMNS: ReadonlyArray<[string, ColumnKey]> = [
  ['id', 'batch'],
  ['received_at', 'receivedAt'],
  ['source', 'source'],
  ['file', 'file'],
  ['status', 'result'],
  ['read', 'read'],
  ['stored', 'stored'],
  ['replaced', 'replaced'],
  ['quarantined', 'quarantined'],
  ['replaces', 'replaces'],
];
const QUARANTINE_COLUMNS: ReadonlyArray<[string, ColumnKey]> = [
  ['batch', 'batch'],
  ['file', 'file'],
  ['position', 'position'],
  ['reason', 'reason'],
];

const table = (rows: readonly Record<string, string | number | null>[], columns: typeof BATCH_COLUMNS) =>
  formatTable(
    rows,
    columns.map(([field]) => field),
    columns.map(([, header]) => columnHeader(header)),
  );

export async function runBatches(
  options: { data: string; format: 'table' | 'json' },
  io: CliIo,
): Promise<void> {
  const app = await createApp({ dataDir: options.data, readOnly: true });
  try {
    const batches = await listBatches(app.store);
    const quarantine = await listQuarantine(app.store, { limit: 200 });
    if (options.format === 'json') {
      io.out(JSON.stringify({ batches, quarantine }, null, 2));
    } else if (batches.length > 0) {
      io.out(
        table(
          batches.map((b) => ({ ...b, status: batchStatusLabel(b.status) })),
          BATCH_COLUMNS,
        ),
      );
      if (quarantine.length > 0) {
        io.out('');
        io.out(table(quarantine, QUARANTINE_COLUMNS));
      }
    }
    if (batches.length === 0) io.err(`msd: ${t('noBatchesCli')}`);
  } finally {
    app.close();
  }
}

/** `msd batches remove <id>`: removes an aggregate batch and says what went; a record-level batch is refused (exit 1). */
export async function runBatchRemove(id: number, options: { data: string }, io: CliIo): Promise<void> {
  const app = await createApp({ dataDir: options.data });
  try {
    const removal = await removeAggregateBatch(app.store, id);
    if (removal.kind === 'not-found') throw new CliError(noSuchBatch(String(id)), 1);
    if (removal.kind === 'record-level') throw new CliError(recordBatchNotRemovable(id, removal.source), 1);
    await auditCli(app.store, 'batch.remove', `batch ${id} (${removal.file})`);
    io.out(batchRemoved(removal.batch, removal.file, removal.figures, removal.quarantined));
    io.out(NOTHING_TO_RECOMPUTE);
  } finally {
    app.close();
  }
}
