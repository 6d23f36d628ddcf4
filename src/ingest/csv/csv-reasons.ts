/** @module Dutch quarantine reasons of CSV/XLSX rows (built in SQL by csv-staging.ts) and the workbook's fatal reasons; field names stay the canonical ones. */
import { missingColumns } from '../ingest-reasons.ts';
import type { FieldType } from './record-kinds.ts';

export const BSN_FAILS_ELEVEN_TEST = 'BSN voldoet niet aan de elfproef';
export const END_BEFORE_START = 'einddatum ligt voor de begindatum';
export const END_REASON_WITHOUT_END = 'end_reason is ingevuld maar end_date is leeg';
export const PERIOD_END_BEFORE_START = 'einddatum van de periode ligt voor de begindatum';
export const AREA_NOT_CBS_CODE = 'area is geen CBS-gebiedscode (GM, WK of BU)';

/** Rule of a product category outside the law's code list (the reason builder adds the code when safe). */
export const unknownCategory = (list: string): string => `staat niet in codelijst ${list}`;

export const fieldEmpty = (field: string): string => `${field} is leeg`;

const TYPE_NAMES: Record<Exclude<FieldType, 'text' | 'bsn'>, string> = {
  date: 'is geen geldige datum',
  integer: 'is geen geldig geheel getal',
  number: 'is geen geldig getal',
  boolean: 'is geen geldige ja/nee-waarde',
};

/** Rule of a value that is not of its field's type; the reason builder adds the value when safe (`: 2027-06-31`). */
export const notValidType = (type: Exclude<FieldType, 'text' | 'bsn'>): string => TYPE_NAMES[type];

/** Rule of a value outside its field's closed vocabulary. */
export const UNKNOWN_VALUE = 'heeft een onbekende waarde';

/** Lines are counted as in the file: the header is line 1. */
export const LINE_CONVENTION = 'kopregel = regel 1';

/**
 * A CSV file DuckDB's reader refuses, in Dutch: the line as DuckDB counts it (the header is line 1) and what is wrong,
 * never the line's content (DuckDB quotes it; it may hold personal data).
 */
export function csvReadProblem(message: string): { line: number | null; reason: string } {
  const line = /CSV Error on Line: (\d+)/.exec(message);
  const at = line ? Number(line[1]) : null;
  const columns = /Expected Number of Columns: (\d+) Found: (\d+)/.exec(message);
  if (columns) {
    return { line: at, reason: `regel heeft ${columns[2]} velden, de kopregel ${columns[1]}` };
  }
  if (/Invalid unicode|not utf-8 encoded/i.test(message)) return { line: at, reason: NOT_UTF8 };
  if (/unterminated quote/i.test(message)) {
    return { line: at, reason: 'een aanhalingsteken (") wordt niet gesloten' };
  }
  if (/sniffing|dialect/i.test(message)) {
    return {
      line: null,
      reason:
        'bestand is geen leesbare CSV: scheidingsteken, aanhalingstekens of aantal velden per regel kloppen niet met de kopregel',
    };
  }
  return { line: at, reason: 'bestand is geen leesbare CSV' };
}

/** A file that is not UTF-8 (the usual other encoding of Dutch exports is Windows-1252/Latin-1). */
export const NOT_UTF8 = 'bestand is geen UTF-8 (lijkt Windows-1252/Latin-1); sla het op als UTF-8';

/** The header lacks columns a mapping profile reads. */
export const missingProfileColumns = (columns: readonly string[], profile: string): string =>
  `${missingColumns(columns.map((c) => `"${c}"`))} (nodig voor profiel ${profile})`;

export const NO_WORKSHEET = 'de werkmap heeft geen werkblad';

/** A user profile file that cannot be read (the JSON parser's message follows). */
export const unreadableProfile = (detail: string): string => `profiel is niet leesbaar: ${detail}`;

/** Problems of a mapping profile (zod's own messages, for its built-in checks, stay as they are). */
export const PROFILE_PROBLEMS = {
  unknownField: (field: string, kind: string) => `onbekend veld "${field}" voor soort ${kind}`,
  requiredField: (field: string) => `verplicht veld "${field}" heeft geen kolom of vaste waarde`,
  invalid: (origin: string, problems: readonly string[]) =>
    `ongeldig profiel ${origin}: ${problems.join('; ')}`,
};
