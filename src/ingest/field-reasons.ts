/**
 * @module The one place where a reason about a field's value is built, from (field, rule, value): it knows which
 * fields identify a person (their values are never echoed) and which value shapes of other fields are safe to
 * echo (short codes, year-first dates); the same decision in JavaScript (XML, CBS, values) and in SQL (CSV
 * staging). Plus a last-line scrub of long digit runs as defence in depth.
 */

/** How a field's value may be echoed: `identifying` never, `number` and `text` never, `date` / `code` when safe. */
export const VALUE_KINDS = ['identifying', 'date', 'code', 'number', 'text'] as const;
export type ValueKind = (typeof VALUE_KINDS)[number];

/**
 * Path segments (lower case, without namespace prefix) of fields that identify a person: canonical CSV fields and
 * iJw/iWmo elements. A field is identifying when any segment of its path is one of these, so
 * `Contactgegevens/Contact/Adres/b:Postcode` and `Geboortedatum/b:Datum` are.
 */
const IDENTIFYING_SEGMENTS = new Set([
  'bsn',
  'birth_date',
  'geboortedatum',
  'naam',
  'geslachtsnaam',
  'partnernaam',
  'voornamen',
  'voorletters',
  'achternaam',
  'adres',
  'straatnaam',
  'straat',
  'postcode',
  'huis',
  'huisnummer',
  'huisletter',
  'huisnummertoevoeging',
  'toevoeging',
  'woonplaats',
  'plaats',
  'contact',
  'contactgegevens',
  'telefoon',
  'telefoonnummer',
  'emailadres',
  'email',
  'e-mail',
]);

/** Whether a field (canonical name or element path such as `Client/Geboortedatum/b:Datum`) identifies a person. */
export function isIdentifyingField(field: string): boolean {
  return field
    .split('/')
    .some((segment) => IDENTIFYING_SEGMENTS.has(segment.replace(/^[A-Za-z0-9]+:/, '').toLowerCase()));
}

/** The field's name in a reason: the last path segment without namespace prefix (`b:Datum` → `Datum`). */
export function fieldName(field: string): string {
  const last = field.split('/').pop() ?? field;
  return last.replace(/^[A-Za-z0-9]+:/, '');
}

/** A year-first date shape (also a wrong one: `2027-06-31`, `-2023-01-01`, `99999-01-01`), at most 12 characters. */
const SAFE_DATE = '-?[0-9]{4,5}-[0-9]{1,2}-[0-9]{1,2}';
/** A short code (`45A01`, `XX`); letters only when at most three, so no word or name of four letters or more. */
const SAFE_CODE = '[A-Za-z0-9]{1,6}';
/** Five digits in a row: never echoed (part of a BSN, phone number or amount). */
const DIGIT_RUN = '[0-9]{5}';

const fullMatch = (pattern: string) => new RegExp(`^(?:${pattern})$`);
const SAFE_DATE_RE = fullMatch(SAFE_DATE);
const SAFE_CODE_RE = fullMatch(SAFE_CODE);
const DIGIT_RUN_RE = new RegExp(DIGIT_RUN);

/** Whether `value` of a field of `kind` may appear in a reason. */
export function isSafeToEcho(field: string, kind: ValueKind, value: string): boolean {
  if (isIdentifyingField(field)) return false;
  if (kind === 'date') return SAFE_DATE_RE.test(value);
  if (kind === 'code') {
    return (
      SAFE_CODE_RE.test(value) && !DIGIT_RUN_RE.test(value) && (/[0-9]/.test(value) || value.length <= 3)
    );
  }
  return false;
}

/**
 * The reason for a field that breaks a rule: `<name> <rule>`, followed by `: <value>` only when the value is safe to
 * echo. `rule` is a Dutch predicate (`is geen geldige datum`, `staat niet in codelijst JZ020`).
 */
export function fieldReason(field: string, rule: string, kind: ValueKind, value?: string | null): string {
  const base = `${fieldName(field)} ${rule}`;
  return value !== undefined && value !== null && isSafeToEcho(field, kind, value)
    ? `${base}: ${value}`
    : base;
}

/** A SQL string literal. */
const literal = (text: string): string => `'${text.replaceAll("'", "''")}'`;

/**
 * SQL of {@link fieldReason} for a value computed in SQL (`raw`, VARCHAR): the same echo decision, so a CSV row's
 * reason is built like an XML record's.
 */
export function fieldReasonSql(field: string, rule: string, kind: ValueKind, raw: string): string {
  const base = literal(`${fieldName(field)} ${rule}`);
  if (isIdentifyingField(field) || (kind !== 'date' && kind !== 'code')) return base;
  const safe =
    kind === 'date'
      ? `regexp_full_match(${raw}, ${literal(SAFE_DATE)})`
      : `(regexp_full_match(${raw}, ${literal(SAFE_CODE)}) AND NOT regexp_matches(${raw}, ${literal(DIGIT_RUN)})
          AND (regexp_matches(${raw}, '[0-9]') OR length(${raw}) <= 3))`;
  return `${base} || CASE WHEN ${safe} THEN ': ' || ${raw} ELSE '' END`;
}

/** Eight or more digits, possibly split by single spaces or dots (`9999.00.006`, `99990000 6`): a BSN's shape. */
const LONG_DIGITS = '[0-9](?:[ .]?[0-9]){7,}';
const LONG_DIGITS_RE = new RegExp(LONG_DIGITS, 'g');
/** What a scrubbed digit run becomes. */
export const SCRUBBED = '[getal weggelaten]';

/**
 * Defence in depth for text that leaves the ingest (quarantine, batch errors): long digit runs are replaced.
 * Reasons are built without identifying values already; this catches a producer that slips.
 */
export const scrubDigits = (text: string): string => text.replace(LONG_DIGITS_RE, SCRUBBED);

/** SQL of {@link scrubDigits}. */
export const scrubDigitsSql = (text: string): string =>
  `regexp_replace(${text}, ${literal(LONG_DIGITS)}, ${literal(SCRUBBED)}, 'g')`;
