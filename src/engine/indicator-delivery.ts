/** @module Which delivery sources each indicator reads, derived from its compiled statement's inputs (indicator-inputs.ts), and so which delivery date bounds its periods and status. */
import { resolveComputeOrder, STANDARD_CATALOGUE } from '../catalogue/standard-catalogue.ts';
import {
  indicatorDeliveryDate,
  isDeliverySource,
  type DeliveryDates,
  type DeliverySource,
} from '../domain/delivery-sources.ts';
import type { IndicatorDefinition } from '../domain/indicator-definition.ts';
import { compileIndicator } from './indicator-compiler.ts';
import { indicatorInputs, type EngineInput } from './indicator-inputs.ts';
import { planIndicator } from './indicator-plan.ts';

/** The delivery sources among an indicator's canonical inputs (a ratio's include its parts'). */
export const deliverySourcesOf = (inputs: ReadonlySet<EngineInput>): DeliverySource[] =>
  [...inputs].filter(isDeliverySource);

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
    sources.set(def.id, deliverySourcesOf(own));
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
