/** @module `msd indicators list|show`: the catalogue, and published (or, with --exact, exact) values in the contract shape `[{indicator, period, area, breakdown, value, numerator, denominator, status}]`. */
import { createApp, createAppForFigures } from '../../app.ts';
import { loadCatalogue } from '../../catalogue/local-catalogue.ts';
import { normaliseAreaCode } from '../../domain/area-code.ts';
import { parsePeriod } from '../../domain/period.ts';
import { formatIndicatorValues, queryIndicatorValues } from '../../engine/indicator-query.ts';
import { CliError } from '../../errors.ts';
import { formatCsv, formatTable, type CliIo } from '../cli-output.ts';

export async function runIndicatorsList(
  options: { data: string; format: 'table' | 'json' },
  io: CliIo,
): Promise<void> {
  const app = await createApp({ dataDir: options.data, readOnly: true });
  let catalogue;
  try {
    catalogue = await loadCatalogue(app.store);
  } finally {
    app.close();
  }
  const rows = catalogue.map((d) => ({
    id: d.id,
    name: d.nameNl,
    domain: d.domain,
    unit: d.unit,
    periods: d.periodKinds.join(','),
    breakdowns: d.breakdowns.join(','),
  }));
  io.out(
    options.format === 'json'
      ? JSON.stringify(rows, null, 2)
      : formatTable(rows, ['id', 'name', 'domain', 'unit', 'periods', 'breakdowns']),
  );
}

export interface ShowOptions {
  data: string;
  period?: string;
  area?: string;
  breakdown?: string;
  exact?: boolean;
  /** 'computed', 'imported' or a source name; default: computed values, imported ones for periods not computed. */
  source?: string;
  format: 'table' | 'json' | 'csv';
}

const COLUMNS = [
  'indicator',
  'period',
  'area',
  'breakdown',
  'value',
  'numerator',
  'denominator',
  'status',
] as const;

export async function runIndicatorsShow(id: string, options: ShowOptions, io: CliIo): Promise<void> {
  const period = options.period === undefined ? undefined : parsePeriod(options.period);
  if (options.period !== undefined && period === undefined) {
    throw new CliError(`Invalid period "${options.period}" (use 2019, 2019-H1, 2019-Q3 or 2019-07).`);
  }
  // Figures an interrupted ingest left pending are finished first (or, when it cannot write, stderr says so).
  const app = await createAppForFigures({ dataDir: options.data }, (message) => io.err(`msd: ${message}`));
  try {
    const catalogue = await loadCatalogue(app.store);
    const definition = catalogue.find((d) => d.id === id);
    if (
      definition &&
      options.breakdown !== undefined &&
      !definition.breakdowns.includes(options.breakdown as never)
    ) {
      throw new CliError(
        `${id} has no breakdown "${options.breakdown}" (available: ${definition.breakdowns.join(', ') || 'none'}).`,
      );
    }
    const rows = await queryIndicatorValues(app.store, {
      indicator: id,
      ...(period ? { period: period.id } : {}),
      ...(options.area !== undefined ? { area: normaliseAreaCode(options.area) } : {}),
      breakdown: options.breakdown ?? '',
      ...(options.source !== undefined ? { source: options.source } : {}),
    });
    if (!definition && rows.length === 0) {
      throw new CliError(`Unknown indicator "${id}" (see \`msd indicators list\`).`);
    }
    const values = formatIndicatorValues(rows, {
      role: options.exact ? 'analyst' : 'viewer',
      insideApp: options.exact === true,
      catalogue,
    }).map(({ indicator, period: p, area, breakdown, value, numerator, denominator, status }) => ({
      indicator,
      period: p,
      area,
      breakdown,
      value,
      numerator,
      denominator,
      status,
    }));
    if (options.format === 'json') {
      io.out(JSON.stringify(values, null, 2));
      return;
    }
    const flat = values.map((v) => ({
      ...v,
      breakdown: v.breakdown ? `${v.breakdown.key}=${v.breakdown.value}` : '',
      value: v.value ?? (options.format === 'table' ? '.' : ''),
    }));
    io.out(options.format === 'csv' ? formatCsv(flat, COLUMNS) : formatTable(flat, COLUMNS));
  } finally {
    app.close();
  }
}
