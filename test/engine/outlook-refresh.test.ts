/**
 * @module The outlook refresh on a real in-memory DuckDB: forecasts and signals stored per series from published
 * cube values, unchanged series skipped, hidden values never signalling, and the nowcast of late claims.
 */
import { describe, expect, it } from 'vitest';
import { refreshForecasts } from '../../src/engine/forecast-service.ts';
import { refreshNowcast } from '../../src/engine/nowcast-service.ts';
import type { SqlStore } from '../../src/store/sql-store.ts';
import { withFixtureDb } from '../helpers/fixture-db.ts';

/** Imported yearly values of a local indicator (amounts are shown as given: no disclosure rounding). */
async function insertYears(
  store: SqlStore,
  indicator: string,
  area: string,
  values: readonly (number | null)[],
) {
  await store.append(
    'indicator_value',
    values.map((value, i) => [
      indicator,
      String(2015 + i),
      area,
      '',
      '',
      null,
      null,
      value,
      'final',
      'GGD',
      '2026-01-01 00:00:00',
    ]),
  );
}

describe('refreshForecasts', () => {
  it('stores a forecast with its backtest, a signal for an outlier, and skips the unchanged series next time', async () => {
    await withFixtureDb(async (store) => {
      await store.run(
        "INSERT INTO area VALUES ('GM0637', 'Zoetermeer', 'gemeente', NULL, NULL, NULL, NULL, 'test')",
      );
      await insertYears(store, 'local.survey', 'GM0637', [40, 41, 40, 42, 41, 40, 41, 42, 41, 70]);
      await insertYears(store, 'local.short', 'GM0637', [10, 11]);

      const first = await refreshForecasts(store);
      expect(first).toMatchObject({ series: 2, refitted: 2, forecasts: 3 });
      const series = await store.all(
        'SELECT indicator, method IS NOT NULL AS has_method, reason, series_length FROM forecast_series ORDER BY indicator',
      );
      expect(series).toEqual([
        { indicator: 'local.short', has_method: false, reason: 'tooShort', series_length: 2 },
        { indicator: 'local.survey', has_method: true, reason: null, series_length: 10 },
      ]);
      const periods = await store.all<{ period: string; forecast: number; lower80: number; upper95: number }>(
        "SELECT period, forecast, lower80, upper95 FROM forecast_value WHERE indicator = 'local.survey' ORDER BY period",
      );
      expect(periods.map((p) => p.period)).toEqual(['2025', '2026', '2027']);
      for (const p of periods) expect(p.lower80).toBeLessThanOrEqual(p.forecast);

      const signals = await store.all<{ period: string; rule: string; sentence: string }>(
        "SELECT period, rule, sentence FROM outlook_signal WHERE indicator = 'local.survey' ORDER BY rule",
      );
      expect(signals.map((s) => [s.period, s.rule])).toEqual([
        ['2024', 'outsideForecast'],
        ['2024', 'outsideLimits'],
      ]);
      expect(signals[0]?.sentence).toMatch(/^2024: 70 ligt boven de verwachte band \(.+, 95 %\)/);

      const second = await refreshForecasts(store);
      expect(second).toMatchObject({ series: 2, refitted: 0 });
      expect(await store.all('SELECT count(*)::INTEGER AS n FROM forecast_value')).toEqual([{ n: 3 }]);
    });
  });

  it('never signals a hidden value', async () => {
    await withFixtureDb(async (store) => {
      await insertYears(store, 'local.survey', 'GM0637', [40, 41, 40, 42, 41, 40, 41, 42, 41, null]);
      await refreshForecasts(store);
      expect(await store.all("SELECT * FROM outlook_signal WHERE period = '2024'")).toEqual([]);
    });
  });
});

describe('refreshNowcast', () => {
  it('stores the expected final figure of the incomplete months per law', async () => {
    await withFixtureDb(async (store) => {
      // 24 care months (2023–2024) of 100 euro each: half arrives the next month, half the month after.
      const rows = [];
      let id = 1;
      for (let m = 0; m < 24; m++) {
        const start = `${2023 + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}-01`;
        for (const lag of [1, 2]) {
          const arrival = m + lag;
          const submitted = `${2023 + Math.floor(arrival / 12)}-${String((arrival % 12) + 1).padStart(2, '0')}-05`;
          // Arrivals known up to 2024-12 only.
          if (arrival > 23) continue;
          rows.push([
            id++,
            'p',
            'jeugd',
            null,
            '45A',
            null,
            null,
            start,
            start,
            1,
            null,
            5000,
            null,
            submitted,
            1,
          ]);
        }
      }
      await store.append('claim', rows);
      const result = await refreshNowcast(store, { maxLag: 2, history: 24, minHistory: 6 });
      expect(result).toMatchObject({ asOf: '2024-12', tooLittleHistory: 0 });
      const nowcast = await store.all(
        "SELECT month, age, provisional_cents, completeness, expected_cents FROM claim_nowcast WHERE category = '' ORDER BY month",
      );
      // 2024-12 (age 0) is left out: history shows nothing arrives within the care month, so there is nothing to scale.
      expect(nowcast).toEqual([
        { month: '2024-11', age: 1, provisional_cents: 5000, completeness: 0.5, expected_cents: 10000 },
      ]);
    });
  });
});
