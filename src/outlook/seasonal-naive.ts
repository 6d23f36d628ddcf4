/** @module Seasonal naive forecast (naive when the season length is 1): the value of the same season last cycle, with intervals from its own one-season-back errors. */
import { normalStep, type FittedModel } from './forecast-types.ts';

/**
 * Fits the seasonal naive method with season length `m` (1 = naive: the last value). The forecast h steps ahead is
 * y[n − m(k + 1) + ((h − 1) mod m)], k = ⌊(h − 1)/m⌋; its variance σ²(k + 1), σ² the mean squared m-step difference.
 */
export function fitSeasonalNaive(series: readonly number[], m: number): FittedModel {
  const n = series.length;
  if (n < m + 1) throw new RangeError(`seasonal naive needs more than ${m} values, got ${n}`);
  let sumSquares = 0;
  for (let t = m; t < n; t++) sumSquares += ((series[t] ?? 0) - (series[t - m] ?? 0)) ** 2;
  const sigma = Math.sqrt(sumSquares / (n - m));
  return {
    method: m === 1 ? 'naive' : 'seasonal-naive',
    forecast(horizon) {
      const steps = [];
      for (let h = 1; h <= horizon; h++) {
        const k = Math.floor((h - 1) / m);
        const value = series[n - m + ((h - 1) % m)] ?? 0;
        steps.push(normalStep(value, sigma * Math.sqrt(k + 1)));
      }
      return steps;
    },
  };
}
