/** @module The data of a funnel plot: each wijk's rate against its size, the gemeente's rate, and the exact Poisson 99,8 % limits as curves over the sizes — small wijken get wide limits, so they do not raise false alarms. */
import { funnelPosition, poissonFunnelLimits, type FunnelPosition } from './funnel-limits.ts';
import { FUNNEL_LEVEL, type FunnelUnit } from './signal-detection.ts';

export interface FunnelPoint {
  readonly area: string;
  readonly name: string;
  readonly denominator: number;
  readonly value: number;
  readonly position: FunnelPosition;
  /** The 99,8 % limits at this wijk's size, on the value's scale. */
  readonly lower: number;
  readonly upper: number;
}

export interface FunnelCurvePoint {
  readonly denominator: number;
  readonly lower: number;
  readonly upper: number;
}

export interface FunnelPlot {
  readonly period: string;
  /** The gemeente's rate on the value's scale (× factor). */
  readonly rate: number;
  readonly points: FunnelPoint[];
  readonly curve: FunnelCurvePoint[];
}

/**
 * The plot of one period. Wijken without a shown value, count or denominator are left out (hidden values never
 * signal). The curve runs over `steps` sizes spaced evenly on a log scale from half the smallest wijk to one and a
 * half times the largest; limits are on the value's scale (count × factor / denominator).
 */
export function funnelPlot(
  period: string,
  gemeente: { numerator: number; denominator: number; factor: number },
  wijken: readonly FunnelUnit[],
  steps = 40,
): FunnelPlot | undefined {
  if (gemeente.denominator <= 0) return undefined;
  const rate = gemeente.numerator / gemeente.denominator;
  const points: FunnelPoint[] = [];
  for (const w of wijken) {
    if (w.observed === null || w.value === null || w.denominator === null || w.denominator <= 0) continue;
    const expected = rate * w.denominator;
    const limits = poissonFunnelLimits(expected, FUNNEL_LEVEL);
    points.push({
      area: w.area,
      name: w.name,
      denominator: w.denominator,
      value: w.value,
      position: funnelPosition(w.observed, expected, FUNNEL_LEVEL),
      lower: (limits.lower * gemeente.factor) / w.denominator,
      upper: (limits.upper * gemeente.factor) / w.denominator,
    });
  }
  if (points.length === 0) return undefined;
  const sizes = points.map((p) => p.denominator);
  const from = Math.log(Math.max(1, Math.min(...sizes) / 2));
  const to = Math.log(Math.max(...sizes) * 1.5);
  const curve: FunnelCurvePoint[] = [];
  for (let i = 0; i <= steps; i++) {
    const denominator = Math.exp(from + ((to - from) * i) / steps);
    const limits = poissonFunnelLimits(rate * denominator, FUNNEL_LEVEL);
    curve.push({
      denominator,
      lower: (limits.lower * gemeente.factor) / denominator,
      upper: (limits.upper * gemeente.factor) / denominator,
    });
  }
  return { period, rate: rate * gemeente.factor, points, curve };
}
