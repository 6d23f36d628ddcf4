/** @module `msd cbs import`: a downloaded CBS StatLine table, through a column mapping, into imported indicator values of the deployment's gemeente (one batch per file). */
import { createHash } from 'node:crypto';
import { basename } from 'node:path';
import { cbsAreaLevel } from '../../domain/area-code.ts';
import type { IndicatorDefinition } from '../../domain/indicator-definition.ts';
import { IngestError } from '../../errors.ts';
import type { SqlStore } from '../../store/sql-store.ts';
import { runBatch, type BatchOptions, type FileResult } from '../batch.ts';
import {
  checkArea,
  checkPeriod,
  loadAggregateContext,
  type AggregateContext,
} from '../aggregates/aggregate-row-check.ts';
import { readFigure, type AggregateValue } from '../aggregates/aggregate-value.ts';
import {
  quarantineLines,
  writeAggregateValues,
  type QuarantinedLine,
} from '../aggregates/aggregate-writer.ts';
import { POSITION } from '../ingest-reasons.ts';
import { figureRule, partRule, scaledColumnRule, type ColumnFigure } from '../plausibility-rules.ts';
import { AGGREGATE_FILE, FIGURE, LINE } from '../aggregates/aggregate-reasons.ts';
import { detectCbsMapping, mappedColumns, type CbsMapping } from './cbs-mapping.ts';
import { cbsPeriodId, readCbsTable, type CbsCell, type CbsRow } from './cbs-table-reader.ts';

export interface CbsImportOptions {
  /** Standard + local definitions (`loadCatalogue(store)`). */
  catalogue: readonly IndicatorDefinition[];
  by: string;
  /** The deployment's gemeente; its gemeente, wijk and buurt rows are imported. Required unless `allAreas`. */
  gemeente: string | undefined;
  /** A mapping file's content; default: the shipped mapping whose columns the table has. */
  mapping?: CbsMapping | undefined;
  /** Period of the figures, overriding the mapping's (`2024`). */
  period?: string | undefined;
  /** Every gemeente, wijk and buurt in the table (benchmarks), not only the deployment's gemeente. */
  allAreas?: boolean | undefined;
}

export interface CbsImportResult extends FileResult {
  table: string;
}

const text = (cell: CbsCell | undefined): string =>
  cell === null || cell === undefined ? '' : String(cell).trim();

/** Whether a CBS area code belongs to the gemeente (GM0637, WK0637xx, BU0637xxxx). */
export function inGemeente(code: string, gemeente: string): boolean {
  const digits = gemeente.slice(2);
  return code === gemeente || code.startsWith(`WK${digits}`) || code.startsWith(`BU${digits}`);
}

function checkMapping(
  file: string,
  mapping: CbsMapping,
  columns: readonly string[],
  context: AggregateContext,
  period: string | undefined,
): void {
  const missing = mappedColumns(mapping).filter((c) => !columns.includes(c));
  if (missing.length > 0)
    throw new IngestError(file, POSITION.header, AGGREGATE_FILE.tableLacksColumns(missing, mapping.table));
  const unknown = mapping.columns.filter((c) => !context.indicators.has(c.indicator)).map((c) => c.indicator);
  if (unknown.length > 0) throw new IngestError(file, POSITION.mapping, FIGURE.unknownIndicators(unknown));
  if (period === undefined && mapping.periodColumn === undefined)
    throw new IngestError(file, POSITION.mapping, AGGREGATE_FILE.noPeriod);
}

interface RowValues {
  values: AggregateValue[];
  impossible: AggregateValue[];
  bad: QuarantinedLine[];
  /** Every number read per mapped column (also implausible ones), for the scaled-column check. */
  figures: Map<string, ColumnFigure[]>;
}

function readRow(
  row: CbsRow,
  area: string,
  mapping: CbsMapping,
  context: AggregateContext,
  fixedPeriod: string | undefined,
): RowValues {
  const out: RowValues = { values: [], impossible: [], bad: [], figures: new Map() };
  const rawPeriod = fixedPeriod ?? cbsPeriodId(text(row.cells[mapping.periodColumn ?? '']));
  for (const column of mapping.columns) {
    const def = context.indicators.get(column.indicator)!;
    const reasons: string[] = [];
    const period = checkPeriod(def, rawPeriod);
    const checkedArea = checkArea(context, def, area);
    if (!period.ok) reasons.push(period.reason);
    if (!checkedArea.ok) reasons.push(checkedArea.reason);
    const value = readFigure(row.cells[column.column], column.nullMeans);
    if (value.kind === 'invalid') reasons.push(LINE.notANumber(column.column));
    const part = (name: string | undefined): number | null => {
      if (name === undefined) return null;
      const cell = readFigure(row.cells[name]);
      if (cell.kind === 'invalid') reasons.push(LINE.notANumber(name));
      if (cell.kind !== 'number') return null;
      const rule = partRule(cell.value);
      if (rule !== null) reasons.push(LINE.implausible(name, rule));
      return rule === null ? cell.value : null;
    };
    const numerator = part(column.numeratorColumn);
    const denominator = part(column.denominatorColumn);
    if (value.kind === 'number') {
      const rule = figureRule(value.value, def.unit);
      if (rule !== null) reasons.push(LINE.implausible(column.column, rule));
      const figures = out.figures.get(column.column) ?? [];
      figures.push({ value: value.value, numerator, denominator });
      out.figures.set(column.column, figures);
    }
    if (reasons.length > 0 || !period.ok || !checkedArea.ok || value.kind === 'invalid') {
      out.bad.push({ position: `${row.position}, ${column.column}`, reason: reasons.join('; ') });
      continue;
    }
    const marked = (value.kind === 'number' || value.kind === 'secret') && value.marker !== '';
    const figure: AggregateValue = {
      indicator: def.id,
      period: period.value.id,
      area: checkedArea.value,
      breakdownKey: '',
      breakdownValue: '',
      value: value.kind === 'number' ? value.value : null,
      numerator,
      denominator,
      status: marked || period.value.provisional ? 'provisional' : column.status,
      source: mapping.source,
    };
    (value.kind === 'impossible' ? out.impossible : out.values).push(figure);
  }
  return out;
}

/** JSON text with object keys sorted at every level: equal content gives equal text. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined);
    entries.sort(([a], [b]) => a.localeCompare(b));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/**
 * The options that, with the file's hash, identify an import: the mapping's content (shipped or `--mapping`, by
 * hash: the same mapping under another file name is the same import), `--period` and `--all-areas`.
 */
function importOptions(mapping: CbsMapping, options: CbsImportOptions): BatchOptions {
  return {
    mapping: createHash('sha256').update(canonicalJson(mapping)).digest('hex'),
    period: options.period ?? null,
    allAreas: options.allAreas === true,
  };
}

/** A column whose figures look scaled by 10 (a lost decimal point) refuses the whole file (plausibility-rules.ts). */
function refuseScaledColumns(
  file: string,
  mapping: CbsMapping,
  context: AggregateContext,
  figures: ReadonlyMap<string, readonly ColumnFigure[]>,
): void {
  for (const column of mapping.columns) {
    const unit = context.indicators.get(column.indicator)?.unit;
    if (unit === undefined) continue;
    const reason = scaledColumnRule(column.column, unit, figures.get(column.column) ?? []);
    if (reason !== null) throw new IngestError(file, `kolom ${column.column}`, reason);
  }
}

/**
 * Imports a CBS table: rows of the deployment's gemeente (gemeente, wijken, buurten; all areas with `allAreas`),
 * each mapped column one figure with source `mapping.source`. `.` is kept as a secret figure (value NULL), a blank
 * cell (cannot occur) stores nothing; the same file twice with the same options is a no-op (other options make a
 * new import), a newer download replaces the figures.
 */
export async function importCbsTable(
  store: SqlStore,
  file: string,
  options: CbsImportOptions,
): Promise<CbsImportResult> {
  const table = await readCbsTable(file);
  const mapping = options.mapping ?? detectCbsMapping(table.columns);
  if (!mapping) throw new IngestError(file, POSITION.header, AGGREGATE_FILE.noMapping);
  if (!options.allAreas && options.gemeente === undefined)
    throw new IngestError(file, POSITION.areas, AGGREGATE_FILE.noGemeente);
  const result = await runBatch(
    store,
    file,
    `cbs:${mapping.table}`,
    options.by,
    async (batch) => {
      const context = await loadAggregateContext(store, options.catalogue);
      const fixedPeriod = options.period ?? mapping.period;
      checkMapping(file, mapping, table.columns, context, fixedPeriod);
      const all: RowValues = { values: [], impossible: [], bad: [], figures: new Map() };
      let outside = 0;
      for (const row of table.rows) {
        const area = text(row.cells[mapping.areaColumn]).toUpperCase();
        const wanted = options.allAreas
          ? cbsAreaLevel(area) !== undefined || context.areas.has(area)
          : inGemeente(area, options.gemeente!);
        if (!wanted) {
          outside++;
          continue;
        }
        const r = readRow(row, area, mapping, context, fixedPeriod);
        all.values.push(...r.values);
        all.impossible.push(...r.impossible);
        all.bad.push(...r.bad);
        for (const [column, figures] of r.figures) {
          const list = all.figures.get(column) ?? [];
          for (const f of figures) list.push(f);
          all.figures.set(column, list);
        }
      }
      refuseScaledColumns(file, mapping, context, all.figures);
      const written = await writeAggregateValues(store, batch, all.values, all.impossible);
      await quarantineLines(store, batch, basename(file), all.bad);
      return {
        read: table.rows.length,
        stored: written.stored,
        replaced: written.replaced,
        skipped: outside + all.impossible.length,
        quarantined: all.bad.length,
      };
    },
    { options: importOptions(mapping, options) },
  );
  return { ...result, table: mapping.table };
}
