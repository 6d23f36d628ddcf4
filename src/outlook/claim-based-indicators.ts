/** @module Which indicators are built from claims, and how their recent periods are corrected for late declarations: which figure of the value, which group's completion factors (law, care type or product category) and the size of one claim. */
import type { IndicatorDefinition } from '../domain/indicator-definition.ts';
import type { ClaimFigure } from './area-nowcast.ts';

/** The claim group whose completion factors apply: a law's total, one care/support type, or one product category. */
export interface ClaimGroup {
  readonly law: 'youth' | 'support';
  /** The care type (youth) or support type (Wmo); '' for the law's total or a category. */
  readonly careType: string;
  /** One product category (JZ020 / WMO020); '' otherwise. */
  readonly category: string;
}

/** How an indicator's value is corrected: which figure is claim-based, in which group, amounts or counts. */
export interface ClaimCorrection {
  readonly group: ClaimGroup;
  readonly figure: ClaimFigure;
  /** 'amount': the figure sums claim amounts (one claim = the group's mean amount); 'count': it counts claims. */
  readonly basis: 'amount' | 'count';
}

/** Count measures whose units are the claims themselves when the subject is a claim. */
const COUNT_KINDS: ReadonlySet<string> = new Set(['periodCount', 'stock', 'flowStart', 'flowEnd']);

/** The group of a definition's own restrictions: one care type, else one category, else the law's total. */
function groupOf(definition: IndicatorDefinition, law: 'youth' | 'support'): ClaimGroup {
  const careTypes = definition.filters.careTypes ?? [];
  const categories = definition.filters.categories ?? [];
  if (careTypes.length === 1) return { law, careType: careTypes[0] ?? '', category: '' };
  if (categories.length === 1) return { law, careType: '', category: categories[0] ?? '' };
  return { law, careType: '', category: '' };
}

/**
 * The correction of an indicator, or undefined when its value does not depend on when claims arrive. Per measure kind:
 * - `sum` of claim amounts: the value is the claim figure (euros);
 * - a count (`periodCount`, `stock`, `flowStart`, `flowEnd`) or a `rate` whose subject is the claim: the value, or the
 *   rate's numerator, counts claims;
 * - `ratio` whose numerator indicator is claim-based (cost per client): the numerator's correction, the value scaled as
 *   the numerator is (the denominator, clients or inhabitants, does not wait for declarations);
 * - `share` of claim amounts: numerator and denominator are amounts of the same claims with the same lag, so the
 *   correction cancels out — none;
 * - everything else (persons, arrangements, benefits, imported figures) and indicators over both laws: none.
 */
export function claimCorrectionOf(
  definition: IndicatorDefinition | undefined,
  catalogue: readonly IndicatorDefinition[],
  seen: ReadonlySet<string> = new Set(),
): ClaimCorrection | undefined {
  if (definition === undefined || seen.has(definition.id)) return undefined;
  const { measure, domain } = definition;
  if (measure.kind === 'ratio') {
    const numerator = catalogue.find((d) => d.id === measure.numerator);
    const inner = claimCorrectionOf(numerator, catalogue, new Set([...seen, definition.id]));
    return inner === undefined || inner.figure !== 'value' ? undefined : { ...inner, figure: 'numerator' };
  }
  if (domain !== 'youth' && domain !== 'support') return undefined;
  if (measure.kind === 'sum' && measure.value === 'claimAmount')
    return { group: groupOf(definition, domain), figure: 'value', basis: 'amount' };
  if (definition.subject === 'claim' && COUNT_KINDS.has(measure.kind))
    return { group: groupOf(definition, domain), figure: 'value', basis: 'count' };
  if (definition.subject === 'claim' && measure.kind === 'rate')
    return { group: groupOf(definition, domain), figure: 'numerator', basis: 'count' };
  return undefined;
}
