import { describe, expect, it } from 'vitest';
import {
  expectedFinalOf,
  monthsOfPeriod,
  periodFactors,
  seriesExpectedFinals,
  type GroupFactors,
  type MonthFactor,
} from './area-nowcast.ts';
import { nowcastGroup, type ArrivalCell } from './completion-factors.ts';
import { seededNormal, seededUniform } from './test-series.fixture.ts';

/** A fixture's month index (0 = 2022-01) as a care month. */
const monthText = (index: number): string =>
  `${2022 + Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;

describe('expected final figure of an area', () => {
  it('scales one month by its completeness and adds claim-count noise to the factor spread (by hand)', () => {
    // 8,000 arrived at completeness 0.8 → 10,000; variance (10,000 × 0.1)² + (10,000 − 8,000) × 500 = 2,000,000;
    // relative spread √2,000,000 / 10,000 = 0.141421; 80 %: 10,000 × exp(∓1.281552 × 0.141421).
    const figure = expectedFinalOf(8000, [{ completeness: 0.8, logSpread: 0.1 }], 500);
    expect(figure?.expected).toBeCloseTo(10000, 9);
    expect(figure?.lower80).toBeCloseTo(8342.3615, 3);
    expect(figure?.upper80).toBeCloseTo(11987.0135, 3);
  });

  it('aggregates the factors of a quarter’s months (equal months) and adds their spreads', () => {
    // 2025-Q4: months complete (1, 0), 0.95 (0.05) and 0.8 (0.1) → C = 0.916667, 27,500 → 30,000; each month's share
    // 10,000: variance 500² + 1,000² + 2,500 × 500 = 2,500,000 → relative 0.0527046.
    const months: MonthFactor[] = [
      { completeness: 1, logSpread: 0 },
      { completeness: 0.95, logSpread: 0.05 },
      { completeness: 0.8, logSpread: 0.1 },
    ];
    const figure = expectedFinalOf(27500, months, 500);
    expect(figure?.expected).toBeCloseTo(30000, 9);
    expect(figure?.lower80).toBeCloseTo(28040.6063, 3);
    expect(figure?.upper80).toBeCloseTo(32096.3103, 3);
  });

  it('gives a small area a wider relative interval than a large one with the same factors', () => {
    // Large: 80,000 → 100,000, variance 5,000² + 20,000 × 1,000 = 45,000,000 → relative 0.067082.
    // Small: 4,000 → 5,000, variance 250² + 1,000 × 1,000 = 1,062,500 → relative 0.206155.
    const factor = [{ completeness: 0.8, logSpread: 0.05 }];
    const large = expectedFinalOf(80000, factor, 1000);
    const small = expectedFinalOf(4000, factor, 1000);
    const relative = (f: typeof large) =>
      Math.log((f?.upper80 ?? 0) / (f?.expected ?? 1)) / 1.2815515655446004;
    expect(relative(large)).toBeCloseTo(0.067082, 5);
    expect(relative(small)).toBeCloseTo(0.206155, 5);
  });

  it('has no estimate when nothing has arrived or no month has a factor', () => {
    expect(expectedFinalOf(0, [{ completeness: 0.5, logSpread: 0.1 }], 10)).toBeUndefined();
    expect(expectedFinalOf(100, [], 10)).toBeUndefined();
  });
});

describe('period factors', () => {
  const group: GroupFactors = {
    months: new Map([
      ['2025-11', { completeness: 0.95, logSpread: 0.05 }],
      ['2025-12', { completeness: 0.8, logSpread: 0.1 }],
    ]),
    claimSize: 500,
    asOf: '2026-02',
  };

  it('lists the months of a period', () => {
    expect(monthsOfPeriod('2025-Q4')).toEqual(['2025-10', '2025-11', '2025-12']);
    expect(monthsOfPeriod('2025')).toHaveLength(12);
    expect(monthsOfPeriod('nope')).toEqual([]);
  });

  it('calls a period complete before the first factor and unknown past the last', () => {
    expect(periodFactors('2025-Q3', group)).toBe('complete');
    expect(periodFactors('2025-Q4', group)).toEqual([
      { completeness: 1, logSpread: 0 },
      { completeness: 0.95, logSpread: 0.05 },
      { completeness: 0.8, logSpread: 0.1 },
    ]);
    expect(periodFactors('2026-01', group)).toBeUndefined();
    expect(periodFactors('2026-Q1', group)).toBeUndefined();
  });

  it('scales a ratio as its claim-based numerator and withholds what it cannot estimate', () => {
    const points = [
      { period: '2025-10', value: 900, status: 'final', numerator: 90000 },
      // Cost per client: 1,000 euro = 80,000 / 80 clients; the numerator becomes 100,000, the value 1,250.
      { period: '2025-12', value: 1000, status: 'provisional', numerator: 80000 },
      { period: '2026-01', value: 50, status: 'provisional', numerator: 4000 },
    ];
    const lag = seriesExpectedFinals(points, 'numerator', group);
    expect(lag.finals.get('2025-12')?.expected).toBeCloseTo(1250, 9);
    expect([...lag.finals.keys()]).toEqual(['2025-12']);
    expect([...(lag.withheld ?? [])]).toEqual(['2026-01']);
    // Without factors (too little history), every provisional period is withheld.
    expect([...(seriesExpectedFinals(points, 'value', undefined).withheld ?? [])]).toEqual([
      '2025-12',
      '2026-01',
    ]);
  });
});

/**
 * A gemeente of two wijken (about 150 and 10 claims a month) and two care types, 48 care months of claims with
 * known amounts and arrival lags: care type "met verblijf" is declared slowly, "zonder verblijf" quickly. Cut at
 * month 45 (as of), the final figures are known because every claim's arrival is.
 */
function simulateGemeente(seed: number) {
  const draw = seededNormal(seed);
  const uniform = seededUniform(seed + 7);
  const lagShares: Record<string, number[]> = {
    'met verblijf': [0.05, 0.35, 0.3, 0.2, 0.1],
    'zonder verblijf': [0.3, 0.5, 0.15, 0.05, 0],
  };
  const claims: { wijk: string; careType: string; origin: number; lag: number; amount: number }[] = [];
  for (let origin = 0; origin < 48; origin++)
    for (const [wijk, perMonth] of [
      ['groot', 150],
      ['klein', 10],
    ] as const)
      for (let c = 0; c < perMonth; c++) {
        const careType = uniform() < 0.4 ? 'met verblijf' : 'zonder verblijf';
        const shares = lagShares[careType] ?? [];
        let u = uniform();
        let lag = 0;
        while (lag < shares.length - 1 && u > (shares[lag] ?? 0)) u -= shares[lag++] ?? 0;
        claims.push({ wijk, careType, origin, lag, amount: Math.max(50, 1000 + 300 * draw()) });
      }
  return claims;
}

describe('nowcast of a fixture with known final figures, cut at an earlier as-of', () => {
  const asOf = 45;
  const options = { asOf, maxLag: 4, history: 24, minHistory: 6 };

  /** Factors of a group from its arrival cells, as the service stores them. */
  function factorsOf(cells: ArrivalCell[]): GroupFactors {
    const outcome = nowcastGroup('g', cells, options);
    if (!outcome.ok) throw new Error('expected a nowcast');
    return {
      months: new Map(
        outcome.rows.map((r) => [
          monthText(r.origin),
          { completeness: r.completeness, logSpread: r.logSpread },
        ]),
      ),
      claimSize: outcome.rows[0]?.meanClaim ?? 0,
      asOf: monthText(asOf),
    };
  }

  /** For one selection of claims: per recent care month the final, the provisional and the nowcast. */
  function outcomes(claims: ReturnType<typeof simulateGemeente>, factors: GroupFactors) {
    return [42, 43, 44].map((origin) => {
      const ofMonth = claims.filter((c) => c.origin === origin);
      const final = ofMonth.reduce((a, c) => a + c.amount, 0);
      const provisional = ofMonth.filter((c) => origin + c.lag <= asOf).reduce((a, c) => a + c.amount, 0);
      const point = { period: monthText(origin), value: provisional, status: 'provisional' };
      const estimate = seriesExpectedFinals([point], 'value', factors).finals.get(monthText(origin));
      if (estimate === undefined) throw new Error(`no estimate for ${origin}`);
      return { origin, final, provisional, ...estimate };
    });
  }

  const cellsOf = (claims: ReturnType<typeof simulateGemeente>): ArrivalCell[] =>
    claims.map((c) => ({ group: 'g', origin: c.origin, lag: c.lag, amount: c.amount, claims: 1 }));

  it('recovers each final of the gemeente, a wijk and a care type within its 80 % interval', () => {
    // One fixture (seed 2): every final inside. An 80 % interval misses now and then (seeds 1, 5 and 9 each have one
    // month of the nine outside); the next test checks how often over twenty fixtures.
    const claims = simulateGemeente(2);
    const law = factorsOf(cellsOf(claims));
    const slow = claims.filter((c) => c.careType === 'met verblijf');
    const checks = [
      ...outcomes(claims, law),
      ...outcomes(
        claims.filter((c) => c.wijk === 'groot'),
        law,
      ),
      ...outcomes(slow, factorsOf(cellsOf(slow))),
    ];
    expect(checks).toHaveLength(9);
    for (const c of checks) {
      expect(c.provisional).toBeLessThan(c.final);
      expect(c.final).toBeGreaterThanOrEqual(c.lower80);
      expect(c.final).toBeLessThanOrEqual(c.upper80);
    }
    // The slow care type with the law's factors would be read too low: its own factors are what recover it.
    const slowWithLaw = outcomes(slow, law).find((c) => c.origin === 44);
    const slowOwn = checks.at(-1);
    expect(slowWithLaw?.expected).toBeLessThan(slowOwn?.expected ?? 0);
    expect(slowWithLaw?.upper80).toBeLessThan(slowOwn?.final ?? 0);
  });

  it('covers the finals about 80 % of the time and gives the small wijk wider intervals', () => {
    let inside = 0;
    let total = 0;
    let smallWidth = 0;
    let largeWidth = 0;
    for (let seed = 1; seed <= 20; seed++) {
      const claims = simulateGemeente(seed);
      const law = factorsOf(cellsOf(claims));
      for (const wijk of ['groot', 'klein']) {
        for (const c of outcomes(
          claims.filter((x) => x.wijk === wijk),
          law,
        )) {
          if (c.final >= c.lower80 && c.final <= c.upper80) inside++;
          total++;
          const width = (c.upper80 - c.lower80) / c.expected;
          if (wijk === 'klein') smallWidth += width;
          else largeWidth += width;
        }
      }
    }
    expect(inside / total).toBeGreaterThanOrEqual(0.7);
    expect(inside / total).toBeLessThanOrEqual(0.95);
    // About 15 times fewer claims: the relative interval is several times wider.
    expect(smallWidth / largeWidth).toBeGreaterThan(2.5);
  });
});
