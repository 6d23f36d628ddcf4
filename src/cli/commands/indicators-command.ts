/** @module `msd indicators list|show`: the catalogue, and published (or, with --exact, exact) values in the contract shape `[{indicator, period, area, breakdown, value, numerator, denominator, status}]` as a Dutch table, JSON, Dutch-locale CSV or an XLSX workbook. */
import { auditCliRead } from '../cli-audit.ts';
import { createApp, createAppForFigures } from '../../app.ts';
import { loadCatalogue } from '../../catalogue/local-catalogue.ts';
import { answerIndicatorQuery } from '../../engine/query-context.ts';
import { CliError } from '../../errors.ts';
import { t } from '../../views/messages.ts';
import { columnHeader, domainLabel, periodKindLabel, unitLabel } from '../../views/table-labels.ts';
import { formatTable, type CliIo } from '../cli-output.ts';
import { writeIndicatorExport, type ExportFormat } from '../indicator-export-output.ts';

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
  if (options.format === 'json') {
    const rows = catalogue.map((d) => ({
      id: d.id,
      name: d.nameNl,
      domain: d.domain,
      unit: d.unit,
      periods: d.periodKinds.join(','),
      breakdowns: d.breakdowns.join(','),
    }));
    io.out(JSON.stringify(rows, null, 2));
    return;
  }
  const columns = ['id', 'indicatorName', 'domain', 'unit', 'periods', 'breakdowns'] as const;
  const rows = catalogue.map((d) => ({
    id: d.id,
    indicatorName: d.nameNl,
    domain: domainLabel(d.domain),
    unit: unitLabel(d.unit),
    periods: d.periodKinds.map((k) => periodKindLabel(k)).join(', '),
    // Breakdown keys stay codes: they are what `--breakdown` takes.
    breakdowns: d.breakdowns.join(', '),
  }));
  io.out(
    formatTable(
      rows,
      columns,
      columns.map((c) => (c === 'id' ? 'id' : columnHeader(c))),
    ),
  );
}

export interface ShowOptions {
  data: string;
  period?: string;
  /** An area code or an area's name. */
  area?: string;
  breakdown?: string;
  exact?: boolean;
  /** 'computed', 'imported' or a source name; default: computed values, imported ones for periods not computed. */
  source?: string;
  format: ExportFormat;
  /** Write the output to this file (atomically) instead of stdout; required for xlsx. */
  out?: string;
}

export async function runIndicatorsShow(id: string, options: ShowOptions, io: CliIo): Promise<void> {
  if (options.format === 'xlsx' && options.out === undefined) throw new CliError(t('xlsxNeedsOut'), 2);
  // Figures an interrupted ingest left pending are finished first (or, when it cannot write, stderr says so).
  // Exact values and exports are recorded before anything is shown: a view that cannot be recorded is refused.
  if (options.exact || options.out !== undefined || options.format === 'csv' || options.format === 'xlsx') {
    const query = [id, options.period, options.area, options.breakdown].filter(Boolean).join(' ');
    const target = options.out === undefined ? options.format : `${options.format} → ${options.out}`;
    await auditCliRead(options.data, options.exact ? 'exact.view' : 'export', `${query} (${target})`);
  }
  const app = await createAppForFigures({ dataDir: options.data }, (message) => io.err(`msd: ${message}`));
  try {
    const answer = await answerIndicatorQuery(
      app.store,
      { indicator: id, period: options.period, area: options.area, breakdown: options.breakdown },
      { exact: options.exact === true, source: options.source },
    );
    if (!answer.ok) throw new CliError(answer.error.message, 2);
    const { query, context, values } = answer;
    if (answer.note !== undefined) {
      if (options.format === 'json' && options.out === undefined) io.out('[]');
      io.err(`msd: ${answer.note}${options.out !== undefined ? ` (${t('exportNotWritten')})` : ''}`);
      return;
    }
    const areaNames = new Map(context.areas.map((a) => [a.code, a.name]));
    await writeIndicatorExport(values, areaNames, query.definition, options, io);
  } finally {
    app.close();
  }
}
