import { describe, expect, it } from 'vitest';
import { SeededRandom } from './seeded-random.ts';

describe('the seeded random generator', () => {
  it('repeats its sequence for the same seed and label', () => {
    const a = new SeededRandom(42, 'x');
    const b = new SeededRandom(42, 'x');
    expect(Array.from({ length: 5 }, () => a.next())).toEqual(Array.from({ length: 5 }, () => b.next()));
  });

  it('gives independent streams per fork label and per seed', () => {
    const root = new SeededRandom(42);
    expect(root.fork('a').next()).not.toBe(root.fork('b').next());
    expect(new SeededRandom(42).next()).not.toBe(new SeededRandom(43).next());
  });

  it('draws integers in range and weights roughly as asked', () => {
    const r = new SeededRandom(1);
    const counts = [0, 0];
    for (let i = 0; i < 10_000; i++) {
      const n = r.int(10);
      expect(n >= 0 && n < 10).toBe(true);
      counts[r.weighted([1, 3])]!++;
    }
    expect(counts[1]! / 10_000).toBeGreaterThan(0.72);
    expect(counts[1]! / 10_000).toBeLessThan(0.78);
  });
});
