import { describe, expect, it } from 'vitest';
import { periodsAfter, seriesWindow } from './series-window.ts';

describe('series window', () => {
  it('lists the periods after one, across years', () => {
    expect(periodsAfter('2024-Q3', 'quarter', 3)).toEqual(['2024-Q4', '2025-Q1', '2025-Q2']);
    expect(periodsAfter('2025-11', 'month', 2)).toEqual(['2025-12', '2026-01']);
    expect(periodsAfter('2025', 'year', 2)).toEqual(['2026', '2027']);
  });

  it('fits the run after the last hidden value and forecasts the running period too', () => {
    const window = seriesWindow(
      [
        { period: '2019', value: 5, status: 'final' },
        { period: '2020', value: null, status: 'final' },
        { period: '2021', value: 10, status: 'final' },
        { period: '2023', value: 12, status: 'final' },
        { period: '2022', value: 11, status: 'final' },
        { period: '2024', value: 13, status: 'provisional' },
        { period: '2025', value: 4, status: 'running' },
      ],
      'year',
      2,
    );
    expect(window.fitted).toEqual([10, 11, 12, 13]);
    expect(window.fittedFrom).toBe('2021');
    expect(window.running).toBe(1);
    expect(window.forecastPeriods).toEqual(['2025', '2026', '2027']);
  });

  it('treats a period without a row as a gap', () => {
    const window = seriesWindow(
      [
        { period: '2020-Q1', value: 1, status: 'final' },
        { period: '2020-Q3', value: 3, status: 'final' },
      ],
      'quarter',
      1,
    );
    expect(window.points.map((p) => p.value)).toEqual([1, null, 3]);
    expect(window.fitted).toEqual([3]);
  });
});
