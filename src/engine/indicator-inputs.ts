/** @module What each compiled indicator reads: the optional working tables of the cube context it needs and the canonical tables its values depend on (lazy context, incremental recompute). */
import type { CompiledSql } from './indicator-compiler.ts';
import type { IndicatorPlan } from './indicator-plan.ts';

/**
 * Canonical tables the engine's results depend on. Every computed indicator depends on `residence` and `area`
 * (area attribution); the others only when the indicator reads them.
 */
export const ENGINE_INPUTS = [
  'provision',
  'claim',
  'benefit',
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
 * code map, key dictionaries, residences and areas are always built.
 */
export const OPTIONAL_CONTEXT = ['prov', 'ben', 'claim', 'person', 'traj', 'spell'] as const;
export type ContextTable = (typeof OPTIONAL_CONTEXT)[number];

/** The canonical table each optional working table is built from. */
const CONTEXT_INPUT: Readonly<Record<ContextTable, EngineInput>> = {
  prov: 'provision',
  ben: 'benefit',
  claim: 'claim',
  person: 'person',
  traj: 'provision',
  spell: 'provision',
};

/**
 * Working tables each shared table (`shared-facts.ts`) is built from (a test builds each from exactly these). A
 * shared table not listed here is assumed to read every optional working table (more context, never a wrong result).
 */
export const SHARED_CONTEXT: Readonly<Record<string, readonly ContextTable[]>> = {
  allLaws: ['prov', 'ben'],
  allLawsAreas: ['prov', 'ben'],
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
]);

/** Whether an indicator reads provisions or benefits outside the computed periods (history before them). */
export function needsHistory(plan: IndicatorPlan): boolean {
  return plan.kind === 'facts' && !PERIOD_LOCAL_SOURCES.has(plan.source);
}

const CONTEXT_PATTERN = new RegExp(`\\b_msd_(${OPTIONAL_CONTEXT.join('|')})\\b`, 'g');
const DENOMINATOR_PATTERN = /\b(?:FROM|JOIN)\s+(population|households)\b/gi;

/** The optional working tables a compiled statement reads, directly or through the shared tables it uses. */
export function contextTablesOf(compiled: CompiledSql): Set<ContextTable> {
  const tables = new Set<ContextTable>();
  for (const match of compiled.sql.matchAll(CONTEXT_PATTERN)) tables.add(match[1] as ContextTable);
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
