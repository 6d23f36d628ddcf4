import { describe, expect, it } from 'vitest';
import { rollUp, type RollupPart } from './goal-rollup.ts';

const part = (id: string, status: RollupPart['status'], extra: Partial<RollupPart> = {}): RollupPart => ({
  id,
  title: id.toUpperCase(),
  status,
  ...extra,
});

describe('rollUp, rule worst (default)', () => {
  it('takes the worst coloured status and names the parts that have it', () => {
    const r = rollUp([
      part('a', 'op koers'),
      part('b', 'uit koers'),
      part('c', 'aandacht'),
      part('d', 'uit koers'),
    ]);
    expect(r.status).toBe('uit koers');
    expect(r.causes).toEqual(['b', 'd']);
    expect(r.reason).toBe('slechtste status van de onderdelen met gegevens: uit koers (B, D)');
  });
  it('ignores parts without a verdict when others have one', () => {
    const r = rollUp([
      part('a', 'op koers'),
      part('b', 'nog geen gegevens'),
      part('c', 'te klein om te duiden'),
    ]);
    expect(r.status).toBe('op koers');
    expect(r.causes).toEqual(['a']);
  });
  it('without any coloured part says geen streefwaarde before te klein before nog geen gegevens', () => {
    expect(rollUp([part('a', 'nog geen gegevens'), part('b', 'geen streefwaarde')])).toEqual({
      status: 'geen streefwaarde',
      reason: 'geen onderdeel met een kleur; geen streefwaarde: B',
      causes: ['b'],
    });
    expect(rollUp([part('a', 'nog geen gegevens'), part('b', 'te klein om te duiden')]).status).toBe(
      'te klein om te duiden',
    );
    expect(rollUp([part('a', 'nog geen gegevens')]).status).toBe('nog geen gegevens');
  });
  it('says why a node without parts has no status', () => {
    expect(rollUp([])).toEqual({
      status: 'nog geen gegevens',
      reason: 'geen onderliggende indicatoren',
      causes: [],
    });
  });
  it('carries the mark of a deciding part (lopend before voorlopig)', () => {
    expect(
      rollUp([part('a', 'aandacht', { mark: 'voorlopig' }), part('b', 'op koers', { mark: 'lopend' })]).mark,
    ).toBe('voorlopig');
    expect(rollUp([part('a', 'aandacht', { mark: 'lopend' })]).mark).toBe('lopend');
  });
});

describe('rollUp, rule weighted-share', () => {
  const rule = { rule: 'weighted-share' as const };
  it('is op koers from 80 % on course, aandacht from 50 %, uit koers below (defaults)', () => {
    const five = (on: number) =>
      rollUp(
        ['a', 'b', 'c', 'd', 'e'].map((id, i) => part(id, i < on ? 'op koers' : 'uit koers')),
        rule,
      ).status;
    expect(five(4)).toBe('op koers');
    expect(five(3)).toBe('aandacht');
    expect(five(2)).toBe('uit koers');
  });
  it('weighs the parts and names those not on course', () => {
    const r = rollUp(
      [
        part('a', 'op koers', { weight: 3 }),
        part('b', 'uit koers'),
        part('c', 'nog geen gegevens', { weight: 10 }),
      ],
      rule,
    );
    expect(r.status).toBe('aandacht');
    expect(r.causes).toEqual(['b']);
    expect(r.reason).toBe(
      'gewogen 75 % op koers (1 van 2 onderdelen met gegevens); regel: op koers vanaf 80 %, aandacht vanaf 50 %; niet op koers: B',
    );
  });
  it('uses configured thresholds', () => {
    const parts = [part('a', 'op koers'), part('b', 'aandacht')];
    expect(rollUp(parts, { rule: 'weighted-share', onCoursePercent: 50 }).status).toBe('op koers');
    expect(rollUp(parts, { rule: 'weighted-share', attentionPercent: 60 }).status).toBe('uit koers');
  });
});
