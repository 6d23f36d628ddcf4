/** @module Labels of the codes CLI tables and exports show (column headers, breakdowns, units, domains, area levels), Dutch first, English second; unknown codes are shown as they are. */
import type { Locale } from './messages.ts';

type Labels = Readonly<Record<string, Readonly<Record<Locale, string>>>>;

const label = (labels: Labels, code: string, locale: Locale): string => labels[code]?.[locale] ?? code;

/** Column headers of CLI tables and exports, by the field they show. */
const COLUMNS = {
  indicator: { nl: 'indicator', en: 'indicator' },
  indicatorName: { nl: 'naam', en: 'name' },
  period: { nl: 'periode', en: 'period' },
  areaCode: { nl: 'gebiedscode', en: 'area code' },
  areaName: { nl: 'gebied', en: 'area' },
  breakdownCode: { nl: 'uitsplitsingscode', en: 'breakdown code' },
  breakdownLabel: { nl: 'uitsplitsing', en: 'breakdown' },
  value: { nl: 'waarde', en: 'value' },
  numerator: { nl: 'teller', en: 'numerator' },
  denominator: { nl: 'noemer', en: 'denominator' },
  status: { nl: 'status', en: 'status' },
  domain: { nl: 'domein', en: 'domain' },
  unit: { nl: 'eenheid', en: 'unit' },
  periods: { nl: 'perioden', en: 'periods' },
  breakdowns: { nl: 'uitsplitsingen', en: 'breakdowns' },
  code: { nl: 'code', en: 'code' },
  name: { nl: 'naam', en: 'name' },
  level: { nl: 'niveau', en: 'level' },
  parent: { nl: 'hoort bij', en: 'parent' },
  inhabitants: { nl: 'inwoners', en: 'inhabitants' },
  members: { nl: 'bestaat uit', en: 'members' },
  batch: { nl: 'levering', en: 'batch' },
  receivedAt: { nl: 'ontvangen', en: 'received' },
  source: { nl: 'bron', en: 'source' },
  file: { nl: 'bestand', en: 'file' },
  result: { nl: 'resultaat', en: 'result' },
  read: { nl: 'gelezen', en: 'read' },
  stored: { nl: 'opgeslagen', en: 'stored' },
  replaced: { nl: 'vervangen', en: 'replaced' },
  replaces: { nl: 'vervangt', en: 'replaces' },
  skipped: { nl: 'overgeslagen', en: 'skipped' },
  quarantined: { nl: 'quarantaine', en: 'quarantined' },
  duplicate: { nl: 'dubbel', en: 'duplicate' },
  message: { nl: 'bericht', en: 'message' },
  position: { nl: 'plaats', en: 'position' },
  reason: { nl: 'reden', en: 'reason' },
} as const satisfies Labels;

export type ColumnKey = keyof typeof COLUMNS;

export const columnHeader = (key: ColumnKey, locale: Locale = 'nl'): string => COLUMNS[key][locale];

/** Breakdown keys (option values stay these codes: `--breakdown careType`). */
const BREAKDOWN_KEYS: Labels = {
  careType: { nl: 'soort jeugdhulp', en: 'type of youth care' },
  supportType: { nl: 'soort Wmo-ondersteuning', en: 'type of Wmo support' },
  ageGroup: { nl: 'leeftijd', en: 'age group' },
  gender: { nl: 'geslacht', en: 'gender' },
  repeat: { nl: 'nieuw of herhaald', en: 'new or repeat' },
  endReason: { nl: 'reden beëindiging', en: 'end reason' },
  provider: { nl: 'aanbieder', en: 'provider' },
  category: { nl: 'productcategorie', en: 'product category' },
  reentryWithin12m: { nl: 'terug binnen 12 maanden', en: 'back within 12 months' },
  exitReason: { nl: 'reden uitstroom', en: 'exit reason' },
  durationClass: { nl: 'duur', en: 'duration' },
  combination: { nl: 'combinatie van wetten', en: 'combination of laws' },
  providerCount: { nl: 'aantal aanbieders', en: 'number of providers' },
};

/** Breakdown values the engine stores in English; the others (careType, ageGroup, …) are Dutch already. */
const BREAKDOWN_VALUES: Labels = {
  'gender=female': { nl: 'vrouw', en: 'female' },
  'gender=male': { nl: 'man', en: 'male' },
  'gender=unknown': { nl: 'onbekend', en: 'unknown' },
};

/** `soort jeugdhulp` for `careType` (the breakdown's name, e.g. in a table caption). */
export const breakdownKeyLabel = (key: string, locale: Locale = 'nl'): string =>
  label(BREAKDOWN_KEYS, key, locale);

/** `vrouw` for `gender` = `female`; values stored in Dutch are shown as they are. */
export const breakdownValueLabel = (key: string, value: string, locale: Locale = 'nl'): string =>
  BREAKDOWN_VALUES[`${key}=${value}`]?.[locale] ?? value;

/** `soort jeugdhulp: met verblijf` for `careType` = `met verblijf`. */
export function breakdownLabel(key: string, value: string, locale: Locale = 'nl'): string {
  const valueLabel = BREAKDOWN_VALUES[`${key}=${value}`]?.[locale] ?? value;
  return `${label(BREAKDOWN_KEYS, key, locale)}: ${valueLabel}`;
}

const UNITS: Labels = {
  persons: { nl: 'personen', en: 'persons' },
  households: { nl: 'huishoudens', en: 'households' },
  trajectories: { nl: 'trajecten', en: 'trajectories' },
  arrangements: { nl: 'maatwerkarrangementen', en: 'arrangements' },
  benefits: { nl: 'uitkeringen', en: 'benefits' },
  euro: { nl: 'euro', en: 'euro' },
  days: { nl: 'dagen', en: 'days' },
  years: { nl: 'jaren', en: 'years' },
  percent: { nl: 'procent', en: 'percent' },
  per1000: { nl: 'per 1.000', en: 'per 1,000' },
  per10000: { nl: 'per 10.000', en: 'per 10,000' },
};
export const unitLabel = (code: string, locale: Locale = 'nl'): string => label(UNITS, code, locale);

const DOMAINS: Labels = {
  youth: { nl: 'jeugd', en: 'youth' },
  support: { nl: 'Wmo', en: 'support' },
  participation: { nl: 'participatie', en: 'participation' },
  integral: { nl: 'integraal', en: 'integral' },
};
export const domainLabel = (code: string, locale: Locale = 'nl'): string => label(DOMAINS, code, locale);

const AREA_LEVELS: Labels = {
  gemeente: { nl: 'gemeente', en: 'municipality' },
  wijk: { nl: 'wijk', en: 'district' },
  buurt: { nl: 'buurt', en: 'neighbourhood' },
  custom: { nl: 'eigen gebied', en: 'custom area' },
};
export const areaLevelLabel = (code: string, locale: Locale = 'nl'): string =>
  label(AREA_LEVELS, code, locale);

const PERIOD_KINDS: Labels = {
  year: { nl: 'jaar', en: 'year' },
  half: { nl: 'halfjaar', en: 'half year' },
  quarter: { nl: 'kwartaal', en: 'quarter' },
  month: { nl: 'maand', en: 'month' },
};
export const periodKindLabel = (code: string, locale: Locale = 'nl'): string =>
  label(PERIOD_KINDS, code, locale);
