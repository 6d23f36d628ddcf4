/** @module Wmo, Participatiewet and integral indicators on hand-made fixtures; expected values worked out by hand in the comments. */
import { describe, expect, it } from 'vitest';
import { computeCube, recomputeAffected } from '../../src/engine/run/cube-builder.ts';
import { withFixtureDb } from '../helpers/fixture-db.ts';
import {
  GM,
  WK1,
  WK2,
  NOW,
  cell,
  fixture,
  scenario,
  valueOf,
  type FixtureBuilder,
} from './engine-fixture.ts';

async function resident(
  f: FixtureBuilder,
  pid: string,
  birth: string,
  wijk: string | null,
  household: string | null = null,
) {
  await f.person(pid, birth);
  await f.residence(pid, '2000-01-01', wijk, household);
}

describe('Wmo indicators', () => {
  it('support rates per 1,000 and 10,000 inhabitants and per 1,000 households', async () => {
    await scenario(
      ['support.clients.per1000', 'support.clients.per10000', 'support.households.per1000'],
      async (f) => {
        // Two clients in one household (h1) and one in h2.
        await resident(f, 'a', '1940-01', WK1, 'h1');
        await resident(f, 'b', '1942-01', WK1, 'h1');
        await resident(f, 'c', '1960-01', WK2, 'h2');
        for (const pid of ['a', 'b', 'c'])
          await f.provision({ pid, law: 'support', category: '02', start: '2020-01-01', end: null });
        await f.population(GM, '2020-01-01', 50, 1500);
        await f.population(WK1, '2020-01-01', 50, 1000);
        await f.households(GM, '2020-01-01', 400);
      },
      async (store) => {
        expect(await cell(store, 'support.clients.per1000', '2020', GM)).toMatchObject({
          numerator: 3,
          denominator: 1500,
          value: 2,
        });
        expect(await valueOf(store, 'support.clients.per1000', '2020', WK1)).toBe(2); // 2 / 1000 × 1000
        expect(await valueOf(store, 'support.clients.per10000', '2020', GM)).toBe(20);
        expect(await cell(store, 'support.households.per1000', '2020', GM)).toMatchObject({
          numerator: 2,
          denominator: 400,
          value: 5,
        });
      },
    );
  });

  it('support arrangements: stock on the reference date, starts and ends; support.cost and perClient', async () => {
    await scenario(
      [
        'support.arrangements.stock',
        'support.arrangements.started',
        'support.arrangements.ended',
        'support.cost.perClient',
      ],
      async (f) => {
        await resident(f, 'a', '1940-01', WK1);
        await f.provision({
          pid: 'a',
          law: 'support',
          category: '01',
          start: '2020-02-01',
          end: '2020-06-30',
        });
        await f.provision({ pid: 'a', law: 'support', category: '08', start: '2020-05-01', end: null });
        await f.provision({ pid: 'a', law: 'support', category: '08', start: null, status: 'waiting' });
        await f.claim({
          pid: 'a',
          law: 'support',
          category: '01',
          from: '2020-02-01',
          to: '2020-02-29',
          cents: 29000,
        });
      },
      async (store) => {
        expect(await valueOf(store, 'support.arrangements.stock', '2020-06', GM)).toBe(2); // both run on 30 June
        expect(await valueOf(store, 'support.arrangements.stock', '2020', GM)).toBe(1); // only 08 on 31 December
        expect(await valueOf(store, 'support.arrangements.started', '2020', GM)).toBe(2);
        expect(
          await valueOf(
            store,
            'support.arrangements.ended',
            '2020-Q2',
            GM,
            'supportType',
            'Hulp bij het huishouden',
          ),
        ).toBe(1);
        expect(await cell(store, 'support.cost.perClient', '2020', GM)).toMatchObject({
          numerator: 290,
          denominator: 1,
          value: 290,
        });
        expect(await valueOf(store, 'support.cost', '2020-02', WK1)).toBe(290);
      },
    );
  });
});

describe('Participatiewet indicators', () => {
  it('bijstand per 10,000 adults, inflow with re-entry exactly at 12 months, outflow by reason, duration classes', async () => {
    await scenario(
      [
        'participation.benefits.per10000',
        'participation.inflow',
        'participation.outflow',
        'participation.duration',
      ],
      async (f) => {
        await resident(f, 'a', '1980-01', WK1);
        await f.benefit({ pid: 'a', start: '2018-01-01', end: '2019-03-31', exitReason: 'werk' });
        await f.benefit({ pid: 'a', start: '2020-03-31', end: null }); // exactly 12 months after → re-entry
        await resident(f, 'b', '1985-01', WK2);
        await f.benefit({ pid: 'b', start: '2016-06-01', end: null }); // 4.5 years on 2020-12-31 → 2-5
        await resident(f, 'c', '1990-01', WK2);
        await f.benefit({ pid: 'c', start: '2017-01-01', end: '2020-08-31', exitReason: 'verhuizing' });
        await f.benefit({ pid: 'c', start: '2020-09-02', kind: 'IOAW' }); // not bijstand (PW) → ignored
        await f.population(GM, '2020-01-01', 40, 1000);
        await f.population(GM, '2020-01-01', 10, 500); // < 18: not in the denominator
      },
      async (store) => {
        // Stock on 2020-12-31: a and b → 2 / 1000 × 10,000 = 20.
        expect(await cell(store, 'participation.benefits.per10000', '2020', GM)).toMatchObject({
          numerator: 2,
          denominator: 1000,
          value: 20,
        });
        expect(await valueOf(store, 'participation.inflow', '2020', GM, 'reentryWithin12m', 'ja')).toBe(1);
        expect(await valueOf(store, 'participation.outflow', '2019', GM, 'exitReason', 'werk')).toBe(1);
        expect(await valueOf(store, 'participation.outflow', '2020', GM, 'exitReason', 'verhuizing')).toBe(1);
        expect(await valueOf(store, 'participation.duration', '2020', GM, 'durationClass', '< 1 jaar')).toBe(
          1,
        ); // a
        expect(await valueOf(store, 'participation.duration', '2020', GM, 'durationClass', '2-5 jaar')).toBe(
          1,
        ); // b
        expect(await valueOf(store, 'participation.duration', '2021', GM, 'durationClass', '>= 5 jaar')).toBe(
          1,
        ); // b on 2021-12-31: 5.5 years
      },
    );
  });

  it('children in a household with bijstand on the reference date, as % of inhabitants < 18', async () => {
    await scenario(
      ['participation.childrenInBenefitHouseholds.pct'],
      async (f) => {
        await resident(f, 'parent', '1980-01', WK1, 'h1');
        await resident(f, 'kid1', '2010-01', WK1, 'h1');
        await resident(f, 'kid2', '2002-03', WK1, 'h1'); // 18 on 2020-12-31 → not a child
        await resident(f, 'other', '2012-01', WK1, 'h2');
        await f.benefit({ pid: 'parent', start: '2019-01-01' });
        await f.population(GM, '2020-01-01', 10, 40);
      },
      async (store) => {
        expect(await cell(store, 'participation.childrenInBenefitHouseholds.pct', '2020', GM)).toMatchObject({
          numerator: 1,
          denominator: 40,
          value: 2.5,
        });
      },
    );
  });
});

describe('integral indicators', () => {
  it('combines laws per person and per household (via different members), shares and providers per household', async () => {
    await scenario(
      [
        'integral.clients.byCombination',
        'integral.households.byCombination',
        'integral.households.multiLaw.share',
        'integral.cost.multiLaw.share',
        'integral.providersPerHousehold',
      ],
      async (f) => {
        // Household h1: child with youth care (provider A), parent with Wmo (provider B) and bijstand.
        await resident(f, 'kid', '2012-01', WK1, 'h1');
        await resident(f, 'mum', '1980-01', WK1, 'h1');
        await f.provision({
          pid: 'kid',
          law: 'youth',
          category: '41',
          start: '2020-01-01',
          end: null,
          provider: 'A',
        });
        await f.provision({
          pid: 'mum',
          law: 'support',
          category: '02',
          start: '2020-01-01',
          end: null,
          provider: 'B',
        });
        await f.benefit({ pid: 'mum', start: '2019-01-01', household: 'h1' });
        // Household h2: one person with Wmo only.
        await resident(f, 'solo', '1950-01', WK2, 'h2');
        await f.provision({
          pid: 'solo',
          law: 'support',
          category: '01',
          start: '2020-01-01',
          end: null,
          provider: 'B',
        });
        await f.claim({
          pid: 'kid',
          law: 'youth',
          category: '41',
          from: '2020-01-01',
          to: '2020-01-31',
          cents: 30000,
        });
        await f.claim({
          pid: 'solo',
          law: 'support',
          category: '01',
          from: '2020-01-01',
          to: '2020-01-31',
          cents: 10000,
        });
      },
      async (store) => {
        expect(await valueOf(store, 'integral.clients.byCombination', '2020', GM)).toBe(3);
        expect(
          await valueOf(store, 'integral.clients.byCombination', '2020', GM, 'combination', 'alleen Jeugd'),
        ).toBe(1);
        expect(
          await valueOf(store, 'integral.clients.byCombination', '2020', GM, 'combination', 'Wmo+P-wet'),
        ).toBe(1);
        expect(
          await valueOf(store, 'integral.clients.byCombination', '2020', GM, 'combination', 'alleen Wmo'),
        ).toBe(1);
        expect(
          await valueOf(store, 'integral.households.byCombination', '2020', GM, 'combination', 'alle drie'),
        ).toBe(1);
        expect(
          await valueOf(store, 'integral.households.byCombination', '2020', GM, 'combination', 'alleen Wmo'),
        ).toBe(1);
        expect(await cell(store, 'integral.households.multiLaw.share', '2020', GM)).toMatchObject({
          numerator: 1,
          denominator: 2,
          value: 50,
        });
        // € 300 at h1 (multi-law) of € 400 → 75%.
        expect(await cell(store, 'integral.cost.multiLaw.share', '2020', GM)).toMatchObject({
          numerator: 300,
          denominator: 400,
          value: 75,
        });
        expect(await valueOf(store, 'integral.providersPerHousehold', '2020', GM, 'providerCount', '2')).toBe(
          1,
        );
        expect(await valueOf(store, 'integral.providersPerHousehold', '2020', GM, 'providerCount', '1')).toBe(
          1,
        );
      },
    );
  });
});

describe('status and incremental recompute', () => {
  it('marks periods running past the delivery date running, leaves out periods not yet begun and recomputes only periods ending on or after a date', async () => {
    await withFixtureDb(async (store) => {
      const f = fixture(store);
      await f.meta('2020-06-30');
      await resident(f, 'a', '2010-01', WK1);
      await f.provision({ pid: 'a', law: 'youth', category: '41', start: '2019-01-01', end: null });
      await computeCube(store, { indicators: ['youth.clients'], now: NOW });
      expect((await cell(store, 'youth.clients', '2020-Q2', GM))?.status).toBe('final');
      // 2020 runs past the delivery date: running (it holds half a year), never final.
      expect((await cell(store, 'youth.clients', '2020', GM))?.status).toBe('running');
      // 2020-Q3 began after the delivery date: no data can exist yet, so the period is not reported.
      expect(await cell(store, 'youth.clients', '2020-Q3', GM)).toBeUndefined();
      expect(await cell(store, 'youth.clients', '2020-07', GM)).toBeUndefined();
      // A late episode for 2019 arrives, but only 2020 onwards is recomputed: 2019 keeps its old value.
      await resident(f, 'b', '2011-01', WK1);
      await f.provision({ pid: 'b', law: 'youth', category: '41', start: '2019-02-01', end: null });
      await recomputeAffected(store, { indicators: ['youth.clients'], fromDate: '2020-01-01', now: NOW });
      expect(await valueOf(store, 'youth.clients', '2019', GM)).toBe(1);
      expect(await valueOf(store, 'youth.clients', '2020', GM)).toBe(2);
      expect(await valueOf(store, 'youth.clients', '2020-01', GM)).toBe(2);
    });
  });
});
