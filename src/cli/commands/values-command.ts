/** @module `msd values import`: imports files of aggregate figures (survey, GGD, CBS-like tables) as batches and prints a summary per file. */
import { auditCli } from '../cli-audit.ts';
import { createApp } from '../../app.ts';
import { loadCatalogue } from '../../catalogue/local-catalogue.ts';
import type { FileResult } from '../../ingest/batch.ts';
import { importValuesFile } from '../../ingest/aggregates/values-import.ts';
import { batchResultsTable, reportBatchOutcome } from '../batch-results-output.ts';
import type { CliIo } from '../cli-output.ts';

export interface ValuesImportCommandOptions {
  data: string;
  /** Source for lines with an empty `source` cell. */
  source?: string | undefined;
}

/** Prints one summary line per file (and what it replaced, and the rejection reason); returns 1 when a file was rejected. */
export function reportResults(results: readonly FileResult[], io: CliIo): number {
  io.out(batchResultsTable(results));
  return reportBatchOutcome(results, io);
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
    await auditCli(app.store, 'ingest', `waarden: ${files.join(', ')}`);
    return reportResults(results, io);
  } finally {
    app.close();
  }
}
