import { describe, expect, it } from 'vitest';
import { addMonths, cutoffOf, frozenBefore, longerLookBack, parseRetentionSpan } from './retention-rule.ts';

describe('the retention rule', () => {
  it('parses spans in years and months and refuses anything else', () => {
    expect(parseRetentionSpan('7y')).toEqual({ amount: 7, unit: 'y' });
    expect(parseRetentionSpan(' 84M ')).toEqual({ amount: 84, unit: 'm' });
    for (const bad of ['7', 'y', '0y', '7 jaar', '-1y', '101y', '1201m', '7d'])
      expect(parseRetentionSpan(bad), bad).toBeUndefined();
  });

  it('gives the cut-off as today minus the span, the last day of a shorter month', () => {
    expect(cutoffOf({ amount: 7, unit: 'y' }, new Date('2026-12-06T11:00:00Z'))).toBe('2019-12-06');
    expect(cutoffOf({ amount: 84, unit: 'm' }, new Date('2026-12-06T11:00:00Z'))).toBe('2019-12-06');
    expect(cutoffOf({ amount: 1, unit: 'y' }, new Date('2024-02-29T00:00:00Z'))).toBe('2023-02-28');
    expect(addMonths('2024-03-31', -1)).toBe('2024-02-29');
    expect(addMonths('2023-11-15', 3)).toBe('2024-02-15');
  });

  it('freezes by look-back from the cut-off, never past the horizon, and all history up to the horizon', () => {
    const rule = { cutoff: '2017-04-01', horizon: '2024-04-01' };
    expect(frozenBefore(rule, 0)).toBe('2017-04-01');
    expect(frozenBefore(rule, 12)).toBe('2018-04-01');
    expect(frozenBefore(rule, 60)).toBe('2022-04-01');
    expect(frozenBefore(rule, 120)).toBe('2024-04-02');
    expect(frozenBefore(rule, 'all')).toBe('2024-04-02');
    expect(longerLookBack(12, 60)).toBe(60);
    expect(longerLookBack(0, 'all')).toBe('all');
  });
});
