import { describe, expect, it } from 'vitest';
import { indicatorDataUntil, indicatorSources } from './indicator-delivery.ts';

describe('the delivery sources of an indicator', () => {
  it('follow from its compiled inputs, narrowed to its law, and a ratio inherits its parts', () => {
    const sources = indicatorSources([
      'youth.clients',
      'youth.cost.perClient',
      'support.households.per1000',
      'participation.benefits.per10000',
      'integral.cost.multiLaw.share',
    ]);
    expect(Object.fromEntries(sources)).toMatchObject({
      'youth.clients': ['provision'],
      'youth.cost': ['claim'],
      'youth.cost.perClient': ['claim', 'provision'],
      // Reads the shared all-laws table, which holds benefits, but counts Wmo households only.
      'support.households.per1000': ['provision', 'households'],
      'participation.benefits.stock': ['benefit'],
      'participation.benefits.per10000': ['benefit', 'population'],
      'integral.cost.multiLaw.share': ['claim', 'provision', 'benefit'],
    });
  });

  it('give the date a running period is labelled with: the earliest of its period sources', () => {
    const dates = {
      claim: '2026-02-15',
      provision: '2026-02-15',
      benefit: '2025-12-30',
      population: '2026-01-01',
    };
    expect(indicatorDataUntil('youth.clients', dates, '2026-02-15')).toBe('2026-02-15');
    expect(indicatorDataUntil('participation.benefits.per10000', dates, '2026-02-15')).toBe('2025-12-30');
    expect(indicatorDataUntil('integral.clients.byCombination', dates, '2026-02-15')).toBe('2025-12-30');
    // A store without per-source dates: the overall date.
    expect(indicatorDataUntil('participation.benefits.stock', {}, '2026-02-15')).toBe('2026-02-15');
    expect(indicatorDataUntil('participation.benefits.stock', {}, undefined)).toBeUndefined();
  });
});
