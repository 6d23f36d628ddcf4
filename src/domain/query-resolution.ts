/** @module Resolves and validates a query for published values (indicator, period, area by code or name, breakdown) against the deployment, for every edge (CLI, JSON API): a resolved query or a typed error with a Dutch message. */
import { QueryError } from '../errors.ts';
import { normaliseAreaCode } from './area-code.ts';
import type { IndicatorDefinition } from './indicator-definition.ts';
import { parsePeriod, type Period } from './period.ts';
import { EMPTY_ANSWER, QUERY_REFUSED } from './query-reasons.ts';

/** A query as a user types it: every part as given. */
export interface QueryRequest {
  readonly indicator: string;
  readonly period?: string | undefined;
  /** An area code (`GM0637`, `0637`, `WK063706`, a custom code) or an area's name (`Oosterheem`, any case). */
  readonly area?: string | undefined;
  readonly breakdown?: string | undefined;
}

/** An area of the deployment as the query needs it. */
export interface AreaRef {
  readonly code: string;
  readonly name: string;
  readonly level: string;
}

/** What the deployment has, read once per query (query-context.ts). */
export interface QueryContext {
  readonly catalogue: readonly IndicatorDefinition[];
  readonly areas: readonly AreaRef[];
  /** Whether the cube holds values of the requested indicator (imported figures may lack a definition). */
  readonly indicatorHasValues: boolean;
}

export interface ResolvedQuery {
  readonly indicator: string;
  /** Undefined for imported figures without a definition: then any period kind and breakdown is let through. */
  readonly definition: IndicatorDefinition | undefined;
  readonly period: Period | undefined;
  readonly area: AreaRef | undefined;
  readonly breakdown: string | undefined;
}

export type QueryResolution =
  { readonly ok: true; readonly query: ResolvedQuery } | { readonly ok: false; readonly error: QueryError };

const refuse = (error: QueryError): QueryResolution => ({ ok: false, error });

/** Folds case and runs of spaces, so `buytenwegh -  de leyens` finds `Buytenwegh - De Leyens`. */
const nameKey = (text: string): string => text.trim().replace(/\s+/g, ' ').toLocaleLowerCase('nl-NL');

/** An area by code first, else by name; several areas with that name are ambiguous. */
export function resolveArea(
  input: string,
  areas: readonly AreaRef[],
): { ok: true; area: AreaRef } | { ok: false; error: QueryError } {
  const code = normaliseAreaCode(input);
  const byCode = areas.find((a) => a.code.toUpperCase() === code);
  if (byCode) return { ok: true, area: byCode };
  const key = nameKey(input);
  const byName = areas.filter((a) => nameKey(a.name) === key);
  if (byName.length === 1) return { ok: true, area: byName[0]! };
  if (byName.length > 1)
    return { ok: false, error: new QueryError('ambiguousArea', QUERY_REFUSED.ambiguousArea(input, byName)) };
  return { ok: false, error: new QueryError('unknownArea', QUERY_REFUSED.unknownArea(input)) };
}

/**
 * Checks a query against the deployment, in the order a reader fixes them: the indicator, the period (its form,
 * then whether the indicator has that kind of period), the area, the breakdown.
 */
export function resolveQuery(request: QueryRequest, context: QueryContext): QueryResolution {
  const id = request.indicator;
  const definition = context.catalogue.find((d) => d.id === id);
  if (!definition && !context.indicatorHasValues) {
    return refuse(
      new QueryError(
        'unknownIndicator',
        QUERY_REFUSED.unknownIndicator(
          id,
          context.catalogue.map((d) => d.id),
        ),
      ),
    );
  }
  let period: Period | undefined;
  if (request.period !== undefined) {
    period = parsePeriod(request.period);
    if (!period) return refuse(new QueryError('invalidPeriod', QUERY_REFUSED.invalidPeriod(request.period)));
    if (definition && !definition.periodKinds.includes(period.kind)) {
      return refuse(
        new QueryError(
          'unsupportedPeriodKind',
          QUERY_REFUSED.unsupportedPeriodKind(id, period.kind, definition.periodKinds),
        ),
      );
    }
  }
  let area: AreaRef | undefined;
  if (request.area !== undefined) {
    const found = resolveArea(request.area, context.areas);
    if (!found.ok) return refuse(found.error);
    area = found.area;
  }
  const breakdown = request.breakdown;
  if (
    breakdown !== undefined &&
    definition &&
    !(definition.breakdowns as readonly string[]).includes(breakdown)
  ) {
    return refuse(
      new QueryError(
        'unknownBreakdown',
        QUERY_REFUSED.unknownBreakdown(id, breakdown, definition.breakdowns),
      ),
    );
  }
  return { ok: true, query: { indicator: id, definition, period, area, breakdown } };
}

/** The periods that hold values of the indicator (any source) and the data's delivery date (meta). */
export interface DataRange {
  readonly periods: readonly string[];
  readonly deliveryDate: string | null;
  /** After a purge: its cut-off and the first day the indicator is computed again (periods before it are frozen). */
  readonly frozen?: { readonly cutoff: string; readonly before: string };
}

/**
 * First month and last date of the data: from the first period's start to the delivery date — or to the last
 * period's end when the values run past the delivery date's periods (figures imported for later years).
 */
export function dataSpan(range: DataRange): { from: string; to: string } | undefined {
  const periods = range.periods.map(parsePeriod).filter((p): p is Period => p !== undefined);
  const [first] = periods;
  if (!first) return undefined;
  const from = periods.reduce((min, p) => (p.start < min ? p.start : min), first.start);
  const lastStart = periods.reduce((max, p) => (p.start > max ? p.start : max), first.start);
  const lastEnd = periods.reduce((max, p) => (p.end > max ? p.end : max), first.end);
  const to = range.deliveryDate !== null && range.deliveryDate >= lastStart ? range.deliveryDate : lastEnd;
  return { from: from.slice(0, 7), to };
}

/** Why a resolved query got no rows, in one Dutch sentence (never an empty answer without a word of why). */
export function emptyAnswerNote(query: ResolvedQuery, range: DataRange, source?: string): string {
  // A period the retention rule froze without values (an indicator defined after the purge): its records are gone.
  if (
    query.period &&
    range.frozen &&
    query.period.start < range.frozen.before &&
    !range.periods.includes(query.period.id)
  )
    return EMPTY_ANSWER.purged(query.period.id, range.frozen.cutoff);
  const span = dataSpan(range);
  if (!span) return EMPTY_ANSWER.noValuesYet(query.indicator);
  if (query.period && !range.periods.includes(query.period.id))
    return EMPTY_ANSWER.periodOutside(query.period.id, span.from, span.to);
  if (query.area?.level === 'buurt') return EMPTY_ANSWER.notPerBuurt(query.area.name, query.area.code);
  if (source !== undefined) return EMPTY_ANSWER.noValuesFromSource(query.indicator, source);
  if (query.area) return EMPTY_ANSWER.areaNotComputed(query.indicator, query.area.name, query.area.code);
  return EMPTY_ANSWER.nothingSelected(span.from, span.to);
}
