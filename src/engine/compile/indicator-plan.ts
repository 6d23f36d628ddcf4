/** @module Definition → plan: decides which facts an indicator needs, how units are keyed and aggregated, and which breakdowns it emits. */
import type {
  BreakdownKey,
  Denominator,
  IndicatorDefinition,
  IndicatorFilters,
} from '../../domain/indicator-definition.ts';

/** Where the unit facts come from. */
export const FACT_SOURCES = [
  'episodesInPeriod',
  'episodesOnDate',
  'episodeStarts',
  'episodeEnds',
  'benefitsInPeriod',
  'benefitsOnDate',
  'benefitStarts',
  'benefitEnds',
  'trajectoryStarts',
  'trajectoryEnds',
  'firstEver',
  'continuing',
  'reentry',
  'exitNoReturn',
  'claims',
  'allLawsInPeriod',
  'benefitHouseholdMembers',
  'reintegrationOnDate',
  'reintegrationStarts',
  'reintegrationEnds',
  'reintegrationToWork',
] as const;
export type FactSource = (typeof FACT_SOURCES)[number];

/** How units are aggregated per cell. */
export type Aggregation =
  | { kind: 'count' }
  | { kind: 'sum' }
  | { kind: 'mean'; minN: number }
  | { kind: 'share'; of: 'units' | 'claimAmount'; factor: number }
  | { kind: 'rate'; denominator: Denominator; factor: number };

/** The unit key: the person, their household (at the period's address), or the fact's own id (trajectory, arrangement, benefit). */
export type UnitKey = 'person' | 'household' | 'fact';

export interface FactPlan {
  readonly kind: 'facts';
  readonly id: string;
  readonly source: FactSource;
  /** youth | support for provision sources; participation for benefits. */
  readonly law: 'youth' | 'support' | 'participation' | 'all';
  readonly filters: IndicatorFilters;
  readonly unit: UnitKey;
  readonly aggregation: Aggregation;
  /** A class computed per (period, unit) over all its facts, e.g. the household's law combination. */
  readonly classStep: 'combination' | 'providerCount' | 'multiLaw' | undefined;
  readonly meanValue: 'trajectoryDays' | 'ageAtInflow' | undefined;
  /** exitNoReturn: months without a new spell; toWork: months after the start within which the benefit ends. */
  readonly windowMonths: number;
  readonly breakdowns: readonly BreakdownKey[];
  readonly ageClasses: IndicatorDefinition['ageClasses'];
  readonly periodKinds: readonly string[];
  readonly areaLevels: readonly string[];
  readonly followUpMonths: number;
}

export interface RatioPlan {
  readonly kind: 'ratio';
  readonly id: string;
  readonly numerator: string;
  readonly denominator: Denominator;
  readonly factor: number;
  /** Breakdowns kept from an indicator denominator (totals always). */
  readonly breakdowns: readonly BreakdownKey[];
  readonly periodKinds: readonly string[];
  readonly areaLevels: readonly string[];
  readonly followUpMonths: number;
}

export interface ImportedPlan {
  readonly kind: 'imported';
  readonly id: string;
}

export type IndicatorPlan = FactPlan | RatioPlan | ImportedPlan;

function lawOf(def: IndicatorDefinition): FactPlan['law'] {
  return def.domain === 'integral' ? 'all' : def.domain;
}

function sourceFor(def: IndicatorDefinition): FactSource {
  const m = def.measure;
  const benefits = def.domain === 'participation';
  const count =
    m.kind === 'rate' || m.kind === 'distribution' ? (m.kind === 'rate' ? m.count : m.base) : m.kind;
  if (def.subject === 'householdMember') return 'benefitHouseholdMembers';
  if (m.kind === 'toWork') return 'reintegrationToWork';
  if (def.subject === 'reintegration') {
    if (count === 'stock') return 'reintegrationOnDate';
    if (count === 'flowStart') return 'reintegrationStarts';
    if (count === 'flowEnd') return 'reintegrationEnds';
    throw new Error(`Indicator ${def.id}: re-integration provisions count as stock, flowStart or flowEnd`);
  }
  if (m.kind === 'sum' || (m.kind === 'share' && m.of === 'claimAmount')) return 'claims';
  if (def.domain === 'integral') return 'allLawsInPeriod';
  if (m.kind === 'firstEver' || (m.kind === 'mean' && m.value === 'ageAtInflow')) return 'firstEver';
  if (m.kind === 'mean' && m.value === 'trajectoryDays') return 'trajectoryEnds';
  if (m.kind === 'continuing' || m.kind === 'reentry' || m.kind === 'exitNoReturn') return m.kind;
  if (def.subject === 'trajectory') return count === 'flowEnd' ? 'trajectoryEnds' : 'trajectoryStarts';
  switch (count) {
    case 'periodCount':
      return benefits ? 'benefitsInPeriod' : 'episodesInPeriod';
    case 'stock':
      return benefits ? 'benefitsOnDate' : 'episodesOnDate';
    case 'flowStart':
      return benefits ? 'benefitStarts' : 'episodeStarts';
    case 'flowEnd':
      return benefits ? 'benefitEnds' : 'episodeEnds';
    default:
      throw new Error(`Indicator ${def.id}: measure ${m.kind} has no fact source`);
  }
}

function aggregationFor(def: IndicatorDefinition): Aggregation {
  const m = def.measure;
  switch (m.kind) {
    case 'sum':
      return { kind: 'sum' };
    case 'mean':
      return { kind: 'mean', minN: m.minN };
    case 'share':
      return { kind: 'share', of: m.of, factor: m.factor };
    case 'rate':
      return { kind: 'rate', denominator: m.denominator, factor: m.factor };
    default:
      return { kind: 'count' };
  }
}

/** Turns a validated definition into a plan the compiler can translate. */
export function planIndicator(def: IndicatorDefinition): IndicatorPlan {
  const m = def.measure;
  if (m.kind === 'imported') return { kind: 'imported', id: def.id };
  if (m.kind === 'ratio') {
    return {
      kind: 'ratio',
      id: def.id,
      numerator: m.numerator,
      denominator: m.denominator,
      factor: m.factor,
      breakdowns: def.breakdowns,
      periodKinds: def.periodKinds,
      areaLevels: def.areaLevels,
      followUpMonths: def.followUpMonths,
    };
  }
  const unit: UnitKey =
    def.subject === 'person' || def.subject === 'householdMember'
      ? 'person'
      : def.subject === 'household'
        ? 'household'
        : 'fact';
  const classStep =
    m.kind === 'distribution' && m.classes !== 'durationClass'
      ? m.classes
      : m.kind === 'share'
        ? m.condition
        : undefined;
  // Rates and shares are totals only: their denominators exist per area, not per breakdown value.
  const breakdowns = m.kind === 'rate' || m.kind === 'share' ? [] : def.breakdowns;
  return {
    kind: 'facts',
    id: def.id,
    source: sourceFor(def),
    law: lawOf(def),
    filters: def.filters,
    unit,
    aggregation: aggregationFor(def),
    classStep,
    meanValue: m.kind === 'mean' ? m.value : undefined,
    windowMonths: m.kind === 'exitNoReturn' || m.kind === 'toWork' ? m.months : 0,
    breakdowns,
    ageClasses: def.ageClasses,
    periodKinds: def.periodKinds,
    areaLevels: def.areaLevels,
    followUpMonths: def.followUpMonths,
  };
}
