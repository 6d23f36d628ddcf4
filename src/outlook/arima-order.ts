/** @module Chooses an ARIMA order for a series: the seasonal difference by seasonal strength, the ordinary difference by a KPSS test, then p, q ∈ {0, 1, 2} and the constant by AICc. */
import { arimaAicc, differenced, fitArimaCoefficients, type ArimaSpec } from './arima.ts';

/** The largest AR and MA orders tried. */
export const MAX_ORDER = 2;

/** KPSS 5 % critical value for level stationarity (Kwiatkowski et al. 1992, table 1). */
const KPSS_CRITICAL_5 = 0.463;

/** Seasonal strength above which the series is differenced at the seasonal lag (Wang, Smith & Hyndman 2006, as in R's nsdiffs). */
const SEASONAL_STRENGTH_THRESHOLD = 0.64;

/** The fewest values ARIMA is tried on: two seasons plus six for a seasonal period kind, ten otherwise. */
export function arimaMinimumLength(season: number): number {
  return season > 1 ? 2 * season + 6 : 10;
}

function mean(xs: readonly number[]): number {
  return xs.reduce((a, b) => a + b, 0) / xs.length;
}

function variance(xs: readonly number[]): number {
  const m = mean(xs);
  return xs.reduce((a, x) => a + (x - m) ** 2, 0) / xs.length;
}

/**
 * The KPSS statistic for level stationarity: Σ S_t² / (n² s²), S_t the partial sums of deviations from the mean,
 * s² the Newey–West long-run variance with ⌊4 (n/100)^¼⌋ lags. Undefined for a constant series.
 */
export function kpssStatistic(series: readonly number[]): number | undefined {
  const n = series.length;
  const m = mean(series);
  const e = series.map((v) => v - m);
  const lags = Math.floor(4 * (n / 100) ** 0.25);
  let longRun = e.reduce((a, v) => a + v * v, 0) / n;
  for (let k = 1; k <= lags; k++) {
    let gamma = 0;
    for (let t = k; t < n; t++) gamma += (e[t] ?? 0) * (e[t - k] ?? 0);
    longRun += (2 * (1 - k / (lags + 1)) * gamma) / n;
  }
  if (!(longRun > 1e-12 * (1 + m * m))) return undefined;
  let partial = 0;
  let sum = 0;
  for (const v of e) {
    partial += v;
    sum += partial * partial;
  }
  return sum / (n * n * longRun);
}

/**
 * Seasonal strength max(0, 1 − Var(R)/Var(S + R)) from a classical decomposition: a centred moving-average trend
 * (2×m for even m), seasonal means of the detrended values, remainder R. 0 when there are fewer than two seasons
 * of detrended values.
 */
export function seasonalStrength(series: readonly number[], m: number): number {
  const n = series.length;
  const half = Math.floor(m / 2);
  const detrended: { t: number; v: number }[] = [];
  for (let t = half; t < n - half; t++) {
    let trend = 0;
    if (m % 2 === 0) {
      for (let k = -half; k <= half; k++)
        trend += ((Math.abs(k) === half ? 0.5 : 1) * (series[t + k] ?? 0)) / m;
    } else {
      for (let k = -half; k <= half; k++) trend += (series[t + k] ?? 0) / m;
    }
    detrended.push({ t, v: (series[t] ?? 0) - trend });
  }
  if (detrended.length < 2 * m) return 0;
  const sums = new Array<number>(m).fill(0);
  const counts = new Array<number>(m).fill(0);
  for (const { t, v } of detrended) {
    sums[t % m] = (sums[t % m] ?? 0) + v;
    counts[t % m] = (counts[t % m] ?? 0) + 1;
  }
  const means = sums.map((s, i) => s / (counts[i] ?? 1));
  const centre = mean(means);
  const seasonal = means.map((v) => v - centre);
  const detrendedValues = detrended.map((d) => d.v);
  const remainder = detrended.map((d) => d.v - (seasonal[d.t % m] ?? 0));
  const total = variance(detrendedValues);
  return total > 0 ? Math.max(0, 1 - variance(remainder) / total) : 0;
}

/** The differences: D = 1 when the seasonal pattern is strong, d = 1 when KPSS rejects (level) stationarity at 5 %. */
export function chooseDifferences(
  series: readonly number[],
  season: number,
): { d: number; seasonalD: number } {
  const seasonalD =
    season > 1 &&
    series.length >= 3 * season &&
    seasonalStrength(series, season) > SEASONAL_STRENGTH_THRESHOLD
      ? 1
      : 0;
  const afterSeasonal = differenced(series, { d: 0, seasonalD, season });
  const kpss = kpssStatistic(afterSeasonal);
  return { d: kpss !== undefined && kpss > KPSS_CRITICAL_5 ? 1 : 0, seasonalD };
}

/**
 * Chooses the ARIMA spec for a series: differences as in `chooseDifferences`, then every p, q ≤ 2 with a constant
 * (a mean when undifferenced; with and without a drift after one difference; none after two) fitted by CSS on the
 * same values (conditioned on the first two), lowest AICc wins (ties: the fewer parameters, tried first).
 * Undefined when the series is shorter than `arimaMinimumLength`.
 */
export function chooseArimaSpec(series: readonly number[], season: number): ArimaSpec | undefined {
  if (series.length < arimaMinimumLength(season)) return undefined;
  const { d, seasonalD } = chooseDifferences(series, season);
  const constants = d + seasonalD === 0 ? [true] : d + seasonalD === 1 ? [false, true] : [false];
  const scale = Math.max(...series.map(Math.abs));
  const specs: ArimaSpec[] = [];
  for (let size = 0; size <= 2 * MAX_ORDER; size++)
    for (let p = Math.max(0, size - MAX_ORDER); p <= Math.min(size, MAX_ORDER); p++)
      for (const constant of constants) specs.push({ p, d, q: size - p, seasonalD, season, constant });
  let best: { spec: ArimaSpec; aicc: number } | undefined;
  // Each order starts from the optimum of the order with one AR (else MA) term less, the new term at zero.
  const optima = new Map<string, readonly number[]>();
  const key = (p: number, q: number, constant: boolean): string => `${p},${q},${constant}`;
  for (const spec of specs) {
    const { p, q, constant } = spec;
    const smaller = p > 0 ? optima.get(key(p - 1, q, constant)) : optima.get(key(p, q - 1, constant));
    const warmStart =
      smaller === undefined
        ? undefined
        : p > 0
          ? [...smaller.slice(0, p - 1), 0, ...smaller.slice(p - 1)]
          : [...smaller, 0];
    const fit = fitArimaCoefficients(series, spec, {
      conditionOn: MAX_ORDER,
      tolerance: 1e-6,
      ...(warmStart === undefined ? {} : { warmStart }),
    });
    if (fit === undefined) continue;
    optima.set(key(p, q, constant), fit.unconstrained);
    const aicc = arimaAicc(fit, scale);
    if (Number.isFinite(aicc) && (best === undefined || aicc < best.aicc)) best = { spec, aicc };
  }
  return best?.spec;
}
