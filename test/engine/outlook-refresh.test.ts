/**
 * @module The outlook refresh on a real in-memory DuckDB: forecasts and signals stored per series from published
 * cube values, unchanged series skipped, hidden values never signalling, and the nowcast of late claims.
 */
import { describe, expect, it } from 'vitest';
import { refreshForecasts } from '../../src/engine/forecast-service.ts';
import { funnelInputs, pointsForFit, seriesNowcast } from '../../src/engine/forecast-service.ts';
import { readIndicatorNowcast, refreshNowcast } from '../../src/engine/nowcast-service.ts';
import { STANDARD_CATALOGUE } from '../../src/catalogue/standard-catalogue.ts';
import { parseIndicatorDefinition } from '../../src/domain/indicator-definition.ts';
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

describe('funnel signals', () => {
  it('flags a large wijk far above the gemeente rate, not a small or hidden one', async () => {
    await withFixtureDb(async (store) => {
      await store.run(`INSERT INTO area VALUES ('GM0637', 'Zoetermeer', 'gemeente', NULL, NULL, NULL, NULL, 't'),
        ('WK063700', 'Centrum', 'wijk', 'GM0637', NULL, NULL, NULL, 't'),
        ('WK063701', 'Rokkeveen', 'wijk', 'GM0637', NULL, NULL, NULL, 't'),
        ('WK063702', 'Buytenwegh', 'wijk', 'GM0637', NULL, NULL, NULL, 't')`);
      // support.clients.per1000 (a rate per 1,000 of a count): gemeente 20 per 1,000; Centrum 35 per 1,000 of 2,000
      // (70 where 40 was expected: its exact 99.8 % interval starts at 46.96); Rokkeveen 10 of 400 (8 expected); Buytenwegh 5: hidden.
      const cells: [string, number, number][] = [
        ['GM0637', 2000, 100_000],
        ['WK063700', 70, 2000],
        ['WK063701', 10, 400],
        ['WK063702', 5, 200],
      ];
      await store.append(
        'indicator_value',
        cells.map(([area, n, d]) => [
          'support.clients.per1000',
          '2024',
          area,
          '',
          '',
          n,
          d,
          (n * 1000) / d,
          'final',
          'computed',
          '2026-01-01 00:00:00',
        ]),
      );
      await refreshForecasts(store);
      const funnel = await store.all<{ area: string; direction: string; sentence: string }>(
        "SELECT area, direction, sentence FROM outlook_signal WHERE rule = 'funnel'",
      );
      expect(funnel.map((f) => [f.area, f.direction])).toEqual([['WK063700', 'high']]);
      // The funnel's upper edge at 40 expected: the count (61.4) whose exact lower limit is 40 → 30.7 per 1,000.
      expect(funnel[0]?.sentence).toBe(
        'Centrum, 2024: 35 ligt boven de trechtergrens 30,7; bij het niveau van de gemeente zou 20 passen (regel: trechter, exacte Poisson-grenzen 99,8 %).',
      );
    });
  });
});

describe('funnel inputs of a claim-based rate', () => {
  it('take the latest final period, leaving out a provisional one whose declarations are still coming in', () => {
    const areas = new Map([
      ['GM0637', { name: 'Zoetermeer', level: 'gemeente' }],
      ['WK063700', { name: 'Centrum', level: 'wijk' }],
    ]);
    const value = (period: string, area: string, numerator: number, status: string) => ({
      indicator: 'local.claims.per1000',
      period,
      area,
      breakdown: null,
      value: numerator / 10,
      numerator,
      denominator: 10000,
      status,
      symbol: '' as const,
    });
    const values = [
      value('2024', 'GM0637', 500, 'final'),
      value('2024', 'WK063700', 60, 'final'),
      value('2025', 'GM0637', 300, 'provisional'),
      value('2025', 'WK063700', 20, 'provisional'),
    ];
    expect(funnelInputs(values, 'year', areas)?.period).toBe('2025');
    const input = funnelInputs(values, 'year', areas, true);
    expect(input?.period).toBe('2024');
    expect(input?.wijken.map((w) => [w.area, w.observed])).toEqual([['WK063700', 60]]);
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
        "SELECT month, age, provisional_cents, completeness, expected_cents FROM claim_nowcast WHERE category = '' AND care_type = '' ORDER BY month",
      );
      // 2024-12 (age 0) is left out: history shows nothing arrives within the care month, so there is nothing to scale.
      expect(nowcast).toEqual([
        { month: '2024-11', age: 1, provisional_cents: 5000, completeness: 0.5, expected_cents: 10000 },
      ]);
    });
  });
});

describe('refreshNowcast per care type', () => {
  it('stores factors per law, care type and category, with the mean claim, and reads a care type’s own', async () => {
    await withFixtureDb(async (store) => {
      // 24 care months (2023–2024), arrivals known up to 2024-12. Category 43 (met verblijf): two claims of 50 euro,
      // one declared a month late, one two months late; category 45 (zonder verblijf): one claim of 100 euro, a month
      // late.
      const month = (m: number, day: string) =>
        `${2023 + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}-${day}`;
      const rows: unknown[][] = [];
      let id = 1;
      for (let m = 0; m < 24; m++)
        for (const [category, lag, cents] of [
          ['43', 1, 5000],
          ['43', 2, 5000],
          ['45', 1, 10000],
        ] as const) {
          if (m + lag > 23) continue;
          rows.push([
            id++,
            'p',
            'youth',
            null,
            category,
            null,
            null,
            month(m, '01'),
            month(m, '28'),
            1,
            null,
            cents,
            null,
            month(m + lag, '05'),
            1,
          ]);
        }
      await store.append('claim', rows as never);
      await refreshNowcast(store, { maxLag: 2, history: 24, minHistory: 6 });
      const stored = await store.all(
        `SELECT care_type, category, completeness, mean_claim_cents FROM claim_nowcast WHERE month = '2024-11'
         ORDER BY care_type, category`,
      );
      // 2024-11 at age 1: met verblijf has half of its 100 euro (0.5), zonder verblijf all (1), the law 150 of 200.
      // Mean claim: 200 euro in 3 lines; met verblijf 100 euro in 2.
      expect(stored).toEqual([
        { care_type: '', category: '', completeness: 0.75, mean_claim_cents: 20000 / 3 },
        { care_type: '', category: '43', completeness: 0.5, mean_claim_cents: 5000 },
        { care_type: '', category: '45', completeness: 1, mean_claim_cents: 10000 },
        { care_type: 'met verblijf', category: '', completeness: 0.5, mean_claim_cents: 5000 },
        { care_type: 'zonder verblijf', category: '', completeness: 1, mean_claim_cents: 10000 },
      ]);
      const base = STANDARD_CATALOGUE.find((d) => d.id === 'youth.cost');
      const local = parseIndicatorDefinition({
        ...base,
        id: 'local.youth.cost.residential',
        filters: { careTypes: ['met verblijf'] },
        breakdowns: [],
      });
      const nowcast = await readIndicatorNowcast(store, local, [...STANDARD_CATALOGUE, local]);
      expect(nowcast?.factors?.claimSize).toBe(50);
      expect(nowcast?.factors?.months.get('2024-11')?.completeness).toBe(0.5);
      // A wijk's 30 euro of residential care in 2024-11 is expected to end at 60.
      const lag = seriesNowcast([{ period: '2024-11', value: 30, status: 'provisional' }], nowcast);
      expect(lag?.finals.get('2024-11')?.expected).toBe(60);
    });
  });
});

describe('claim-based series fitted at their expected final figure', () => {
  it('reads the factors of a claim-cost indicator and applies them to a wijk month and a quarter', async () => {
    await withFixtureDb(async (store) => {
      // youth: 2025-11 is 95 % complete (log spread 0.05), 2025-12 80 % (0.1); one claim is 500 euro on average.
      await store.run(`INSERT INTO claim_nowcast VALUES
        ('youth', '', '', '2025-11', 3, 0, 0.95, 0, 0, 0, 0.05, 50000, '2026-02', 'now'),
        ('youth', '', '', '2025-12', 2, 0, 0.8, 0, 0, 0, 0.1, 50000, '2026-02', 'now')`);
      const definition = (id: string) => STANDARD_CATALOGUE.find((d) => d.id === id);
      expect(
        await readIndicatorNowcast(store, definition('youth.clients'), STANDARD_CATALOGUE),
      ).toBeUndefined();
      const nowcast = await readIndicatorNowcast(store, definition('youth.cost'), STANDARD_CATALOGUE);
      expect(nowcast?.correction).toEqual({
        group: { law: 'youth', careType: '', category: '' },
        figure: 'value',
        basis: 'amount',
      });
      expect(nowcast?.factors?.claimSize).toBe(500);
      // A wijk's 8,000 euro in 2025-12 → 10,000; spread √((10,000 × 0.1)² + 2,000 × 500) / 10,000 = 0.141421.
      const months = [
        { period: '2025-10', value: 9000, status: 'final' },
        { period: '2025-12', value: 8000, status: 'provisional' },
        { period: '2026-01', value: 100, status: 'provisional' },
      ];
      const lag = seriesNowcast(months, nowcast);
      expect(lag?.finals.get('2025-12')?.expected).toBeCloseTo(10000, 6);
      expect(lag?.finals.get('2025-12')?.lower80).toBeCloseTo(8342.3615, 3);
      expect(lag?.finals.get('2025-12')?.upper80).toBeCloseTo(11987.0135, 3);
      expect([...(lag?.withheld ?? [])]).toEqual(['2026-01']);
      expect(pointsForFit(months, lag).map((p) => [p.period, p.value, p.status])).toEqual([
        ['2025-10', 9000, 'final'],
        ['2025-12', 10000, 'provisional'],
        ['2026-01', 100, 'running'],
      ]);
      // 2025-Q4: months 1, 0.95 and 0.8 complete → 27,500 / 0.91667 = 30,000.
      const quarter = seriesNowcast([{ period: '2025-Q4', value: 27500, status: 'provisional' }], nowcast);
      expect(quarter?.finals.get('2025-Q4')?.expected).toBeCloseTo(30000, 6);
      expect(quarter?.finals.get('2025-Q4')?.lower80).toBeCloseTo(28040.6063, 3);
      expect(quarter?.finals.get('2025-Q4')?.upper80).toBeCloseTo(32096.3103, 3);
    });
  });
});
