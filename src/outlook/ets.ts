/** @module Exponential smoothing (ETS with additive errors): simple, damped-trend and seasonal variants in one state-space recursion, fitted by grid search, with analytic prediction intervals. */
import { normalStep, type FittedModel } from './forecast-types.ts';

/** Which ETS model: trend none or damped (A,Ad), season length (1 = none). */
export interface EtsSpec {
  readonly trend: 'none' | 'damped';
  readonly season: number;
}

interface EtsParams {
  readonly alpha: number;
  readonly beta: number;
  readonly gamma: number;
  readonly phi: number;
}

const ALPHAS = [0.05, 0.2, 0.4, 0.6, 0.8, 0.95];
const BETAS = [0.02, 0.15];
const GAMMAS = [0.05, 0.2];
const PHIS = [0.85, 0.98];

/** The method name in the usual ETS(error, trend, season) notation. */
export function etsName(spec: EtsSpec): string {
  return `ets(A,${spec.trend === 'damped' ? 'Ad' : 'N'},${spec.season > 1 ? 'A' : 'N'})`;
}

interface EtsState {
  level: number;
  trend: number;
  /** seasons[i] is the seasonal term of the i-th next period (rotated each step). */
  seasons: number[];
}

function initialState(series: readonly number[], spec: EtsSpec): EtsState {
  const m = spec.season;
  if (m > 1) {
    const first = series.slice(0, m);
    const second = series.slice(m, 2 * m);
    const mean1 = first.reduce((a, b) => a + b, 0) / m;
    const mean2 = second.length === m ? second.reduce((a, b) => a + b, 0) / m : mean1;
    const trend = spec.trend === 'damped' ? (mean2 - mean1) / m : 0;
    // The level sits at the start of the series; the seasons are the first cycle's deviations from its mean.
    return { level: mean1 - trend * ((m + 1) / 2), trend, seasons: first.map((v) => v - mean1) };
  }
  const y0 = series[0] ?? 0;
  const trend = spec.trend === 'damped' && series.length > 1 ? (series[1] ?? y0) - y0 : 0;
  return { level: y0 - trend, trend, seasons: [0] };
}

/** Runs the recursion over the series; returns the sum of squared one-step errors and the final state. */
function filter(series: readonly number[], spec: EtsSpec, p: EtsParams): { sse: number; state: EtsState } {
  const state = initialState(series, spec);
  const damped = spec.trend === 'damped';
  let sse = 0;
  for (const y of series) {
    const season = state.seasons[0] ?? 0;
    const phiTrend = damped ? p.phi * state.trend : 0;
    const error = y - (state.level + phiTrend + season);
    sse += error * error;
    state.level = state.level + phiTrend + p.alpha * error;
    if (damped) state.trend = phiTrend + p.beta * error;
    state.seasons.shift();
    state.seasons.push(season + (spec.season > 1 ? p.gamma * error : 0));
  }
  return { sse, state };
}

function candidateParams(spec: EtsSpec): EtsParams[] {
  const out: EtsParams[] = [];
  for (const alpha of ALPHAS)
    for (const beta of spec.trend === 'damped' ? BETAS : [0])
      for (const gamma of spec.season > 1 ? GAMMAS : [0])
        for (const phi of spec.trend === 'damped' ? PHIS : [1]) {
          // Admissible region (Hyndman et al. 2008): β ≤ α and γ ≤ 1 − α.
          if (beta > alpha || gamma > 1 - alpha) continue;
          out.push({ alpha, beta, gamma, phi });
        }
  return out;
}

/** The number of values a spec needs: two full seasons for a seasonal model, three values otherwise. */
export function etsMinimumLength(spec: EtsSpec): number {
  return spec.season > 1 ? 2 * spec.season + 2 : spec.trend === 'damped' ? 4 : 3;
}

/**
 * Fits an ETS model by grid search over the smoothing parameters (least squares of one-step errors). Forecast
 * variance (Hyndman et al. 2008, class 1): σ²(1 + Σ_{j<h} c_j²), c_j = α + βφ_j + γ·[j mod m = 0], φ_j = φ + … + φ^j;
 * σ² = SSE / (n − parameters − initial states).
 */
export function fitEts(series: readonly number[], spec: EtsSpec): FittedModel {
  const n = series.length;
  if (n < etsMinimumLength(spec))
    throw new RangeError(`${etsName(spec)} needs ${etsMinimumLength(spec)} values, got ${n}`);
  let best: { sse: number; state: EtsState; params: EtsParams } | undefined;
  for (const params of candidateParams(spec)) {
    const run = filter(series, spec, params);
    if (best === undefined || run.sse < best.sse) best = { ...run, params };
  }
  if (best === undefined) throw new RangeError('no admissible ETS parameters');
  const { state, params } = best;
  const m = spec.season;
  const damped = spec.trend === 'damped';
  const freeParams = 1 + (damped ? 3 : 0) + (m > 1 ? m : 0) + (m > 1 ? 1 : 0) + 1;
  const sigma = Math.sqrt(best.sse / Math.max(1, n - freeParams));
  return {
    method: etsName(spec),
    forecast(horizon) {
      const steps = [];
      let phiSum = 0;
      let variance = 1;
      for (let h = 1; h <= horizon; h++) {
        phiSum += damped ? params.phi ** h : 0;
        const season = m > 1 ? (state.seasons[(h - 1) % m] ?? 0) : 0;
        steps.push(normalStep(state.level + phiSum * state.trend + season, sigma * Math.sqrt(variance)));
        // c_h for the next step's variance.
        const c =
          params.alpha + (damped ? params.beta * phiSum : 0) + (m > 1 && h % m === 0 ? params.gamma : 0);
        variance += c * c;
      }
      return steps;
    },
  };
}
