/** @module Stages a CSV file through DuckDB's CSV reader into a temporary table of typed canonical fields, with the line number and every reason a row is unusable (computed in the one statement that reads the file). */
import { basename } from 'node:path';
import { IngestError } from '../../errors.ts';
import type { SqlStore } from '../../store/sql-store.ts';
import { JZ020_PRODUCT_CATEGORIES, WMO020_PRODUCT_CATEGORIES } from '../istandaarden/code-lists.ts';
import { POSITION, atLine } from '../ingest-reasons.ts';
import { sqlIdentifier, sqlString } from '../sql-text.ts';
import { fieldReasonSql, scrubDigitsSql, type ValueKind } from '../field-reasons.ts';
import {
  AGE_MAX,
  BUURT_CODE,
  BUURT_CODE_RULE,
  DATE_LIKE,
  IDENTIFIER,
  IDENTIFIER_RULE,
  POSTCODE,
  POSTCODE_RULE,
  PRODUCT_CODE,
  PRODUCT_CODE_RULE,
  WIJK_CODE,
  WIJK_CODE_RULE,
  amountRuleSql,
  countRuleSql,
  dateRuleSql,
  volumeRuleSql,
} from '../plausibility-rules.ts';
import {
  AREA_NOT_CBS_CODE,
  BSN_FAILS_ELEVEN_TEST,
  END_BEFORE_START,
  END_REASON_WITHOUT_END,
  LINE_CONVENTION,
  PERIOD_END_BEFORE_START,
  UNKNOWN_VALUE,
  csvReadProblem,
  fieldEmpty,
  missingProfileColumns,
  notValidType,
  unknownCategory,
} from './csv-reasons.ts';
import { readRetentionRule } from '../../retention/retention-cutoff.ts';
import { recordBeforeCutoff } from '../../retention/retention-reasons.ts';
import { assertUtf8 } from './encoding-check.ts';
import type { MappingProfile } from './mapping-profile.ts';
import { RECORD_FIELDS, type FieldSpec, type FieldType, type RecordKind } from './record-kinds.ts';

export const STAGE_TABLE = 'csv_stage';

/**
 * The file line of a stage row. The stage keeps the file's order, so its row ids are consecutive; inside a
 * transaction they start at an offset, hence the distance to the first row id (+ 2: line 1 is the header).
 */
export const LINE_SQL = `(rowid - (SELECT min(rowid) FROM ${STAGE_TABLE}) + 2)`;

const readCsv = (file: string, profile: MappingProfile): string =>
  `read_csv(${sqlString(file)}, delim = ${sqlString(profile.delimiter)}, header = true, all_varchar = true, ` +
  `quote = '"', escape = '"', null_padding = false, strict_mode = true)`;

/**
 * The IngestError for a CSV file DuckDB's reader refuses: its line (header = line 1, as DuckDB counts) and a Dutch
 * reason; never DuckDB's own text, which quotes the line's content.
 */
export function csvReadError(file: string, error: unknown): IngestError {
  const { line, reason } = csvReadProblem((error as Error).message);
  return new IngestError(
    file,
    line === null ? POSITION.content : `${atLine(line)} (${LINE_CONVENTION})`,
    reason,
  );
}

/** The file's header columns; a file that is not UTF-8 or lacks a required column is a fatal error for the file. */
export async function checkHeader(store: SqlStore, file: string, profile: MappingProfile): Promise<void> {
  await assertUtf8(file);
  let columns: string[];
  try {
    const rows = await store.all<{ column_name: string }>(`DESCRIBE SELECT * FROM ${readCsv(file, profile)}`);
    columns = rows.map((r) => r.column_name);
  } catch (error) {
    throw csvReadError(file, error);
  }
  const missing = Object.values(profile.columns).filter((c) => !columns.includes(c));
  if (missing.length > 0) {
    throw new IngestError(file, POSITION.headerLine, missingProfileColumns(missing, profile.name));
  }
}

/** SQL for the raw text of a field after trimming and code mapping (NULL when empty). */
function rawExpression(field: string, profile: MappingProfile): string {
  const constant = profile.constants[field];
  if (constant !== undefined) return sqlString(constant);
  const column = profile.columns[field];
  if (column === undefined) return 'NULL::VARCHAR';
  const name = sqlIdentifier(column);
  // trim() removes spaces only; testing for one first skips its cost on the usual values without any.
  const text = `CASE WHEN contains(${name}, ' ') THEN NULLIF(trim(${name}), '') ELSE NULLIF(${name}, '') END`;
  const codes = profile.codes[field];
  if (!codes || Object.keys(codes).length === 0) return text;
  const cases = Object.entries(codes)
    .map(([from, to]) => `WHEN ${sqlString(from)} THEN ${sqlString(to)}`)
    .join(' ');
  return `CASE ${text} ${cases} ELSE ${text} END`;
}

/** The characters JavaScript's `String.prototype.trim` removes (so the SQL eleven-test agrees with {@link isValidBsn}). */
const JS_WHITESPACE =
  ' \t\n\v\f\r\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff';

/**
 * SQL true when the BSN passes the eleven-test after normalisation (as `isValidBsn` in ../bsn.ts): `trimmed` is the
 * BSN without surrounding whitespace, `n` the same as a number (integer arithmetic is far faster than substrings).
 */
function validBsnSql(trimmed: string, n: string): string {
  const digit = (power: number) => `((${n} // ${10 ** power}) % 10)`;
  const sum = [8, 7, 6, 5, 4, 3, 2, 1].map((p) => `${p + 1} * ${digit(p)}`).join(' + ');
  return `(regexp_full_match(${trimmed}, '\\d{8,9}') AND (${sum} - ${n} % 10) % 11 = 0 AND ${n} <> 0)`;
}

const list = (values: readonly string[]): string => values.map(sqlString).join(', ');

/** Checks on the typed fields of a row that involve more than one field (or the eleven-test), in reporting order. */
function crossFieldProblems(
  kind: RecordKind,
  fields: Readonly<Record<string, FieldSpec>>,
  cutoff: string | null,
): string[] {
  const problems: string[] = [];
  // A record whose whole period lies before the retention cut-off: its kind was purged, so it may not come back.
  const end = kind === 'claims' ? 'period_end' : 'end_date';
  if (
    cutoff !== null &&
    (kind === 'provisions' || kind === 'claims' || kind === 'benefits' || kind === 'reintegrations')
  ) {
    problems.push(
      `CASE WHEN ${end} < DATE ${sqlString(cutoff)} THEN ${sqlString(recordBeforeCutoff(cutoff))} END`,
    );
  }
  if ('bsn' in fields) {
    problems.push(
      `CASE WHEN bsn IS NOT NULL AND NOT ${validBsnSql('bsn_trimmed', 'bsn_number')} THEN ${sqlString(BSN_FAILS_ELEVEN_TEST)} END`,
    );
  }
  if (kind === 'provisions' || kind === 'claims') {
    problems.push(
      // list_contains, not NOT IN: DuckDB plans a long IN list as a join, which would lose the file order.
      `CASE WHEN law = 'youth' AND NOT list_contains([${list(JZ020_PRODUCT_CATEGORIES)}], category)
         THEN ${fieldReasonSql('category', unknownCategory('JZ020'), 'code', 'category')}
       WHEN law = 'support' AND NOT list_contains([${list(WMO020_PRODUCT_CATEGORIES)}], category)
         THEN ${fieldReasonSql('category', unknownCategory('WMO020'), 'code', 'category')} END`,
    );
  }
  if (kind === 'provisions' || kind === 'benefits' || kind === 'reintegrations') {
    problems.push(`CASE WHEN end_date < start_date THEN ${sqlString(END_BEFORE_START)} END`);
  }
  if (kind === 'reintegrations') {
    problems.push(
      `CASE WHEN end_reason IS NOT NULL AND end_date IS NULL THEN ${sqlString(END_REASON_WITHOUT_END)} END`,
    );
  }
  if (kind === 'claims') {
    problems.push(`CASE WHEN period_end < period_start THEN ${sqlString(PERIOD_END_BEFORE_START)} END`);
  }
  if (kind === 'population' || kind === 'households') {
    problems.push(
      `CASE WHEN NOT regexp_full_match(area, '(GM\\d{4}|WK\\d{6}|BU\\d{8})') THEN ${sqlString(AREA_NOT_CBS_CODE)} END`,
    );
  }
  if (kind === 'postcodes') {
    problems.push(
      `CASE WHEN NOT regexp_full_match(trim(postcode), ${sqlString(POSTCODE)}) THEN ${fieldReasonSql('postcode', POSTCODE_RULE, 'identifying', 'postcode')} END`,
      `CASE WHEN NOT regexp_full_match(wijk, ${sqlString(WIJK_CODE)}) THEN ${fieldReasonSql('wijk', WIJK_CODE_RULE, 'code', 'wijk')} END`,
      `CASE WHEN NOT regexp_full_match(buurt, ${sqlString(BUURT_CODE)}) THEN ${fieldReasonSql('buurt', BUURT_CODE_RULE, 'code', 'buurt')} END`,
    );
  }
  return problems;
}

/** How a field's value may be echoed in a reason (identifying fields never: field-reasons.ts decides by name). */
const VALUE_KIND: Record<FieldType, ValueKind> = {
  date: 'date',
  integer: 'number',
  number: 'number',
  boolean: 'code',
  text: 'text',
  bsn: 'identifying',
};

/** Free-text numbers and codes: no spaces or `@` (so no name, address, phone or e-mail typed into them). */
const TOKEN_FIELDS = new Set([
  'allocation_no',
  'declaration_no',
  'benefit_no',
  'provider',
  'unit',
  'end_reason',
  'instrument_code',
]);

/** Plausibility of a typed, well-formed value (plausibility-rules.ts): a SQL condition and its rule, or none. */
function plausibility(field: string, spec: FieldSpec, typed: string): { when: string; rule: string } | null {
  if (spec.type === 'date') return dateRuleSql(typed, field === 'birth_date' ? 'birth' : 'care');
  if (field === 'persons' || field === 'count') return countRuleSql(typed);
  if (field === 'age') return countRuleSql(typed, AGE_MAX);
  if (field === 'amount_cents') return amountRuleSql(typed);
  if (field === 'volume') return volumeRuleSql(typed);
  if (TOKEN_FIELDS.has(field)) {
    return {
      when: `(NOT regexp_full_match(${typed}, ${sqlString(IDENTIFIER)}) OR regexp_full_match(${typed}, ${sqlString(DATE_LIKE)}))`,
      rule: IDENTIFIER_RULE,
    };
  }
  if (field === 'product') {
    return { when: `NOT regexp_full_match(${typed}, ${sqlString(PRODUCT_CODE)})`, rule: PRODUCT_CODE_RULE };
  }
  return null;
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

/**
 * A SQL expression giving the reason a field is unusable, or NULL: empty, not of its type, outside its vocabulary,
 * implausible. Reasons come from the reason builder (field-reasons.ts), which never echoes an identifying value.
 */
function problemExpression(field: string, spec: FieldSpec, raw: string, typed: string): string {
  const checks: string[] = [];
  const kind = VALUE_KIND[spec.type];
  if (spec.required) checks.push(`WHEN ${raw} IS NULL THEN ${sqlString(fieldEmpty(field))}`);
  if (spec.type !== 'text' && spec.type !== 'bsn') {
    checks.push(
      `WHEN ${raw} IS NOT NULL AND ${typed} IS NULL THEN ${fieldReasonSql(field, notValidType(spec.type), kind, raw)}`,
    );
  }
  if (spec.values) {
    const list = spec.values.map(sqlString).join(', ');
    checks.push(
      `WHEN ${raw} IS NOT NULL AND ${raw} NOT IN (${list}) THEN ${fieldReasonSql(field, UNKNOWN_VALUE, 'code', raw)}`,
    );
  }
  const plausible = plausibility(field, spec, typed);
  if (plausible !== null) {
    const echo = spec.type === 'date' ? `strftime(${typed}, '%Y-%m-%d')` : raw;
    checks.push(
      `WHEN ${typed} IS NOT NULL AND ${plausible.when} THEN ${fieldReasonSql(field, plausible.rule, spec.type === 'date' ? 'date' : kind, echo)}`,
    );
  }
  return checks.length > 0 ? `CASE ${checks.join(' ')} END` : 'NULL';
}

/**
 * The SELECT giving a file's rows as the stage sees them: one typed column per canonical field and `problem`
 * (semicolon-separated reasons, '' when the row is good): field checks first, then the eleven-test and the
 * cross-field checks. It keeps the file's order (nothing in it may plan as a join).
 */
export function stagedRowsSql(file: string, profile: MappingProfile, cutoff: string | null = null): string {
  const fields = RECORD_FIELDS[profile.kind];
  const selects: string[] = [];
  const problems: string[] = [];
  const names: string[] = [];
  for (const [field, spec] of Object.entries(fields)) {
    const raw = rawExpression(field, profile);
    const typed = typedExpression(raw, spec, profile);
    selects.push(`${typed} AS ${field}`);
    problems.push(problemExpression(field, spec, raw, typed));
    names.push(
      field === 'category' && (profile.kind === 'provisions' || profile.kind === 'claims')
        ? // Single-digit categories get their leading zero back (before they are checked against the code list).
          `CASE WHEN regexp_full_match(category, '\\d') THEN lpad(category, 2, '0') ELSE category END AS category`
        : field,
    );
  }
  const more = crossFieldProblems(profile.kind, fields, cutoff);
  // The eleven-test works on the trimmed BSN and its value, computed once per row in the layers below.
  // Nine digits have nothing to trim: the many-character trim runs only for other values.
  const bsnColumns =
    'bsn' in fields
      ? `, CASE WHEN regexp_full_match(bsn, '\\d{8,9}') THEN bsn ELSE trim(bsn, ${sqlString(JS_WHITESPACE)}) END AS bsn_trimmed`
      : '';
  const bsnNumber = 'bsn' in fields ? ', TRY_CAST(bsn_trimmed AS BIGINT) AS bsn_number' : '';
  return `SELECT ${names.join(', ')}, concat_ws('; ', NULLIF(problem, ''), ${[...more, 'NULL'].join(', ')}) AS problem
       FROM (SELECT *${bsnNumber}
             FROM (SELECT ${selects.join(', ')}, concat_ws('; ', ${problems.join(', ')}) AS problem${bsnColumns}
                   FROM ${readCsv(file, profile)}))`;
}

/**
 * Creates the temporary stage table from {@link stagedRowsSql}. One statement, no updates afterwards, so the row id
 * stays the line number and later scans stay fast.
 */
export async function stageCsv(store: SqlStore, file: string, profile: MappingProfile): Promise<number> {
  await checkHeader(store, file, profile);
  await store.run(`DROP TABLE IF EXISTS ${STAGE_TABLE}`);
  try {
    // No window function for the line number: a CTAS keeps the file's order (preserve_insertion_order), so the
    // row id gives the line (header = line 1) without buffering the whole file in a window operator.
    const cutoff = (await readRetentionRule(store))?.cutoff ?? null;
    await store.run(`CREATE TEMP TABLE ${STAGE_TABLE} AS ${stagedRowsSql(file, profile, cutoff)}`);
  } catch (error) {
    throw csvReadError(file, error);
  }
  const [{ n }] = (await store.all<{ n: number }>(`SELECT count(*) AS n FROM ${STAGE_TABLE}`)) as [
    { n: number },
  ];
  return n;
}

/** Quarantines the stage's bad rows with their line and reasons, in file order; returns how many. */
export async function quarantineStaged(store: SqlStore, batch: number, file: string): Promise<number> {
  await store.run(
    // Reasons carry no identifying values (field-reasons.ts); the digit scrub is defence in depth.
    `INSERT INTO quarantine SELECT ?, ?, NULL, ${sqlString(atLine(''))} || ${LINE_SQL}, ${scrubDigitsSql('problem')}
     FROM ${STAGE_TABLE} WHERE problem <> '' ORDER BY rowid`,
    [batch, basename(file)],
  );
  const [row] = await store.all<{ n: number }>(
    `SELECT count(*) AS n FROM ${STAGE_TABLE} WHERE problem <> ''`,
  );
  return row?.n ?? 0;
}
