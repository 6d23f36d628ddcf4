import { describe, expect, it } from 'vitest';
import { poissonFunnelLimits } from './funnel-limits.ts';
import { funnelPlot } from './funnel-plot.ts';

describe('funnelPlot', () => {
  it('places wijken against the gemeente rate with exact limits at their own size, hidden ones left out', () => {
    // Gemeente: 100 of 10.000 = 1 %; a wijk of 1.000 expects 10.
    const plot = funnelPlot('2024', { numerator: 100, denominator: 10_000, factor: 100 }, [
      { area: 'WK1', name: 'Noord', observed: 11, denominator: 1000, value: 1.1 },
      { area: 'WK2', name: 'Zuid', observed: 30, denominator: 1000, value: 3 },
      { area: 'WK3', name: 'Klein', observed: 3, denominator: 100, value: 3 },
      { area: 'WK4', name: 'Geheim', observed: null, denominator: 100, value: null },
    ]);
    expect(plot?.rate).toBe(1);
    expect(plot?.points.map((p) => [p.name, p.position])).toEqual([
      ['Noord', 'within'],
      ['Zuid', 'above'],
      // 3 where 1 was expected is no alarm in so small a wijk.
      ['Klein', 'within'],
    ]);
    const limits = poissonFunnelLimits(10, 0.998);
    expect(plot?.points[0]?.lower).toBeCloseTo((limits.lower * 100) / 1000, 9);
    expect(plot?.points[0]?.upper).toBeCloseTo((limits.upper * 100) / 1000, 9);
    expect(plot?.curve).toHaveLength(41);
    expect(plot?.curve[0]?.denominator).toBeCloseTo(50, 9);
    expect(plot?.curve.at(-1)?.denominator).toBeCloseTo(1500, 6);
  });

  it('gives no plot without a wijk with a shown value', () => {
    expect(funnelPlot('2024', { numerator: 1, denominator: 10, factor: 1 }, [])).toBeUndefined();
  });
});
