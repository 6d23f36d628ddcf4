/**
 * @module Plausibility rules per field, in one place (pure): date windows for care and birth dates, bounds for
 * volumes per unit, amounts, counts and ages, percentages and rates per indicator unit, code patterns (product,
 * wijk, buurt), and the check for a CBS column whose decimal point was lost. Each rule returns a Dutch predicate
 * for {@link fieldReason} (or null when the value is plausible); the SQL forms serve the CSV staging.
 */

/** The earliest date of care, claims, benefits or birth the monitor accepts. */
export const EARLIEST_DATE = '1900-01-01';
/** Care may be planned ahead: dates up to this many years after the delivery (the message's date, or the ingest day). */
export const YEARS_AHEAD = 2;

const isoDay = (date: Date): string => date.toISOString().slice(0, 10);

/** `YYYY-MM-DD` plus whole years (29 February becomes 1 March in a common year). */
export function addYears(iso: string, years: number): string {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCFullYear(date.getUTCFullYear() + years);
  return isoDay(date);
}

/** Today as `YYYY-MM-DD` (UTC): the reference of a delivery without its own date. */
export const today = (): string => isoDay(new Date());

/** The latest plausible date of care for a delivery dated `reference`. */
export const latestCareDate = (reference: string): string => addYears(reference, YEARS_AHEAD);

const outside = (from: string, to: string): string => `ligt buiten ${from} … ${to}`;

/** A real `YYYY-MM-DD` date of care (start, end, period, allocation, message date) within 1900 … delivery + 2 years. */
export function careDateRule(date: string, reference: string): string | null {
  const latest = latestCareDate(reference);
  return date < EARLIEST_DATE || date > latest ? outside(EARLIEST_DATE, latest) : null;
}

/**
 * A real `YYYY-MM-DD` birth date: within 1900 … delivery + 1 year. Care can be allocated before birth (a
 * supervision order for an unborn child), so a birth date up to a pregnancy after the delivery is plausible.
 */
export function birthDateRule(date: string, reference: string): string | null {
  const latest = latestBirthDate(reference);
  return date < EARLIEST_DATE || date > latest ? outside(EARLIEST_DATE, latest) : null;
}

/** The latest plausible birth date for a delivery dated `reference`. */
export const latestBirthDate = (reference: string): string => addYears(reference, 1);

/** SQL of the two date windows for a DATE expression; the reference of a CSV file is the ingest day. */
export function dateRuleSql(typed: string, kind: 'care' | 'birth'): { when: string; rule: string } {
  const reference = today();
  const latest = kind === 'birth' ? latestBirthDate(reference) : latestCareDate(reference);
  return {
    when: `(${typed} < DATE '${EARLIEST_DATE}' OR ${typed} > DATE '${latest}')`,
    rule: outside(EARLIEST_DATE, latest),
  };
}

/**
 * The most of one unit (WJ756) an allocation or claim line can plausibly hold: five years of round-the-clock care
 * (a frequency "totaal binnen geldigheidsduur" allocation covers at most that), and generous ceilings for pieces
 * and euros. Unknown units get the largest ceiling.
 */
export const VOLUME_MAX: Readonly<Record<string, number>> = {
  '01': 5 * 366 * 24 * 60, // minutes
  '04': 5 * 366 * 24, // hours
  '14': 5 * 366, // etmalen
  '16': 5 * 366 * 3, // dagdelen
  '82': 100_000, // pieces (output)
  '83': 5_000_000, // euros
  '84': 100_000, // pieces (effort)
};
export const VOLUME_MAX_ANY = Math.max(...Object.values(VOLUME_MAX));

/** A volume: a non-negative number within its unit's ceiling. */
export function volumeRule(volume: number, unit: string | null): string | null {
  const max = (unit !== null ? VOLUME_MAX[unit] : undefined) ?? VOLUME_MAX_ANY;
  if (!Number.isFinite(volume) || volume < 0 || volume > max) {
    return `ligt buiten 0 … ${max}${unit !== null && VOLUME_MAX[unit] !== undefined ? ` (eenheid ${unit})` : ''}`;
  }
  return null;
}

/** The most one claim line or allocation budget may be, in cents (just under one million euros). */
export const AMOUNT_MAX_CENTS = 99_999_999;
/** A declaration's total, in cents (just under one hundred million euros). */
export const TOTAL_MAX_CENTS = 9_999_999_999;
const AMOUNT_RULE = 'ligt buiten ± 1 miljoen euro';
const TOTAL_RULE = 'ligt buiten ± 100 miljoen euro';

/** An amount in cents (sign from DebetCredit) of a claim line or budget. */
export const amountRule = (cents: number): string | null =>
  Number.isSafeInteger(cents) && Math.abs(cents) <= AMOUNT_MAX_CENTS ? null : AMOUNT_RULE;

/** A declaration's total in cents. */
export const totalRule = (cents: number): string | null =>
  Number.isSafeInteger(cents) && Math.abs(cents) <= TOTAL_MAX_CENTS ? null : TOTAL_RULE;

/** SQL of {@link amountRule} for a BIGINT expression. */
export const amountRuleSql = (typed: string): { when: string; rule: string } => ({
  when: `abs(${typed}) > ${AMOUNT_MAX_CENTS}`,
  rule: AMOUNT_RULE,
});

/** The most persons or households one line of counts (one area, date, age, gender) may hold. */
export const COUNT_MAX = 2_000_000;
/** The highest age in years a population line may have. */
export const AGE_MAX = 120;

/** A count (persons, households, clients): a whole number 0 … `max`. */
export function countRule(value: number, max = COUNT_MAX): string | null {
  if (!Number.isInteger(value)) return 'is geen geheel aantal';
  return value < 0 || value > max ? `ligt buiten 0 … ${max}` : null;
}

/** SQL of {@link countRule} for a BIGINT expression. */
export const countRuleSql = (typed: string, max = COUNT_MAX): { when: string; rule: string } => ({
  when: `(${typed} < 0 OR ${typed} > ${max})`,
  rule: `ligt buiten 0 … ${max}`,
});

/** SQL of {@link volumeRule} for a DOUBLE expression (the unit is free text in a CSV export: the largest ceiling). */
export const volumeRuleSql = (typed: string): { when: string; rule: string } => ({
  when: `(${typed} < 0 OR ${typed} > ${VOLUME_MAX_ANY} OR isnan(${typed}) OR isinf(${typed}))`,
  rule: `ligt buiten 0 … ${VOLUME_MAX_ANY}`,
});

/** Product codes (LDT_ProductCode): one to five letters or digits. */
export const PRODUCT_CODE = '[0-9A-Za-z]{1,5}';
const PRODUCT_CODE_RE = new RegExp(`^${PRODUCT_CODE}$`);
export const PRODUCT_CODE_RULE = 'is geen productcode (1 tot 5 letters of cijfers)';
export const productCodeRule = (code: string): string | null =>
  PRODUCT_CODE_RE.test(code) ? null : PRODUCT_CODE_RULE;

/**
 * Identifiers of records (allocation, declaration, reference, benefit and message numbers) and free code fields
 * (unit, end reason): letters, digits and `. _ / ' -`, no spaces or `@`, at most 20 characters, and not shaped like a
 * day-first date. A name with its initials, an address, a phone number with spaces, an e-mail address or a birth
 * date typed into such a field is refused.
 */
export const IDENTIFIER = "[A-Za-z0-9._/'-]{1,20}";
/** A day-first date (`02-09-1974`, `2/9/1974`): a birth date in the wrong column, never an identifier. */
export const DATE_LIKE = '[0-9]{1,2}[-/.][0-9]{1,2}[-/.][0-9]{4}';
const IDENTIFIER_RE = new RegExp(`^${IDENTIFIER}$`);
const DATE_LIKE_RE = new RegExp(`^${DATE_LIKE}$`);
export const IDENTIFIER_RULE =
  'is geen nummer of code (letters, cijfers en . _ / -, zonder spaties, hoogstens 20 tekens, geen datum)';
export const identifierRule = (text: string): string | null =>
  IDENTIFIER_RE.test(text) && !DATE_LIKE_RE.test(text) ? null : IDENTIFIER_RULE;

/** Gemeente codes (4 digits) and AGB codes (8 digits) in a message header. */
export const PARTY_CODE_RULE = 'is geen gemeentecode (4 cijfers) of AGB-code (8 cijfers)';
export const partyCodeRule = (text: string): string | null =>
  /^\d{4}(\d{4})?$/.test(text) ? null : PARTY_CODE_RULE;

/** A postcode of the postcode table: PC6 (`2711AA`, `2711 AA`) or PC4 (`2711`). */
export const POSTCODE = '[1-9][0-9]{3}( ?[A-Za-z]{2})?';
export const POSTCODE_RULE = 'is geen postcode (1234AB of 1234)';

/** CBS area codes of a wijk and a buurt. */
export const WIJK_CODE = 'WK[0-9]{6}';
export const BUURT_CODE = 'BU[0-9]{8}';
export const WIJK_CODE_RULE = 'is geen CBS-wijkcode (WK en 6 cijfers)';
export const BUURT_CODE_RULE = 'is geen CBS-buurtcode (BU en 8 cijfers)';

/** Figures of an aggregate: the largest plausible value per indicator unit (a share is at most 100 %). */
const UNIT_MAX: Readonly<Record<string, number>> = {
  percent: 100,
  per1000: 1000,
  per10000: 10_000,
  years: 150,
  days: 366 * 150,
};
/** Units whose figures count things: whole numbers, never negative. */
const COUNT_UNITS = new Set([
  'persons',
  'households',
  'trajectories',
  'arrangements',
  'benefits',
  'provisions',
]);
/** The largest absolute figure of any unit (a gemeente's budget in euros fits; int64 overflow does not). */
export const FIGURE_MAX = 1e12;

/** An imported figure of an indicator with `unit`: counts whole and non-negative, rates and shares within range. */
export function figureRule(value: number, unit: string): string | null {
  if (!Number.isFinite(value) || Math.abs(value) > FIGURE_MAX) return 'is geen plausibel getal (te groot)';
  if (COUNT_UNITS.has(unit)) return figureCountRule(value);
  const max = UNIT_MAX[unit];
  if (max !== undefined && (value < 0 || value > max)) return `ligt buiten 0 … ${max} (eenheid ${unit})`;
  return null;
}

/** A counted figure (persons, households, …): whole and not negative (its size is checked by {@link figureRule}). */
function figureCountRule(value: number): string | null {
  if (!Number.isInteger(value)) return 'is geen geheel aantal';
  return value < 0 ? 'is negatief (een aantal is 0 of meer)' : null;
}

/** A numerator or denominator: a whole number 0 … {@link FIGURE_MAX}. */
export const partRule = (value: number): string | null =>
  !Number.isFinite(value) || Math.abs(value) > FIGURE_MAX
    ? 'is geen plausibel getal (te groot)'
    : figureCountRule(value);

/** One figure of a column with what it was computed from, when the table gives that. */
export interface ColumnFigure {
  readonly value: number;
  readonly numerator: number | null;
  readonly denominator: number | null;
}

const RATE_FACTOR: Readonly<Record<string, number>> = { percent: 100, per1000: 1000, per10000: 10_000 };

/**
 * Whether a CBS column's figures look scaled by 10 (a lost decimal point, as in a Kerncijfers file read with the
 * wrong decimal separator): a share above 100 %, a rate above its base, or rates that are ten times what their
 * numerator and denominator give. Returns a Dutch reason for refusing the file, or null.
 */
export function scaledColumnRule(
  column: string,
  unit: string,
  figures: readonly ColumnFigure[],
): string | null {
  const max = UNIT_MAX[unit];
  const factor = RATE_FACTOR[unit];
  if (factor === undefined || max === undefined || figures.length === 0) return null;
  const highest = Math.max(...figures.map((f) => f.value));
  const ratios = figures
    .filter((f) => f.numerator !== null && f.denominator !== null && f.denominator > 0 && f.numerator > 0)
    .map((f) => f.value / ((f.numerator! / f.denominator!) * factor))
    .sort((a, b) => a - b);
  const median = ratios.length > 0 ? ratios[Math.floor(ratios.length / 2)]! : null;
  if (median !== null && median > 8 && median < 12) {
    return `kolom ${column} lijkt met 10 vermenigvuldigd (decimaalteken verloren?): de waarden zijn ongeveer 10 keer teller/noemer; het bestand is geweigerd`;
  }
  if (highest > max) {
    return `kolom ${column} heeft waarden boven ${max} (eenheid ${unit}); lijkt met 10 vermenigvuldigd (decimaalteken verloren?); het bestand is geweigerd`;
  }
  return null;
}
