import { describe, expect, it } from 'vitest';
import { whoPaysWhoBenefits } from './actor-ledger.ts';

const caseActor = (
  actor: 'gemeente' | 'zorgverzekeraar' | 'woningcorporatie',
  oneOff: number,
  diff: number,
) => ({
  actor,
  currentYearlyCost: 0,
  costIfNothingDone: 0,
  oneOffCost: oneOff,
  newYearlyCost: 0,
  differencePerYear: diff,
  differenceInclOneOff: diff - oneOff,
});

describe('who pays and who benefits', () => {
  it('splits a programme by present values of costs and benefits, largest share first', () => {
    const ledger = whoPaysWhoBenefits({
      kind: 'programma',
      byActor: [
        { actor: 'gemeente', pvCosts: 150_000, pvBenefits: 100_000, npv: -50_000 },
        { actor: 'zorgverzekeraar', pvCosts: 0, pvBenefits: 300_000, npv: 300_000 },
      ],
    });
    expect(ledger).toEqual({
      payers: [{ actor: 'gemeente', cents: 150_000, share: 1 }],
      beneficiaries: [
        { actor: 'zorgverzekeraar', cents: 300_000, share: 0.75 },
        { actor: 'gemeente', cents: 100_000, share: 0.25 },
      ],
    });
  });

  it('counts one-off costs and a rise in yearly cost as paying, a fall as benefiting (wrong pocket)', () => {
    const ledger = whoPaysWhoBenefits({
      kind: 'casusanalyse',
      byActor: [
        // The gemeente invests 30 000 once and pays 10 000 a year more; insurer and housing corporation save.
        caseActor('gemeente', 30_000, -10_000),
        caseActor('zorgverzekeraar', 0, 60_000),
        caseActor('woningcorporatie', 0, 20_000),
      ],
    });
    expect(ledger.payers).toEqual([{ actor: 'gemeente', cents: 40_000, share: 1 }]);
    expect(ledger.beneficiaries).toEqual([
      { actor: 'zorgverzekeraar', cents: 60_000, share: 0.75 },
      { actor: 'woningcorporatie', cents: 20_000, share: 0.25 },
    ]);
  });

  it('has no payers when nothing costs anything', () => {
    expect(whoPaysWhoBenefits({ kind: 'casusanalyse', byActor: [caseActor('gemeente', 0, 0)] })).toEqual({
      payers: [],
      beneficiaries: [],
    });
  });
});
