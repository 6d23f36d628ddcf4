/**
 * @module Sensitivity of a programme's net present value: every assumption varied over a low–high range (default
 * ±50 %, shares 0–100 %), as tornado data sorted by swing, and which assumptions decide the sign.
 */
import { calculateProgramme } from './programme-cost-benefit.ts';
import type { ProgrammeDocument, ProgrammeResult } from './social-return-model.ts';
import { assumptionLabel, type AssumptionKind } from './social-return-reasons.ts';

export interface TornadoBar {
  /** Stable id, e.g. `deadweight:2` (result 2) or `disconteringsvoet`; ranges in the document refer to it. */
  readonly assumption: string;
  readonly label: string;
  readonly base: number;
  readonly low: number;
  readonly high: number;
  /** Net present values in cents. */
  readonly resultLow: number;
  readonly resultHigh: number;
  readonly resultBase: number;
  readonly swing: number;
  /** True when low or high gives a net present value of the other sign than the base. */
  readonly decidesSign: boolean;
}

export interface SensitivityResult {
  readonly metric: 'npv';
  readonly base: number;
  readonly bars: readonly TornadoBar[];
  readonly signDecidedBy: readonly string[];
}

interface Assumption {
  readonly id: string;
  readonly kind: AssumptionKind;
  readonly subject: string;
  readonly base: number;
  readonly share: boolean;
  readonly whole: boolean;
  readonly apply: (doc: ProgrammeDocument, value: number) => ProgrammeDocument;
}

const withResult = (
  doc: ProgrammeDocument,
  index: number,
  change: Partial<ProgrammeResult>,
): ProgrammeDocument => ({
  ...doc,
  results: doc.results.map((r, i) => (i === index ? { ...r, ...change } : r)),
});

/** Every assumption of the programme with its base value and how to set it. */
export function assumptionsOf(doc: ProgrammeDocument): Assumption[] {
  const list: Assumption[] = [
    {
      id: 'disconteringsvoet',
      kind: 'discountRate',
      subject: '',
      base: doc.discountRate,
      share: false,
      whole: false,
      apply: (d, v) => ({ ...d, discountRate: v }),
    },
    {
      id: 'horizon',
      kind: 'horizon',
      subject: '',
      base: doc.horizonYears,
      share: false,
      whole: true,
      apply: (d, v) => ({ ...d, horizonYears: v }),
    },
  ];
  doc.costs.forEach((cost, i) =>
    list.push({
      id: `kosten:${i + 1}`,
      kind: 'cost',
      subject: cost.label,
      base: cost.amountCents,
      share: false,
      whole: true,
      apply: (d, v) => ({ ...d, costs: d.costs.map((c, j) => (j === i ? { ...c, amountCents: v } : c)) }),
    }),
  );
  doc.results.forEach((result, i) => {
    const add = (
      kind: AssumptionKind,
      key: string,
      base: number,
      share: boolean,
      whole: boolean,
      field: keyof ProgrammeResult,
    ) =>
      list.push({
        id: `${key}:${i + 1}`,
        kind,
        subject: result.label,
        base,
        share,
        whole,
        apply: (d, v) => withResult(d, i, { [field]: v }),
      });
    add('count', 'aantal', result.count, false, false, 'count');
    add('duration', 'looptijd', result.durationYears, false, true, 'durationYears');
    add('deadweight', 'deadweight', result.deadweight, true, false, 'deadweight');
    add('attribution', 'toerekening', result.attribution, true, false, 'attribution');
    add('displacement', 'verplaatsing', result.displacement, true, false, 'displacement');
    add('dropOff', 'afname', result.dropOff, true, false, 'dropOff');
    if (result.municipalShare !== null)
      add('municipalShare', 'aandeel-gemeente', result.municipalShare, true, false, 'municipalShare');
    if (result.firstYearShare !== null)
      add('firstYearShare', 'aandeel-eerste-jaar', result.firstYearShare, true, false, 'firstYearShare');
  });
  return list;
}

/** The default range: 0–100 % for a share, ±50 % otherwise (whole numbers stay whole and at least 1). */
function defaultRange(a: Assumption): [number, number] {
  if (a.share) return [0, 1];
  if (a.whole && a.kind !== 'cost')
    return [Math.max(1, Math.round(a.base * 0.5)), Math.max(1, Math.round(a.base * 1.5))];
  if (a.whole) return [Math.round(a.base * 0.5), Math.round(a.base * 1.5)];
  // toPrecision drops floating-point tails (0.1 × 1.5 = 0.15, not 0.15000000000000002).
  return [Number((a.base * 0.5).toPrecision(12)), Number((a.base * 1.5).toPrecision(12))];
}

/** Varies each assumption alone (the others at their base) and sorts the bars by swing, largest first. */
export function analyseSensitivity(doc: ProgrammeDocument): SensitivityResult {
  const base = calculateProgramme(doc).totals.npv;
  const overrides = new Map(doc.ranges.map((r) => [r.assumption, r]));
  const bars = assumptionsOf(doc).map((a): TornadoBar => {
    const override = overrides.get(a.id);
    const [low, high] = override ? [override.low, override.high] : defaultRange(a);
    const resultLow = calculateProgramme(a.apply(doc, low)).totals.npv;
    const resultHigh = calculateProgramme(a.apply(doc, high)).totals.npv;
    const sign = Math.sign(base);
    return {
      assumption: a.id,
      label: assumptionLabel(a.kind, a.subject),
      base: a.base,
      low,
      high,
      resultLow,
      resultHigh,
      resultBase: base,
      swing: Math.abs(resultHigh - resultLow),
      decidesSign: Math.sign(resultLow) !== sign || Math.sign(resultHigh) !== sign,
    };
  });
  bars.sort((a, b) => b.swing - a.swing || a.assumption.localeCompare(b.assumption));
  return {
    metric: 'npv',
    base,
    bars,
    signDecidedBy: bars.filter((b) => b.decidesSign).map((b) => b.assumption),
  };
}
