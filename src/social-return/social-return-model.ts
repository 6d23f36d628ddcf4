/** @module The vocabulary and shapes of social-return documents: price lists, case analyses and programmes (validated, money in integer cents). */

/** Who bears a cost or receives a saving ("wie betaalt, wie profiteert"); `overig` holds the part no actor was named for. */
export const ACTORS = [
  'gemeente',
  'zorgverzekeraar',
  'rijk-uwv',
  'politie-justitie',
  'woningcorporatie',
  'werkgever',
  'onderwijs',
  'inwoner',
  'overig',
] as const;
export type Actor = (typeof ACTORS)[number];

/** The kinds of document `msd rendement` stores. */
export const DOCUMENT_KINDS = ['prijslijst', 'casusanalyse', 'programma'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/** An existing case (had care: the difference is current − new) or a new one (no care yet: if nothing is done − new). */
export const CASE_KINDS = ['bestaand', 'nieuw'] as const;
export type CaseKind = (typeof CASE_KINDS)[number];

/** The four situations of a case: now, without intervention, after (all per year), and the one-off costs. */
export const SITUATIONS = ['huidig', 'zonder', 'na', 'eenmalig'] as const;
export type Situation = (typeof SITUATIONS)[number];

/** Programme costs are one-off (year 1) or yearly (every year of the horizon). */
export const COST_KINDS = ['eenmalig', 'jaarlijks'] as const;
export type CostKind = (typeof COST_KINDS)[number];

export interface PriceItem {
  readonly code: string;
  readonly description: string;
  readonly unit: string;
  /** The price in whole cents in `priceYear`. */
  readonly priceCents: number;
  readonly priceYear: number;
  readonly actor: Actor;
  readonly source: string;
}

/** A price list: items plus the index figures (year → index) that bring a price to another price year. */
export interface PriceList {
  readonly items: readonly PriceItem[];
  readonly index: ReadonlyMap<number, number>;
}

/** A quantity of a price-list item, in hundredths (2.5 hours = 250), so every line is exact to the cent. */
export interface ItemQuantity {
  readonly code: string;
  readonly hundredths: number;
}

export interface CaseRecord {
  /** A pseudonym or case number, never a name. */
  readonly id: string;
  readonly kind: CaseKind;
  readonly lines: Readonly<Record<Situation, readonly ItemQuantity[]>>;
  readonly wellbeingBefore: number | null;
  readonly wellbeingAfter: number | null;
}

/** What every document has: its name, title, the price year its money is expressed in, and the goal-tree link. */
export interface DocumentHeader {
  readonly name: string;
  readonly title: string;
  readonly priceYear: number;
  readonly note: string;
  /** Goal-tree node ids (effects) the intervention serves; checked against the goal tree once it is merged. */
  readonly goalNodes: readonly string[];
  /** Indicator ids the document's results feed (validated against the indicator catalogue). */
  readonly indicators: readonly string[];
}

export interface PriceListDocument extends DocumentHeader {
  readonly kind: 'prijslijst';
  readonly priceList: PriceList;
}

export interface CaseAnalysisDocument extends DocumentHeader {
  readonly kind: 'casusanalyse';
  readonly priceList: PriceList;
  readonly cases: readonly CaseRecord[];
}

export interface ProgrammeCost {
  readonly label: string;
  readonly kind: CostKind;
  readonly amountCents: number;
  readonly actor: Actor;
}

/** A count read from an indicator of the monitor: indicator, period and area (the gemeente when none is named). */
export interface CountSource {
  readonly indicator: string;
  readonly period: string;
  readonly area: string;
}

/** Shares are fractions 0–1 (entered as percentages). */
export interface ProgrammeResult {
  readonly label: string;
  readonly code: string;
  readonly count: number;
  /** An indicator this result feeds or was counted from (optional). */
  readonly indicator: string | null;
  /** Where the count was read from the results cube at import (exact value), or null when it was entered. */
  readonly countFrom: CountSource | null;
  /** Years the effect yields its value (from year 1), at most the horizon. */
  readonly durationYears: number;
  readonly deadweight: number;
  /** The part of the outcome due to others (1 − the share attributed to the intervention). */
  readonly attribution: number;
  readonly displacement: number;
  /** Yearly decline of the effect after its first year. */
  readonly dropOff: number;
  /** The part of the value that lands at the gemeente (the rest at `overig`); null: all at the price item's actor. */
  readonly municipalShare: number | null;
  /** The part of a year's value that lands in that year; the rest lands one year later (null: all at once). */
  readonly firstYearShare: number | null;
}

/** A sensitivity range that overrides the default for one assumption (ids as in sensitivity-analysis.ts). */
export interface SensitivityRange {
  readonly assumption: string;
  readonly low: number;
  readonly high: number;
}

export interface ProgrammeDocument extends DocumentHeader {
  readonly kind: 'programma';
  readonly priceList: PriceList;
  readonly horizonYears: number;
  /** A fraction: 0.0225 is the Dutch standard rate since 2021. */
  readonly discountRate: number;
  readonly costs: readonly ProgrammeCost[];
  readonly results: readonly ProgrammeResult[];
  readonly ranges: readonly SensitivityRange[];
}

export type SocialReturnDocument = PriceListDocument | CaseAnalysisDocument | ProgrammeDocument;

/**
 * The nodes of the current goal tree (id → kind and title) that an import checks `doelboom` against; `version` is
 * null when no goal tree is loaded (then every named node is unknown).
 */
export interface GoalTreeNodes {
  readonly version: number | null;
  readonly nodes: ReadonlyMap<string, { readonly kind: string; readonly title: string }>;
}

/**
 * Sensitivity assumptions (the part of a range's name before `:`) that users enter in percent and the model keeps as
 * fractions: the corrections, the two shares and the discount rate.
 */
export const PERCENT_ASSUMPTIONS: readonly string[] = [
  'deadweight',
  'toerekening',
  'verplaatsing',
  'afname',
  'aandeel-gemeente',
  'aandeel-eerste-jaar',
  'disconteringsvoet',
];
