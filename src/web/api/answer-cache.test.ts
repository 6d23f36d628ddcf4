import { describe, expect, it } from 'vitest';
import { AnswerCache } from './answer-cache.ts';

describe('the answer cache', () => {
  it('answers only for the version an answer was kept under, and a new version empties it', () => {
    const cache = new AnswerCache();
    cache.set('"v1"', '/api/v1/areas', '{"areas":[]}');
    expect(cache.get('"v1"', '/api/v1/areas')).toBe('{"areas":[]}');
    expect(cache.get('"v2"', '/api/v1/areas')).toBeUndefined();
    cache.set('"v2"', '/api/v1/goals', '{}');
    expect(cache.get('"v2"', '/api/v1/areas')).toBeUndefined();
    expect(cache.get('"v2"', '/api/v1/goals')).toBe('{}');
  });

  it('lets the least recently used answers go when over its size, and never keeps one larger than it', () => {
    const cache = new AnswerCache(10);
    cache.set('"v"', '/a', 'aaaa');
    cache.set('"v"', '/b', 'bbbb');
    expect(cache.get('"v"', '/a')).toBe('aaaa');
    cache.set('"v"', '/c', 'cccc');
    expect(cache.get('"v"', '/b')).toBeUndefined();
    expect(cache.get('"v"', '/a')).toBe('aaaa');
    expect(cache.get('"v"', '/c')).toBe('cccc');
    cache.set('"v"', '/big', 'x'.repeat(11));
    expect(cache.get('"v"', '/big')).toBeUndefined();
    expect(cache.get('"v"', '/a')).toBe('aaaa');
  });
});
