import { describe, expect, it } from 'vitest';
import type { ForecastRow } from '../engine/forecast-rows.ts';
import { forecastChartSpec, SERIES_LABELS, visibleRows } from './forecast-chart.ts';

const row = (
  period: string,
  value: number | null,
  forecast: number | null,
  method: string | null,
): ForecastRow => ({
  indicator: 'youth.cost',
  area: 'GM0637',
  period,
  value,
  forecast,
  lower80: forecast === null ? null : forecast - 10,
  upper80: forecast === null ? null : forecast + 10,
  lower95: forecast === null || method === 'verwacht definitief' ? null : forecast - 20,
  upper95: forecast === null || method === 'verwacht definitief' ? null : forecast + 20,
  method,
});

describe('forecast chart', () => {
  const months = Array.from({ length: 40 }, (_, i) =>
    row(`20${22 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`, 100 + i, null, null),
  );
  const rows = [
    ...months,
    row('2025-05', 90, 120, 'verwacht definitief'),
    row('2025-06', 0, 130, 'ets(A,N,A)'),
    row('2025-07', null, 131, 'ets(A,N,A)'),
  ];

  it('shows the last 36 months of history and every forecast month', () => {
    const shown = visibleRows(rows, 'month');
    // 36 months up to the verwacht-definitief month, then the two forecast months.
    expect(shown).toHaveLength(36 + 2);
    expect(shown[0]?.period).toBe('2022-06');
    expect(shown.at(-1)?.period).toBe('2025-07');
  });

  it('labels each row as figure, expected final or forecast and keeps a running value off the line', () => {
    const spec = forecastChartSpec(visibleRows(rows, 'month'), 'euro') as unknown as {
      data: { values: { period: string; series: string }[] };
      layer: { transform?: { filter: string }[] }[];
    };
    const series = new Map(spec.data.values.map((v) => [v.period, v.series]));
    expect(series.get('2025-04')).toBe(SERIES_LABELS.value);
    expect(series.get('2025-05')).toBe(SERIES_LABELS.expected);
    expect(series.get('2025-06')).toBe(SERIES_LABELS.forecast);
    expect(spec.layer[2]?.transform?.[0]?.filter).toBe("!(datum.series === 'voorspelling')");
  });

  it('breaks the line at a secret value instead of bridging it, and names only the series drawn', () => {
    const hidden = [
      row('2021-01', 10, null, null),
      row('2021-02', null, null, null),
      row('2021-03', 12, null, null),
    ];
    const spec = forecastChartSpec(hidden, 'personen') as unknown as {
      data: { values: { period: string; value: number | null }[] };
      layer: { mark: { invalid?: string }; encoding: { color?: { scale: { domain: string[] } } } }[];
    };
    // The secret month stays in the data as null, and the line mark breaks its path there.
    expect(spec.data.values.map((v) => v.value)).toEqual([10, null, 12]);
    expect(spec.layer[2]?.mark.invalid).toBe('break-paths-filter-domains');
    expect(spec.layer[3]?.encoding.color?.scale.domain).toEqual([SERIES_LABELS.value]);
    const withExpected = forecastChartSpec(visibleRows(rows, 'month'), 'euro') as unknown as typeof spec;
    expect(withExpected.layer[3]?.encoding.color?.scale.domain).toEqual([
      SERIES_LABELS.value,
      SERIES_LABELS.expected,
      SERIES_LABELS.forecast,
    ]);
  });
});
