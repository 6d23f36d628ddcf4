/** @module Youth indicators on hand-made fixtures; every expected value is worked out by hand in the comments. */
import { describe, expect, it } from 'vitest';
import { GM, WK1, cell, scenario, valueOf, type FixtureBuilder } from './engine-fixture.ts';

async function youth(
  f: FixtureBuilder,
  pid: string,
  _birth: string,
  category: string,
  start: string,
  end: string | null,
  extra: { provider?: string; endReason?: string } = {},
) {
  await f.provision({ pid, law: 'youth', category, start, end, ...extra });
}

async function resident(f: FixtureBuilder, pid: string, birth: string, wijk: string | null = WK1) {
  await f.person(pid, birth);
  await f.residence(pid, '2000-01-01', wijk);
}

describe('youth indicators', () => {
  it('youth.clients uses the age on the first day with care in the period (turning 23)', async () => {
    await scenario(
      ['youth.clients'],
      async (f) => {
        // Born 1997-06: 22 on 2020-01-01, 23 from 2020-06-01.
        await resident(f, 'a', '1997-06');
        await youth(f, 'a', '1997-06', '41', '2020-01-01', '2020-12-31');
      },
      async (store) => {
        expect(await valueOf(store, 'youth.clients', '2020', GM)).toBe(1); // 22 on 2020-01-01
        expect(await valueOf(store, 'youth.clients', '2020', GM, 'ageGroup', '18-22')).toBe(1);
        // 23 on 2020-07-01: no client, and the total is a zero (shown as secret), not a missing figure.
        expect(await valueOf(store, 'youth.clients', '2020-H2', GM)).toBe(0);
      },
    );
  });

  it('youth.clients.pct, protection.pct and probation.pct divide by the population of the age range on 1 January', async () => {
    await scenario(
      ['youth.clients.pct', 'youth.protection.pct', 'youth.probation.pct'],
      async (f) => {
        // a turns 18 in 2020-07: 17 on 2020-03-01 → counts in 2020, not in 2020-H2.
        await resident(f, 'a', '2002-07');
        await youth(f, 'a', '2002-07', '41', '2020-03-01', '2020-09-30');
        await resident(f, 'b', '2010-01');
        await youth(f, 'b', '2010-01', '48', '2020-02-01', null); // jeugdbescherming, age 10
        await resident(f, 'c', '2005-01');
        await youth(f, 'c', '2005-01', '47', '2020-02-01', '2020-04-30'); // jeugdreclassering, age 15
        await f.population(GM, '2020-01-01', 10, 30);
        await f.population(GM, '2020-01-01', 15, 20);
        await f.population(GM, '2020-01-01', 20, 30);
      },
      async (store) => {
        // < 18: 50 inhabitants. Jeugdhulp (not JB/JR): a → 1/50 × 100 = 2.
        expect(await cell(store, 'youth.clients.pct', '2020', GM)).toMatchObject({
          numerator: 1,
          denominator: 50,
          value: 2,
        });
        expect(await valueOf(store, 'youth.clients.pct', '2020-H2', GM)).toBe(0);
        expect(await cell(store, 'youth.protection.pct', '2020', GM)).toMatchObject({
          numerator: 1,
          value: 2,
        });
        // 12–22: 20 + 30 = 50; c → 2.
        expect(await cell(store, 'youth.probation.pct', '2020', GM)).toMatchObject({
          numerator: 1,
          denominator: 50,
          value: 2,
        });
      },
    );
  });

  it('youth.trajectories.started merges touching periods and marks repeats within 5 years', async () => {
    await scenario(
      ['youth.trajectories.started'],
      async (f) => {
        await resident(f, 'a', '2010-01');
        // Touching episodes, same form and provider → one trajectory from 2020-01-01.
        await youth(f, 'a', '2010-01', '41', '2020-01-01', '2020-03-31', { provider: 'A' });
        await youth(f, 'a', '2010-01', '41', '2020-04-01', '2020-06-30', { provider: 'A' });
        // Overlapping at another provider → its own trajectory (started 2020-02-01), same spell.
        await youth(f, 'a', '2010-01', '41', '2020-02-01', '2020-02-28', { provider: 'B' });
        // b: earlier care ended 2016-06-30 (within 5 years before 2020-01-01) → herhaald beroep.
        await resident(f, 'b', '2008-01');
        await youth(f, 'b', '2008-01', '41', '2016-01-01', '2016-06-30');
        await youth(f, 'b', '2008-01', '43', '2020-03-01', null);
        // c: earlier care ended 2014-12-31 (more than 5 years before) → nieuw.
        await resident(f, 'c', '2005-01');
        await youth(f, 'c', '2005-01', '41', '2014-01-01', '2014-12-31');
        await youth(f, 'c', '2005-01', '41', '2020-05-01', null);
      },
      async (store) => {
        expect(await valueOf(store, 'youth.trajectories.started', '2020', GM)).toBe(4); // a×2, b, c
        expect(await valueOf(store, 'youth.trajectories.started', '2020-Q2', GM)).toBe(1); // only c; a's 2020-04-01 merged
        expect(
          await valueOf(store, 'youth.trajectories.started', '2020', GM, 'repeat', 'herhaald beroep'),
        ).toBe(1);
        expect(await valueOf(store, 'youth.trajectories.started', '2020', GM, 'repeat', 'nieuw')).toBe(3);
      },
    );
  });

  it('youth.trajectories.ended groups end reasons and youth.trajectories.duration needs 10 trajectories', async () => {
    await scenario(
      ['youth.trajectories.ended', 'youth.trajectories.duration'],
      async (f) => {
        // 10 trajectories of 31 days (2020-01-01..2020-01-31) ending in 2020-01, one per person.
        for (let i = 0; i < 10; i++) {
          await resident(f, `p${i}`, '2010-01');
          await youth(f, `p${i}`, '2010-01', '41', '2020-01-01', '2020-01-31', {
            endReason: i < 6 ? '31' : i < 9 ? '33' : '99',
          });
        }
        // One more of 9 days ending 2020-02-09 → February has 1 trajectory (< 10 → no mean).
        await resident(f, 'q', '2010-01');
        await youth(f, 'q', '2010-01', '41', '2020-02-01', '2020-02-09');
      },
      async (store) => {
        expect(await valueOf(store, 'youth.trajectories.ended', '2020-01', GM)).toBe(10);
        expect(
          await valueOf(store, 'youth.trajectories.ended', '2020-01', GM, 'endReason', 'volgens plan'),
        ).toBe(6);
        expect(
          await valueOf(store, 'youth.trajectories.ended', '2020-01', GM, 'endReason', 'voortijdig'),
        ).toBe(3);
        expect(
          await valueOf(store, 'youth.trajectories.ended', '2020-01', GM, 'endReason', 'overig/onbekend'),
        ).toBe(1);
        expect(await cell(store, 'youth.trajectories.duration', '2020-01', GM)).toMatchObject({
          denominator: 10,
          value: 31,
        });
        // Q1: 10 × 31 + 9 = 319 days over 11 trajectories = 29.
        expect(await valueOf(store, 'youth.trajectories.duration', '2020-Q1', GM)).toBe(29);
        expect(await cell(store, 'youth.trajectories.duration', '2020-02', GM)).toMatchObject({
          denominator: 1,
          value: null,
        });
      },
    );
  });

  it('youth.inflow, continuing and reentry follow first-ever, Y and Y−1, and before Y−1', async () => {
    await scenario(
      ['youth.inflow', 'youth.continuing', 'youth.reentry', 'youth.inflow.meanAge'],
      async (f) => {
        await resident(f, 'new', '2010-06'); // first care 2020-05 → inflow 2020, age 9
        await youth(f, 'new', '2010-06', '41', '2020-05-01', null);
        await resident(f, 'cont', '2008-01'); // care 2019 and 2020 → continuing 2020
        await youth(f, 'cont', '2008-01', '41', '2019-06-01', '2020-02-29');
        await resident(f, 'back', '2006-01'); // care 2018, none in 2019, care 2020 → reentry 2020
        await youth(f, 'back', '2006-01', '41', '2018-02-01', '2018-03-31');
        await youth(f, 'back', '2006-01', '41', '2020-03-01', '2020-04-30');
      },
      async (store) => {
        expect(await valueOf(store, 'youth.inflow', '2020', GM)).toBe(1);
        expect(await valueOf(store, 'youth.inflow', '2018', GM)).toBe(1); // back's first ever
        expect(await valueOf(store, 'youth.continuing', '2020', GM)).toBe(1);
        expect(await valueOf(store, 'youth.reentry', '2020', GM)).toBe(1);
        expect(await valueOf(store, 'youth.reentry', '2019', GM)).toBe(0);
        // One instromer in 2020 (age 9): below the minimum of 10 → no value, n kept.
        expect(await cell(store, 'youth.inflow.meanAge', '2020', GM)).toMatchObject({
          numerator: 9,
          denominator: 1,
          value: null,
        });
      },
    );
  });

  it('youth.outflow.noreturn counts a return after exactly 6 months as a return and stays provisional without 6 months of data', async () => {
    await scenario(
      ['youth.outflow.noreturn'],
      async (f) => {
        // a: spell ends 2020-03-31, new care starts 2020-09-30 = end + 6 months → a return → not counted.
        await resident(f, 'a', '2010-01');
        await youth(f, 'a', '2010-01', '41', '2020-01-01', '2020-03-31');
        await youth(f, 'a', '2010-01', '43', '2020-09-30', null);
        // b: spell ends 2020-03-31, next starts 2020-10-01 (after 6 months) → counted.
        await resident(f, 'b', '2010-01');
        await youth(f, 'b', '2010-01', '41', '2020-01-01', '2020-03-31');
        await youth(f, 'b', '2010-01', '41', '2020-10-01', '2020-11-30');
      },
      async (store) => {
        expect(await cell(store, 'youth.outflow.noreturn', '2020-Q1', GM)).toMatchObject({
          value: 1,
          status: 'final',
        });
        // b's second spell ends 2020-11-30; 6 months later (2021-05-31) lies after the delivery date.
        expect(await cell(store, 'youth.outflow.noreturn', '2020-Q4', GM)).toMatchObject({
          value: 1,
          status: 'provisional',
        });
      },
    );
  });

  it('youth.cost splits claims pro rata by days, subtracts credits and includes late claims; perClient divides by clients', async () => {
    await scenario(
      ['youth.cost', 'youth.cost.perClient'],
      async (f) => {
        await resident(f, 'a', '2010-01', null); // unknown wijk → gemeente only
        await youth(f, 'a', '2010-01', '41', '2020-03-01', '2020-04-30');
        // 61 days, € 610: March 31 days → € 310, April → € 300. Submitted long after the period.
        await f.claim({
          pid: 'a',
          law: 'youth',
          category: '41',
          from: '2020-03-01',
          to: '2020-04-30',
          cents: 61000,
          submitted: '2021-02-01',
        });
        // Credit line of € 100 in March.
        await f.claim({
          pid: 'a',
          law: 'youth',
          category: '41',
          from: '2020-03-01',
          to: '2020-03-31',
          cents: -10000,
        });
      },
      async (store) => {
        expect(await valueOf(store, 'youth.cost', '2020-Q1', GM)).toBe(210);
        expect(await valueOf(store, 'youth.cost', '2020-Q2', GM)).toBe(300);
        expect(await valueOf(store, 'youth.cost', '2020', GM)).toBe(510);
        expect(await valueOf(store, 'youth.cost', '2020', WK1)).toBeUndefined();
        expect(await valueOf(store, 'youth.cost', '2020', GM, 'careType', 'zonder verblijf')).toBe(510);
        expect(await cell(store, 'youth.cost.perClient', '2020', GM)).toMatchObject({
          numerator: 510,
          denominator: 1,
          value: 510,
        });
      },
    );
  });
});
