/** @module From published values of one indicator × area × period kind to the series a forecast is fitted on: consecutive periods, hidden values as gaps, running periods left out of the fit. */
import { parsePeriod, periodsOfKind, type PeriodKind } from '../domain/period.ts';

export interface PublishedPoint {
  readonly period: string;
  /** Null when hidden (geheim) or not computable. */
  readonly value: number | null;
  /** Cube status code: final, provisional, running. */
  readonly status: string;
  /** The published numerator (a ratio's claim-based part); absent when not read. */
  readonly numerator?: number | null;
  /** For a value that is an expected final figure (verwacht definitief): its 80 % interval. */
  readonly lower80?: number;
  readonly upper80?: number;
}

export interface SeriesWindow {
  /** Every period from the first to the last published one, in order; a period without a row is a gap (null). */
  readonly points: readonly PublishedPoint[];
  /** The values the forecast is fitted on: the longest run of shown values ending at the last period that is not running. */
  readonly fitted: readonly number[];
  /** The first period of that run ('' when none). */
  readonly fittedFrom: string;
  /** The periods after the fitted run (running ones first), `horizon` of them. */
  readonly forecastPeriods: readonly string[];
  /** Shown values at the end that were left out because they are running (still filling). */
  readonly running: number;
}

const PER_YEAR: Readonly<Record<PeriodKind, number>> = { year: 1, half: 2, quarter: 4, month: 12 };

/** The `count` periods of a kind that follow `period`. */
export function periodsAfter(period: string, kind: PeriodKind, count: number): string[] {
  const parsed = parsePeriod(period);
  if (parsed === undefined || count <= 0) return [];
  const all = periodsOfKind(kind, parsed.year, parsed.year + Math.ceil(count / PER_YEAR[kind]) + 1).map(
    (p) => p.id,
  );
  const at = all.indexOf(parsed.id);
  return all.slice(at + 1, at + 1 + count);
}

/**
 * Builds the window of a series. A hidden value breaks the run (a forecast never bridges a secret value); the running
 * periods at the end are forecast, not fitted, because their figures are still incomplete.
 */
export function seriesWindow(
  points: readonly PublishedPoint[],
  kind: PeriodKind,
  horizon: number,
): SeriesWindow {
  const byPeriod = new Map(points.map((p) => [p.period, p]));
  const sorted = [...byPeriod.keys()].sort();
  const first = sorted[0];
  const last = sorted.at(-1);
  if (first === undefined || last === undefined)
    return { points: [], fitted: [], fittedFrom: '', forecastPeriods: [], running: 0 };
  const span = ((parsePeriod(last)?.year ?? 0) - (parsePeriod(first)?.year ?? 0) + 1) * PER_YEAR[kind];
  const ids = [first, ...periodsAfter(first, kind, span).filter((p) => p <= last)];
  const full = ids.map((id) => byPeriod.get(id) ?? { period: id, value: null, status: 'missing' });
  let end = full.length;
  while (end > 0 && full[end - 1]?.status === 'running') end--;
  let start = end;
  while (start > 0 && full[start - 1]?.value !== null && full[start - 1]?.value !== undefined) start--;
  const fitted = full.slice(start, end).map((p) => p.value ?? 0);
  const lastFitted = full[end - 1]?.period ?? last;
  return {
    points: full,
    fitted,
    fittedFrom: full[start]?.period ?? '',
    forecastPeriods: periodsAfter(lastFitted, kind, horizon + (full.length - end)),
    running: full.length - end,
  };
}
