/** @module What each compiled indicator reads: the rows of the cube context it needs, the optional working tables its statement names and the canonical tables its values depend on (lazy context, incremental recompute). */
import { factSource } from './fact-sources.ts';
import type { CompiledSql } from './indicator-compiler.ts';
import type { IndicatorPlan } from './indicator-plan.ts';
import {
  contextTablesIn,
  ENGINE_INPUTS,
  inputsOfTables,
  type ContextTable,
  type EngineInput,
} from './working-tables.ts';

export { ENGINE_INPUTS, isEngineInput, OPTIONAL_CONTEXT } from './working-tables.ts';
export type { ContextTable, EngineInput } from './working-tables.ts';

/** The laws whose provisions (`provision.law`) a run can read. */
export const PROVISION_LAWS = ['youth', 'support'] as const;
export type ProvisionLaw = (typeof PROVISION_LAWS)[number];

/**
 * Which rows the working tables hold: provisions of these laws only, and person keys for every resident or only for
 * the persons of the run's facts. A run of one youth indicator then neither encodes nor places the Wmo clients and
 * the residents without any care (most residents).
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

/** Whether an indicator reads provisions or benefits outside the computed periods (history before them). */
export function needsHistory(plan: IndicatorPlan): boolean {
  return plan.kind === 'facts' && !factSource(plan).periodLocal;
}

/** The optional working tables a compiled statement reads, directly or through the tables it reads. */
export const contextTablesOf = (compiled: CompiledSql): Set<ContextTable> =>
  contextTablesIn(compiled.reads.tables);

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
  const inputs = new Set<EngineInput>([
    'residence',
    'area',
    ...inputsOfTables(compiled.reads.tables),
    ...compiled.reads.inputs,
  ]);
  if (plan.kind === 'ratio') {
    const parts = [plan.numerator, ...(plan.denominator.kind === 'indicator' ? [plan.denominator.id] : [])];
    for (const part of parts) for (const input of inputsOf(part) ?? ENGINE_INPUTS) inputs.add(input);
  }
  return inputs;
}
