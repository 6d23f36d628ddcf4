/** @module Dutch quarantine reasons of CSV/XLSX rows (built in SQL by csv-staging.ts) and the workbook's fatal reasons; field names stay the canonical ones. */
import { missingColumns } from '../ingest-reasons.ts';
import type { FieldType } from './record-kinds.ts';

export const BSN_FAILS_ELEVEN_TEST = 'BSN voldoet niet aan de elfproef';
export const END_BEFORE_START = 'einddatum ligt voor de begindatum';
export const PERIOD_END_BEFORE_START = 'einddatum van de periode ligt voor de begindatum';
export const AREA_NOT_CBS_CODE = 'area is geen CBS-gebiedscode (GM, WK of BU)';

/** `onbekende productcategorie <code> (niet in <list>)`: the SQL puts the code between the two parts. */
export const UNKNOWN_CATEGORY = {
  before: 'onbekende productcategorie ',
  after: (list: string) => ` (niet in ${list})`,
};

export const fieldEmpty = (field: string): string => `${field} is leeg`;

const TYPE_NAMES: Record<Exclude<FieldType, 'text' | 'bsn'>, string> = {
  date: 'geen geldige datum',
  integer: 'geen geldig geheel getal',
  number: 'geen geldig getal',
  boolean: 'geen geldige ja/nee-waarde',
};

/** Followed by the value in SQL: `start_date is geen geldige datum: 2027-06-31`. */
export const notValidType = (field: string, type: Exclude<FieldType, 'text' | 'bsn'>): string =>
  `${field} is ${TYPE_NAMES[type]}: `;

/** Followed by the value in SQL: `kind heeft onbekende waarde XYZ`. */
export const unknownValue = (field: string): string => `${field} heeft onbekende waarde `;

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
