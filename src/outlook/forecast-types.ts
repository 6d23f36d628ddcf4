/** @module Shared shapes of the outlook methods: a fitted model's forecast with 80 % and 95 % intervals. */

/** One forecast step: the point forecast and the 80 % and 95 % prediction intervals. */
export interface ForecastStep {
  readonly forecast: number;
  readonly lower80: number;
  readonly upper80: number;
  readonly lower95: number;
  readonly upper95: number;
}

/** A method fitted to a series: forecasts `horizon` steps after its last value. */
export interface FittedModel {
  readonly method: string;
  forecast(horizon: number): ForecastStep[];
}

/** z-values of the two central intervals under normal errors. */
export const Z80 = 1.2815515655446004;
export const Z95 = 1.959963984540054;

/** Builds a step from a point forecast and its forecast standard deviation. */
export function normalStep(forecast: number, sd: number): ForecastStep {
  return {
    forecast,
    lower80: forecast - Z80 * sd,
    upper80: forecast + Z80 * sd,
    lower95: forecast - Z95 * sd,
    upper95: forecast + Z95 * sd,
  };
}

/** Counts and amounts never go negative: the point and the limits are cut at zero. */
export function nonNegative(step: ForecastStep): ForecastStep {
  return {
    forecast: Math.max(0, step.forecast),
    lower80: Math.max(0, step.lower80),
    upper80: Math.max(0, step.upper80),
    lower95: Math.max(0, step.lower95),
    upper95: Math.max(0, step.upper95),
  };
}
