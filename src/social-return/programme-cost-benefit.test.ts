import { describe, expect, it } from 'vitest';
import { calculateProgramme, discountFactor, impactShare, resultFlows } from './programme-cost-benefit.ts';
import { analyseSensitivity } from './sensitivity-analysis.ts';
import type { PriceList, ProgrammeDocument, ProgrammeResult } from './social-return-model.ts';
import { socialReturnResult } from './social-return-result.ts';

const priceList: PriceList = {
  items: [
    {
      code: 'x',
      description: 'X',
      unit: 'keer',
      priceCents: 100_000,
      priceYear: 2024,
      actor: 'gemeente',
      source: 'test',
    },
  ],
  index: new Map(),
};
const result: ProgrammeResult = {
  label: 'Resultaat X',
  code: 'x',
  count: 10,
  indicator: null,
  countFrom: null,
  durationYears: 3,
  deadweight: 0.2,
  attribution: 0.25,
  displacement: 0.1,
  dropOff: 0.5,
  municipalShare: null,
  firstYearShare: null,
};
/** Costs € 6,000 once and € 1,000 a year; 10 × € 1,000 × 0.54 = € 5,400 in year 1, halving each year; 10 %. */
const programme: ProgrammeDocument = {
  kind: 'programma',
  name: 'test',
  title: 'Test',
  priceYear: 2024,
  note: '',
  goalNodes: [],
  indicators: [],
  priceList,
  horizonYears: 3,
  discountRate: 0.1,
  costs: [
    { label: 'Start', kind: 'eenmalig', amountCents: 600_000, actor: 'gemeente' },
    { label: 'Uitvoering', kind: 'jaarlijks', amountCents: 100_000, actor: 'gemeente' },
  ],
  results: [result],
  ranges: [],
};

describe('programme cost-benefit with hand-computed values', () => {
  it('discounts year t by (1 + r)^(t − 1): year 1 is the present', () => {
    expect(discountFactor(0.0225, 1)).toBe(1);
    expect(discountFactor(0.0225, 3)).toBeCloseTo(1 / 1.0225 ** 2, 12);
    expect(discountFactor(0.0225, 3)).toBeCloseTo(0.956474, 6);
  });

  it('takes deadweight, attribution and displacement off multiplicatively', () => {
    expect(impactShare(result)).toBeCloseTo(0.8 * 0.75 * 0.9, 12);
  });

  it('lets the effect drop off each year after the first and stops after its duration', () => {
    expect(resultFlows(result, 100_000, 4).map((v) => Math.round(v))).toEqual([540_000, 270_000, 135_000, 0]);
  });

  it('moves the part beyond the first-year share one year later, and loses what lands after the horizon', () => {
    const once = {
      ...result,
      durationYears: 1,
      deadweight: 0,
      attribution: 0,
      displacement: 0,
      firstYearShare: 0.2,
    };
    expect(resultFlows(once, 100_000, 2).map((v) => Math.round(v))).toEqual([200_000, 800_000]);
    expect(resultFlows(once, 100_000, 1).map((v) => Math.round(v))).toEqual([200_000]);
  });

  it('gives present values, NPV, ratio and payback year', () => {
    const { totals, years } = calculateProgramme(programme);
    // 5400 + 2700/1.1 + 1350/1.21 = 8970.2479 euro; 7000 + 1000/1.1 + 1000/1.21 = 8735.5372 euro.
    expect(totals.pvBenefits).toBe(897_025);
    expect(totals.pvCosts).toBe(873_554);
    expect(totals.npv).toBe(23_471);
    expect(totals.ratio).toBeCloseTo(897_025 / 873_554, 12);
    // Cumulative: −1600, −54.55, +234.71 euro.
    expect(years.map((y) => y.cumulativeNpv)).toEqual([-160_000, -5_455, 23_471]);
    expect(totals.paybackYear).toBe(3);
  });

  it('has no payback year when benefits never reach the costs within the horizon', () => {
    expect(calculateProgramme({ ...programme, horizonYears: 2 }).totals.paybackYear).toBeNull();
  });

  it('splits a result between gemeente and overig by the municipal share; totals are sums of the actors', () => {
    const split = calculateProgramme({
      ...programme,
      discountRate: 0,
      results: [{ ...result, municipalShare: 2 / 3 }],
    });
    // 5400 + 2700 + 1350 = 9450 euro: 6300 gemeente, 3150 overig.
    expect(split.byActor).toEqual([
      { actor: 'gemeente', pvCosts: 900_000, pvBenefits: 630_000, npv: -270_000 },
      { actor: 'overig', pvCosts: 0, pvBenefits: 315_000, npv: 315_000 },
    ]);
    expect(split.totals.pvBenefits).toBe(945_000);
  });
});

describe('sensitivity: each assumption over its range, sorted by swing', () => {
  const sensitivity = analyseSensitivity(programme);
  const bar = (id: string) => sensitivity.bars.find((b) => b.assumption === id)!;

  it('varies a share from 0 to 100 % and a number by ±50 %', () => {
    expect(bar('deadweight:1')).toMatchObject({ low: 0, high: 1, base: 0.2, resultBase: 23_471 });
    // Deadweight 0: 6750 + 3375/1.1 + 1687.5/1.21 = 11212.81 euro − costs; deadweight 100 %: no benefits at all.
    expect(bar('deadweight:1').resultLow).toBe(1_121_281 - 873_554);
    expect(bar('deadweight:1').resultHigh).toBe(-873_554);
    expect(bar('disconteringsvoet')).toMatchObject({ low: 0.05, high: 0.15 });
    expect(bar('aantal:1')).toMatchObject({ low: 5, high: 15 });
    expect(bar('horizon')).toMatchObject({ low: 2, high: 5 });
  });

  it('sorts bars by swing and names the assumptions that flip the sign of the NPV', () => {
    const swings = sensitivity.bars.map((b) => b.swing);
    expect(swings).toEqual([...swings].sort((a, b) => b - a));
    expect(sensitivity.signDecidedBy).toContain('deadweight:1');
    expect(bar('deadweight:1').decidesSign).toBe(true);
  });

  it('uses a range from the document instead of the default', () => {
    const narrowed = analyseSensitivity({
      ...programme,
      ranges: [{ assumption: 'deadweight:1', low: 0.1, high: 0.3 }],
    });
    expect(narrowed.bars.find((b) => b.assumption === 'deadweight:1')).toMatchObject({ low: 0.1, high: 0.3 });
  });

  it('says in the conclusion which assumptions decide the sign', () => {
    const data = socialReturnResult(programme);
    expect(data.kind).toBe('programma');
    if (data.kind === 'programma')
      expect(data.sensitivity.conclusion).toContain('Deadweight (was toch gebeurd) — Resultaat X');
  });
});
