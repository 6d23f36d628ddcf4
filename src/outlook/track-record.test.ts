import { describe, expect, it } from 'vitest';
import { coverageText, trackRecord, type KeptForecast } from './track-record.ts';

const base: KeptForecast = {
  indicator: 'youth.clients',
  area: 'GM0637',
  kind: 'year',
  origin: '2022',
  period: '2023',
  horizon: 1,
  method: 'ets',
  madeAt: '2023-01-10T00:00:00Z',
  forecast: 100,
  lower80: 90,
  upper80: 110,
  lower95: 80,
  upper95: 120,
};

describe('trackRecord', () => {
  it('counts outcomes inside the 80 % and 95 % bands per method, kind and horizon, edges included', () => {
    const kept: KeptForecast[] = [
      base,
      { ...base, area: 'WK063701' },
      { ...base, area: 'WK063702' },
      { ...base, area: 'WK063703', period: '2024', horizon: 2 },
      { ...base, area: 'WK063704', method: 'naive' },
    ];
    const outcomes: Record<string, number> = {
      'GM0637|2023': 110, // on the 80 % edge: inside both
      'WK063701|2023': 115, // inside 95 % only
      'WK063702|2023': 130, // outside both
      'WK063703|2024': 95,
      'WK063704|2023': 100,
    };
    const record = trackRecord(kept, (f) => outcomes[`${f.area}|${f.period}`]);
    expect(record).toEqual({
      forecasts: 5,
      outcomes: 5,
      rows: [
        {
          method: 'ets',
          kind: 'year',
          horizon: 1,
          outcomes: 3,
          inside80: 1,
          inside95: 2,
          coverage80: 1 / 3,
          coverage95: 2 / 3,
        },
        {
          method: 'ets',
          kind: 'year',
          horizon: 2,
          outcomes: 1,
          inside80: 1,
          inside95: 1,
          coverage80: 1,
          coverage95: 1,
        },
        {
          method: 'naive',
          kind: 'year',
          horizon: 1,
          outcomes: 1,
          inside80: 1,
          inside95: 1,
          coverage80: 1,
          coverage95: 1,
        },
      ],
    });
  });

  it('counts a forecast made again from the same origin once, as last made, and skips periods not final yet', () => {
    const kept: KeptForecast[] = [
      { ...base, madeAt: '2023-01-10T00:00:00Z', lower80: 150, upper80: 160 },
      { ...base, madeAt: '2023-02-10T00:00:00Z' },
      { ...base, period: '2024', horizon: 2 },
    ];
    const record = trackRecord(kept, (f) => (f.period === '2023' ? 100 : undefined));
    expect(record.forecasts).toBe(2);
    expect(record.outcomes).toBe(1);
    expect(record.rows).toEqual([
      {
        method: 'ets',
        kind: 'year',
        horizon: 1,
        outcomes: 1,
        inside80: 1,
        inside95: 1,
        coverage80: 1,
        coverage95: 1,
      },
    ]);
  });

  it('writes a coverage in Dutch', () => {
    expect(coverageText(7, 9)).toBe('7 van 9 (78 %)');
  });
});
