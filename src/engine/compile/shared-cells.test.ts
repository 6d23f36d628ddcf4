/** @module Household counts from the shared all-laws tables: households whose members live in different areas, and persons without an address. */
import { describe, expect, it } from 'vitest';
import { cell, GM, scenario, valueOf, WK1, WK2 } from '../../../test/engine/engine-fixture.ts';

const HOUSEHOLD_INDICATORS = [
  'support.households.per1000',
  'integral.households.byCombination',
  'integral.households.multiLaw.share',
  'integral.providersPerHousehold',
];

describe('household counts from the shared all-laws tables', () => {
  it('counts a household split over two wijken once in the gemeente and once in each wijk, with the laws of its members there', async () => {
    await scenario(
      HOUSEHOLD_INDICATORS,
      async (f) => {
        // Household h1: the child in WK1 has youth care, the mother in WK2 Wmo (different addresses, one household).
        await f.person('kid', '2012-01');
        await f.residence('kid', '2000-01-01', WK1, 'h1');
        await f.person('mum', '1980-01');
        await f.residence('mum', '2000-01-01', WK2, 'h1');
        await f.provision({ pid: 'kid', law: 'youth', category: '41', start: '2020-01-01', provider: 'A' });
        await f.provision({ pid: 'mum', law: 'support', category: '02', start: '2020-01-01', provider: 'B' });
        // Household h2: two Wmo clients at one address in WK2, same provider.
        for (const pid of ['p1', 'p2']) {
          await f.person(pid, '1940-01');
          await f.residence(pid, '2000-01-01', WK2, 'h2');
          await f.provision({ pid, law: 'support', category: '01', start: '2020-01-01', provider: 'B' });
        }
        // A Wmo client without any known address: counts in the gemeente only, as a household of their own.
        await f.person('nowhere', '1950-01');
        await f.provision({
          pid: 'nowhere',
          law: 'support',
          category: '01',
          start: '2020-01-01',
          provider: 'C',
        });
        for (const area of [GM, WK1, WK2]) await f.households(area, '2020-01-01', 1000);
      },
      async (store) => {
        const combination = (area: string, value: string) =>
          valueOf(store, 'integral.households.byCombination', '2020', area, 'combination', value);
        expect(await valueOf(store, 'integral.households.byCombination', '2020', GM)).toBe(3);
        expect(await combination(GM, 'Jeugd+Wmo')).toBe(1);
        expect(await combination(GM, 'alleen Wmo')).toBe(2);
        // The household's classes are the household's, wherever its members live.
        expect(await combination(WK1, 'Jeugd+Wmo')).toBe(1);
        expect(await combination(WK2, 'Jeugd+Wmo')).toBe(1);
        expect(await combination(WK2, 'alleen Wmo')).toBe(1);
        expect(await valueOf(store, 'integral.households.byCombination', '2020', WK2)).toBe(2);
        // Households with a Wmo client in the area: in WK1 only the child (youth care) lives, so h1 is not counted there.
        expect((await cell(store, 'support.households.per1000', '2020', GM))?.numerator).toBe(3);
        expect((await cell(store, 'support.households.per1000', '2020', WK1))?.numerator).toBe(0);
        expect((await cell(store, 'support.households.per1000', '2020', WK2))?.numerator).toBe(2);
        expect(await cell(store, 'integral.households.multiLaw.share', '2020', GM)).toMatchObject({
          numerator: 1,
          denominator: 3,
        });
        expect(await cell(store, 'integral.households.multiLaw.share', '2020', WK1)).toMatchObject({
          numerator: 1,
          denominator: 1,
        });
        // Providers per household: h1 has two (A, B), h2 one (B, twice), the person without address one.
        const providers = (area: string, value: string) =>
          valueOf(store, 'integral.providersPerHousehold', '2020', area, 'providerCount', value);
        expect(await providers(GM, '2')).toBe(1);
        expect(await providers(GM, '1')).toBe(2);
        expect(await providers(WK2, '1')).toBe(1);
      },
    );
  });
});
