/** @module Totals of a case analysis (Effectencalculator / Proeftuin Ruwaard): per actor and overall, exact to the cent. */
import { lineCents, pricesInYear } from './price-list.ts';
import { ACTORS, type Actor, type CaseAnalysisDocument, type Situation } from './social-return-model.ts';

/** The totals the seed publishes, in cents. */
export interface CaseTotals {
  readonly currentYearlyCost: number;
  readonly costIfNothingDone: number;
  readonly oneOffCost: number;
  readonly newYearlyCost: number;
  /** Baseline − new yearly cost; the baseline is the current cost for existing cases, the cost if nothing is done for new ones. */
  readonly differencePerYear: number;
  readonly differenceInclOneOff: number;
}

export interface CaseAnalysisResult {
  readonly kind: 'casusanalyse';
  readonly name: string;
  readonly title: string;
  readonly priceYear: number;
  readonly caseCount: number;
  readonly totals: CaseTotals;
  /** Only actors with any amount, in the order of ACTORS. */
  readonly byActor: readonly ({ readonly actor: Actor } & CaseTotals)[];
  /** Per case its totals and the well-being it reported before and after (1–10, null when not measured). */
  readonly perCase: readonly ({
    readonly id: string;
    readonly kind: string;
    readonly wellbeingBefore: number | null;
    readonly wellbeingAfter: number | null;
  } & CaseTotals)[];
  readonly wellbeing: {
    readonly cases: number;
    readonly meanBefore: number | null;
    readonly meanAfter: number | null;
    readonly meanChange: number | null;
  };
  readonly goalNodes: readonly string[];
  readonly indicators: readonly string[];
}

type Sums = Record<Situation, number>;
const emptySums = (): Sums => ({ huidig: 0, zonder: 0, na: 0, eenmalig: 0 });

function totalsOf(sums: Sums, baseline: number): CaseTotals {
  const differencePerYear = baseline - sums.na;
  return {
    currentYearlyCost: sums.huidig,
    costIfNothingDone: sums.zonder,
    oneOffCost: sums.eenmalig,
    newYearlyCost: sums.na,
    differencePerYear,
    differenceInclOneOff: differencePerYear - sums.eenmalig,
  };
}

const round2 = (value: number): number => Math.round(value * 100) / 100;

/** Computes the analysis in its price year; every line is price × quantity rounded to the cent, totals are sums of lines. */
export function analyseCases(doc: CaseAnalysisDocument): CaseAnalysisResult {
  const prices = pricesInYear(doc.priceList, doc.priceYear);
  const actorOf = new Map(doc.priceList.items.map((item) => [item.code, item.actor]));
  const overall = emptySums();
  let overallBaseline = 0;
  const actorSums = new Map<Actor, { sums: Sums; baseline: number }>();
  const perCase: CaseAnalysisResult['perCase'][number][] = [];
  for (const record of doc.cases) {
    const sums = emptySums();
    const baselineSituation: Situation = record.kind === 'bestaand' ? 'huidig' : 'zonder';
    for (const situation of Object.keys(record.lines) as Situation[]) {
      for (const line of record.lines[situation]) {
        const cents = lineCents(prices.get(line.code) ?? 0, line.hundredths);
        sums[situation] += cents;
        const actor = actorOf.get(line.code) ?? 'overig';
        const entry = actorSums.get(actor) ?? { sums: emptySums(), baseline: 0 };
        entry.sums[situation] += cents;
        if (situation === baselineSituation) entry.baseline += cents;
        actorSums.set(actor, entry);
      }
    }
    for (const situation of Object.keys(sums) as Situation[]) overall[situation] += sums[situation];
    overallBaseline += sums[baselineSituation];
    perCase.push({
      id: record.id,
      kind: record.kind,
      wellbeingBefore: record.wellbeingBefore,
      wellbeingAfter: record.wellbeingAfter,
      ...totalsOf(sums, sums[baselineSituation]),
    });
  }
  const rated = doc.cases.filter((c) => c.wellbeingBefore !== null && c.wellbeingAfter !== null);
  const mean = (values: number[]): number | null =>
    values.length === 0 ? null : round2(values.reduce((a, b) => a + b, 0) / values.length);
  const before = rated.map((c) => c.wellbeingBefore ?? 0);
  const after = rated.map((c) => c.wellbeingAfter ?? 0);
  return {
    kind: 'casusanalyse',
    name: doc.name,
    title: doc.title,
    priceYear: doc.priceYear,
    caseCount: doc.cases.length,
    totals: totalsOf(overall, overallBaseline),
    byActor: ACTORS.filter((actor) => actorSums.has(actor)).map((actor) => {
      const entry = actorSums.get(actor)!;
      return { actor, ...totalsOf(entry.sums, entry.baseline) };
    }),
    perCase,
    wellbeing: {
      cases: rated.length,
      meanBefore: mean(before),
      meanAfter: mean(after),
      meanChange: mean(after.map((a, i) => a - (before[i] ?? 0))),
    },
    goalNodes: doc.goalNodes,
    indicators: doc.indicators,
  };
}
