/** @module `msd areas define|list`: custom areas (kernen, gebieden) as sets of wijken/buurten of the deployment's gemeente, and the list of all areas (a Dutch table, or JSON with the stored codes). */
import { auditCli } from '../cli-audit.ts';
import { createApp } from '../../app.ts';
import { CliError } from '../../errors.ts';
import {
  CustomAreaError,
  defineCustomAreasFromFile,
  listAreas,
} from '../../ingest/aggregates/custom-areas.ts';
import { t } from '../../views/messages.ts';
import { areaLevelLabel, columnHeader } from '../../views/table-labels.ts';
import { formatTable, type CliIo } from '../cli-output.ts';

export async function runAreasDefine(file: string, options: { data: string }, io: CliIo): Promise<void> {
  const app = await createApp({ dataDir: options.data });
  try {
    const result = await defineCustomAreasFromFile(app.store, file, await app.gemeente());
    await auditCli(app.store, 'area.change', [...result.created, ...result.replaced].join(', '));
    if (result.created.length > 0) io.out(t('cliDefined', { ids: result.created.join(', ') }));
    if (result.replaced.length > 0) io.out(t('cliReplaced', { ids: result.replaced.join(', ') }));
    io.out(t('cliComputeAreas'));
  } catch (error) {
    if (error instanceof CustomAreaError)
      throw new CliError(`${error.file}:\n  - ${error.problems.join('\n  - ')}`, 1);
    throw error;
  } finally {
    app.close();
  }
}

const AREA_COLUMNS = ['code', 'name', 'level', 'parent', 'inhabitants', 'members'] as const;

export async function runAreasList(
  options: { data: string; format: 'table' | 'json' },
  io: CliIo,
): Promise<void> {
  const app = await createApp({ dataDir: options.data, readOnly: true });
  try {
    const areas = await listAreas(app.store);
    if (options.format === 'json') io.out(JSON.stringify(areas, null, 2));
    else if (areas.length > 0)
      io.out(
        formatTable(
          areas.map((a) => ({ ...a, level: areaLevelLabel(a.level) })),
          AREA_COLUMNS,
          AREA_COLUMNS.map((c) => columnHeader(c)),
        ),
      );
    if (areas.length === 0) io.err(`msd: ${t('noAreas')}`);
  } finally {
    app.close();
  }
}
