/** @module Which delivery sources each indicator reads, derived from its compiled statement's inputs (indicator-inputs.ts), and so which delivery date bounds its periods and status. */
import { resolveComputeOrder, STANDARD_CATALOGUE } from '../../catalogue/standard-catalogue.ts';
import {
  DELIVERY_SOURCES,
  indicatorDeliveryDate,
  isDeliverySource,
  type DeliveryDates,
  type DeliverySource,
} from '../../domain/delivery-sources.ts';
import type { IndicatorDefinition } from '../../domain/indicator-definition.ts';
import { compileIndicator } from './indicator-compiler.ts';
import { indicatorInputs, type EngineInput } from './indicator-inputs.ts';
import { planIndicator, type IndicatorPlan } from './indicator-plan.ts';

/**
 * The delivery sources an indicator reads: the delivery sources among its statement's canonical inputs
 * (indicator-inputs.ts), narrowed by what the plan knows. A fact statement of one law reads the shared all-laws
 * tables (which hold benefits too) but counts only its own law's facts, so a youth or Wmo indicator does not read
 * benefits and a Participatiewet one no provisions. A ratio reads what its parts read (`sourcesOf` answers for ids
 * planned earlier; an unknown part counts as every source) plus its own population or household denominator.
 */
export function deliverySourcesOf(
  plan: IndicatorPlan,
  inputs: ReadonlySet<EngineInput>,
  sourcesOf: (id: string) => readonly DeliverySource[] | undefined,
): DeliverySource[] {
  const own = [...inputs].filter(isDeliverySource);
  switch (plan.kind) {
    case 'imported':
      return [];
    case 'facts':
      // In the order of DELIVERY_SOURCES, whatever order the statement named its tables in.
      return DELIVERY_SOURCES.filter((s) => own.includes(s)).filter(
        (s) =>
          !(s === 'benefit' && (plan.law === 'youth' || plan.law === 'support')) &&
          !(s === 'provision' && plan.law === 'participation'),
      );
    case 'ratio': {
      const parts = [plan.numerator, ...(plan.denominator.kind === 'indicator' ? [plan.denominator.id] : [])];
      const read = new Set<DeliverySource>(parts.flatMap((id) => sourcesOf(id) ?? DELIVERY_SOURCES));
      if (plan.denominator.kind === 'population' || plan.denominator.kind === 'households')
        read.add(plan.denominator.kind);
      return DELIVERY_SOURCES.filter((s) => read.has(s));
    }
  }
}

/**
 * The delivery sources of the indicators `ids` (and of the indicators they are computed from), as the cube builder
 * derives them. Imported indicators read none.
 */
export function indicatorSources(
  ids: readonly string[],
  catalogue: readonly IndicatorDefinition[] = STANDARD_CATALOGUE,
): Map<string, DeliverySource[]> {
  const inputs = new Map<string, ReadonlySet<EngineInput>>();
  const sources = new Map<string, DeliverySource[]>();
  for (const def of resolveComputeOrder(ids, catalogue)) {
    const plan = planIndicator(def);
    const compiled = compileIndicator(plan);
    const own = compiled ? indicatorInputs(plan, compiled, (id) => inputs.get(id)) : new Set<EngineInput>();
    inputs.set(def.id, own);
    sources.set(
      def.id,
      deliverySourcesOf(plan, own, (id) => sources.get(id)),
    );
  }
  return sources;
}

/**
 * The date up to which an indicator's data are delivered (the earliest among its period sources, else the overall
 * delivery date): what a running period is labelled with ("t/m 15-02-2026"). Undefined without any delivery date.
 */
export function indicatorDataUntil(
  id: string,
  dates: DeliveryDates,
  overall: string | undefined,
  catalogue: readonly IndicatorDefinition[] = STANDARD_CATALOGUE,
): string | undefined {
  return indicatorDeliveryDate(indicatorSources([id], catalogue).get(id) ?? [], dates, overall);
}
