/** @module `msd cbs import`: imports a downloaded CBS StatLine table (bulk CSV or OData JSON) through a column mapping as a batch. */
import { auditCli } from '../cli-audit.ts';
import { createApp } from '../../app.ts';
import { loadCatalogue } from '../../catalogue/local-catalogue.ts';
import { parsePeriod } from '../../domain/period.ts';
import { CliError } from '../../errors.ts';
import { deploymentGemeente } from '../../ingest/load-reference-areas.ts';
import { importCbsTable } from '../../ingest/cbs/cbs-import.ts';
import { loadCbsMappingFile } from '../../ingest/cbs/cbs-mapping.ts';
import { t } from '../../views/messages.ts';
import type { CliIo } from '../cli-output.ts';
import { reportResults } from './values-command.ts';

export interface CbsImportCommandOptions {
  data: string;
  mapping?: string | undefined;
  period?: string | undefined;
  allAreas?: boolean | undefined;
}

export async function runCbsImport(
  file: string,
  options: CbsImportCommandOptions,
  io: CliIo,
): Promise<number> {
  if (options.period !== undefined && parsePeriod(options.period) === undefined)
    throw new CliError(t('cliInvalidPeriod', { period: options.period }));
  const mapping = options.mapping === undefined ? undefined : loadCbsMappingFile(options.mapping);
  const app = await createApp({ dataDir: options.data });
  try {
    const result = await importCbsTable(app.store, file, {
      catalogue: await loadCatalogue(app.store),
      by: app.actor,
      gemeente: await deploymentGemeente(app.store),
      mapping,
      period: options.period === undefined ? undefined : parsePeriod(options.period)!.id,
      allAreas: options.allAreas === true,
    });
    await auditCli(app.store, 'ingest', `CBS ${result.table}: ${file}`);
    io.out(`CBS ${result.table}: ${file}`);
    return reportResults([result], io);
  } finally {
    app.close();
  }
}
