/** @module Migration 12: the budget (begroting and begrotingswijzigingen per year, domain and product category) and the forecast vintages behind the track record. */
import type { Migration } from './migration.ts';

export const budgetAndVintages: Migration = {
  version: 12,
  name: 'budget-and-vintages',
  sql: `
    -- One budget line: a year's amount for a domain (youth, support, participation) and product category ('' = the
    -- whole domain), optionally an Iv3 taakveld; kind begroting or begrotingswijziging (amendments add up).
    -- An import replaces the stored lines of the years its file holds (the file is the budget of those years as it
    -- now stands); file, line and imported_at (ISO text) say where each line came from.
    CREATE TABLE budget_line (
      file VARCHAR NOT NULL, line INTEGER NOT NULL, imported_at VARCHAR NOT NULL, year INTEGER NOT NULL, domain VARCHAR NOT NULL,
      category VARCHAR NOT NULL, taakveld VARCHAR NOT NULL, kind VARCHAR NOT NULL, amount_cents BIGINT NOT NULL,
      description VARCHAR NOT NULL
    );
    -- Every forecast as it was published: made_at (ISO text), the series, the last complete period it was made
    -- from (origin), the forecast period and its horizon (periods after origin), method and intervals. vintage:
    -- 'refresh' for the forecasts stored after a compute, or a snapshot's id so a report snapshot can point at
    -- exactly the forecasts it showed.
    CREATE TABLE forecast_vintage (
      vintage VARCHAR NOT NULL, made_at VARCHAR NOT NULL, indicator VARCHAR NOT NULL, area VARCHAR NOT NULL,
      period_kind VARCHAR NOT NULL, origin VARCHAR NOT NULL, period VARCHAR NOT NULL, horizon INTEGER NOT NULL,
      method VARCHAR NOT NULL, forecast DOUBLE NOT NULL, lower80 DOUBLE NOT NULL, upper80 DOUBLE NOT NULL,
      lower95 DOUBLE NOT NULL, upper95 DOUBLE NOT NULL
    );
  `,
};
