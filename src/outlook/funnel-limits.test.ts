import { describe, expect, it } from 'vitest';
import { exactPoissonInterval, funnelPosition, poissonFunnelLimits } from './funnel-limits.ts';
import { chiSquareQuantile, normalQuantile, regularizedGammaP } from './special-functions.ts';

// Hand-computed exact (Garwood) limits: χ²(α/2; 2x)/2 and χ²(1 − α/2; 2x + 2)/2, checked against statistical tables.
const EXPECTED: [number, number, number, number][] = [
  [0.95, 0, 0, 3.6889],
  [0.95, 1, 0.0253, 5.5716],
  [0.95, 5, 1.6235, 11.6683],
  [0.95, 20, 12.2165, 30.8884],
  [0.998, 0, 0, 6.9078],
  [0.998, 1, 0.001, 9.2334],
  [0.998, 5, 0.7394, 16.4547],
  [0.998, 20, 8.9582, 38.0419],
];

describe('special functions', () => {
  it('computes P(a, x) and quantiles to table precision', () => {
    expect(regularizedGammaP(1, 1)).toBeCloseTo(1 - Math.exp(-1), 12);
    expect(regularizedGammaP(5, 20)).toBeCloseTo(0.999983, 6);
    expect(chiSquareQuantile(0.95, 1)).toBeCloseTo(3.841459, 5);
    expect(chiSquareQuantile(0.975, 10)).toBeCloseTo(20.483177, 5);
    expect(normalQuantile(0.975)).toBeCloseTo(1.959964, 6);
    expect(normalQuantile(0.1)).toBeCloseTo(-1.281552, 6);
  });
});

describe('exact Poisson limits', () => {
  it.each(EXPECTED)('at %s for an observed %i are [%f, %f]', (level, observed, lower, upper) => {
    const interval = exactPoissonInterval(observed, level);
    expect(interval.lower).toBeCloseTo(lower, 4);
    expect(interval.upper).toBeCloseTo(upper, 4);
  });

  it('draws funnel limits whose edges have μ exactly on their exact interval', () => {
    const { lower, upper } = poissonFunnelLimits(10, 0.95);
    // A count at the upper limit has lower Garwood limit 10; at the lower limit, upper Garwood limit 10 (values
    // solved independently with a statistics package).
    expect(exactPoissonInterval(upper, 0.95).lower).toBeCloseTo(10, 6);
    expect(exactPoissonInterval(lower, 0.95).upper).toBeCloseTo(10, 6);
    expect(upper).toBeCloseTo(17.1272, 3);
    expect(lower).toBeCloseTo(3.8336, 3);
  });

  it('does not flag a small wijk with 3 cases where 1 was expected, but flags 8', () => {
    expect(funnelPosition(3, 1, 0.998)).toBe('within');
    expect(funnelPosition(8, 1, 0.998)).toBe('above');
    expect(funnelPosition(0, 2, 0.95)).toBe('within');
    expect(funnelPosition(0, 4, 0.95)).toBe('below');
  });
});
