/** @module The one function that gives a stored document's result as plain data, for the CLI now and the `/rendement` page and report chapter later. */
import { analyseCases, type CaseAnalysisResult } from './case-analysis.ts';
import { pricesInYear } from './price-list.ts';
import { calculateProgramme, type ProgrammeCalculation } from './programme-cost-benefit.ts';
import { analyseSensitivity, type SensitivityResult } from './sensitivity-analysis.ts';
import type { PriceItem, ProgrammeDocument, SocialReturnDocument } from './social-return-model.ts';
import { signConclusion } from './social-return-reasons.ts';

export interface PriceListResult {
  readonly kind: 'prijslijst';
  readonly name: string;
  readonly title: string;
  readonly priceYear: number;
  /** Each item with its price in the list's price year (`indexedCents`). */
  readonly items: readonly (PriceItem & { readonly indexedCents: number })[];
}

export interface ProgrammeResultData extends ProgrammeCalculation {
  readonly kind: 'programma';
  readonly name: string;
  readonly title: string;
  readonly priceYear: number;
  readonly horizonYears: number;
  readonly discountRate: number;
  /** Every assumption as entered, so a page can show them beside the result. */
  readonly assumptions: ProgrammeDocument['results'];
  /** The costs as entered (one-off or yearly, per actor). */
  readonly costs: ProgrammeDocument['costs'];
  readonly sensitivity: SensitivityResult & { readonly conclusion: string };
  readonly goalNodes: readonly string[];
  readonly indicators: readonly string[];
}

export type SocialReturnResult = PriceListResult | CaseAnalysisResult | ProgrammeResultData;

/** Every item of a document's price list with its price in the document's price year. */
export function indexedItems(doc: SocialReturnDocument): PriceListResult['items'] {
  const prices = pricesInYear(doc.priceList, doc.priceYear);
  return doc.priceList.items.map((item) => ({
    ...item,
    indexedCents: prices.get(item.code) ?? item.priceCents,
  }));
}

/** Computes a document's result; money in whole cents, shares as fractions. */
export function socialReturnResult(doc: SocialReturnDocument): SocialReturnResult {
  if (doc.kind === 'casusanalyse') return analyseCases(doc);
  if (doc.kind === 'prijslijst') {
    return {
      kind: 'prijslijst',
      name: doc.name,
      title: doc.title,
      priceYear: doc.priceYear,
      items: indexedItems(doc),
    };
  }
  const sensitivity = analyseSensitivity(doc);
  const bars = new Map(sensitivity.bars.map((bar) => [bar.assumption, bar.label]));
  return {
    kind: 'programma',
    name: doc.name,
    title: doc.title,
    priceYear: doc.priceYear,
    horizonYears: doc.horizonYears,
    discountRate: doc.discountRate,
    ...calculateProgramme(doc),
    assumptions: doc.results,
    costs: doc.costs,
    sensitivity: {
      ...sensitivity,
      conclusion: signConclusion(
        sensitivity.base > 0,
        sensitivity.signDecidedBy.map((id) => bars.get(id) ?? id),
      ),
    },
    goalNodes: doc.goalNodes,
    indicators: doc.indicators,
  };
}
