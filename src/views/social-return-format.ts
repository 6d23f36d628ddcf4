/** @module Dutch notation of social-return figures on pages and in the report: euros, percentages, ratios and 1–10 scores. */
import { formatEuro } from '../social-return/price-list.ts';
import { ACTOR_LABELS } from '../social-return/social-return-reasons.ts';
import { t, type Locale } from './messages.ts';

export { formatEuro };

const PERCENT: Record<Locale, Intl.NumberFormat> = {
  nl: new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 2 }),
  en: new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 }),
};
const ONE_DECIMAL: Record<Locale, Intl.NumberFormat> = {
  nl: new Intl.NumberFormat('nl-NL', { minimumFractionDigits: 1, maximumFractionDigits: 1 }),
  en: new Intl.NumberFormat('en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 }),
};
const COUNT: Record<Locale, Intl.NumberFormat> = {
  nl: new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 4 }),
  en: new Intl.NumberFormat('en-GB', { maximumFractionDigits: 4 }),
};

/** A fraction as a percentage: 0.0225 → `2,25 %`. */
export const formatPercent = (fraction: number, locale: Locale = 'nl'): string =>
  `${PERCENT[locale].format(Number((fraction * 100).toFixed(6)))} %`;

/** A ratio or score with one decimal: 4.56 → `4,6`. */
export const formatOneDecimal = (value: number, locale: Locale = 'nl'): string =>
  ONE_DECIMAL[locale].format(value);

/** A count as entered (up to 4 decimals): 25.6 → `25,6`. */
export const formatCount = (value: number, locale: Locale = 'nl'): string => COUNT[locale].format(value);

/** The Dutch name of an actor (`rijk-uwv` → `Rijk/UWV`). */
export const actorName = (actor: string): string => ACTOR_LABELS[actor] ?? actor;

/** The label of a document kind. */
export function documentKindLabel(kind: string, locale: Locale = 'nl'): string {
  if (kind === 'casusanalyse') return t('srKindCasusanalyse', {}, locale);
  if (kind === 'programma') return t('srKindProgramma', {}, locale);
  return t('srKindPrijslijst', {}, locale);
}
