/** @module Turn the curve for the goal tree: an indicator without a target is judged against the forecast made from its baseline years (the published figures up to and including the nulmeting) — better than the trend, as expected, or worse. */
import type { Direction, GoalStatus, PublishedFigure } from '../domain/goal-status.ts';
import type { PeriodValue } from '../domain/goal-tree.ts';
import { parsePeriod } from '../domain/period.ts';
import type { ForecastStep } from '../outlook/forecast-types.ts';
import { forecastSeries } from '../outlook/method-choice.ts';
import { NO_FORECAST } from '../outlook/outlook-reasons.ts';
import { periodsAfter, seriesWindow } from '../outlook/series-window.ts';
import { compareWithTrend, type CurveStatus } from '../outlook/turn-the-curve.ts';

/** The comparison with the trend, as the outputs show it beside the status. */
export interface TrendComparison {
  readonly status: CurveStatus;
  /** The baseline period the trend was forecast from (its last year). */
  readonly baselinePeriod: string;
  readonly method: string;
  readonly forecast: ForecastStep;
  readonly sentence: string;
}

/** How a comparison colours the status: better than the trend is on course, within its band needs attention. */
export const CURVE_STATUS: Readonly<Record<CurveStatus, GoalStatus>> = {
  better: 'op koers',
  withinBand: 'aandacht',
  worse: 'uit koers',
  outsideBandNoDirection: 'geen streefwaarde',
};

export type TrendOutcome =
  | { readonly ok: true; readonly comparison: TrendComparison }
  | { readonly ok: false; readonly reason: string };

const PER_YEAR = { year: 1, half: 2, quarter: 4, month: 12 } as const;

const NO_TREND = {
  otherKind: (baseline: string, period: string) =>
    `geen trend: de nulmeting ${baseline} is geen periode van dezelfde soort als ${period}`,
  notBefore: (baseline: string, period: string) =>
    `geen trend: de nulmeting ${baseline} ligt niet vóór ${period}`,
  noBaselineFigure: (baseline: string) =>
    `geen trend: er is geen getoond cijfer voor de nulmeting ${baseline}`,
  lead: 'geen trend uit de basisjaren',
};

/**
 * Forecasts the indicator from the published figures of the baseline's kind up to and including the baseline period
 * (the run of shown values ending there), as far ahead as `period`, and compares the value with that forecast's 80 %
 * band. A trend needs at least three baseline years (twelve months); otherwise the reason says why there is none.
 */
export function trendStatus(
  value: number,
  period: string,
  baseline: PeriodValue,
  figures: ReadonlyMap<string, PublishedFigure>,
  direction: Direction,
): TrendOutcome {
  const base = parsePeriod(baseline.period);
  const current = parsePeriod(period);
  if (base === undefined || current === undefined || base.kind !== current.kind)
    return { ok: false, reason: NO_TREND.otherKind(baseline.period, period) };
  if (base.id >= current.id) return { ok: false, reason: NO_TREND.notBefore(base.id, current.id) };
  const points = [...figures]
    .filter(([p]) => parsePeriod(p)?.kind === base.kind && p <= base.id)
    .map(([p, f]) => ({ period: p, value: f.hidden ? null : f.value, status: f.valueStatus }));
  const window = seriesWindow(points, base.kind, 1);
  if (window.points.at(-1)?.period !== base.id || window.running > 0 || window.fitted.length === 0)
    return { ok: false, reason: NO_TREND.noBaselineFigure(base.id) };
  const span = (current.year - base.year + 1) * PER_YEAR[base.kind];
  const ahead = periodsAfter(base.id, base.kind, span).indexOf(current.id) + 1;
  const outcome = forecastSeries(window.fitted, { kind: base.kind, horizon: ahead, nonNegative: true });
  if (!outcome.ok)
    return {
      ok: false,
      reason: `${NO_TREND.lead}: ${NO_FORECAST.tooShort(base.kind, outcome.length, outcome.minimum).replace(/^geen voorspelling: /, '')}`,
    };
  const step = outcome.steps[ahead - 1];
  if (step === undefined) return { ok: false, reason: NO_TREND.notBefore(base.id, current.id) };
  const comparison = compareWithTrend(value, step, direction);
  return {
    ok: true,
    comparison: {
      status: comparison.status,
      baselinePeriod: base.id,
      method: outcome.method,
      forecast: step,
      sentence: comparison.sentence,
    },
  };
}

/** The reason of a status judged against the trend: the comparison's sentence, lower-cased as a clause. */
export function trendReason(trend: TrendComparison): string {
  const clause = trend.sentence.charAt(0).toLowerCase() + trend.sentence.slice(1).replace(/\.$/, '');
  return `vergeleken met de trend uit de basisjaren tot en met ${trend.baselinePeriod} (methode ${trend.method}): ${clause}`;
}
