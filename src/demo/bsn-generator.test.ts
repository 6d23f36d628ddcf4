import { describe, expect, it } from 'vitest';
import { BsnGenerator, elfproefCheckDigit, formatBsn, passesElfproef } from './bsn-generator.ts';
import { SeededRandom } from './seeded-random.ts';

describe('the synthetic BSN generator', () => {
  it('recognises a valid and an invalid BSN with the elfproef', () => {
    expect(passesElfproef('111222333')).toBe(true);
    expect(passesElfproef('111222334')).toBe(false);
    expect(passesElfproef('12345678')).toBe(false);
  });

  it('has no check digit for prefixes whose remainder is 10', () => {
    // 9·1 + 8·0 + … = 9 + 2·0 … : prefix 10000001 → 9 + 2 = 11 → remainder 0
    expect(elfproefCheckDigit(10000001)).toBe(0);
    expect(elfproefCheckDigit(10000000)).toBe(9);
  });

  it('hands out 50,000 distinct BSNs that all pass the elfproef and none in the 9999 test range', () => {
    const generator = new BsnGenerator(new SeededRandom(7));
    const seen = new Set<string>();
    for (let i = 0; i < 50_000; i++) {
      const bsn = formatBsn(generator.next());
      expect(bsn).toMatch(/^\d{9}$/);
      if (!passesElfproef(bsn)) throw new Error(`${bsn} fails the elfproef`);
      seen.add(bsn);
    }
    expect(seen.size).toBe(50_000);
    expect([...seen].some((b) => b.startsWith('9999'))).toBe(false);
  });

  it('gives the same sequence for the same seed and another for another seed', () => {
    const take = (seed: number) => {
      const g = new BsnGenerator(new SeededRandom(seed));
      return [g.next(), g.next(), g.next()];
    };
    expect(take(1)).toEqual(take(1));
    expect(take(1)).not.toEqual(take(2));
  });
});
