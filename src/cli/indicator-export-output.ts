/** @module Where `msd indicators show` puts its values: a Dutch table, JSON (contract shape, English codes), Dutch-locale CSV or an XLSX workbook, on stdout or atomically into `--out`. */
import { resolve } from 'node:path';
import type { IndicatorDefinition } from '../domain/indicator-definition.ts';
import type { IndicatorValueOut } from '../engine/indicator-query.ts';
import { valueJson } from '../engine/query-context.ts';
import { CliError } from '../errors.ts';
import { dutchCsv } from '../views/csv-export-writer.ts';
import {
  INDICATOR_EXPORT_COLUMNS,
  indicatorExportRows,
  type IndicatorExportRow,
} from '../views/indicator-export-rows.ts';
import { formatNumber, t } from '../views/messages.ts';
import { columnHeader, unitLabel } from '../views/table-labels.ts';
import { xlsxWorkbook } from '../views/xlsx-export-writer.ts';
import { writeFileAtomic } from './atomic-file-writer.ts';
import { formatTable, type CliIo } from './cli-output.ts';

export const EXPORT_FORMATS = ['table', 'json', 'csv', 'xlsx'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** `.` for a value that is secret or unknown (CBS convention), the number otherwise. */
const cellOf = (row: IndicatorExportRow, key: keyof IndicatorExportRow, numeric: boolean) => {
  const v = row[key];
  if (!numeric) return v as string;
  if (key === 'value' && v === null) return '.';
  return v as number | null;
};

/** Renders the values in `format` and writes them to stdout or, with `out`, into that file (whole or not at all). */
export async function writeIndicatorExport(
  values: readonly IndicatorValueOut[],
  areaNames: ReadonlyMap<string, string>,
  definition: IndicatorDefinition | undefined,
  options: { format: ExportFormat; out?: string; exact?: boolean },
  io: CliIo,
): Promise<void> {
  const headers = INDICATOR_EXPORT_COLUMNS.map((c) => columnHeader(c.key));
  const rows = () => indicatorExportRows(values, areaNames);
  const cells = () => rows().map((row) => INDICATOR_EXPORT_COLUMNS.map((c) => cellOf(row, c.key, c.numeric)));
  let text: string;
  switch (options.format) {
    case 'json':
      // The contract shape for programs: English status codes, no display names.
      text = JSON.stringify(values.map(valueJson), null, 2);
      break;
    case 'table': {
      const keys = INDICATOR_EXPORT_COLUMNS.filter((c) => c.key !== 'breakdownCode');
      const table = cells().map((r) =>
        Object.fromEntries(
          INDICATOR_EXPORT_COLUMNS.map((c, i) => {
            const v = r[i];
            // The table is for reading, like the dashboard: one decimal at most (CSV, XLSX and JSON stay exact).
            return [c.key, typeof v === 'number' ? formatNumber(v) : v];
          }),
        ),
      );
      text = formatTable(
        table,
        keys.map((c) => c.key),
        keys.map((c) => columnHeader(c.key)),
      );
      break;
    }
    case 'csv':
      text = dutchCsv(headers, cells());
      break;
    case 'xlsx': {
      const notes = [
        ...(definition ? [`${definition.nameNl} (${definition.id}, ${unitLabel(definition.unit)})`] : []),
        t(options.exact ? 'exportExact' : 'exportPublished'),
        t('exportLegend'),
      ];
      const columns = INDICATOR_EXPORT_COLUMNS.map((c, i) => ({ header: headers[i]!, numeric: c.numeric }));
      await writeOut(options.out!, await xlsxWorkbook('Cijfers', columns, cells(), notes), values.length, io);
      return;
    }
  }
  if (options.out !== undefined) {
    await writeOut(options.out, options.format === 'csv' ? text : `${text}\n`, values.length, io);
    return;
  }
  if (options.format === 'csv') {
    // CRLF line ends on stdout too: each line keeps its CR, io.out adds the LF.
    for (const line of text.slice(0, -2).split('\r\n')) io.out(`${line}\r`);
    return;
  }
  io.out(text);
}

async function writeOut(file: string, data: string | Uint8Array, rows: number, io: CliIo): Promise<void> {
  try {
    await writeFileAtomic(file, data);
  } catch (error) {
    throw new CliError(t('exportFailed', { file, detail: (error as Error).message }), 1);
  }
  io.out(t('exportWritten', { rows, file: resolve(file) }));
}
