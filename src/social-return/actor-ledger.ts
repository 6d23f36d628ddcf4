/** @module Who pays and who benefits ("wrong pocket"): each actor's share of a result's costs and of its benefits. */
import type { CaseAnalysisResult } from './case-analysis.ts';
import type { ProgrammeCalculation } from './programme-cost-benefit.ts';
import type { Actor } from './social-return-model.ts';

export interface ActorShare {
  readonly actor: Actor;
  /** Whole cents. */
  readonly cents: number;
  /** Fraction of the side's total (0–1). */
  readonly share: number;
}

export interface ActorLedger {
  /** Who bears the costs, largest first. */
  readonly payers: readonly ActorShare[];
  /** Who receives the benefits, largest first. */
  readonly beneficiaries: readonly ActorShare[];
}

function shares(amounts: readonly { actor: Actor; cents: number }[]): ActorShare[] {
  const positive = amounts.filter((a) => a.cents > 0);
  const total = positive.reduce((sum, a) => sum + a.cents, 0);
  return positive
    .map((a) => ({ actor: a.actor, cents: a.cents, share: a.cents / total }))
    .sort((a, b) => b.cents - a.cents);
}

/**
 * A programme: costs are present values of costs, benefits present values of benefits, per actor. A case analysis:
 * an actor pays its one-off costs plus any rise of its yearly cost, and benefits from a fall of its yearly cost — so
 * a gemeente that invests while the zorgverzekeraar saves shows as payer and the insurer as beneficiary.
 */
export function whoPaysWhoBenefits(
  result:
    | Pick<CaseAnalysisResult, 'kind' | 'byActor'>
    | (Pick<ProgrammeCalculation, 'byActor'> & { kind: 'programma' }),
): ActorLedger {
  if (result.kind === 'programma')
    return {
      payers: shares(result.byActor.map((a) => ({ actor: a.actor, cents: a.pvCosts }))),
      beneficiaries: shares(result.byActor.map((a) => ({ actor: a.actor, cents: a.pvBenefits }))),
    };
  return {
    payers: shares(
      result.byActor.map((a) => ({
        actor: a.actor,
        cents: a.oneOffCost + Math.max(0, -a.differencePerYear),
      })),
    ),
    beneficiaries: shares(
      result.byActor.map((a) => ({ actor: a.actor, cents: Math.max(0, a.differencePerYear) })),
    ),
  };
}
