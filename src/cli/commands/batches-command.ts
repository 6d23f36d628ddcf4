/** @module `msd batches` and `msd batches remove`: the ingested batches, what they replaced and the reasons records were quarantined (positions and reasons only, never personal data); removing an aggregate import. */
import { createApp } from '../../app.ts';
import { CliError } from '../../errors.ts';
import { removeAggregateBatch } from '../../ingest/aggregates/aggregate-batch-removal.ts';
import { listBatches, listQuarantine } from '../../ingest/batch-report.ts';
import {
  batchRemoved,
  NOTHING_TO_RECOMPUTE,
  noSuchBatch,
  recordBatchNotRemovable,
} from '../../ingest/batch-reasons.ts';
import { formatTable, type CliIo } from '../cli-output.ts';

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
      return;
    }
    io.out(
      formatTable(batches, [
        'id',
        'received_at',
        'source',
        'file',
        'status',
        'read',
        'stored',
        'replaced',
        'quarantined',
        'replaces',
      ]),
    );
    if (quarantine.length > 0) {
      io.out('');
      io.out(formatTable(quarantine, ['batch', 'file', 'position', 'reason']));
    }
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
    io.out(batchRemoved(removal.batch, removal.file, removal.figures, removal.quarantined));
    io.out(NOTHING_TO_RECOMPUTE);
  } finally {
    app.close();
  }
}
