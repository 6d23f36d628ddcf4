/** @module Signals of one series: a value outside the band of the forecast made before it, or an XmR rule; and wijken outside the gemeente's funnel. Hidden values never signal; each signal carries its Dutch sentence. */
import type { ForecastStep } from './forecast-types.ts';
import { funnelPosition, poissonFunnelLimits } from './funnel-limits.ts';
import { xmrLimits, xmrRuleHits } from './control-chart.ts';
import { signalSentence } from './signal-sentences.ts';
import type { SignalDirection, SignalRule } from './signal-rules.ts';

export interface SeriesPoint {
  readonly period: string;
  /** The published value; null when hidden (geheim) or missing. */
  readonly value: number | null;
  /** When the value is an expected final figure (declarations still to come): its 80 % interval. */
  readonly lower80?: number;
  readonly upper80?: number;
}

/** The interval of a point whose value is an expected final figure, if it is one. */
function expectedFinalOf(point: SeriesPoint): { lower80: number; upper80: number } | undefined {
  return point.lower80 !== undefined && point.upper80 !== undefined
    ? { lower80: point.lower80, upper80: point.upper80 }
    : undefined;
}

export interface Signal {
  readonly period: string;
  readonly area: string;
  readonly rule: SignalRule;
  readonly direction: SignalDirection;
  readonly value: number;
  readonly sentence: string;
}

/** The funnel's confidence level: 99.8 % (about 3 standard deviations), as in the public-health funnel plots. */
export const FUNNEL_LEVEL = 0.998;

/** XmR limits come from at most this many values before the latest (the usual 20-point baseline). */
export const XMR_BASELINE = 20;

/**
 * Signals of the latest value of one area's series: the XmR rules, with limits from the (up to 20) values before it
 * (so an outlier does not widen its own limits, and a long-gone level does not set them), and the value against the forecast made before its period (one step
 * ahead from the preceding values), outside that forecast's 95 % band. Earlier periods had their turn when they
 * were the latest; a run (shift, trend) fires while it lasts. When the latest value is an expected final figure
 * (declarations still to come), a rule fires only if it also fires at the edge of its 80 % interval nearest to the
 * reference (the lower edge for a high signal, the upper for a low one): still-missing declarations never signal.
 */
export function seriesSignals(
  area: string,
  points: readonly SeriesPoint[],
  priorForecasts: ReadonlyMap<string, ForecastStep> = new Map(),
): Signal[] {
  const signals: Signal[] = [];
  const values = points.map((p) => p.value);
  const last = points.length - 1;
  const baseline = values.slice(Math.max(0, last - XMR_BASELINE), last);
  const limits = xmrLimits(baseline);
  const interval = points[last] === undefined ? undefined : expectedFinalOf(points[last]);
  if (limits !== undefined && baseline.filter((v) => v !== null).length >= 3) {
    // An expected final figure: the high hits that still fire at its lower edge, the low ones at its upper edge.
    const atEdge = (edge: number, direction: SignalDirection) =>
      xmrRuleHits([...values.slice(0, last), edge], limits).filter(
        (h) => h.index === last && h.direction === direction,
      );
    const edgeHits =
      interval === undefined
        ? undefined
        : [...atEdge(interval.lower80, 'high'), ...atEdge(interval.upper80, 'low')];
    for (const hit of xmrRuleHits(values, limits)) {
      const point = points[hit.index];
      if (hit.index !== last || point?.value === null || point === undefined) continue;
      if (
        edgeHits !== undefined &&
        !edgeHits.some((h) => h.rule === hit.rule && h.direction === hit.direction)
      )
        continue;
      const limit = hit.direction === 'high' ? limits.upper : limits.lower;
      signals.push({
        period: point.period,
        area,
        rule: hit.rule,
        direction: hit.direction,
        value: point.value,
        sentence: signalSentence({
          rule: hit.rule,
          direction: hit.direction,
          period: point.period,
          value: point.value,
          limit,
          reference: limits.mean,
          ...(interval ? { expectedFinal: interval } : {}),
        }),
      });
    }
  }
  for (const point of points.slice(last)) {
    const prior = priorForecasts.get(point.period);
    if (prior === undefined || point.value === null) continue;
    // An expected final figure: its whole 80 % interval must lie outside the band.
    const high = interval?.lower80 ?? point.value;
    const low = interval?.upper80 ?? point.value;
    const direction = high > prior.upper95 ? 'high' : low < prior.lower95 ? 'low' : undefined;
    if (direction === undefined) continue;
    signals.push({
      period: point.period,
      area,
      rule: 'outsideForecast',
      direction,
      value: point.value,
      sentence: signalSentence({
        rule: 'outsideForecast',
        direction,
        period: point.period,
        value: point.value,
        lower: prior.lower95,
        upper: prior.upper95,
        ...(interval ? { expectedFinal: interval } : {}),
      }),
    });
  }
  return signals;
}

export interface FunnelUnit {
  readonly area: string;
  /** The wijk's name for the sentence. */
  readonly name: string;
  /** The published count (numerator); null when hidden. */
  readonly observed: number | null;
  readonly denominator: number | null;
  /** The published value (the rate as shown); null when hidden. */
  readonly value: number | null;
}

/**
 * Wijken outside the gemeente's funnel: expected count = the gemeente's rate (numerator / denominator) × the wijk's
 * denominator; a wijk signals only when the exact Poisson interval of its count excludes that expectation at
 * 99.8 %. The sentence states the limit on the value's own scale (count × factor / denominator; factor 1 for a
 * share, 1000 for a rate per 1,000).
 */
export function funnelSignals(
  period: string,
  gemeente: { numerator: number; denominator: number; factor: number },
  wijken: readonly FunnelUnit[],
): Signal[] {
  if (gemeente.denominator <= 0) return [];
  const rate = gemeente.numerator / gemeente.denominator;
  const signals: Signal[] = [];
  for (const w of wijken) {
    if (w.observed === null || w.value === null || w.denominator === null || w.denominator <= 0) continue;
    const expected = rate * w.denominator;
    const position = funnelPosition(w.observed, expected, FUNNEL_LEVEL);
    if (position === 'within') continue;
    const direction = position === 'above' ? 'high' : 'low';
    const limits = poissonFunnelLimits(expected, FUNNEL_LEVEL);
    // From counts to the value's scale: the value is count × factor / denominator.
    const denominator = w.denominator;
    const onScale = (count: number): number => (count * gemeente.factor) / denominator;
    signals.push({
      period,
      area: w.area,
      rule: 'funnel',
      direction,
      value: w.value,
      sentence: signalSentence({
        rule: 'funnel',
        direction,
        period,
        area: w.name,
        value: w.value,
        limit: onScale(direction === 'high' ? limits.upper : limits.lower),
        reference: onScale(expected),
      }),
    });
  }
  return signals;
}
