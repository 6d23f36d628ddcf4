/** @module Rolling-origin backtest: refits a method at successive origins and scores its forecasts of the values that followed (MASE, 80 % and 95 % interval coverage). */
import type { FittedModel } from './forecast-types.ts';

export interface BacktestScore {
  /** Mean absolute scaled error: mean |error| / in-sample mean |seasonal difference| (below 1 beats seasonal naive). */
  readonly mase: number;
  /** Share of held-out values inside the 80 % and 95 % intervals. */
  readonly coverage80: number;
  readonly coverage95: number;
  /** Number of (origin, step) forecasts scored. */
  readonly forecasts: number;
}

export interface BacktestOptions {
  /** Season length for the MASE scale (1 = naive differences). */
  readonly season: number;
  /** Steps ahead scored from each origin. */
  readonly horizon: number;
  /** The shortest training series an origin may have. */
  readonly minTrain: number;
  /** At most this many origins (the most recent ones). */
  readonly maxOrigins: number;
}

/** The MASE denominator: the in-sample mean absolute m-step difference (1-step when the series is too short for m). */
export function maseScale(series: readonly number[], season: number): number {
  const m = series.length > season ? season : 1;
  let sum = 0;
  let count = 0;
  for (let t = m; t < series.length; t++) {
    sum += Math.abs((series[t] ?? 0) - (series[t - m] ?? 0));
    count++;
  }
  return count === 0 ? 0 : sum / count;
}

/** The first backtest origin: at most `maxOrigins` origins, the most recent ones, each leaving `minTrain` values. */
export function firstOrigin(length: number, minTrain: number, maxOrigins: number): number {
  return Math.max(minTrain, length - maxOrigins);
}

/** Scores `fit` on a series; undefined when no origin leaves at least `minTrain` values for training. */
export function backtest(
  series: readonly number[],
  fit: (train: readonly number[]) => FittedModel,
  options: BacktestOptions,
): BacktestScore | undefined {
  const n = series.length;
  const first = firstOrigin(n, options.minTrain, options.maxOrigins);
  if (first >= n) return undefined;
  let absError = 0;
  let in80 = 0;
  let in95 = 0;
  let count = 0;
  for (let origin = first; origin < n; origin++) {
    const steps = fit(series.slice(0, origin)).forecast(Math.min(options.horizon, n - origin));
    steps.forEach((step, i) => {
      const actual = series[origin + i] ?? 0;
      absError += Math.abs(actual - step.forecast);
      if (actual >= step.lower80 && actual <= step.upper80) in80++;
      if (actual >= step.lower95 && actual <= step.upper95) in95++;
      count++;
    });
  }
  const scale = maseScale(series, options.season);
  const meanError = absError / count;
  return {
    // A flat history (scale 0): a perfect forecast scores 0, any error scores as infinitely bad.
    mase: scale > 0 ? meanError / scale : meanError === 0 ? 0 : Number.POSITIVE_INFINITY,
    coverage80: in80 / count,
    coverage95: in95 / count,
    forecasts: count,
  };
}
