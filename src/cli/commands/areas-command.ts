/** @module `msd areas define|list`: custom areas (kernen, gebieden) as sets of wijken/buurten of the deployment's gemeente, and the list of all areas. */
import { createApp } from '../../app.ts';
import { CliError } from '../../errors.ts';
import {
  CustomAreaError,
  defineCustomAreasFromFile,
  listAreas,
} from '../../ingest/aggregates/custom-areas.ts';
import { formatTable, type CliIo } from '../cli-output.ts';

export async function runAreasDefine(file: string, options: { data: string }, io: CliIo): Promise<void> {
  const app = await createApp({ dataDir: options.data });
  try {
    const result = await defineCustomAreasFromFile(app.store, file, await app.gemeente());
    if (result.created.length > 0) io.out(`Defined: ${result.created.join(', ')}`);
    if (result.replaced.length > 0) io.out(`Replaced: ${result.replaced.join(', ')}`);
    io.out('Run `msd compute` to compute the indicators for these areas.');
  } catch (error) {
    if (error instanceof CustomAreaError)
      throw new CliError(`${error.file}:\n  - ${error.problems.join('\n  - ')}`, 1);
    throw error;
  } finally {
    app.close();
  }
}

export async function runAreasList(
  options: { data: string; format: 'table' | 'json' },
  io: CliIo,
): Promise<void> {
  const app = await createApp({ dataDir: options.data, readOnly: true });
  try {
    const areas = await listAreas(app.store);
    io.out(
      options.format === 'json'
        ? JSON.stringify(areas, null, 2)
        : formatTable(areas, ['code', 'name', 'level', 'parent', 'inhabitants', 'members']),
    );
  } finally {
    app.close();
  }
}
