/** @module How far back before a period an indicator's figures read records (its fact source's look-back; a ratio the longest of its parts'), which decides the periods a purge freezes (ADR 0019). */
import { longerLookBack, type LookBack } from '../../domain/retention-rule.ts';
import { factSource } from './fact-sources.ts';
import type { IndicatorPlan } from './indicator-plan.ts';

/**
 * The look-back of an indicator. Ratios read their parts' cube rows of the same period, so they inherit the longest
 * look-back among them (`partOf` answers for ids planned earlier in the run; an unknown part counts as all history).
 * Imported figures are not computed.
 */
export function indicatorLookBack(
  plan: IndicatorPlan,
  partOf: (id: string) => LookBack | undefined,
): LookBack {
  if (plan.kind === 'facts') return factSource(plan).lookBack;
  if (plan.kind !== 'ratio') return 0;
  const parts = [plan.numerator, ...(plan.denominator.kind === 'indicator' ? [plan.denominator.id] : [])];
  return parts.reduce<LookBack>((longest, part) => longerLookBack(longest, partOf(part) ?? 'all'), 0);
}
