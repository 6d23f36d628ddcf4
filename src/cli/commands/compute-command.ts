/** @module `msd compute`: computes every catalogue indicator into the results cube (settling any figures an interrupted ingest left pending). */
import { createApp } from '../../app.ts';
import { loadCatalogue } from '../../catalogue/local-catalogue.ts';
import { computeCube } from '../../engine/run/cube-builder.ts';
import { settlingStalePeriods } from '../../engine/run/pending-recompute.ts';
import { refreshOutlook } from '../../engine/outlook-refresh.ts';
import { refreshDeliveryDate } from '../../ingest/delivery-date.ts';
import { formatNumber, formatSeconds, t } from '../../views/messages.ts';
import type { CliIo } from '../cli-output.ts';

export async function runCompute(options: { data: string }, io: CliIo): Promise<void> {
  const app = await createApp({ dataDir: options.data });
  try {
    // The per-source delivery dates bound each indicator's periods: measured again so that a store ingested before
    // they existed gets them (an ingest refreshes them too).
    await refreshDeliveryDate(app.store);
    // A full compute also finishes what an interrupted ingest left pending, and clears those marks.
    const result = await settlingStalePeriods(app.store, async () =>
      computeCube(app.store, { catalogue: await loadCatalogue(app.store) }),
    );
    io.out(
      t('cliComputed', {
        indicators: formatNumber(result.indicators),
        rows: formatNumber(result.rows),
        seconds: formatSeconds(result.ms),
      }),
    );
    io.out((await refreshOutlook(app.store)).summary);
  } finally {
    app.close();
  }
}
