/** @module ARIMA(p,d,q) with an optional seasonal difference: fitted by conditional sum of squares (Nelder–Mead over a stationary and invertible parametrisation), forecast with psi-weight variances and 80 %/95 % intervals. */
import { normalStep, type FittedModel } from './forecast-types.ts';
import { nelderMead } from './nelder-mead.ts';

/** An ARIMA(p,d,q)(0,D,0)[m] model; `constant` is the mean of the differenced series (a drift when d + D = 1). */
export interface ArimaSpec {
  readonly p: number;
  readonly d: number;
  readonly q: number;
  /** Seasonal differences (0 or 1) at lag `season`. */
  readonly seasonalD: number;
  readonly season: number;
  readonly constant: boolean;
}

/** Fitted coefficients: AR φ₁…φp and MA θ₁…θq (θ(B) = 1 + θ₁B + …), the mean μ of the differenced series, σ². */
export interface ArimaCoefficients {
  readonly phi: readonly number[];
  readonly theta: readonly number[];
  readonly mean: number;
  readonly sigma2: number;
}

export interface ArimaFit {
  readonly spec: ArimaSpec;
  readonly coefficients: ArimaCoefficients;
  /** One-step residuals on the differenced series, 0 before the first conditioned value. */
  readonly residuals: readonly number[];
  /** Number of residuals summed in the CSS. */
  readonly count: number;
  /** Sum of squared residuals. */
  readonly sse: number;
  /** The optimum in the optimiser's unconstrained coordinates (a warm start for a refit). */
  readonly unconstrained: readonly number[];
}

export interface FitOptions {
  /** Condition on at least this many differenced values (a shared value makes fits of different orders comparable). */
  readonly conditionOn?: number;
  /** Start the optimiser here (a previous fit's `unconstrained`) instead of at zero, with a smaller simplex. */
  readonly warmStart?: readonly number[];
  /** Relative change of the sum of squares at which the optimiser stops (default 1e-8). */
  readonly tolerance?: number;
}

/** Partial autocorrelations are kept strictly inside (−1, 1) so the fitted polynomials stay away from the unit circle. */
const PARTIAL_BOUND = 0.995;

/** The method name, e.g. `arima(1,0,0)`, `arima(0,1,0)+drift` or `arima(0,1,1)(0,1,0)[12]` (a mean is not named). */
export function arimaName(spec: ArimaSpec): string {
  const seasonal = spec.seasonalD > 0 ? `(0,${spec.seasonalD},0)[${spec.season}]` : '';
  const drift = spec.constant && spec.d + spec.seasonalD === 1 ? '+drift' : '';
  return `arima(${spec.p},${spec.d},${spec.q})${seasonal}${drift}`;
}

/** The series differenced `d` times at lag 1 and `seasonalD` times at lag `season`. */
export function differenced(
  series: readonly number[],
  spec: Pick<ArimaSpec, 'd' | 'seasonalD' | 'season'>,
): number[] {
  let w = [...series];
  const lags = [...new Array<number>(spec.seasonalD).fill(spec.season), ...new Array<number>(spec.d).fill(1)];
  for (const lag of lags) w = w.slice(lag).map((v, t) => v - (w[t] ?? 0));
  return w;
}

/**
 * Maps partial autocorrelations r₁…r_k (each in (−1, 1)) to the coefficients a₁…a_k of a stationary polynomial
 * 1 − a₁B − … − a_kB^k by the Durbin–Levinson recursion (Barndorff-Nielsen & Schou 1973; Monahan 1984): every
 * point of the box gives a stationary polynomial and every stationary polynomial has one.
 */
export function partialsToCoefficients(partials: readonly number[]): number[] {
  let a: number[] = [];
  for (const r of partials) a = [...a.map((v, i) => v - r * (a[a.length - 1 - i] ?? 0)), r];
  return a;
}

/** The unconstrained vector u of the optimiser → stationary φ and invertible θ (θ(B) = 1 + θ₁B + … has the roots of a stationary polynomial). */
function coefficientsFrom(u: readonly number[], p: number, q: number): { phi: number[]; theta: number[] } {
  const partial = (x: number): number => PARTIAL_BOUND * Math.tanh(x);
  return {
    phi: partialsToCoefficients(u.slice(0, p).map(partial)),
    theta: partialsToCoefficients(u.slice(p, p + q).map(partial)).map((a) => -a),
  };
}

/** CSS residuals of an ARMA(p,q) on the centred series w, conditioned on its first `start` values (errors before are 0). */
export function cssResiduals(
  w: readonly number[],
  phi: readonly number[],
  theta: readonly number[],
  start: number,
): { residuals: number[]; sse: number } {
  const residuals = new Array<number>(w.length).fill(0);
  let sse = 0;
  for (let t = start; t < w.length; t++) {
    let e = w[t] ?? 0;
    for (let i = 0; i < phi.length; i++) e -= (phi[i] ?? 0) * (w[t - 1 - i] ?? 0);
    for (let j = 0; j < theta.length; j++)
      if (t - 1 - j >= start) e -= (theta[j] ?? 0) * (residuals[t - 1 - j] ?? 0);
    residuals[t] = e;
    sse += e * e;
  }
  return { residuals, sse };
}

/** The number of estimated parameters (φ, θ, the constant and σ²), as counted by AICc. */
export function parameterCount(spec: ArimaSpec): number {
  return spec.p + spec.q + (spec.constant ? 1 : 0) + 1;
}

/**
 * Fits the coefficients of an ARIMA spec by conditional sum of squares, conditioning on the first
 * max(p, `conditionOn`) differenced values. The constant is the sample mean of the differenced series (mean-corrected CSS). σ² = SSE / (residuals − parameters).
 * Undefined when the differenced series leaves fewer than parameters + 2 residuals.
 */
export function fitArimaCoefficients(
  series: readonly number[],
  spec: ArimaSpec,
  options: FitOptions = {},
): ArimaFit | undefined {
  const raw = differenced(series, spec);
  const start = Math.max(spec.p, options.conditionOn ?? 0);
  const count = raw.length - start;
  if (count < parameterCount(spec) + 2) return undefined;
  const mean = spec.constant ? raw.reduce((a, b) => a + b, 0) / raw.length : 0;
  const w = raw.map((v) => v - mean);
  const objective = (u: readonly number[]): number => {
    const { phi, theta } = coefficientsFrom(u, spec.p, spec.q);
    return cssResiduals(w, phi, theta, start).sse;
  };
  const warm = options.warmStart?.length === spec.p + spec.q ? options.warmStart : undefined;
  const best = nelderMead(objective, warm ?? new Array<number>(spec.p + spec.q).fill(0), {
    step: warm === undefined ? 0.4 : 0.2,
    tolerance: options.tolerance ?? 1e-8,
    maxEvaluations: 150 * (spec.p + spec.q + 1),
  });
  const { phi, theta } = coefficientsFrom(best.x, spec.p, spec.q);
  const { residuals, sse } = cssResiduals(w, phi, theta, start);
  const sigma2 = sse / Math.max(1, count - (parameterCount(spec) - 1));
  return { spec, coefficients: { phi, theta, mean, sigma2 }, residuals, count, sse, unconstrained: best.x };
}

/**
 * AICc of a CSS fit: −2 log L + 2k + 2k(k + 1)/(n − k − 1), with the Gaussian log-likelihood at σ²_ML = SSE/n.
 * σ²_ML is floored at a tiny fraction of the series' scale so an exact fit (a constant series) scores finitely.
 */
export function arimaAicc(fit: ArimaFit, scale: number): number {
  const n = fit.count;
  const k = parameterCount(fit.spec);
  const sigma2 = Math.max(fit.sse / n, 1e-12 * (1 + scale * scale));
  const logLik = -0.5 * n * (Math.log(2 * Math.PI * sigma2) + 1);
  return -2 * logLik + 2 * k + (2 * k * (k + 1)) / (n - k - 1);
}

/** The AR polynomial of the undifferenced series, φ(B)(1 − B)^d(1 − B^m)^D, as coefficients a with y_t = Σ aᵢ y_{t−i} + …. */
export function integratedAr(spec: ArimaSpec, phi: readonly number[]): number[] {
  // poly[i] is the coefficient of B^i in the product, poly[0] = 1.
  let poly = [1, ...phi.map((v) => -v)];
  const times = (factor: readonly number[]): void => {
    const out = new Array<number>(poly.length + factor.length - 1).fill(0);
    poly.forEach((a, i) => factor.forEach((b, j) => (out[i + j] = (out[i + j] ?? 0) + a * b)));
    poly = out;
  };
  for (let k = 0; k < spec.d; k++) times([1, -1]);
  for (let k = 0; k < spec.seasonalD; k++) times([1, ...new Array<number>(spec.season - 1).fill(0), -1]);
  return poly.slice(1).map((v) => -v);
}

/** Psi-weights ψ₀ = 1, ψ_j = θ_j + Σ aᵢ ψ_{j−i}: the forecast error h steps ahead has variance σ² Σ_{j<h} ψ_j². */
export function psiWeights(ar: readonly number[], theta: readonly number[], count: number): number[] {
  const psi = [1];
  for (let j = 1; j < count; j++) {
    let v = theta[j - 1] ?? 0;
    for (let i = 1; i <= Math.min(j, ar.length); i++) v += (ar[i - 1] ?? 0) * (psi[j - i] ?? 0);
    psi.push(v);
  }
  return psi;
}

/**
 * Point forecasts and standard deviations h = 1…horizon steps after the series from given coefficients:
 * y_t = Σ aᵢ y_{t−i} + φ(1)μ + e_t + Σ θ_j e_{t−j} with future errors 0; `residuals` are those of the differenced
 * series (aligned to its end).
 */
export function arimaForecast(
  series: readonly number[],
  spec: ArimaSpec,
  coefficients: ArimaCoefficients,
  residuals: readonly number[],
  horizon: number,
): { forecast: number; sd: number }[] {
  const ar = integratedAr(spec, coefficients.phi);
  const intercept = coefficients.mean * (1 - coefficients.phi.reduce((a, b) => a + b, 0));
  const y = [...series];
  const n = series.length;
  // Errors on the series' own index: the differenced series starts at index n − residuals.length.
  const offset = n - residuals.length;
  const error = (t: number): number => (t < n && t >= offset ? (residuals[t - offset] ?? 0) : 0);
  const psi = psiWeights(ar, coefficients.theta, horizon);
  const out: { forecast: number; sd: number }[] = [];
  let variance = 0;
  for (let h = 1; h <= horizon; h++) {
    const t = n + h - 1;
    let value = intercept;
    for (let i = 1; i <= ar.length; i++) value += (ar[i - 1] ?? 0) * (y[t - i] ?? 0);
    for (let j = 1; j <= coefficients.theta.length; j++)
      value += (coefficients.theta[j - 1] ?? 0) * error(t - j);
    y.push(value);
    variance += (psi[h - 1] ?? 0) ** 2;
    out.push({ forecast: value, sd: Math.sqrt(coefficients.sigma2 * variance) });
  }
  return out;
}

/** Fits a spec to a series and returns it as a forecasting model; a RangeError when the series is too short for it. */
export function fitArima(series: readonly number[], spec: ArimaSpec, options: FitOptions = {}): FittedModel {
  return modelOf(series, spec, fitOrThrow(series, spec, options));
}

/**
 * A fit function for one spec that starts each optimisation where the previous one ended: the backtest refits on
 * series one value longer each time, whose optimum barely moves, so the warm start saves most evaluations.
 */
export function warmArimaFitter(spec: ArimaSpec): (series: readonly number[]) => FittedModel {
  let previous: readonly number[] | undefined;
  return (series) => {
    const fit = fitOrThrow(series, spec, previous === undefined ? {} : { warmStart: previous });
    previous = fit.unconstrained;
    return modelOf(series, spec, fit);
  };
}

function fitOrThrow(series: readonly number[], spec: ArimaSpec, options: FitOptions): ArimaFit {
  const fit = fitArimaCoefficients(series, spec, options);
  if (fit === undefined)
    throw new RangeError(`${arimaName(spec)} needs more than ${series.length} values for its coefficients`);
  return fit;
}

function modelOf(series: readonly number[], spec: ArimaSpec, fit: ArimaFit): FittedModel {
  return {
    method: arimaName(spec),
    forecast: (horizon) =>
      arimaForecast(series, spec, fit.coefficients, fit.residuals, horizon).map((s) =>
        normalStep(s.forecast, s.sd),
      ),
  };
}
