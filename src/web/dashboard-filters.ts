/**
 * @module The dashboard's filters as URL parameters — `soort` (jaar, halfjaar, kwartaal, maand), `periode`, `gebied`
 * (code or name) and `uitsplitsing` — checked against the indicator and the cube. A bad value is a 400 with the
 * Dutch reason of the query resolution (the same words as `msd indicators show`); a missing one gets a default.
 */
import { HttpError } from '../errors.ts';
import type { IndicatorDefinition } from '../domain/indicator-definition.ts';
import { parsePeriod, PERIOD_KINDS, type PeriodKind } from '../domain/period.ts';
import { PERIOD_KIND_NAMES, QUERY_REFUSED } from '../domain/query-reasons.ts';
import { resolveArea } from '../domain/query-resolution.ts';
import { t } from '../views/messages.ts';
import type { DashboardArea } from './dashboard-context.ts';

/** The raw query string values a page reads (anything else is ignored). */
export interface FilterParams {
  readonly soort?: string | undefined;
  readonly periode?: string | undefined;
  readonly gebied?: string | undefined;
  readonly uitsplitsing?: string | undefined;
}

export interface DashboardFilters {
  readonly periodKind: PeriodKind;
  /** The chosen period (of `periodKind`), or undefined when the indicator has no values of that kind yet. */
  readonly period: string | undefined;
  readonly area: DashboardArea;
  /** The chosen breakdown key ('' = none). */
  readonly breakdown: string;
}

/** `jaar` → year … as the URL writes a period kind. */
export const periodKindParam = (kind: PeriodKind): string => PERIOD_KIND_NAMES[kind].one;

const kindOfParam = (text: string): PeriodKind | undefined =>
  PERIOD_KINDS.find((k) => PERIOD_KIND_NAMES[k].one === text.trim().toLowerCase() || k === text.trim());

const refuse = (message: string): HttpError => new HttpError(400, t('dashBadFilter', { reason: message }));

/** A non-empty parameter value, trimmed; an empty form field counts as not given. */
const given = (value: string | undefined): string | undefined =>
  value === undefined || value.trim() === '' ? undefined : value.trim();

/** The area of `gebied` (code or name; default the gemeente), or a 400 naming the input. */
export function resolveAreaParam(
  value: string | undefined,
  areas: readonly DashboardArea[],
  gemeente: DashboardArea,
): DashboardArea {
  const input = given(value);
  if (input === undefined) return gemeente;
  const found = resolveArea(input, areas);
  if (!found.ok) throw refuse(found.error.message);
  return areas.find((a) => a.code === found.area.code) ?? gemeente;
}

/** The period kind of `soort` (default: year when the indicator has years, else its first kind). */
export function resolvePeriodKind(
  value: string | undefined,
  kinds: readonly PeriodKind[],
  indicator: string,
): PeriodKind {
  const input = given(value);
  if (input === undefined) return kinds.includes('year') ? 'year' : (kinds[0] ?? 'year');
  const kind = kindOfParam(input);
  if (kind === undefined) throw refuse(t('dashBadPeriodKind', { value: input }));
  if (!kinds.includes(kind)) throw refuse(QUERY_REFUSED.unsupportedPeriodKind(indicator, kind, kinds));
  return kind;
}

/**
 * The period of `periode` among the periods that hold values (default: the latest one that is not running, else
 * the latest). A period outside them is a 400 saying which periods there are.
 */
export function resolvePeriodParam(
  value: string | undefined,
  kind: PeriodKind,
  available: readonly { period: string; running: boolean }[],
): string | undefined {
  const input = given(value);
  const ofKind = available.filter((p) => parsePeriod(p.period)?.kind === kind);
  if (input === undefined) {
    const settled = ofKind.filter((p) => !p.running);
    return (settled.at(-1) ?? ofKind.at(-1))?.period;
  }
  const period = parsePeriod(input);
  if (!period) throw refuse(QUERY_REFUSED.invalidPeriod(input));
  if (period.kind !== kind)
    throw refuse(t('dashPeriodNotOfKind', { period: period.id, kind: PERIOD_KIND_NAMES[kind].one }));
  if (!ofKind.some((p) => p.period === period.id)) {
    const first = ofKind[0]?.period;
    const last = ofKind.at(-1)?.period;
    throw refuse(
      first && last
        ? t('dashPeriodOutside', { period: period.id, from: first, to: last })
        : t('dashNoPeriodsOfKind', { kind: PERIOD_KIND_NAMES[kind].many }),
    );
  }
  return period.id;
}

/** The breakdown key of `uitsplitsing` (default: the definition's first, '' when it has none). */
export function resolveBreakdownParam(
  value: string | undefined,
  definition: IndicatorDefinition | undefined,
  indicator: string,
): string {
  const keys: readonly string[] = definition?.breakdowns ?? [];
  const input = given(value);
  if (input === undefined) return keys[0] ?? '';
  if (input === 'geen') return '';
  if (!keys.includes(input)) throw refuse(QUERY_REFUSED.unknownBreakdown(indicator, input, keys));
  return input;
}
