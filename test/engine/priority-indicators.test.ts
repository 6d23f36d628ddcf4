/** @module Engine integration: youth.clients, support.clients and participation.benefits.stock per year for gemeente and wijken. */
import { describe, expect, it } from 'vitest';
import { computeCube } from '../../src/engine/run/cube-builder.ts';
import { withFixtureDb } from '../helpers/fixture-db.ts';
import { GM, WK1, WK2, fixture, valueOf } from './engine-fixture.ts';

describe('computeCube for the first three indicators', () => {
  it('counts youth clients per year for the gemeente and its wijken', async () => {
    await withFixtureDb(async (store) => {
      const f = fixture(store);
      await f.meta('2021-03-31');
      // a: in WK1, care 2020-03..2020-05 (ambulant, 41) → counts in 2020 in WK1.
      await f.person('a', '2010-05', 'male');
      await f.residence('a', '2015-01-01', WK1);
      await f.provision({ pid: 'a', law: 'youth', category: '41', start: '2020-03-01', end: '2020-05-31' });
      // b: moves from WK1 to WK2 in 2020-07; care all of 2020 and 2021 → 2020 in WK2 (most recent address).
      await f.person('b', '2005-01', 'female');
      await f.residence('b', '2010-01-01', WK1);
      await f.residence('b', '2020-07-01', WK2);
      await f.provision({ pid: 'b', law: 'youth', category: '43', start: '2019-06-01', end: null });
      // c: unknown wijk → gemeente only.
      await f.person('c', '2012-02', 'female');
      await f.residence('c', '2012-02-01', null);
      await f.provision({ pid: 'c', law: 'youth', category: '48', start: '2020-12-31', end: '2021-01-15' });
      // d: waiting provision → counts nowhere.
      await f.person('d', '2011-01', 'male');
      await f.residence('d', '2011-01-01', WK1);
      await f.provision({ pid: 'd', law: 'youth', category: '41', start: null, status: 'waiting' });

      const result = await computeCube(store, { indicators: ['youth.clients'], now: new Date('2021-04-01') });
      expect(result.indicators).toBe(1);
      expect(result.rows).toBeGreaterThan(0);
      expect(await valueOf(store, 'youth.clients', '2020', GM)).toBe(3);
      expect(await valueOf(store, 'youth.clients', '2020', WK1)).toBe(1);
      expect(await valueOf(store, 'youth.clients', '2020', WK2)).toBe(1);
      expect(await valueOf(store, 'youth.clients', '2019', GM)).toBe(1);
      expect(await valueOf(store, 'youth.clients', '2019', WK1)).toBe(1); // b lived in WK1 at the end of 2019
      expect(await valueOf(store, 'youth.clients', '2021', GM)).toBe(2);
      expect(await valueOf(store, 'youth.clients', '2020', GM, 'careType', 'met verblijf')).toBe(1);
      expect(await valueOf(store, 'youth.clients', '2020', GM, 'careType', 'jeugdbescherming')).toBe(1);
      expect(await valueOf(store, 'youth.clients', '2020-Q2', GM)).toBe(2);
    });
  });

  it('counts Wmo clients and the bijstand stock on the reference date', async () => {
    await withFixtureDb(async (store) => {
      const f = fixture(store);
      await f.meta('2021-03-31');
      await f.person('p', '1950-03', 'female');
      await f.residence('p', '2000-01-01', WK1);
      await f.provision({ pid: 'p', law: 'support', category: '01', start: '2020-01-01', end: '2020-02-29' });
      await f.provision({ pid: 'p', law: 'support', category: '08', start: '2020-06-01', end: null });
      await f.person('q', '1980-03', 'male');
      await f.residence('q', '2000-01-01', WK2);
      // Benefit running on 31-12-2020.
      await f.benefit({ pid: 'q', start: '2019-05-01', end: null });
      // Benefit ended before 31-12-2020: not in the 2020 stock.
      await f.person('r', '1990-03', 'male');
      await f.residence('r', '2000-01-01', WK2);
      await f.benefit({ pid: 'r', start: '2019-05-01', end: '2020-12-30' });
      // Institution resident: excluded.
      await f.person('s', '1970-03', 'male');
      await f.residence('s', '2000-01-01', WK2);
      await f.benefit({ pid: 's', start: '2019-05-01', institution: true });

      await computeCube(store, {
        indicators: ['support.clients', 'participation.benefits.stock'],
        now: new Date('2021-04-01'),
      });
      expect(await valueOf(store, 'support.clients', '2020', GM)).toBe(1);
      expect(await valueOf(store, 'support.clients', '2020', WK1)).toBe(1);
      expect(
        await valueOf(store, 'support.clients', '2020', GM, 'supportType', 'Hulp bij het huishouden'),
      ).toBe(1);
      expect(
        await valueOf(store, 'support.clients', '2020', GM, 'supportType', 'Hulpmiddelen en diensten'),
      ).toBe(1);
      expect(await valueOf(store, 'support.clients', '2020', GM, 'ageGroup', '65-74')).toBe(1);
      expect(await valueOf(store, 'participation.benefits.stock', '2020', GM)).toBe(1);
      expect(await valueOf(store, 'participation.benefits.stock', '2020', WK2)).toBe(1);
      expect(await valueOf(store, 'participation.benefits.stock', '2019', GM)).toBe(2); // q and r; s is an institution resident
    });
  });
});
