/** @module The standard indicator catalogue (indicators.md §3): all laws together, validated, in dependency order, with lookup by id. */
import {
  parseIndicatorDefinition,
  type IndicatorDefinition,
  type IndicatorDefinitionInput,
} from '../domain/indicator-definition.ts';
import { INTEGRAL_CATALOGUE } from './standard-catalogue-integral.ts';
import { PARTICIPATION_CATALOGUE } from './standard-catalogue-participation.ts';
import { SUPPORT_CATALOGUE } from './standard-catalogue-support.ts';
import { YOUTH_CATALOGUE } from './standard-catalogue-youth.ts';

const INPUTS: readonly IndicatorDefinitionInput[] = [
  ...YOUTH_CATALOGUE,
  ...SUPPORT_CATALOGUE,
  ...PARTICIPATION_CATALOGUE,
  ...INTEGRAL_CATALOGUE,
];

/** Every standard indicator, validated at load (a bad definition fails loudly at start-up, naming the field). */
export const STANDARD_CATALOGUE: readonly IndicatorDefinition[] = INPUTS.map(parseIndicatorDefinition);

const BY_ID = new Map(STANDARD_CATALOGUE.map((d) => [d.id, d]));

/** The definition with this id, or undefined. */
export function findIndicator(id: string): IndicatorDefinition | undefined {
  return BY_ID.get(id);
}

/** Ids of indicators a definition reads from the cube (ratio numerator, indicator denominator). */
export function dependenciesOf(def: IndicatorDefinition): string[] {
  const m = def.measure;
  const deps: string[] = [];
  if (m.kind === 'ratio') deps.push(m.numerator);
  if ((m.kind === 'ratio' || m.kind === 'rate') && m.denominator.kind === 'indicator')
    deps.push(m.denominator.id);
  return deps;
}

/**
 * The definitions to compute for the requested ids, with their dependencies added and sorted so that every
 * indicator comes after the ones it reads from. Unknown ids throw, naming the id.
 */
export function resolveComputeOrder(
  ids: readonly string[] | undefined,
  catalogue: readonly IndicatorDefinition[] = STANDARD_CATALOGUE,
): IndicatorDefinition[] {
  const byId = new Map(catalogue.map((d) => [d.id, d]));
  const wanted = ids ?? catalogue.map((d) => d.id);
  const ordered: IndicatorDefinition[] = [];
  const seen = new Set<string>();
  const visit = (id: string, path: readonly string[]): void => {
    if (seen.has(id)) return;
    if (path.includes(id)) throw new Error(`Indicator ${id}: circular dependency via ${path.join(' → ')}`);
    const def = byId.get(id);
    if (!def) throw new Error(`Unknown indicator: ${id}`);
    for (const dep of dependenciesOf(def)) visit(dep, [...path, id]);
    seen.add(id);
    ordered.push(def);
  };
  for (const id of wanted) visit(id, []);
  return ordered;
}
