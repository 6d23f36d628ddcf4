/** @module Migration 8: the outlook — forecasts per series with their backtest score, signals with their Dutch sentence, and nowcasts of late declarations. */
import type { Migration } from './migration.ts';

export const outlook: Migration = {
  version: 8,
  name: 'outlook',
  sql: `
    -- One row per series (indicator × area × period kind, totals): the chosen method and its rolling-origin backtest,
    -- or the reason there is no forecast. fingerprint: the series' published values, so an unchanged series is skipped.
    -- computed_at: ISO text (rows are bulk-appended).
    CREATE TABLE forecast_series (
      indicator VARCHAR NOT NULL, area VARCHAR NOT NULL, period_kind VARCHAR NOT NULL,
      method VARCHAR, mase DOUBLE, coverage80 DOUBLE, coverage95 DOUBLE, backtest_forecasts INTEGER,
      reason VARCHAR, series_length INTEGER NOT NULL, last_period VARCHAR, fingerprint VARCHAR NOT NULL,
      computed_at VARCHAR NOT NULL,
      PRIMARY KEY (indicator, area, period_kind)
    );
    -- The forecast periods of a series (from the first period after the last complete one), with 80 % and 95 % limits.
    CREATE TABLE forecast_value (
      indicator VARCHAR NOT NULL, area VARCHAR NOT NULL, period_kind VARCHAR NOT NULL, period VARCHAR NOT NULL,
      forecast DOUBLE NOT NULL, lower80 DOUBLE NOT NULL, upper80 DOUBLE NOT NULL, lower95 DOUBLE NOT NULL,
      upper95 DOUBLE NOT NULL
    );
    -- Signals: the rule that fired (outsideForecast, outsideLimits, shift, trend, twoOfThree, funnel) and its sentence.
    CREATE TABLE outlook_signal (
      indicator VARCHAR NOT NULL, area VARCHAR NOT NULL, period_kind VARCHAR NOT NULL, period VARCHAR NOT NULL,
      rule VARCHAR NOT NULL, direction VARCHAR NOT NULL, value DOUBLE NOT NULL, sentence VARCHAR NOT NULL
    );
    -- Nowcast of late declarations per law and care type (category '' = the law's total) and care month, in cents.
    CREATE TABLE claim_nowcast (
      law VARCHAR NOT NULL, category VARCHAR NOT NULL, month VARCHAR NOT NULL, age INTEGER NOT NULL,
      provisional_cents DOUBLE NOT NULL, completeness DOUBLE NOT NULL, expected_cents DOUBLE NOT NULL,
      lower80_cents DOUBLE NOT NULL, upper80_cents DOUBLE NOT NULL, as_of VARCHAR NOT NULL,
      computed_at VARCHAR NOT NULL
    );
  `,
};
