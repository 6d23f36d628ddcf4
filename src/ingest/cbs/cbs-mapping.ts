/** @module Mapping files from CBS StatLine table columns to indicator ids (zod schema), the shipped mappings, and detection of the mapping that fits a table's columns. */
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { VALUE_STATUSES } from '../../domain/indicator-status.ts';
import { IngestError } from '../../errors.ts';
import { AGGREGATE_FILE } from '../aggregates/aggregate-reasons.ts';
import { POSITION, unreadable } from '../ingest-reasons.ts';

const columnMappingSchema = z
  .object({
    /** The CBS column key (`WmoClienten_100`). */
    column: z.string().min(1),
    indicator: z.string().min(1),
    /** CBS's title of the column, for people reading the mapping. */
    title: z.string().optional(),
    /** `provisional` where the property description says "voorlopige cijfers"; quote it in `statusNote`. */
    status: z.enum(VALUE_STATUSES),
    statusNote: z.string().optional(),
    /** For rates: the count the rate is built from and its base, so disclosure control can round the count. */
    numeratorColumn: z.string().min(1).optional(),
    denominatorColumn: z.string().min(1).optional(),
    /** What a JSON `null` means (the property's `Default` in DataProperties): `.` secret/unknown or blank (cannot occur). */
    nullMeans: z.enum(['secret', 'impossible']).default('secret'),
  })
  .strict();

export const cbsMappingSchema = z
  .object({
    /** StatLine table id, e.g. 85984NED. */
    table: z.string().regex(/^\d{5}[A-Z]{3}$/, AGGREGATE_FILE.tableId),
    title: z.string().optional(),
    /** Written to `indicator_value.source`, e.g. "CBS 85984NED". */
    source: z.string().min(1),
    /** The dimension column with area codes (space-padded in the bulk CSV). */
    areaColumn: z.string().min(1),
    /** The period of the whole table (single-year tables); overridden by `--period`. */
    period: z.string().optional(),
    /** Or a period dimension column (`Perioden`: 2023JJ00, 2023KW01, 2023MM07). */
    periodColumn: z.string().min(1).optional(),
    columns: z.array(columnMappingSchema).min(1),
  })
  .strict();

export type CbsMapping = z.output<typeof cbsMappingSchema>;
export type CbsColumnMapping = CbsMapping['columns'][number];

/** Validates a mapping; errors name the file and the field. */
export function parseCbsMapping(input: unknown, file: string): CbsMapping {
  const result = cbsMappingSchema.safeParse(input);
  if (result.success) return result.data;
  throw new IngestError(
    file,
    POSITION.mapping,
    AGGREGATE_FILE.invalidMapping(
      result.error.issues.map((i) => `${i.path.map(String).join('.') || '(root)'}: ${i.message}`).join('; '),
    ),
  );
}

export function loadCbsMappingFile(file: string): CbsMapping {
  let input: unknown;
  try {
    input = JSON.parse(readFileSync(file, 'utf8').replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new IngestError(file, POSITION.mapping, unreadable('JSON', (error as Error).message));
  }
  return parseCbsMapping(input, file);
}

const SHIPPED_DIR = new URL('./mappings/', import.meta.url);

/** The mappings shipped with the product (src/ingest/cbs/mappings/*.json). */
export function shippedCbsMappings(): CbsMapping[] {
  return readdirSync(SHIPPED_DIR)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => loadCbsMappingFile(fileURLToPath(new URL(f, SHIPPED_DIR))));
}

/** Every column a mapping reads. */
export function mappedColumns(mapping: CbsMapping): string[] {
  const columns = new Set<string>([mapping.areaColumn]);
  if (mapping.periodColumn) columns.add(mapping.periodColumn);
  for (const c of mapping.columns) {
    columns.add(c.column);
    if (c.numeratorColumn) columns.add(c.numeratorColumn);
    if (c.denominatorColumn) columns.add(c.denominatorColumn);
  }
  return [...columns];
}

/** The first shipped mapping whose columns all occur in the table (CBS column keys are unique per table). */
export function detectCbsMapping(columns: readonly string[]): CbsMapping | undefined {
  const present = new Set(columns);
  return shippedCbsMappings().find((m) => mappedColumns(m).every((c) => present.has(c)));
}
