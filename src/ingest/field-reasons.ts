/**
 * @module The one place where a reason about a field's value is built, from (field, rule, value): it knows which
 * fields identify a person (their values are never echoed) and which value shapes of other fields are safe to
 * echo (short codes, year-first dates); the same decision in JavaScript (XML, CBS, values) and in SQL (CSV
 * staging). Plus a last-line scrub of long digit runs as defence in depth.
 */

/**
 * How a field's value may be echoed: `identifying`, `number` and `text` never; the others when their shape is safe:
 * `date` year-first, `code` short, `area` a CBS area code, `period` a period id, `identifier` a catalogue id.
 */
export const VALUE_KINDS = [
  'identifying',
  'date',
  'code',
  'area',
  'period',
  'identifier',
  'number',
  'text',
] as const;
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
/** A postcode's shape (`2726BC`): never echoed as a code. */
const POSTCODE_SHAPE = '[0-9]{4}[A-Za-z]{2}';

/** A CBS area code (`GM0637`, `WK063706`, `BU06370601`). */
const SAFE_AREA = '(GM[0-9]{4}|WK[0-9]{6}|BU[0-9]{8})';
/** Shaped like a period id (`2019`, `2019-H1`, `2019-Q5`, `2019-07`, CBS `2019JJ00`), also a wrong one. */
const SAFE_PERIOD = '[0-9]{4}(-[A-Z]?[0-9]{1,2})?|[0-9]{4}[A-Z]{2}[0-9]{2}';
/** An indicator id, breakdown key or column name of the catalogue (`youth.clients.pct`): lower case, no spaces. */
const SAFE_IDENTIFIER = '[a-z][a-z0-9_.]{0,59}';

const fullMatch = (pattern: string) => new RegExp(`^(?:${pattern})$`);
const SAFE_SHAPES: Partial<Record<ValueKind, RegExp>> = {
  area: fullMatch(SAFE_AREA),
  period: fullMatch(SAFE_PERIOD),
  identifier: fullMatch(SAFE_IDENTIFIER),
};
const SAFE_DATE_RE = fullMatch(SAFE_DATE);
const SAFE_CODE_RE = fullMatch(SAFE_CODE);
const DIGIT_RUN_RE = new RegExp(DIGIT_RUN);
const POSTCODE_RE = fullMatch(POSTCODE_SHAPE);

/** Whether `value` of a field of `kind` may appear in a reason. */
export function isSafeToEcho(field: string, kind: ValueKind, value: string): boolean {
  if (isIdentifyingField(field)) return false;
  if (kind === 'date') return SAFE_DATE_RE.test(value);
  if (kind === 'code') {
    return (
      SAFE_CODE_RE.test(value) &&
      !DIGIT_RUN_RE.test(value) &&
      !POSTCODE_RE.test(value) &&
      (/[0-9]/.test(value) || value.length <= 3)
    );
  }
  return SAFE_SHAPES[kind]?.test(value) ?? false;
}

/** What stands in a reason for a value that is not echoed. */
export const VALUE_WITHHELD = '(waarde niet getoond)';

/** A cell's text quoted for a reason when its shape is safe for `kind`, else {@link VALUE_WITHHELD}. */
export const shown = (kind: ValueKind, value: string): string =>
  isSafeToEcho('', kind, value) ? `"${value}"` : VALUE_WITHHELD;

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
          AND NOT regexp_full_match(${raw}, ${literal(POSTCODE_SHAPE)})
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

/** Text between quotes in a technical message (DuckDB quotes the values it could not convert). */
const QUOTED_RE = /"[^"\n]*"|'[^'\n]*'/g;

/**
 * An unexpected error's message, made safe to store and show: its first line only, quoted values and long digit runs
 * replaced (a database error may quote the value it failed on).
 */
export const scrubTechnicalMessage = (message: string): string =>
  scrubDigits((message.split('\n')[0] ?? '').replace(QUOTED_RE, '"…"'));
