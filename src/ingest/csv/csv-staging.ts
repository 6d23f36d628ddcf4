/** @module Stages a CSV file through DuckDB's CSV reader into a temporary table of typed canonical fields, with the line number and the reasons a row is unusable. */
import { IngestError } from '../../errors.ts';
import type { SqlStore } from '../../store/sql-store.ts';
import { sqlIdentifier, sqlString } from '../sql-text.ts';
import type { MappingProfile } from './mapping-profile.ts';
import { RECORD_FIELDS, type FieldSpec } from './record-kinds.ts';

export const STAGE_TABLE = 'csv_stage';

/**
 * The file line of a stage row. The stage keeps the file's order, so its row ids are consecutive; inside a
 * transaction they start at an offset, hence the distance to the first row id (+ 2: line 1 is the header).
 */
export const LINE_SQL = `(rowid - (SELECT min(rowid) FROM ${STAGE_TABLE}) + 2)`;

const readCsv = (file: string, profile: MappingProfile): string =>
  `read_csv(${sqlString(file)}, delim = ${sqlString(profile.delimiter)}, header = true, all_varchar = true, ` +
  `quote = '"', escape = '"', null_padding = false, strict_mode = true)`;

/** The file's header columns; a missing required column is a fatal error for the file. */
export async function checkHeader(store: SqlStore, file: string, profile: MappingProfile): Promise<void> {
  let columns: string[];
  try {
    const rows = await store.all<{ column_name: string }>(`DESCRIBE SELECT * FROM ${readCsv(file, profile)}`);
    columns = rows.map((r) => r.column_name);
  } catch (error) {
    throw new IngestError(file, 'line 1', `cannot read as CSV: ${(error as Error).message.split('\n')[0]}`);
  }
  const missing = Object.values(profile.columns).filter((c) => !columns.includes(c));
  if (missing.length > 0) {
    throw new IngestError(
      file,
      'line 1 (header)',
      `missing column${missing.length > 1 ? 's' : ''} ${missing.map((m) => `"${m}"`).join(', ')} required by profile ${profile.name}`,
    );
  }
}

/** SQL for the raw text of a field after trimming and code mapping (NULL when empty). */
function rawExpression(field: string, profile: MappingProfile): string {
  const constant = profile.constants[field];
  if (constant !== undefined) return sqlString(constant);
  const column = profile.columns[field];
  if (column === undefined) return 'NULL::VARCHAR';
  const text = `NULLIF(trim(${sqlIdentifier(column)}), '')`;
  const codes = profile.codes[field];
  if (!codes || Object.keys(codes).length === 0) return text;
  const cases = Object.entries(codes)
    .map(([from, to]) => `WHEN ${sqlString(from)} THEN ${sqlString(to)}`)
    .join(' ');
  return `CASE ${text} ${cases} ELSE ${text} END`;
}

function typedExpression(raw: string, spec: FieldSpec, profile: MappingProfile): string {
  switch (spec.type) {
    case 'date':
      // ISO dates cast directly (fast path); other formats go through strptime.
      return profile.dateFormat === '%Y-%m-%d'
        ? `TRY_CAST(${raw} AS DATE)`
        : `try_strptime(${raw}, ${sqlString(profile.dateFormat)})::DATE`;
    case 'integer':
      return `TRY_CAST(${raw} AS BIGINT)`;
    case 'number':
      return `TRY_CAST(replace(${raw}, ',', '.') AS DOUBLE)`;
    case 'boolean':
      return `CASE upper(${raw}) WHEN 'J' THEN true WHEN 'JA' THEN true WHEN 'TRUE' THEN true WHEN '1' THEN true WHEN 'N' THEN false WHEN 'NEE' THEN false WHEN 'FALSE' THEN false WHEN '0' THEN false END`;
    case 'text':
    case 'bsn':
      return raw;
  }
}

/** A SQL expression giving the reason a field is unusable, or NULL. */
function problemExpression(field: string, spec: FieldSpec, raw: string, typed: string): string {
  const checks: string[] = [];
  if (spec.required) checks.push(`WHEN ${raw} IS NULL THEN ${sqlString(`${field} is empty`)}`);
  if (spec.type !== 'text' && spec.type !== 'bsn') {
    checks.push(
      `WHEN ${raw} IS NOT NULL AND ${typed} IS NULL THEN ${sqlString(`${field} is not a valid ${spec.type}: `)} || ${raw}`,
    );
  }
  if (spec.values) {
    const list = spec.values.map(sqlString).join(', ');
    checks.push(
      `WHEN ${raw} IS NOT NULL AND ${raw} NOT IN (${list}) THEN ${sqlString(`${field} has unknown value `)} || ${raw}`,
    );
  }
  return checks.length > 0 ? `CASE ${checks.join(' ')} END` : 'NULL';
}

/**
 * Creates the temporary stage table: one typed column per canonical field and `problem` (semicolon-separated reasons, '' when the row is good).
 */
export async function stageCsv(store: SqlStore, file: string, profile: MappingProfile): Promise<number> {
  await checkHeader(store, file, profile);
  const fields = RECORD_FIELDS[profile.kind];
  const selects: string[] = [];
  const problems: string[] = [];
  for (const [field, spec] of Object.entries(fields)) {
    const raw = rawExpression(field, profile);
    const typed = typedExpression(raw, spec, profile);
    selects.push(`${typed} AS ${field}`);
    problems.push(problemExpression(field, spec, raw, typed));
  }
  await store.run(`DROP TABLE IF EXISTS ${STAGE_TABLE}`);
  try {
    // No window function for the line number: a CTAS keeps the file's order (preserve_insertion_order), so the
    // row id gives the line (header = line 1) without buffering the whole file in a window operator.
    await store.run(
      `CREATE TEMP TABLE ${STAGE_TABLE} AS
       SELECT ${selects.join(', ')}, concat_ws('; ', ${problems.join(', ')}) AS problem
       FROM ${readCsv(file, profile)}`,
    );
  } catch (error) {
    throw new IngestError(file, 'content', `cannot read as CSV: ${(error as Error).message.split('\n')[0]}`);
  }
  const [{ n }] = (await store.all<{ n: number }>(`SELECT count(*) AS n FROM ${STAGE_TABLE}`)) as [
    { n: number },
  ];
  return n;
}

/** Adds a reason (a fixed text, or a SQL expression with `{ sql }` to name the offending value) to the rows matching a condition. */
export async function flagRows(
  store: SqlStore,
  condition: string,
  reason: string | { sql: string },
): Promise<void> {
  const reasonSql = typeof reason === 'string' ? sqlString(reason) : reason.sql;
  await store.run(
    `UPDATE ${STAGE_TABLE} SET problem = concat_ws('; ', NULLIF(problem, ''), ${reasonSql}) WHERE ${condition}`,
  );
}
