/** @module Exact Poisson limits: the interval for an observed count (Garwood) and the funnel-plot limits around an expected count, so small wijken do not raise false alarms. */
import { gammaQuantile, regularizedGammaP, solveIncreasing } from './special-functions.ts';

export interface CountInterval {
  readonly lower: number;
  readonly upper: number;
}

/**
 * The exact (Garwood) interval for the mean of a Poisson count that was observed as `observed`, at confidence `level`
 * (0.95, 0.998): lower = χ²(α/2; 2x)/2, upper = χ²(1 − α/2; 2x + 2)/2, and lower = 0 when nothing was observed.
 */
export function exactPoissonInterval(observed: number, level: number): CountInterval {
  const alpha = 1 - level;
  const lower = observed <= 0 ? 0 : gammaQuantile(alpha / 2, observed);
  const upper = gammaQuantile(1 - alpha / 2, observed + 1);
  return { lower, upper };
}

/**
 * Funnel limits around an expected count μ (the gemeente's rate × the wijk's denominator): the counts (continuous,
 * for drawing the funnel) at which μ just touches the exact interval of the count. A count below `lower` or above
 * `upper` has an exact interval that excludes μ — exactly the test {@link funnelPosition} makes.
 */
export function poissonFunnelLimits(expected: number, level: number): CountInterval {
  const alpha = 1 - level;
  if (expected <= 0) return { lower: 0, upper: 0 };
  // Upper: the count x whose lower Garwood limit equals μ, i.e. P(x, μ) = α/2 (P falls as x grows).
  const upper = solveIncreasing(
    (x) => 1 - regularizedGammaP(x, expected),
    1 - alpha / 2,
    1e-9,
    expected + 10,
  );
  // Lower: the count x whose upper Garwood limit equals μ, i.e. P(x + 1, μ) = 1 − α/2; none below 0.
  const atZero = regularizedGammaP(1, expected);
  const lower =
    atZero <= 1 - alpha / 2
      ? 0
      : solveIncreasing((x) => 1 - regularizedGammaP(x + 1, expected), alpha / 2, 0, expected + 10);
  return { lower, upper };
}

export type FunnelPosition = 'above' | 'below' | 'within';

/** Where an observed count lies against its expected count at `level`: outside only if its exact interval excludes μ. */
export function funnelPosition(observed: number, expected: number, level: number): FunnelPosition {
  const interval = exactPoissonInterval(observed, level);
  if (expected < interval.lower) return 'above';
  if (expected > interval.upper) return 'below';
  return 'within';
}
