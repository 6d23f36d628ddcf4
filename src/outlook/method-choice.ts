/** @module Chooses a forecast method per series by rolling-origin backtest (lowest MASE) and forecasts h periods ahead with 80 % and 95 % intervals; too short a series gets no forecast and a reason. */
import type { PeriodKind } from '../domain/period.ts';
import { warmArimaFitter } from './arima.ts';
import { arimaMinimumLength, chooseArimaSpec } from './arima-order.ts';
import { backtest, firstOrigin, type BacktestScore } from './backtest.ts';
import { etsMinimumLength, fitEts, type EtsSpec } from './ets.ts';
import { nonNegative, type FittedModel, type ForecastStep } from './forecast-types.ts';
import { fitSeasonalNaive } from './seasonal-naive.ts';

/** Season length per period kind. */
export const SEASON_LENGTH: Readonly<Record<PeriodKind, number>> = {
  year: 1,
  half: 2,
  quarter: 4,
  month: 12,
};

/** The fewest values a series needs for a forecast: three years (twelve months for a monthly series). */
export const MINIMUM_LENGTH: Readonly<Record<PeriodKind, number>> = {
  year: 3,
  half: 6,
  quarter: 12,
  month: 12,
};

type Fit = (train: readonly number[]) => FittedModel;

interface Candidate {
  readonly name: string;
  readonly minLength: number;
  /**
   * The method's fit, given the values before the first backtest origin: ARIMA chooses its order there, so the
   * backtest never scores values the order was chosen on. Undefined: the method is not tried on this series.
   */
  readonly prepare: (beforeBacktest: readonly number[]) => Fit | undefined;
}

function fixed(name: string, minLength: number, fit: Fit): Candidate {
  return { name, minLength, prepare: () => fit };
}

function candidates(season: number): Candidate[] {
  const list: Candidate[] = [
    fixed('naive', 2, (y) => fitSeasonalNaive(y, 1)),
    ...(
      [
        { trend: 'none', season: 1 },
        { trend: 'damped', season: 1 },
      ] as const
    ).map((spec) => etsCandidate(spec)),
  ];
  if (season > 1) {
    list.push(fixed('seasonal-naive', season + 1, (y) => fitSeasonalNaive(y, season)));
    list.push(etsCandidate({ trend: 'none', season }), etsCandidate({ trend: 'damped', season }));
  }
  list.push(arimaCandidate(season));
  return list;
}

function etsCandidate(spec: EtsSpec): Candidate {
  return fixed('ets', etsMinimumLength(spec), (y) => fitEts(y, spec));
}

/**
 * ARIMA, last (ties go to the simpler methods): the order is chosen by AICc on the values before the first
 * backtest origin and kept; every origin and the final forecast refit its coefficients, each starting from the
 * previous origin's (their training series are at least as long as the one the order was chosen on, so the order
 * always fits).
 */
function arimaCandidate(season: number): Candidate {
  return {
    name: 'arima',
    minLength: arimaMinimumLength(season),
    prepare: (before) => {
      const spec = chooseArimaSpec(before, season);
      if (spec === undefined) return undefined;
      return warmArimaFitter(spec);
    },
  };
}

export type ForecastOutcome =
  | {
      readonly ok: true;
      readonly method: string;
      readonly score: BacktestScore;
      readonly steps: ForecastStep[];
    }
  | { readonly ok: false; readonly reason: 'tooShort'; readonly length: number; readonly minimum: number };

export interface ForecastOptions {
  readonly kind: PeriodKind;
  readonly horizon: number;
  /** Counts and amounts: cut forecasts and limits at zero. */
  readonly nonNegative: boolean;
}

/**
 * Forecasts a series: each candidate that the series is long enough for is backtested from the most recent origins
 * (one season plus a few, at least 4), the lowest MASE wins (ties: the simpler, listed first), and the winner is
 * refitted on the whole series. Its backtest score travels with the forecast.
 */
export function forecastSeries(series: readonly number[], options: ForecastOptions): ForecastOutcome {
  const season = SEASON_LENGTH[options.kind];
  const minimum = MINIMUM_LENGTH[options.kind];
  if (series.length < minimum) return { ok: false, reason: 'tooShort', length: series.length, minimum };
  const btOptions = {
    season,
    horizon: Math.min(options.horizon, season > 1 ? season : 3),
    maxOrigins: Math.max(4, season + 4),
  };
  let best: { fit: Fit; score: BacktestScore } | undefined;
  for (const candidate of candidates(season)) {
    // An origin must leave the method enough values, and the backtest at least one origin.
    const minTrain = Math.max(candidate.minLength, 2);
    if (series.length - minTrain < 1) continue;
    const fit = candidate.prepare(
      series.slice(0, firstOrigin(series.length, minTrain, btOptions.maxOrigins)),
    );
    if (fit === undefined) continue;
    const score = backtest(series, fit, { ...btOptions, minTrain });
    if (score === undefined) continue;
    if (best === undefined || score.mase < best.score.mase) best = { fit, score };
  }
  if (best === undefined) return { ok: false, reason: 'tooShort', length: series.length, minimum };
  const model = best.fit(series);
  const steps = model.forecast(options.horizon);
  return {
    ok: true,
    method: model.method,
    score: best.score,
    steps: options.nonNegative ? steps.map(nonNegative) : steps,
  };
}
