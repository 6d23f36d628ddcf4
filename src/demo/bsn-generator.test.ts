import { describe, expect, it } from 'vitest';
import { isValidBsn } from '../ingest/bsn.ts';
import { BsnGenerator, formatBsn } from './bsn-generator.ts';
import { SeededRandom } from './seeded-random.ts';

describe('the synthetic BSN generator', () => {
  it('hands out 50,000 distinct BSNs that all pass the elfproef and none in the 9999 test range', () => {
    const generator = new BsnGenerator(new SeededRandom(7));
    const seen = new Set<string>();
    for (let i = 0; i < 50_000; i++) {
      const bsn = formatBsn(generator.next());
      expect(bsn).toMatch(/^\d{9}$/);
      if (!isValidBsn(bsn)) throw new Error(`${bsn} fails the elfproef`);
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
