import { describe, expect, it } from 'vitest';
import { nowcastGroup, predictiveLogSpread, type ArrivalCell } from './completion-factors.ts';
import { seededNormal, seededUniform } from './test-series.fixture.ts';

const options = { maxLag: 3, history: 24, minHistory: 2 };

describe('completion factors', () => {
  it('computes volume-weighted completion and the expected final figure by hand', () => {
    // Two complete care months (0 and 1): arrivals 50/30/20/0 and 60/20/20/0 per lag → cumulative at lag 0: 50 and
    // 60 of finals 100 and 100 → completeness 110/200 = 0.55. Month 5 (age 0 at asOf 5) has 44 so far.
    const cells: ArrivalCell[] = [
      ...[50, 30, 20].map((amount, lag) => ({ group: 'jeugd', origin: 0, lag, amount })),
      ...[60, 20, 20].map((amount, lag) => ({ group: 'jeugd', origin: 1, lag, amount })),
      { group: 'jeugd', origin: 5, lag: 0, amount: 44 },
    ];
    const outcome = nowcastGroup('jeugd', cells, { ...options, asOf: 5 });
    if (!outcome.ok) throw new Error('expected a nowcast');
    const row = outcome.rows.find((r) => r.origin === 5);
    expect(row?.completeness).toBeCloseTo(0.55, 12);
    expect(row?.expected).toBeCloseTo(80, 12);
    // Ratios 100/60 and 100/50: logs 0.5108 and 0.6931, sample sd 0.128921, × √1.5 → 0.157895; 80 %: ± 1.28155 × it.
    expect(predictiveLogSpread([100 / 60, 2])).toBeCloseTo(0.157895, 5);
    expect(row?.lower80).toBeCloseTo(80 * Math.exp(-1.2815516 * 0.157893), 3);
    expect(row?.upper80).toBeCloseTo(80 * Math.exp(1.2815516 * 0.157893), 3);
  });

  it('says so when too few care months are complete', () => {
    const cells: ArrivalCell[] = [{ group: 'wmo', origin: 4, lag: 0, amount: 10 }];
    expect(nowcastGroup('wmo', cells, { ...options, asOf: 5 })).toEqual({
      ok: false,
      group: 'wmo',
      reason: 'tooLittleHistory',
      complete: 0,
    });
  });

  /** 48 care months of about 200 claims each; each claim arrives 0–4 months late with shares 10/50/25/10/5 %. */
  function simulate(seed: number): { cells: ArrivalCell[]; finals: Map<number, number> } {
    const draw = seededNormal(seed);
    const uniform = seededUniform(seed + 1000);
    const shares = [0.1, 0.5, 0.25, 0.1, 0.05];
    const cells: ArrivalCell[] = [];
    const finals = new Map<number, number>();
    for (let origin = 0; origin < 48; origin++) {
      let total = 0;
      for (let c = 0; c < 200; c++) {
        const amount = Math.max(10, 1000 + 300 * draw());
        let u = uniform();
        let lag = 0;
        while (lag < shares.length - 1 && u > (shares[lag] ?? 0)) u -= shares[lag++] ?? 0;
        cells.push({ group: 'jeugd|45A', origin, lag, amount });
        total += amount;
      }
      finals.set(origin, total);
    }
    return { cells, finals };
  }

  it('recovers the final figures of simulated fixtures within their 80 % intervals about 80 % of the time', () => {
    let inside = 0;
    let total = 0;
    const errors: number[] = [];
    for (let seed = 1; seed <= 25; seed++) {
      const { cells, finals } = simulate(seed);
      // As of month 47: care months 44–47 are incomplete; what arrived by then is the provisional figure.
      const outcome = nowcastGroup('jeugd|45A', cells, { asOf: 47, maxLag: 4, history: 24, minHistory: 6 });
      if (!outcome.ok) throw new Error('expected a nowcast');
      expect(outcome.rows.map((r) => r.origin)).toEqual([44, 45, 46, 47]);
      for (const row of outcome.rows) {
        const final = finals.get(row.origin) ?? 0;
        expect(row.provisional).toBeLessThan(final);
        if (row.age > 0) errors.push(Math.abs(row.expected - final) / final);
        if (final >= row.lower80 && final <= row.upper80) inside++;
        total++;
      }
    }
    // From age 1 on (60 % arrived) the expected final is off by a few per cent on average; at age 0 only about 20
    // claims have arrived and the point estimate is rough, which the interval shows.
    expect(errors.reduce((a, b) => a + b, 0) / errors.length).toBeLessThan(0.05);
    expect(inside / total).toBeGreaterThanOrEqual(0.65);
    expect(inside / total).toBeLessThanOrEqual(0.95);
  });

  it('gives no spread from a single ratio', () => {
    expect(predictiveLogSpread([1.5])).toBe(0);
  });
});
