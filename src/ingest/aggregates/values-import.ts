/** @module `msd values import`: a file of aggregate figures (indicator;period;area;value;numerator;denominator;unit;source;status) as one batch, bad lines quarantined. */
import { basename } from 'node:path';
import { UNITS, type IndicatorDefinition } from '../../domain/indicator-definition.ts';
import type { ValueStatus } from '../../domain/indicator-status.ts';
import { IngestError } from '../../errors.ts';
import { figureRule, partRule } from '../plausibility-rules.ts';
import type { SqlStore } from '../../store/sql-store.ts';
import { runBatch, type BatchCounts, type FileResult } from '../batch.ts';
import {
  checkArea,
  checkBreakdown,
  checkIndicator,
  checkPeriod,
  loadAggregateContext,
  type AggregateContext,
} from './aggregate-row-check.ts';
import { POSITION, atLine, missingColumns } from '../ingest-reasons.ts';
import { AGGREGATE_FILE, LINE } from './aggregate-reasons.ts';
import { readFigure, readStatus, readUnit, type AggregateValue } from './aggregate-value.ts';
import { quarantineLines, writeAggregateValues, type QuarantinedLine } from './aggregate-writer.ts';
import { readDelimitedFile, type TextRecord } from './delimited-text.ts';

export const VALUE_COLUMNS = [
  'indicator',
  'period',
  'area',
  'value',
  'numerator',
  'denominator',
  'unit',
  'source',
  'status',
  'breakdown_key',
  'breakdown_value',
] as const;
export const REQUIRED_VALUE_COLUMNS = ['indicator', 'period', 'area', 'value'] as const;

export interface ValuesImportOptions {
  /** Standard + local definitions (`loadCatalogue(store)`). */
  catalogue: readonly IndicatorDefinition[];
  by: string;
  /** Source for lines whose `source` cell is empty (e.g. "GGD Gezondheidsmonitor Volwassenen 2022"). */
  source?: string | undefined;
}

/** The batch source name of a values file. */
export const VALUES_BATCH_SOURCE = 'values';

type LineResult = { kind: 'value' | 'impossible'; value: AggregateValue } | { kind: 'bad'; reason: string };

/** Reads one line to a figure, a "cannot occur" key, or the reasons it is unusable. */
export function readValueLine(
  context: AggregateContext,
  fields: Readonly<Record<string, string>>,
  defaultSource: string | undefined,
): LineResult {
  const reasons: string[] = [];
  if (fields['#extra'] !== undefined) reasons.push(LINE.extraFields);
  const def = checkIndicator(context, fields.indicator ?? '');
  if (!def.ok) return { kind: 'bad', reason: [...reasons, def.reason].join('; ') };
  const d = def.value;
  const period = checkPeriod(d, fields.period ?? '');
  const area = checkArea(context, d, fields.area ?? '');
  const breakdown = checkBreakdown(d, fields.breakdown_key, fields.breakdown_value);
  for (const c of [period, area, breakdown]) if (!c.ok) reasons.push(c.reason);
  const value = readFigure(fields.value ?? '');
  if (value.kind === 'invalid') reasons.push(LINE.notANumber('value'));
  else if (value.kind === 'number') {
    const rule = figureRule(value.value, d.unit);
    if (rule !== null) reasons.push(LINE.implausible('value', rule));
  }
  const parts: Record<'numerator' | 'denominator', number | null> = { numerator: null, denominator: null };
  for (const name of ['numerator', 'denominator'] as const) {
    const cell = readFigure(fields[name] ?? '');
    if (cell.kind === 'invalid') reasons.push(LINE.notANumber(name));
    else if (cell.kind === 'number') {
      const rule = partRule(cell.value);
      if (rule !== null) reasons.push(LINE.implausible(name, rule));
      else parts[name] = cell.value;
    }
  }
  const unit = readUnit(fields.unit, UNITS);
  if (unit === null) reasons.push(LINE.unknownUnit(fields.unit?.trim(), UNITS));
  else if (unit !== undefined && unit !== d.unit) reasons.push(LINE.unitMismatch(unit, d.id, d.unit));
  const source = (fields.source ?? '').trim() || defaultSource;
  if (source === undefined) reasons.push(LINE.sourceEmpty);
  else if (source === 'computed') reasons.push(LINE.sourceReserved);
  const status = readStatus(fields.status);
  if (status === null) reasons.push(LINE.badStatus(fields.status?.trim()));
  if (reasons.length > 0 || !period.ok || !area.ok || !breakdown.ok || value.kind === 'invalid')
    return { kind: 'bad', reason: reasons.join('; ') };
  const marked = (value.kind === 'number' || value.kind === 'secret') && value.marker !== '';
  const resolved: ValueStatus = status ?? (marked || period.value.provisional ? 'provisional' : 'final');
  return {
    kind: value.kind === 'impossible' ? 'impossible' : 'value',
    value: {
      indicator: d.id,
      period: period.value.id,
      area: area.value,
      breakdownKey: breakdown.value.key,
      breakdownValue: breakdown.value.value,
      value: value.kind === 'number' ? value.value : null,
      numerator: parts.numerator,
      denominator: parts.denominator,
      status: resolved,
      source: source!,
    },
  };
}

/** Header names are matched case-insensitively; a missing required column rejects the file. */
function normaliseRecords(
  file: string,
  header: readonly string[],
  records: readonly TextRecord[],
): TextRecord[] {
  const lower = header.map((h) => h.toLowerCase());
  const missing = REQUIRED_VALUE_COLUMNS.filter((c) => !lower.includes(c));
  if (missing.length > 0)
    throw new IngestError(
      file,
      POSITION.headerLine,
      `${missingColumns(missing)} ${AGGREGATE_FILE.expectedColumns(VALUE_COLUMNS.slice(0, 9).join(';'))}`,
    );
  return records
    .filter((r) => Object.entries(r.fields).some(([k, v]) => k !== '#extra' && v.trim() !== ''))
    .map((r) => ({
      line: r.line,
      fields: Object.fromEntries(
        Object.entries(r.fields).map(([k, v]) => [k === '#extra' ? k : k.toLowerCase(), v]),
      ),
    }));
}

/**
 * Imports one file of figures as one batch (the same file twice with the same `--source` is a no-op). Good lines
 * replace figures with the same indicator, period, area, breakdown and source; a blank value (cannot occur) removes
 * such a figure; bad lines are quarantined with their line number and reason.
 */
export async function importValuesFile(
  store: SqlStore,
  file: string,
  options: ValuesImportOptions,
): Promise<FileResult> {
  return runBatch(
    store,
    file,
    VALUES_BATCH_SOURCE,
    options.by,
    async (batch): Promise<BatchCounts> => {
      const text = await readDelimitedFile(file);
      const records = normaliseRecords(file, text.header, text.records);
      const context = await loadAggregateContext(store, options.catalogue);
      const values: AggregateValue[] = [];
      const impossible: AggregateValue[] = [];
      const bad: QuarantinedLine[] = [];
      for (const record of records) {
        const result = readValueLine(context, record.fields, options.source);
        if (result.kind === 'bad') bad.push({ position: atLine(record.line), reason: result.reason });
        else (result.kind === 'value' ? values : impossible).push(result.value);
      }
      const written = await writeAggregateValues(store, batch, values, impossible);
      await quarantineLines(store, batch, basename(file), bad);
      return {
        read: records.length,
        stored: written.stored,
        replaced: written.replaced,
        skipped: impossible.length,
        quarantined: bad.length,
      };
    },
    // The default source is part of the import's identity: the same file with another --source is a new import.
    { options: { source: options.source ?? null } },
  );
}
