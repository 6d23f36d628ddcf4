import { describe, expect, it } from 'vitest';
import { backtest, maseScale } from './backtest.ts';
import { fitEts } from './ets.ts';
import { forecastSeries } from './method-choice.ts';
import { methodLabel } from './outlook-reasons.ts';
import { fitSeasonalNaive } from './seasonal-naive.ts';
import { localLevelSeries, seasonalSeries } from './test-series.fixture.ts';

describe('seasonal naive', () => {
  it('repeats last season and widens its interval each full season ahead', () => {
    // m = 4; differences y[t] − y[t−4] are 4, 4, 4, 4, so σ = 4.
    const steps = fitSeasonalNaive([10, 20, 30, 40, 14, 24, 34, 44], 4).forecast(5);
    expect(steps.map((s) => s.forecast)).toEqual([14, 24, 34, 44, 14]);
    expect(steps[0]?.upper80).toBeCloseTo(14 + 1.2815515655 * 4, 6);
    expect(steps[4]?.upper95).toBeCloseTo(14 + 1.959963985 * 4 * Math.SQRT2, 6);
  });

  it('is naive with season length 1, with variance growing with the horizon', () => {
    const model = fitSeasonalNaive([1, 3, 5, 7], 1);
    expect(model.method).toBe('naive');
    const [h1, , h3] = model.forecast(3);
    expect(h1?.forecast).toBe(7);
    expect((h3?.upper80 ?? 0) - 7).toBeCloseTo(((h1?.upper80 ?? 0) - 7) * Math.sqrt(3), 9);
  });
});

describe('ETS', () => {
  it('forecasts a constant series exactly, with a zero-width interval', () => {
    const [step] = fitEts([50, 50, 50, 50, 50, 50], { trend: 'none', season: 1 }).forecast(1);
    expect(step?.forecast).toBeCloseTo(50, 9);
    expect(step?.upper95).toBeCloseTo(50, 9);
  });

  it('follows a straight line with the damped trend, flattening further ahead', () => {
    const line = Array.from({ length: 12 }, (_, t) => 10 + 5 * t);
    const model = fitEts(line, { trend: 'damped', season: 1 });
    expect(model.method).toBe('ets(A,Ad,N)');
    const [h1, h2] = model.forecast(2);
    expect(h1?.forecast).toBeGreaterThan(67);
    expect(h1?.forecast).toBeLessThan(70.5);
    expect((h2?.forecast ?? 0) - (h1?.forecast ?? 0)).toBeLessThan(5);
  });

  it('recovers a seasonal pattern', () => {
    const series = seasonalSeries(60, 7, 1);
    const steps = fitEts(series, { trend: 'none', season: 12 }).forecast(12);
    // Month 60 is the pattern's phase 0 (sin 0 = 0), month 63 its peak (+30).
    expect(steps[0]?.forecast).toBeCloseTo(200, -1);
    expect(steps[3]?.forecast).toBeGreaterThan(222);
    expect(steps[9]?.forecast).toBeLessThan(178);
  });
});

describe('backtest', () => {
  it('scales errors by the in-sample seasonal difference', () => {
    expect(maseScale([1, 2, 4, 7], 1)).toBeCloseTo(2, 9);
    const score = backtest([1, 2, 4, 7], (y) => fitSeasonalNaive(y, 1), {
      season: 1,
      horizon: 1,
      minTrain: 2,
      maxOrigins: 10,
    });
    // Origins 2 and 3: errors 4 − 2 = 2 and 7 − 4 = 3 → mean 2.5 / scale 2.
    expect(score?.mase).toBeCloseTo(1.25, 9);
    expect(score?.forecasts).toBe(2);
  });

  it('gives 80 % intervals that cover 70–90 % of outcomes on series with a known process', () => {
    let in80 = 0;
    let in95 = 0;
    let total = 0;
    for (let seed = 1; seed <= 40; seed++) {
      const series = localLevelSeries(48, seed);
      const score = backtest(series, (y) => fitEts(y, { trend: 'none', season: 1 }), {
        season: 1,
        horizon: 3,
        minTrain: 24,
        maxOrigins: 24,
      });
      if (score === undefined) throw new Error('no backtest');
      in80 += score.coverage80 * score.forecasts;
      in95 += score.coverage95 * score.forecasts;
      total += score.forecasts;
    }
    expect(in80 / total).toBeGreaterThanOrEqual(0.7);
    expect(in80 / total).toBeLessThanOrEqual(0.9);
    expect(in95 / total).toBeGreaterThanOrEqual(0.88);
  });
});

describe('forecastSeries (method choice)', () => {
  it('gives no forecast for fewer than 3 years or 12 months, and says how short', () => {
    expect(forecastSeries([1, 2], { kind: 'year', horizon: 2, nonNegative: true })).toEqual({
      ok: false,
      reason: 'tooShort',
      length: 2,
      minimum: 3,
    });
    expect(forecastSeries(new Array(11).fill(5), { kind: 'month', horizon: 2, nonNegative: true }).ok).toBe(
      false,
    );
  });

  it('chooses a seasonal method for a seasonal monthly series and reports its backtest', () => {
    const outcome = forecastSeries(seasonalSeries(72, 3), { kind: 'month', horizon: 12, nonNegative: true });
    if (!outcome.ok) throw new Error('expected a forecast');
    expect(['ets(A,N,A)', 'ets(A,Ad,A)', 'seasonal-naive']).toContain(outcome.method);
    expect(outcome.score.mase).toBeLessThan(1);
    expect(outcome.steps).toHaveLength(12);
    for (const s of outcome.steps) {
      expect(s.lower95).toBeLessThanOrEqual(s.lower80);
      expect(s.lower80).toBeLessThanOrEqual(s.forecast);
      expect(s.forecast).toBeLessThanOrEqual(s.upper80);
      expect(s.upper80).toBeLessThanOrEqual(s.upper95);
    }
  });

  it('never forecasts a negative count', () => {
    const falling = [40, 30, 22, 15, 9, 5, 2];
    const outcome = forecastSeries(falling, { kind: 'year', horizon: 5, nonNegative: true });
    if (!outcome.ok) throw new Error('expected a forecast');
    for (const s of outcome.steps) expect(s.lower95).toBeGreaterThanOrEqual(0);
    expect(Math.min(...outcome.steps.map((s) => s.forecast))).toBeGreaterThanOrEqual(0);
  });
});

describe('methodLabel', () => {
  it('names every stored method code in Dutch words', () => {
    expect(methodLabel('naive')).toBe('laatste waarde herhalen');
    expect(methodLabel('seasonal-naive')).toBe('waarde van een seizoen eerder herhalen');
    expect(methodLabel('ets(A,N,N)')).toBe('exponentiële afvlakking');
    expect(methodLabel('ets(A,Ad,N)')).toBe('exponentiële afvlakking met gedempte trend');
    expect(methodLabel('ets(A,Ad,A)')).toBe('exponentiële afvlakking met gedempte trend en seizoen');
    expect(methodLabel('arima(1,0,0)')).toBe('ARIMA');
    expect(methodLabel('arima(0,1,0)+drift')).toBe('ARIMA met drift');
    expect(methodLabel('arima(0,1,1)(0,1,0)[12]')).toBe('ARIMA met seizoensverschil');
    expect(methodLabel('iets anders')).toBe('iets anders');
  });
});
