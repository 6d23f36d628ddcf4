/** @module What each compiled indicator reads: the optional working tables of the cube context it needs and the canonical tables its values depend on (lazy context, incremental recompute). */
import type { CompiledSql } from './indicator-compiler.ts';
import type { IndicatorPlan } from './indicator-plan.ts';

/** The laws whose provisions (`provision.law`) a run can read. */
export const PROVISION_LAWS = ['youth', 'support'] as const;
export type ProvisionLaw = (typeof PROVISION_LAWS)[number];

/**
 * Which rows the working tables hold: provisions of these laws only, and person keys for every resident or only for
 * the persons of the run's facts. A run of one youth indicator then neither encodes nor places the Wmo clients and
 * the residents without any care (on L: 117,582 persons with youth care of 343,504 residents).
 */
export interface ContextScope {
  readonly provisionLaws: readonly ProvisionLaw[];
  /** Every resident gets a key (a statement reads residents without facts of their own: benefit household members). */
  readonly allResidents: boolean;
}

/** The whole scope: what a run needs when it is not known better. */
export const FULL_SCOPE: ContextScope = { provisionLaws: PROVISION_LAWS, allResidents: true };

/**
 * The rows an indicator's statement reads. Provision sources read their own law (trajectories and spells: youth),
 * integral ones both laws; ratios read cube rows only. Only benefit household members read residents without facts.
 */
export function contextScopeOf(plan: IndicatorPlan): ContextScope {
  if (plan.kind !== 'facts') return { provisionLaws: [], allResidents: false };
  const allResidents = plan.source === 'benefitHouseholdMembers';
  switch (plan.law) {
    case 'youth':
    case 'support':
      return { provisionLaws: [plan.law], allResidents };
    case 'all':
      return { provisionLaws: PROVISION_LAWS, allResidents };
    case 'participation':
      return { provisionLaws: [], allResidents };
  }
}

/** The scope of several statements run together. */
export function unionScope(scopes: readonly ContextScope[]): ContextScope {
  const laws = new Set(scopes.flatMap((s) => s.provisionLaws));
  return {
    provisionLaws: PROVISION_LAWS.filter((law) => laws.has(law)),
    allResidents: scopes.some((s) => s.allResidents),
  };
}

/**
 * Canonical tables the engine's results depend on. Every computed indicator depends on `residence` and `area`
 * (area attribution); the others only when the indicator reads them.
 */
export const ENGINE_INPUTS = [
  'provision',
  'claim',
  'benefit',
  'reintegration',
  'residence',
  'person',
  'population',
  'households',
  'area',
] as const;
export type EngineInput = (typeof ENGINE_INPUTS)[number];

export const isEngineInput = (name: string): name is EngineInput =>
  (ENGINE_INPUTS as readonly string[]).includes(name);

/**
 * Working tables of the cube context that are built only when a statement reads them (`_msd_<name>`); periods,
 * code map, person keys, residences, address signatures and areas are always built. `res_area` (every residence
 * interval with each of its areas) serves the units that are attributed to areas one by one; `hh` (household keys,
 * and the `household` columns of residences and benefits) the statements that read a household.
 */
export const OPTIONAL_CONTEXT = [
  'prov',
  'ben',
  'claim',
  'person',
  'traj',
  'spell',
  'res_area',
  'hh',
  'reint',
] as const;
export type ContextTable = (typeof OPTIONAL_CONTEXT)[number];

/** The canonical table each optional working table is built from. */
const CONTEXT_INPUT: Readonly<Record<ContextTable, EngineInput>> = {
  prov: 'provision',
  ben: 'benefit',
  claim: 'claim',
  person: 'person',
  traj: 'provision',
  spell: 'provision',
  res_area: 'residence',
  hh: 'residence',
  reint: 'reintegration',
};

/**
 * Working tables each shared table (`shared-facts.ts`) is built from (a test builds each from exactly these). A
 * shared table not listed here is assumed to read every optional working table (more context, never a wrong result).
 */
export const SHARED_CONTEXT: Readonly<Record<string, readonly ContextTable[]>> = {
  allLaws: ['prov', 'ben', 'hh'],
  allLawsAreas: ['prov', 'ben', 'res_area', 'hh'],
};

/**
 * Fact sources that read only episodes and benefits overlapping the computed periods (no look-back: no first-ever
 * start, previous year, earlier spell or earlier benefit). Any other source needs the whole history.
 */
const PERIOD_LOCAL_SOURCES: ReadonlySet<string> = new Set([
  'episodesInPeriod',
  'episodesOnDate',
  'episodeStarts',
  'episodeEnds',
  'benefitsInPeriod',
  'benefitsOnDate',
  'claims',
  'allLawsInPeriod',
  'benefitHouseholdMembers',
  // The re-integration table is always read whole; toWork also looks at benefits ending after the periods.
  'reintegrationOnDate',
  'reintegrationStarts',
  'reintegrationEnds',
]);

/** Whether an indicator reads provisions or benefits outside the computed periods (history before them). */
export function needsHistory(plan: IndicatorPlan): boolean {
  return plan.kind === 'facts' && !PERIOD_LOCAL_SOURCES.has(plan.source);
}

const CONTEXT_PATTERN = new RegExp(`\\b_msd_(${OPTIONAL_CONTEXT.join('|')})\\b`, 'g');
/** A statement that names a household column reads the household keys. */
const HOUSEHOLD_PATTERN = /\bhousehold\b/;
const DENOMINATOR_PATTERN = /\b(?:FROM|JOIN)\s+(population|households)\b/gi;

/** The optional working tables a compiled statement reads, directly or through the shared tables it uses. */
export function contextTablesOf(compiled: CompiledSql): Set<ContextTable> {
  const tables = new Set<ContextTable>();
  for (const match of compiled.sql.matchAll(CONTEXT_PATTERN)) tables.add(match[1] as ContextTable);
  if (HOUSEHOLD_PATTERN.test(compiled.sql)) tables.add('hh');
  for (const name of compiled.shared)
    for (const table of SHARED_CONTEXT[name] ?? OPTIONAL_CONTEXT) tables.add(table);
  return tables;
}

/**
 * The canonical tables an indicator's values depend on: the sources of the working tables it reads, the
 * denominator tables it reads, residences and areas; ratios (`indicator_value` of other indicators) inherit their
 * parts' inputs (`inputsOf` answers for ids computed earlier in the run; an unknown part counts as everything).
 */
export function indicatorInputs(
  plan: IndicatorPlan,
  compiled: CompiledSql,
  inputsOf: (id: string) => ReadonlySet<EngineInput> | undefined,
): Set<EngineInput> {
  const inputs = new Set<EngineInput>(['residence', 'area']);
  for (const table of contextTablesOf(compiled)) inputs.add(CONTEXT_INPUT[table]);
  for (const match of compiled.sql.matchAll(DENOMINATOR_PATTERN))
    inputs.add((match[1] ?? '').toLowerCase() as EngineInput);
  if (plan.kind === 'ratio') {
    const parts = [plan.numerator, ...(plan.denominator.kind === 'indicator' ? [plan.denominator.id] : [])];
    for (const part of parts) for (const input of inputsOf(part) ?? ENGINE_INPUTS) inputs.add(input);
  }
  return inputs;
}
