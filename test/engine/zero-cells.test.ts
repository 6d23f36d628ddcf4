/** @module Zero cells: every frame area (gemeente, its wijken, custom areas) has a total in every reported period, so a zero is published as secret instead of missing; periods not begun at the delivery date are not reported. */
import { describe, expect, it } from 'vitest';
import { computeCube } from '../../src/engine/run/cube-builder.ts';
import { formatIndicatorValues, queryIndicatorValues } from '../../src/engine/indicator-query.ts';
import { withFixtureDb } from '../helpers/fixture-db.ts';
import { GM, NOW, WK1, WK2, cell, fixture } from './engine-fixture.ts';

const WK3 = 'WK999903';

describe('zero cells', () => {
  it('gives every wijk, custom area and period a total: counts and amounts 0, means and shares n = 0 without a value', async () => {
    await withFixtureDb(async (store) => {
      const f = fixture(store);
      await f.meta('2021-03-31');
      for (const w of [WK1, WK2, WK3]) await f.wijk(w);
      // KERN2 holds only WK3, where nobody lives; WK2 has a resident without care.
      await f.customArea('KERN2', [WK3]);
      await f.person('kid', '2010-05');
      await f.residence('kid', '2000-01-01', WK1, 'h1');
      await f.person('adult', '1980-05');
      await f.residence('adult', '2000-01-01', WK2, 'h2');
      // One youth client in WK1 from March to May 2020, with one claim of € 300 for April.
      await f.provision({ pid: 'kid', law: 'youth', category: '41', start: '2020-03-01', end: '2020-05-31' });
      await f.claim({
        pid: 'kid',
        law: 'youth',
        category: '41',
        from: '2020-04-01',
        to: '2020-04-30',
        cents: 30000,
      });
      await computeCube(store, {
        indicators: [
          'youth.clients',
          'youth.cost',
          'youth.inflow.meanAge',
          'integral.households.multiLaw.share',
        ],
        now: NOW,
      });

      expect(await cell(store, 'youth.clients', '2020', WK1)).toMatchObject({ numerator: 1, value: 1 });
      // Nobody with care: a zero count, not a missing row, in the wijk without residents too.
      for (const area of [WK2, WK3, 'KERN2'])
        expect(await cell(store, 'youth.clients', '2020', area)).toMatchObject({ numerator: 0, value: 0 });
      // A month without care: 0 in the gemeente as well.
      expect(await cell(store, 'youth.clients', '2020-07', GM)).toMatchObject({ numerator: 0, value: 0 });
      // Amounts: € 0.
      expect(await cell(store, 'youth.cost', '2020', WK2)).toMatchObject({ numerator: 0, value: 0 });
      expect(await cell(store, 'youth.cost', '2020-04', WK1)).toMatchObject({ value: 300 });
      // A mean over nobody: n = 0 and no value.
      expect(await cell(store, 'youth.inflow.meanAge', '2020', WK3)).toMatchObject({
        numerator: 0,
        denominator: 0,
        value: null,
      });
      // A share of no households: denominator 0, no value.
      expect(await cell(store, 'integral.households.multiLaw.share', '2020', WK3)).toMatchObject({
        denominator: 0,
        value: null,
      });
      // Breakdowns are not zero-filled: only values that occur have a row.
      expect(await cell(store, 'youth.clients', '2020', WK2, 'gender', 'female')).toBeUndefined();
      // Periods that had not begun at the delivery date (2021-03-31) are not reported at all.
      expect(await cell(store, 'youth.clients', '2021-03', GM)).toMatchObject({ value: 0 });
      expect(await cell(store, 'youth.clients', '2021-04', GM)).toBeUndefined();
      expect(await cell(store, 'youth.clients', '2021-Q2', GM)).toBeUndefined();
      // 2021 began before the delivery date and runs past it: a value, marked running.
      expect(await cell(store, 'youth.clients', '2021', GM)).toMatchObject({
        value: 0,
        status: 'running',
      });

      // Published: the zero is secret ('.') like any count of 0–7, and so is the mean over nobody.
      const published = formatIndicatorValues(
        await queryIndicatorValues(store, { indicator: 'youth.clients', period: '2020', breakdown: '' }),
        { role: 'viewer', insideApp: false },
      );
      expect(published.map((p) => [p.area, p.value, p.symbol]).sort()).toEqual([
        [GM, null, '.'],
        ['KERN2', null, '.'],
        [WK1, null, '.'],
        [WK2, null, '.'],
        [WK3, null, '.'],
      ]);
    });
  });
});
