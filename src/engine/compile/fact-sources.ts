/** @module The registry of fact sources: one record per source (`FactSource`) with the properties the compiler and the run rely on and the SQL builder of its facts. */
import {
  allLawsFacts,
  benefitEventFacts,
  benefitHouseholdMemberFacts,
  benefitsInPeriodFacts,
  benefitsOnDateFacts,
  claimFacts,
  continuingFacts,
  episodeEventFacts,
  episodesInPeriodFacts,
  episodesOnDateFacts,
  exitNoReturnFacts,
  firstEverFacts,
  periodJoin,
  reintegrationEventFacts,
  reintegrationOnDateFacts,
  reintegrationToWorkFacts,
  trajectoryEventFacts,
  type PeriodJoin,
} from './fact-sql.ts';
import type { LookBack } from '../../domain/retention-rule.ts';
import type { FactPlan, FactSource } from './indicator-plan.ts';

export interface FactSourceSpec {
  /**
   * One row per (period, fact id): each provision, benefit or trajectory is joined to each period at most once (a
   * trajectory start lies in exactly one care spell), and a person's areas at a date are distinct, so fact units
   * are distinct per (period, area) without deduplication.
   */
  readonly unique: boolean;
  /**
   * Reads only episodes and benefits overlapping the computed periods (no look-back: no first-ever start, previous
   * year, earlier spell or earlier benefit), so an incremental recompute may build the working tables of the recent
   * periods only. False: the source needs the whole history.
   */
  readonly periodLocal: boolean;
  /** The person's age date is one per (person, period), so the age group is a property of the counted unit. */
  readonly agePerUnit: boolean;
  /**
   * The facts carry the person's birth date and gender (`bd`, `gender`) when the plan reads them: the person is
   * joined to the episodes before they are expanded to periods (far fewer rows than after).
   */
  readonly carriesPerson: boolean;
  /**
   * The facts depend on the period end only (stocks on a reference date): computed once per distinct period end and
   * copied to every period ending there (`fanOutEnds`).
   */
  readonly byPeriodEnd: boolean;
  /**
   * How far before a period its facts read records (ADR 0019): 0 when only records overlapping the period (or
   * forward-looking windows) count; months for a bounded look-back (the previous year of `continuing`, the 12-month
   * re-entry of benefits, the 5-year repeat of trajectories); 'all' when any earlier record can change it (first-ever
   * care, re-entry after a gap, a trajectory's duration from its first episode). Periods within it after a purge's
   * cut-off are frozen.
   */
  readonly lookBack: LookBack;
  /** The facts in the standard fact columns (fact-sql.ts), one row per counted unit × period. */
  readonly sql: (plan: FactPlan, at: PeriodJoin) => string;
}

const flags = {
  unique: false,
  periodLocal: false,
  agePerUnit: false,
  carriesPerson: false,
  byPeriodEnd: false,
} as const;

/**
 * Every fact source. The compiler refuses a `FactSource` without a record here. Each states its look-back: there is no
 * default, so a new source cannot silently claim that a purge leaves its later periods unchanged.
 */
export const FACT_SOURCE_REGISTRY: { readonly [S in FactSource]: FactSourceSpec } = {
  episodesInPeriod: {
    ...flags,
    unique: true,
    periodLocal: true,
    agePerUnit: true,
    carriesPerson: true,
    lookBack: 0,
    sql: episodesInPeriodFacts,
  },
  episodesOnDate: {
    ...flags,
    unique: true,
    periodLocal: true,
    agePerUnit: true,
    byPeriodEnd: true,
    lookBack: 0,
    sql: episodesOnDateFacts,
  },
  episodeStarts: { ...flags, unique: true, periodLocal: true, lookBack: 0, sql: episodeEventFacts },
  episodeEnds: { ...flags, unique: true, periodLocal: true, lookBack: 0, sql: episodeEventFacts },
  benefitsInPeriod: { ...flags, unique: true, periodLocal: true, lookBack: 0, sql: benefitsInPeriodFacts },
  benefitsOnDate: {
    ...flags,
    unique: true,
    periodLocal: true,
    agePerUnit: true,
    byPeriodEnd: true,
    lookBack: 0,
    sql: benefitsOnDateFacts,
  },
  // Re-entry within 12 months of the previous benefit's end.
  benefitStarts: { ...flags, unique: true, lookBack: 12, sql: benefitEventFacts },
  benefitEnds: { ...flags, unique: true, lookBack: 12, sql: benefitEventFacts },
  // Repeat (herhaald beroep): an earlier spell ended within 5 years; the duration of an ending trajectory runs from its
  // first episode, however long ago.
  trajectoryStarts: { ...flags, unique: true, lookBack: 60, sql: trajectoryEventFacts },
  trajectoryEnds: { ...flags, unique: true, lookBack: 'all', sql: trajectoryEventFacts },
  firstEver: { ...flags, agePerUnit: true, lookBack: 'all', sql: firstEverFacts },
  // Care in the previous year; re-entry also asks for any care before that.
  continuing: { ...flags, lookBack: 12, sql: continuingFacts },
  reentry: { ...flags, lookBack: 'all', sql: continuingFacts },
  // Looks forward (no new spell within N months after the end); a spell ending after a cut-off keeps its end.
  exitNoReturn: { ...flags, lookBack: 0, sql: exitNoReturnFacts },
  claims: { ...flags, periodLocal: true, lookBack: 0, sql: claimFacts },
  allLawsInPeriod: { ...flags, periodLocal: true, lookBack: 0, sql: allLawsFacts },
  benefitHouseholdMembers: {
    ...flags,
    periodLocal: true,
    agePerUnit: true,
    byPeriodEnd: true,
    lookBack: 0,
    sql: benefitHouseholdMemberFacts,
  },
  // Re-integration provisions: the whole table is always read (no period filter), so every source but toWork is
  // period-local; toWork looks at benefits ending up to 12 months after the periods.
  reintegrationOnDate: {
    ...flags,
    unique: true,
    periodLocal: true,
    agePerUnit: true,
    byPeriodEnd: true,
    lookBack: 0,
    sql: reintegrationOnDateFacts,
  },
  reintegrationStarts: {
    ...flags,
    unique: true,
    periodLocal: true,
    lookBack: 0,
    sql: reintegrationEventFacts,
  },
  reintegrationEnds: { ...flags, unique: true, periodLocal: true, lookBack: 0, sql: reintegrationEventFacts },
  reintegrationToWork: { ...flags, unique: true, lookBack: 0, sql: reintegrationToWorkFacts },
};

/** The record of a plan's fact source. */
export const factSource = (plan: FactPlan): FactSourceSpec => FACT_SOURCE_REGISTRY[plan.source];

/** SQL yielding the standard fact columns for the plan's source. */
export function factSql(plan: FactPlan): string {
  const source = factSource(plan);
  return source.sql(plan, periodJoin(plan, source.byPeriodEnd));
}
