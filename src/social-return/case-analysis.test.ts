import { describe, expect, it } from 'vitest';
import { analyseCases } from './case-analysis.ts';
import { formatEuro, indexedPriceCents, lineCents } from './price-list.ts';
import type { CaseAnalysisDocument, PriceItem } from './social-return-model.ts';

const item = (code: string, priceCents: number, actor: PriceItem['actor']): PriceItem => ({
  code,
  description: code,
  unit: 'uur',
  priceCents,
  priceYear: 2019,
  actor,
  source: 'test',
});

const doc: CaseAnalysisDocument = {
  kind: 'casusanalyse',
  name: 'test',
  title: 'Test',
  priceYear: 2019,
  note: '',
  goalNodes: [],
  indicators: [],
  priceList: {
    items: [item('a', 6200, 'gemeente'), item('b', 3350, 'zorgverzekeraar'), item('mdo', 30000, 'gemeente')],
    index: new Map(),
  },
  cases: [
    {
      id: 'C-1',
      kind: 'bestaand',
      wellbeingBefore: 3,
      wellbeingAfter: 8,
      lines: {
        huidig: [
          { code: 'a', hundredths: 1000 },
          { code: 'b', hundredths: 200 },
        ],
        zonder: [{ code: 'a', hundredths: 2000 }],
        na: [{ code: 'a', hundredths: 250 }],
        eenmalig: [{ code: 'mdo', hundredths: 100 }],
      },
    },
    {
      id: 'C-2',
      kind: 'nieuw',
      wellbeingBefore: 2,
      wellbeingAfter: 5,
      lines: {
        huidig: [],
        zonder: [{ code: 'b', hundredths: 400 }],
        na: [{ code: 'b', hundredths: 100 }],
        eenmalig: [],
      },
    },
  ],
};

describe('money lines and indexation', () => {
  it('prices a quantity in hundredths exactly and rounds half a cent away from zero', () => {
    expect(lineCents(3350, 250)).toBe(8375);
    expect(lineCents(3333, 150)).toBe(5000); // 49.995 euro
    expect(lineCents(3333, 149)).toBe(4966); // 49.6617 euro
  });

  it('indexes a price to another price year with the index figures, and refuses without them', () => {
    const index = new Map([
      [2019, 100],
      [2024, 122.5],
    ]);
    expect(indexedPriceCents(item('a', 6200, 'gemeente'), 2024, index)).toBe(7595);
    expect(indexedPriceCents(item('a', 6200, 'gemeente'), 2019, new Map())).toBe(6200);
    expect(indexedPriceCents(item('a', 6200, 'gemeente'), 2023, index)).toBeUndefined();
  });

  it('writes euros the Dutch way', () => {
    expect(formatEuro(47_160_000)).toBe('€ 471.600,00');
    expect(formatEuro(-5)).toBe('-€ 0,05');
  });
});

describe('case analysis totals, hand-computed', () => {
  const result = analyseCases(doc);

  it('sums the situations; the difference starts from the current cost (existing) or the cost if nothing is done (new)', () => {
    // Current 620 + 67; nothing 1240 + 134; new 155 + 33.50; difference (687 − 155) + (134 − 33.50).
    expect(result.totals).toEqual({
      currentYearlyCost: 68_700,
      costIfNothingDone: 137_400,
      oneOffCost: 30_000,
      newYearlyCost: 18_850,
      differencePerYear: 63_250,
      differenceInclOneOff: 33_250,
    });
  });

  it('gives the same totals per actor, adding up to the overall totals', () => {
    expect(result.byActor).toEqual([
      {
        actor: 'gemeente',
        currentYearlyCost: 62_000,
        costIfNothingDone: 124_000,
        oneOffCost: 30_000,
        newYearlyCost: 15_500,
        differencePerYear: 46_500,
        differenceInclOneOff: 16_500,
      },
      {
        actor: 'zorgverzekeraar',
        currentYearlyCost: 6_700,
        costIfNothingDone: 13_400,
        oneOffCost: 0,
        newYearlyCost: 3_350,
        differencePerYear: 16_750,
        differenceInclOneOff: 16_750,
      },
    ]);
  });

  it('gives the mean well-being before, after and its change', () => {
    expect(result.wellbeing).toEqual({ cases: 2, meanBefore: 2.5, meanAfter: 6.5, meanChange: 4 });
    expect(result.perCase.map((c) => c.differencePerYear)).toEqual([53_200, 10_050]);
  });
});
