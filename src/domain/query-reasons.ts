/** @module Dutch reasons a query for published values gets no (or an empty) answer; ids, codes and command names stay as they are. */
import type { PeriodKind } from './period.ts';

/** A period kind as one period of it is called (`jaar`), and as its plural (`jaren`). */
export const PERIOD_KIND_NAMES: Record<PeriodKind, { one: string; many: string }> = {
  year: { one: 'jaar', many: 'jaren' },
  half: { one: 'halfjaar', many: 'halfjaren' },
  quarter: { one: 'kwartaal', many: 'kwartalen' },
  month: { one: 'maand', many: 'maanden' },
};

/** An ISO date as Dutch text writes it (dd-mm-jjjj), as messages.ts formatDate does (domain code imports no views). */
const dutchDate = (iso: string): string => `${iso.slice(8, 10)}-${iso.slice(5, 7)}-${iso.slice(0, 4)}`;

const LIST_AREAS = 'bekijk de gebieden (codes en namen) met msd areas list';

/** Why a query is refused (exit 2): each names the input and the valid choices. */
export const QUERY_REFUSED = {
  unknownIndicator: (id: string, ids: readonly string[]) =>
    `onbekende indicator "${id}"; kies uit: ${ids.join(', ')} (zie msd indicators list)`,
  invalidPeriod: (text: string) => `ongeldige periode "${text}" (gebruik 2019, 2019-H1, 2019-Q3 of 2019-07)`,
  unsupportedPeriodKind: (id: string, kind: PeriodKind, kinds: readonly PeriodKind[]) =>
    `${id} kent geen ${PERIOD_KIND_NAMES[kind].many}; wel: ${kinds.map((k) => PERIOD_KIND_NAMES[k].one).join(', ')}`,
  unknownArea: (input: string) => `onbekend gebied "${input}"; ${LIST_AREAS}`,
  ambiguousArea: (input: string, candidates: readonly { code: string; name: string }[]) =>
    `gebied "${input}" is niet eenduidig; kies een code: ${candidates.map((c) => `${c.name} (${c.code})`).join(', ')}`,
  unknownBreakdown: (id: string, key: string, keys: readonly string[]) =>
    keys.length === 0
      ? `${id} kent geen uitsplitsingen, dus ook geen uitsplitsing "${key}"`
      : `${id} kent geen uitsplitsing "${key}"; kies uit: ${keys.join(', ')}`,
};

/** Why an accepted query has no rows (exit 0, said on stderr so the output stays empty). */
export const EMPTY_ANSWER = {
  noValuesYet: (id: string) =>
    `nog geen cijfers voor ${id}; lees gegevens in (msd ingest) en bereken de indicatoren (msd compute)`,
  periodOutside: (period: string, from: string, to: string) =>
    `geen gegevens voor ${period}; de gegevens lopen van ${from} tot ${to}`,
  notPerBuurt: (name: string, code: string) =>
    `geen cijfers voor ${name} (${code}): indicatoren worden berekend voor de gemeente, de wijken en eigen gebieden`,
  areaNotComputed: (id: string, name: string, code: string) =>
    `geen cijfers voor ${id} in ${name} (${code}); bereken de indicatoren opnieuw (msd compute)`,
  noValuesFromSource: (id: string, source: string) => `geen cijfers voor ${id} uit bron "${source}"`,
  purged: (period: string, cutoff: string) =>
    `geen cijfers voor ${period}: gegevens vóór ${dutchDate(cutoff)} zijn verwijderd volgens de bewaartermijn`,
  nothingSelected: (from: string, to: string) =>
    `geen cijfers voor deze selectie; de gegevens lopen van ${from} tot ${to}`,
};
