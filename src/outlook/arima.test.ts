import { describe, expect, it } from 'vitest';
import {
  arimaForecast,
  arimaName,
  fitArima,
  fitArimaCoefficients,
  partialsToCoefficients,
  warmArimaFitter,
  type ArimaSpec,
} from './arima.ts';
import { arimaMinimumLength, chooseArimaSpec, kpssStatistic, seasonalStrength } from './arima-order.ts';
import { backtest, firstOrigin } from './backtest.ts';
import { Z80, Z95 } from './forecast-types.ts';
import { forecastSeries } from './method-choice.ts';
import { nelderMead } from './nelder-mead.ts';
import { arimaSeries, localLevelSeries, seasonalSeries } from './test-series.fixture.ts';

const spec = (p: number, d: number, q: number, constant = true): ArimaSpec => ({
  p,
  d,
  q,
  seasonalD: 0,
  season: 1,
  constant,
});

describe('ARIMA building blocks', () => {
  it('minimises a smooth function with Nelder–Mead', () => {
    const min = nelderMead(([x = 0, y = 0]) => (x - 1) ** 2 + 3 * (y + 2) ** 2 + 5, [0, 0]);
    expect(min.x[0]).toBeCloseTo(1, 3);
    expect(min.x[1]).toBeCloseTo(-2, 3);
    expect(min.value).toBeCloseTo(5, 6);
  });

  it('maps partial autocorrelations to stationary coefficients (Durbin–Levinson)', () => {
    // AR(2): φ₂ = r₂, φ₁ = r₁(1 − r₂).
    const [phi1, phi2] = partialsToCoefficients([0.5, -0.4]);
    expect(phi1).toBeCloseTo(0.7, 12);
    expect(phi2).toBeCloseTo(-0.4, 12);
  });

  it('tells a random walk from white noise (KPSS) and finds a strong seasonal pattern', () => {
    const walk = arimaSeries(120, 3, { d: 1 });
    const noise = arimaSeries(120, 3, {});
    expect(kpssStatistic(walk)).toBeGreaterThan(0.463);
    expect(kpssStatistic(noise)).toBeLessThan(0.463);
    expect(kpssStatistic(new Array<number>(30).fill(7))).toBeUndefined();
    expect(seasonalStrength(seasonalSeries(72, 1, 4), 12)).toBeGreaterThan(0.64);
    expect(seasonalStrength(noise, 12)).toBeLessThan(0.64);
  });

  it('names the model in the usual notation', () => {
    expect(arimaName(spec(1, 0, 0))).toBe('arima(1,0,0)');
    expect(arimaName(spec(0, 1, 0))).toBe('arima(0,1,0)+drift');
    expect(arimaName({ ...spec(0, 0, 1, false), seasonalD: 1, season: 12 })).toBe('arima(0,0,1)(0,1,0)[12]');
  });
});

describe('ARIMA by hand', () => {
  it('fits AR(1) with a mean by CSS and forecasts one and two steps as computed by hand', () => {
    // y = 2 4 3 5 4 6: mean 4, w = −2 0 −1 1 0 2. CSS conditional on w₀ is least squares of w_t on w_{t−1}:
    // φ = Σ w_t w_{t−1} / Σ w_{t−1}² = (0 + 0 − 1 + 0 + 0) / (4 + 0 + 1 + 1 + 0) = −1/6.
    // Residuals −1/3, −1, 5/6, 1/6, 2 → SSE = 35/6; σ² = SSE / (5 residuals − 2 coefficients) = 35/18.
    const y = [2, 4, 3, 5, 4, 6];
    const fit = fitArimaCoefficients(y, spec(1, 0, 0));
    expect(fit?.coefficients.mean).toBe(4);
    expect(fit?.coefficients.phi[0]).toBeCloseTo(-1 / 6, 3);
    expect(fit?.sse).toBeCloseTo(35 / 6, 6);
    expect(fit?.coefficients.sigma2).toBeCloseTo(35 / 18, 6);
    // One step: 4 + (−1/6)(6 − 4) = 11/3, variance σ²; two steps: 4 + (1/36)·2, variance σ²(1 + 1/36).
    const [h1, h2] = fitArima(y, spec(1, 0, 0)).forecast(2);
    expect(h1?.forecast).toBeCloseTo(11 / 3, 3);
    expect(h1?.upper80).toBeCloseTo(11 / 3 + Z80 * Math.sqrt(35 / 18), 3);
    expect(h2?.forecast).toBeCloseTo(4 + 2 / 36, 3);
    expect(h2?.upper95).toBeCloseTo(4 + 2 / 36 + Z95 * Math.sqrt((35 / 18) * (1 + 1 / 36)), 3);
  });

  it('forecasts from given coefficients: AR(1) φ = 0.5 around 10 with σ² = 4 after a last value of 14', () => {
    const steps = arimaForecast(
      [9, 11, 14],
      spec(1, 0, 0),
      { phi: [0.5], theta: [], mean: 10, sigma2: 4 },
      [],
      3,
    );
    expect(steps.map((s) => s.forecast)).toEqual([12, 11, 10.5]);
    expect(steps.map((s) => s.sd)).toEqual([2, Math.sqrt(5), Math.sqrt(4 * (1 + 0.25 + 0.0625))]);
  });
});

describe('ARIMA on series with a known generating process', () => {
  it('recovers φ = 0.7 of an AR(1) within 0.1 (about 3 standard errors at n = 400)', () => {
    const estimates = [1, 2, 3, 4, 5].map(
      (seed) =>
        fitArimaCoefficients(arimaSeries(400, seed, { phi: 0.7, mean: 50 }), spec(1, 0, 0))?.coefficients,
    );
    for (const c of estimates) {
      expect(Math.abs((c?.phi[0] ?? 0) - 0.7)).toBeLessThan(0.1);
      expect(Math.abs((c?.mean ?? 0) - 50)).toBeLessThan(1);
    }
    // The chosen order keeps the series undifferenced with an AR term on most of them; not on all, because the
    // KPSS test (5 %, short lag window) rejects stationarity too often for a persistent AR(1) (its known size
    // distortion): seeds 3 and 4 score 0.465 and 0.469 against 0.463 and get an ARIMA(p,1,q).
    const chosen = [1, 2, 3, 4, 5].map((seed) => chooseArimaSpec(arimaSeries(400, seed, { phi: 0.7 }), 1));
    expect(chosen.map((s) => (s?.d === 0 && s.p >= 1 ? 'AR' : 'other'))).toEqual([
      'AR',
      'AR',
      'other',
      'other',
      'AR',
    ]);
  });

  it('recovers θ = 0.5 of an MA(1) within 0.1 and σ² = 1 within 0.15', () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const c = fitArimaCoefficients(arimaSeries(400, seed, { theta: 0.5 }), spec(0, 0, 1))?.coefficients;
      expect(Math.abs((c?.theta[0] ?? 0) - 0.5)).toBeLessThan(0.1);
      expect(Math.abs((c?.sigma2 ?? 0) - 1)).toBeLessThan(0.15);
    }
  });

  it('gives 80 % intervals covering 70–90 % and 95 % intervals 90–99 % of rolling-origin outcomes on ARIMA(0,1,1)', () => {
    // As in the method choice: the order is chosen on the values before the first origin (72 here), then every
    // origin refits the coefficients (warm-started) and forecasts 1–3 steps; 60 replications × 24 origins.
    // Measured: 76 % and 93 %. With 48 values before the first origin they are 69 % and 88 % (the intervals
    // ignore the uncertainty of the order and the coefficients); see ADR 0021.
    let in80 = 0;
    let in95 = 0;
    let total = 0;
    for (let seed = 1; seed <= 60; seed++) {
      const series = arimaSeries(96, seed, { d: 1, theta: -0.4, sd: 3 });
      const options = { season: 1, horizon: 3, minTrain: 72, maxOrigins: 24 };
      const chosen = chooseArimaSpec(series.slice(0, firstOrigin(96, 72, 24)), 1);
      if (chosen === undefined) throw new Error('no order chosen');
      const score = backtest(series, warmArimaFitter(chosen), options);
      if (score === undefined) throw new Error('no backtest');
      in80 += score.coverage80 * score.forecasts;
      in95 += score.coverage95 * score.forecasts;
      total += score.forecasts;
    }
    expect(in80 / total).toBeGreaterThanOrEqual(0.7);
    expect(in80 / total).toBeLessThanOrEqual(0.9);
    expect(in95 / total).toBeGreaterThanOrEqual(0.9);
    expect(in95 / total).toBeLessThanOrEqual(0.99);
  });

  it('forecasts a random walk with drift along the drift, with an interval widening as √h', () => {
    const series = arimaSeries(60, 11, { d: 1, mean: 2, sd: 3 });
    const chosen = chooseArimaSpec(series, 1);
    expect(chosen?.d).toBe(1);
    const steps = fitArima(series, spec(0, 1, 0)).forecast(12);
    const drift = ((series.at(-1) ?? 0) - (series[0] ?? 0)) / 59;
    steps.forEach((s, i) => expect(s.forecast).toBeCloseTo((series.at(-1) ?? 0) + drift * (i + 1), 9));
    const width = (i: number): number => (steps[i]?.upper80 ?? 0) - (steps[i]?.lower80 ?? 0);
    expect(width(3) / width(0)).toBeCloseTo(2, 9);
    expect(width(11)).toBeGreaterThan(width(10));
  });
});

describe('ARIMA among the forecast methods', () => {
  it('wins the backtest on drifting random walks, and the forecast of a count is cut at zero', () => {
    // Quarterly counts falling by 1.5 a quarter, from 72 to 1.1 (seed 6): the drift runs below zero.
    const series = arimaSeries(44, 6, { d: 1, mean: -1.5, sd: 1.5, start: 72 });
    expect(Math.min(...series)).toBeGreaterThanOrEqual(0);
    const raw = forecastSeries(series, { kind: 'quarter', horizon: 8, nonNegative: false });
    const cut = forecastSeries(series, { kind: 'quarter', horizon: 8, nonNegative: true });
    if (!raw.ok || !cut.ok) throw new Error('expected a forecast');
    expect(raw.method).toBe('arima(0,1,0)+drift');
    expect(raw.steps.at(-1)?.forecast).toBeLessThan(0);
    for (const s of cut.steps) {
      expect(s.lower95).toBeGreaterThanOrEqual(0);
      expect(s.forecast).toBeGreaterThanOrEqual(0);
    }
    expect(cut.steps[0]?.upper95).toBe(raw.steps[0]?.upper95);
  });

  it('forecasts constant and all-zero series finitely, never NaN', () => {
    for (const value of [0, 25]) {
      const flat = new Array<number>(40).fill(value);
      const chosen = chooseArimaSpec(flat, 12);
      if (chosen === undefined) throw new Error('expected an order');
      for (const s of fitArima(flat, chosen).forecast(12)) {
        expect(s.forecast).toBeCloseTo(value, 9);
        expect(s.upper95).toBeCloseTo(value, 9);
      }
      const outcome = forecastSeries(flat, { kind: 'month', horizon: 12, nonNegative: true });
      if (!outcome.ok) throw new Error('expected a forecast');
      expect(outcome.steps.every((s) => Object.values(s).every(Number.isFinite))).toBe(true);
    }
  });

  it('is tried only from its minimum length, and gives finite forecasts there', () => {
    const min = arimaMinimumLength(4);
    expect(min).toBe(14);
    expect(chooseArimaSpec(localLevelSeries(min - 1, 2), 4)).toBeUndefined();
    const atMinimum = localLevelSeries(min, 2);
    const chosen = chooseArimaSpec(atMinimum, 4);
    if (chosen === undefined) throw new Error('expected an order');
    expect(
      fitArima(atMinimum, chosen)
        .forecast(8)
        .every((s) => Number.isFinite(s.lower95)),
    ).toBe(true);
    // In the method choice a series of exactly that length leaves ARIMA no backtest origin: another method is chosen.
    const outcome = forecastSeries(atMinimum, { kind: 'quarter', horizon: 8, nonNegative: true });
    expect(outcome.ok && !outcome.method.startsWith('arima')).toBe(true);
  });
});
