import { describe, expect, it } from 'vitest';
import { withExpectedFinals } from './nowcast-adjustment.ts';

describe('withExpectedFinals', () => {
  it('fits recent months at their expected final figure and leaves months without arrivals out', () => {
    const points = [
      { period: '2025-10', value: 100, status: 'final' },
      { period: '2025-11', value: 90, status: 'final' },
      { period: '2025-12', value: 60, status: 'final' },
      { period: '2026-01', value: 0, status: 'final' },
    ];
    const finals = new Map([
      ['2025-11', { period: '2025-11', expected: 99, lower80: 95, upper80: 104 }],
      ['2025-12', { period: '2025-12', expected: 100, lower80: 90, upper80: 112 }],
    ]);
    expect(withExpectedFinals(points, { finals, asOf: '2026-02' })).toEqual([
      { period: '2025-10', value: 100, status: 'final' },
      { period: '2025-11', value: 99, status: 'provisional', lower80: 95, upper80: 104 },
      { period: '2025-12', value: 100, status: 'provisional', lower80: 90, upper80: 112 },
      { period: '2026-01', value: 0, status: 'running' },
    ]);
  });

  it('leaves a withheld period of any kind out of the fit, and leaves later quarters alone', () => {
    const points = [
      { period: '2025-Q3', value: 300, status: 'final' },
      { period: '2025-Q4', value: 120, status: 'provisional' },
      { period: '2026-Q1', value: 5, status: 'running' },
    ];
    const nowcast = { finals: new Map(), asOf: '2026-02', withheld: new Set(['2025-Q4']) };
    expect(withExpectedFinals(points, nowcast).map((p) => p.status)).toEqual(['final', 'running', 'running']);
  });

  it('changes nothing without a nowcast, and never un-hides a hidden value', () => {
    const points = [{ period: '2025-12', value: null, status: 'final' }];
    expect(withExpectedFinals(points, { finals: new Map(), asOf: '2026-02' })).toEqual(points);
    const finals = new Map([['2025-12', { period: '2025-12', expected: 5, lower80: 4, upper80: 6 }]]);
    expect(withExpectedFinals(points, { finals, asOf: '2026-02' })).toEqual(points);
  });
});
