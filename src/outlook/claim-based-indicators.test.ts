import { describe, expect, it } from 'vitest';
import { STANDARD_CATALOGUE } from '../catalogue/standard-catalogue.ts';
import { parseIndicatorDefinition } from '../domain/indicator-definition.ts';
import { claimCorrectionOf } from './claim-based-indicators.ts';

const find = (id: string) => STANDARD_CATALOGUE.find((d) => d.id === id);
const correctionOf = (id: string) => claimCorrectionOf(find(id), STANDARD_CATALOGUE);

describe('claim-based indicators', () => {
  it('corrects the claim sums of each law on their value, in the law’s group', () => {
    expect(correctionOf('youth.cost')).toEqual({
      group: { law: 'youth', careType: '', category: '' },
      figure: 'value',
      basis: 'amount',
    });
    expect(correctionOf('support.cost')?.group.law).toBe('support');
  });

  it('corrects cost per client through its numerator', () => {
    expect(correctionOf('youth.cost.perClient')).toEqual({
      group: { law: 'youth', careType: '', category: '' },
      figure: 'numerator',
      basis: 'amount',
    });
  });

  it('gives no nowcast to an indicator whose value does not depend on claims', () => {
    for (const id of [
      'youth.clients',
      'youth.clients.pct',
      'support.clients.per1000',
      'participation.benefits.stock',
      'youth.trajectories.duration',
      // Numerator and denominator are amounts of the same claims: the lag cancels out.
      'integral.cost.multiLaw.share',
    ])
      expect(correctionOf(id), id).toBeUndefined();
    expect(claimCorrectionOf(undefined, STANDARD_CATALOGUE)).toBeUndefined();
  });

  it('uses the care type of an indicator restricted to one, else one category', () => {
    const base = find('youth.cost');
    if (base === undefined) throw new Error('youth.cost');
    const local = parseIndicatorDefinition({
      ...base,
      id: 'local.youth.cost.protection',
      filters: { careTypes: ['jeugdbescherming'] },
      breakdowns: [],
    });
    const protection = claimCorrectionOf(local, STANDARD_CATALOGUE);
    expect(protection?.group).toEqual({ law: 'youth', careType: 'jeugdbescherming', category: '' });
    const residential = parseIndicatorDefinition({
      ...base,
      id: 'local.youth.cost.cat43',
      filters: { categories: ['43'] },
      breakdowns: [],
    });
    expect(claimCorrectionOf(residential, STANDARD_CATALOGUE)?.group).toEqual({
      law: 'youth',
      careType: '',
      category: '43',
    });
    // Two care types: the law's factors.
    const two = parseIndicatorDefinition({
      ...base,
      id: 'local.youth.cost.two',
      filters: { careTypes: ['met verblijf', 'zonder verblijf'] },
      breakdowns: [],
    });
    expect(claimCorrectionOf(two, STANDARD_CATALOGUE)?.group).toEqual({
      law: 'youth',
      careType: '',
      category: '',
    });
  });

  it('counts claims when the subject is the claim itself', () => {
    const base = find('youth.cost');
    if (base === undefined) throw new Error('youth.cost');
    const count = parseIndicatorDefinition({
      ...base,
      id: 'local.youth.claims',
      measure: { kind: 'flowStart' },
      unit: 'provisions',
      breakdowns: [],
    });
    expect(claimCorrectionOf(count, STANDARD_CATALOGUE)).toMatchObject({ figure: 'value', basis: 'count' });
  });
});
