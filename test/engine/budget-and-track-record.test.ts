/** @module The year-end projection and the forecast track record on a real in-memory DuckDB: claims per month against an imported budget, and kept forecast vintages scored once their outcome is final. */
import { describe, expect, it } from 'vitest';
import { projectBudget } from '../../src/engine/budget-projection-service.ts';
import { refreshForecasts } from '../../src/engine/forecast-service.ts';
import { keepPublishedForecasts, readTrackRecord } from '../../src/engine/track-record-service.ts';
import { forecastSeries } from '../../src/outlook/method-choice.ts';
import type { SqlStore } from '../../src/store/sql-store.ts';
import { withFixtureDb } from '../helpers/fixture-db.ts';

/** Youth claims of category 45 per month from 2023-01 to 2025-06: € 1.000 plus € 10 for each month since the start. */
async function insertClaims(store: SqlStore): Promise<number[]> {
  const rows: (string | number | null)[][] = [];
  const euros: number[] = [];
  for (let i = 0; i < 30; i++) {
    const year = 2023 + Math.floor(i / 12);
    const month = String((i % 12) + 1).padStart(2, '0');
    const amount = 1000 + 10 * i;
    euros.push(amount);
    rows.push([
      i + 1,
      'p1',
      'youth',
      'A1',
      '45',
      '45A01',
      '12345678',
      `${year}-${month}-01`,
      `${year}-${month}-28`,
      1,
      'maand',
      amount * 100,
      `d${i}`,
      null,
      1,
    ]);
  }
  await store.append('claim', rows);
  return euros;
}

describe('projectBudget', () => {
  it('adds the realised months of 2025 and the forecast of the rest, against the budget', async () => {
    await withFixtureDb(async (store) => {
      const euros = await insertClaims(store);
      await store.run(
        "INSERT INTO budget_line VALUES ('b.csv', 2, '2025-01-01', 2025, 'youth', '', '', 'begroting', 1000000, '')",
      );
      const projection = await projectBudget(store);
      expect(projection.year).toBe(2025);
      expect(projection.asOf).toBe('2025-06');
      const [youth, support] = projection.rows;
      const realised = euros.slice(24).reduce((a, b) => a + b, 0);
      const steps = forecastSeries(euros, { kind: 'month', horizon: 6, nonNegative: true });
      if (!steps.ok) throw new Error('expected a forecast');
      const forecast = steps.steps.reduce((a, s) => a + s.forecast, 0);
      expect(youth?.projection).toMatchObject({
        year: 2025,
        realised,
        nowcast: 0,
        months: { realised: 6, nowcast: 0, forecast: 6 },
        budget: 10_000,
      });
      expect(realised).toBe(6 * 1000 + 10 * (24 + 25 + 26 + 27 + 28 + 29));
      expect(youth?.projection?.forecast).toBeCloseTo(forecast, 6);
      expect(youth?.projection?.expected).toBeCloseTo(realised + forecast, 6);
      expect(youth?.projection?.verdict).toBe('overspend');
      expect(youth?.sentence).toMatch(
        /^Jeugdwet 2025: verwacht jaartotaal € 15\.\d{3} .* verwachte overschrijding € /,
      );
      expect(support).toMatchObject({
        domain: 'support',
        projection: null,
        sentence:
          'Wmo 2025: geen jaarprognose, want er zijn geen declaraties van dit domein ingelezen (de monitor leest kosten uit iJw/iWmo-declaraties; uitkeringsbedragen leest hij niet).',
      });
    });
  });
});

/** Yearly imported values of a local indicator from 2015. */
async function insertYears(store: SqlStore, values: readonly [number, string][], from = 2015) {
  await store.append(
    'indicator_value',
    values.map(([value, status], i) => [
      'local.survey',
      String(from + i),
      'GM0637',
      '',
      '',
      null,
      null,
      value,
      status,
      'GGD',
      '2026-01-01 00:00:00',
    ]),
  );
}

describe('forecast track record', () => {
  it('keeps each refreshed forecast as a vintage and scores it once its outcome is final', async () => {
    await withFixtureDb(async (store) => {
      await store.run(
        "INSERT INTO area VALUES ('GM0637', 'Zoetermeer', 'gemeente', NULL, NULL, NULL, NULL, 'test')",
      );
      await insertYears(
        store,
        [40, 41, 40, 42, 41, 40, 41, 42].map((v) => [v, 'final']),
      );
      await refreshForecasts(store);
      const kept = await store.all<{
        origin: string;
        period: string;
        horizon: number;
        lower80: number;
        upper80: number;
      }>(
        "SELECT origin, period, horizon, lower80, upper80 FROM forecast_vintage WHERE vintage = 'refresh' ORDER BY period",
      );
      expect(kept.map((k) => [k.origin, k.period, k.horizon])).toEqual([
        ['2022', '2023', 1],
        ['2022', '2024', 2],
        ['2022', '2025', 3],
      ]);
      expect(await readTrackRecord(store)).toMatchObject({ kept: 3, outcomes: 0, rows: [] });

      // 2023 arrives final (inside the band made in 2022), 2024 only provisionally: one outcome counts.
      const band2023 = kept[0]!;
      const inside = Math.round((band2023.lower80 + band2023.upper80) / 2);
      await insertYears(
        store,
        [
          [inside, 'final'],
          [99, 'provisional'],
        ],
        2023,
      );
      await refreshForecasts(store);
      const record = await readTrackRecord(store);
      expect(record.kept).toBe(6);
      expect(record.outcomes).toBe(1);
      expect(record.rows).toHaveLength(1);
      expect(record.rows[0]).toMatchObject({
        kind: 'year',
        horizon: 1,
        outcomes: 1,
        inside80: 1,
        inside95: 1,
      });

      // A report snapshot keeps the forecasts it shows under its own id.
      const stored = await store.all<{ n: number }>(
        'SELECT count(*)::INTEGER AS n FROM forecast_value v JOIN forecast_series s USING (indicator, area, period_kind) WHERE s.method IS NOT NULL',
      );
      expect(await keepPublishedForecasts(store, 'raad-2026-1')).toBe(stored[0]?.n);
      expect(await keepPublishedForecasts(store, 'raad-2026-1')).toBe(stored[0]?.n);
      const snapshot = await store.all<{ origin: string; period: string; horizon: number }>(
        "SELECT origin, period, horizon FROM forecast_vintage WHERE vintage = 'raad-2026-1' ORDER BY period",
      );
      expect(snapshot.map((k) => [k.origin, k.period, k.horizon])).toEqual([
        ['2024', '2025', 1],
        ['2024', '2026', 2],
        ['2024', '2027', 3],
      ]);
    });
  });
});
