import { describe, expect, it } from 'vitest';
import type { SqlStore } from '../store/sql-store.ts';
import { VersionedCache, versionReader } from './cube-version.ts';

describe('VersionedCache', () => {
  it('computes once per key and version, and forgets everything when the version changes', async () => {
    const cache = new VersionedCache<string>();
    let computed = 0;
    const load = (text: string) => async () => {
      computed++;
      return text;
    };
    const [a, b] = await Promise.all([cache.get('v1', 'k', load('een')), cache.get('v1', 'k', load('twee'))]);
    expect([a, b, computed]).toEqual(['een', 'een', 1]);
    expect(await cache.get('v2', 'k', load('drie'))).toBe('drie');
    expect([computed, cache.size]).toEqual([2, 1]);
  });

  it('does not keep a failed computation, and drops the oldest entry beyond its size', async () => {
    const cache = new VersionedCache<string>(2);
    await expect(cache.get('v', 'x', () => Promise.reject(new Error('kapot')))).rejects.toThrow('kapot');
    expect(await cache.get('v', 'x', async () => 'goed')).toBe('goed');
    await cache.get('v', 'y', async () => 'y');
    await cache.get('v', 'z', async () => 'z');
    expect(cache.size).toBe(2);
    expect(await cache.get('v', 'x', async () => 'opnieuw')).toBe('opnieuw');
  });

  it('reads the version once per second however many requests ask, and again after it', async () => {
    let queries = 0;
    let fingerprint = 'a';
    const store = {
      all: async () => {
        queries++;
        return [{ fingerprint }];
      },
    } as unknown as SqlStore;
    let clock = 0;
    const read = versionReader(store, 1000, () => clock);
    expect(await Promise.all([read(), read(), read()])).toEqual(['a', 'a', 'a']);
    fingerprint = 'b';
    clock = 999;
    expect([await read(), queries]).toEqual(['a', 1]);
    clock = 1000;
    expect([await read(), queries]).toEqual(['b', 2]);
  });
});
