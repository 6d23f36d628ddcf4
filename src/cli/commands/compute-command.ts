/** @module `msd compute`: computes every catalogue indicator into the results cube. */
import { createApp } from '../../app.ts';
import { loadCatalogue } from '../../catalogue/local-catalogue.ts';
import { computeCube } from '../../engine/cube-builder.ts';
import type { CliIo } from '../cli-output.ts';

export async function runCompute(options: { data: string }, io: CliIo): Promise<void> {
  const app = await createApp({ dataDir: options.data });
  try {
    const result = await computeCube(app.store, { catalogue: await loadCatalogue(app.store) });
    io.out(
      `Computed ${result.indicators} indicators: ${result.rows.toLocaleString('en')} values in ${(result.ms / 1000).toFixed(1)} s.`,
    );
  } finally {
    app.close();
  }
}
