/** @module The periods of an indicator the retention rule froze (ADR 0019): read for the reason an answer about them is empty ("gegevens vóór … zijn verwijderd"). */
import { loadCatalogue } from '../catalogue/local-catalogue.ts';
import { resolveComputeOrder } from '../catalogue/standard-catalogue.ts';
import { frozenBefore, type LookBack } from '../domain/retention-rule.ts';
import { readRetentionRule } from '../retention/retention-cutoff.ts';
import type { SqlStore } from '../store/sql-store.ts';
import { indicatorLookBack } from './compile/indicator-look-back.ts';
import { planIndicator } from './compile/indicator-plan.ts';

/** The purge's cut-off and the first day from which the indicator is computed again; null when nothing was purged. */
export interface FrozenPeriods {
  readonly cutoff: string;
  /** Periods of the indicator beginning before this date keep what they had at the purge, and get nothing new. */
  readonly before: string;
}

/** The frozen periods of one indicator (its parts planned first, as a compute does); null without a purge or definition. */
export async function frozenPeriodsOf(store: SqlStore, indicator: string): Promise<FrozenPeriods | null> {
  const rule = await readRetentionRule(store);
  if (rule === null) return null;
  const catalogue = await loadCatalogue(store);
  if (!catalogue.some((d) => d.id === indicator)) return null;
  const lookBacks = new Map<string, LookBack>();
  for (const def of resolveComputeOrder([indicator], catalogue))
    lookBacks.set(
      def.id,
      indicatorLookBack(planIndicator(def), (id) => lookBacks.get(id)),
    );
  return { cutoff: rule.cutoff, before: frozenBefore(rule, lookBacks.get(indicator) ?? 'all') };
}
