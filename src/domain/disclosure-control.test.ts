/** @module Tests for disclosure control: examples by hand and fast-check properties (no count 1..7, rates from rounded numerators, no hidden cell recoverable by subtraction). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyDisclosureControl, roundCount, type CubeRow, type ValueKind } from './disclosure-control.ts';

const row = (over: Partial<CubeRow>): CubeRow => ({
  indicator: 'x.count',
  period: '2020',
  area: 'GM0001',
  breakdownKey: '',
  breakdownValue: '',
  numerator: null,
  denominator: null,
  value: null,
  status: 'final',
  ...over,
});
const count = (value: number, over: Partial<CubeRow> = {}): CubeRow =>
  row({ numerator: value, value, ...over });
const kinds: Record<string, ValueKind> = {
  'x.count': { kind: 'count' },
  'x.rate': { kind: 'rate', factor: 100 },
  'x.mean': { kind: 'mean' },
  'x.cost': { kind: 'amount' },
};
const kindOf = (id: string): ValueKind => kinds[id] ?? { kind: 'count' };
const publish = (rows: CubeRow[], role: 'viewer' | 'analyst' = 'viewer', insideApp = false) =>
  applyDisclosureControl(rows, { role, insideApp, kindOf });

describe('applyDisclosureControl', () => {
  it('hides counts of 0 to 7 and rounds larger counts to the nearest 5', () => {
    const out = publish([
      count(0),
      count(7, { area: 'GM0002' }),
      count(8, { area: 'GM0003' }),
      count(13, { area: 'GM0004' }),
    ]);
    expect(out.map((r) => r.published)).toEqual([null, null, 10, 15]);
    expect(out.map((r) => r.symbol)).toEqual(['.', '.', '', '']);
  });

  it('computes a rate from the rounded numerator and hides it with its numerator', () => {
    const out = publish([
      row({ indicator: 'x.rate', numerator: 12, denominator: 200, value: 6 }),
      row({ indicator: 'x.rate', area: 'GM0002', numerator: 5, denominator: 200, value: 2.5 }),
    ]);
    expect(out[0]?.published).toBe(5); // 10 / 200 × 100, not 6
    expect(out[1]?.symbol).toBe('.');
  });

  it('shows a mean only when it rests on at least 10 units', () => {
    const out = publish([
      row({ indicator: 'x.mean', numerator: 900, denominator: 9, value: 100 }),
      row({ indicator: 'x.mean', area: 'GM0002', numerator: 1000, denominator: 10, value: 100 }),
    ]);
    expect(out.map((r) => r.published)).toEqual([null, 100]);
  });

  it('hides the smallest other cell when exactly one breakdown cell is hidden (complementary suppression)', () => {
    const out = publish([
      count(40),
      count(5, { breakdownKey: 'gender', breakdownValue: 'male' }),
      count(20, { breakdownKey: 'gender', breakdownValue: 'female' }),
      count(15, { breakdownKey: 'gender', breakdownValue: 'unknown' }),
    ]);
    expect(out.map((r) => r.symbol)).toEqual(['', '.', '', '.']);
  });

  it('protects wijken that add up to their gemeente', () => {
    const out = publish([count(30), count(3, { area: 'WK000101' }), count(27, { area: 'WK000102' })]);
    expect(out.map((r) => r.symbol)).toEqual(['', '.', '.']);
  });

  it('leaves wijken alone when they do not add up to the gemeente (unknown wijk)', () => {
    const out = publish([count(40), count(3, { area: 'WK000101' }), count(27, { area: 'WK000102' })]);
    expect(out.map((r) => r.symbol)).toEqual(['', '.', '']);
  });

  it('gives analysts inside the app exact values but not in exports', () => {
    expect(publish([count(3)], 'analyst', true)[0]?.published).toBe(3);
    expect(publish([count(3)], 'analyst', false)[0]?.symbol).toBe('.');
  });

  it('leaves euro amounts unrounded', () => {
    expect(publish([row({ indicator: 'x.cost', value: 123.45 })])[0]?.published).toBe(123.45);
  });
});

const breakdownSet = fc
  .array(fc.nat({ max: 60 }), { minLength: 1, maxLength: 8 })
  .map((values): CubeRow[] => [
    count(values.reduce((a, b) => a + b, 0)),
    ...values.map((v, i) => count(v, { breakdownKey: 'ageGroup', breakdownValue: `c${i}` })),
  ]);

describe('disclosure control properties', () => {
  it('never publishes a count between 1 and 7', () => {
    fc.assert(
      fc.property(breakdownSet, (rows) => {
        for (const r of publish(rows))
          if (r.published !== null) expect(r.published === 0 || r.published > 7).toBe(true);
      }),
    );
  });

  it('publishes counts as multiples of 5', () => {
    fc.assert(
      fc.property(breakdownSet, (rows) => {
        for (const r of publish(rows)) if (r.published !== null) expect(r.published % 5).toBe(0);
      }),
    );
  });

  it('computes every shown rate from its rounded numerator', () => {
    fc.assert(
      fc.property(fc.nat({ max: 500 }), fc.integer({ min: 1, max: 5000 }), (num, den) => {
        const [out] = publish([
          row({ indicator: 'x.rate', numerator: num, denominator: den, value: (num / den) * 100 }),
        ]);
        if (out?.published !== null && out?.published !== undefined) {
          expect(out.publishedNumerator).toBe(roundCount(num));
          expect(out.published).toBeCloseTo((roundCount(num) / den) * 100, 9);
        } else expect(num).toBeLessThanOrEqual(7);
      }),
    );
  });

  it('never leaves a hidden cell recoverable as total minus the visible cells', () => {
    fc.assert(
      fc.property(breakdownSet, (rows) => {
        const out = publish(rows);
        const [total, ...members] = out;
        if (!total || total.symbol === '.') return;
        const hidden = members.filter((m) => m.symbol === '.').length;
        expect(hidden === 0 || hidden >= 2).toBe(true);
      }),
    );
  });
});
