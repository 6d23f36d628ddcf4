/** @module `msd batches`: the ingested batches and the reasons records were quarantined (positions and reasons only, never personal data). */
import { createApp } from '../../app.ts';
import { listBatches, listQuarantine } from '../../ingest/batch-report.ts';
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
