/** @module The four re-integration indicators on a hand-made fixture of five persons; expected values worked out by hand in the comments. */
import { describe, expect, it } from 'vitest';
import { computeCube } from '../../src/engine/run/cube-builder.ts';
import { withFixtureDb } from '../helpers/fixture-db.ts';
import { GM, WK1, WK2, cell, fixture, scenario, valueOf, type FixtureBuilder } from './engine-fixture.ts';

const REINTEGRATION = [
  'participation.reintegration.per10000',
  'participation.reintegration.started',
  'participation.reintegration.ended',
  'participation.reintegration.toWork',
];

/**
 * a: bijstand 2019-01-01 – 2020-09-30 (werk); Werkfit-traject 2020-02-01 – 2020-07-31 (werk) → to work in 2020.
 * b: bijstand 2018-01-01 – 2021-03-15 (werk); Loonkostensubsidie from 2020-01-15, running → work 14 months later: no.
 * c: bijstand from 2019-06-01; Jobcoaching 2019-03-01 – 2020-03-31 (voortijdig), Scholing 2020-06-01 – 2020-12-31
 *    (opleiding).
 * d (WK2): no benefit; Werkfit-traject 2020-11-01 – 2021-02-28 without an end reason (→ overig).
 * e: bijstand 2020-01-01 – 2020-05-31 (werk), before their Participatieplaats from 2020-06-01 → not to work.
 */
async function fivePersons(f: FixtureBuilder): Promise<void> {
  for (const pid of ['a', 'b', 'c', 'e']) {
    await f.person(pid, '1980-05-20');
    await f.residence(pid, '2000-01-01', WK1);
  }
  await f.person('d', '1990-07-01');
  await f.residence('d', '2000-01-01', WK2);
  await f.benefit({ pid: 'a', start: '2019-01-01', end: '2020-09-30', exitReason: 'werk' });
  await f.benefit({ pid: 'b', start: '2018-01-01', end: '2021-03-15', exitReason: 'werk' });
  await f.benefit({ pid: 'c', start: '2019-06-01' });
  await f.benefit({ pid: 'e', start: '2020-01-01', end: '2020-05-31', exitReason: 'werk' });
  const wft = { instrument: 'WFT', name: 'Werkfit-traject' };
  await f.reintegration({ pid: 'a', ...wft, start: '2020-02-01', end: '2020-07-31', endReason: 'werk' });
  await f.reintegration({ pid: 'b', instrument: 'LKS', name: 'Loonkostensubsidie', start: '2020-01-15' });
  await f.reintegration({
    pid: 'c',
    instrument: 'JC',
    name: 'Jobcoaching',
    start: '2019-03-01',
    end: '2020-03-31',
    endReason: 'voortijdig',
  });
  await f.reintegration({
    pid: 'c',
    instrument: 'SCH',
    name: 'Scholing',
    start: '2020-06-01',
    end: '2020-12-31',
    endReason: 'opleiding',
  });
  await f.reintegration({ pid: 'd', ...wft, start: '2020-11-01', end: '2021-02-28' });
  await f.reintegration({ pid: 'e', instrument: 'PP', name: 'Participatieplaats', start: '2020-06-01' });
  // Inhabitants 15–64 on 1 January 2020: 2,000 in the gemeente, 1,000 in WK1, 500 in WK2 (other ages do not count).
  await f.population(GM, '2020-01-01', 40, 2000);
  await f.population(GM, '2020-01-01', 70, 900);
  await f.population(WK1, '2020-01-01', 40, 1000);
  await f.population(WK2, '2020-01-01', 64, 500);
}

describe('re-integration indicators', () => {
  it('count starts per instrument, ends per reason and instrument, the stock per 10,000 and persons to work', async () => {
    await scenario(REINTEGRATION, fivePersons, async (store) => {
      const started = 'participation.reintegration.started';
      // 2020: a, b, c (Scholing), d, e.
      expect(await cell(store, started, '2020', GM)).toMatchObject({ value: 5, status: 'final' });
      expect(await valueOf(store, started, '2020', GM, 'instrument', 'Werkfit-traject')).toBe(2);
      expect(await valueOf(store, started, '2020', GM, 'instrument', 'Loonkostensubsidie')).toBe(1);
      expect(await valueOf(store, started, '2020', GM, 'instrument', 'Participatieplaats')).toBe(1);
      expect(await valueOf(store, started, '2020', WK2)).toBe(1); // d
      expect(await valueOf(store, started, '2020-Q1', GM)).toBe(2); // b (January), a (February)
      expect(await valueOf(store, started, '2019', GM)).toBe(1); // c's Jobcoaching

      const ended = 'participation.reintegration.ended';
      // 2020: a (werk), c's Jobcoaching (voortijdig) and Scholing (opleiding).
      expect(await valueOf(store, ended, '2020', GM)).toBe(3);
      expect(await valueOf(store, ended, '2020', GM, 'endReason', 'werk')).toBe(1);
      expect(await valueOf(store, ended, '2020', GM, 'endReason', 'voortijdig')).toBe(1);
      expect(await valueOf(store, ended, '2020', GM, 'endReason', 'opleiding')).toBe(1);
      expect(await valueOf(store, ended, '2020', GM, 'instrument', 'Jobcoaching')).toBe(1);
      // 2021 so far: d, whose end has no reason; the year runs past the delivery date (31 March 2021).
      expect(await cell(store, ended, '2021', GM, 'endReason', 'overig')).toMatchObject({
        value: 1,
        status: 'running',
      });

      // Running on 31 December 2020: b, c (Scholing ends that day), d, e = 4 of 2,000 inhabitants 15–64.
      const per10000 = 'participation.reintegration.per10000';
      expect(await cell(store, per10000, '2020', GM)).toMatchObject({
        numerator: 4,
        denominator: 2000,
        value: 20,
      });
      expect(await valueOf(store, per10000, '2020', WK1)).toBe(30); // b, c, e of 1,000
      expect(await valueOf(store, per10000, '2020', WK2)).toBe(20); // d of 500
      // 30 June 2020: a, b, c (Scholing), e.
      expect(await cell(store, per10000, '2020-H1', GM)).toMatchObject({ numerator: 4, value: 20 });

      // Only a leaves bijstand for work within 12 months after starting; data after 2020 cover 3 of those months.
      const toWork = 'participation.reintegration.toWork';
      expect(await cell(store, toWork, '2020', GM)).toMatchObject({ value: 1, status: 'provisional' });
      expect(await valueOf(store, toWork, '2020', GM, 'instrument', 'Werkfit-traject')).toBe(1);
      expect(await valueOf(store, toWork, '2020', WK1)).toBe(1); // a lives in WK1
      expect(await valueOf(store, toWork, '2019', GM)).toBe(0); // c's benefit is still running
    });
  });

  it('make persons to work final once both sources cover 12 months after the period', async () => {
    await withFixtureDb(async (store) => {
      const f = fixture(store);
      await f.meta('2022-01-31');
      await fivePersons(f);
      const source = (name: string, date: string) =>
        store.run('INSERT INTO meta VALUES (?, ?)', [`delivery_date.${name}`, date]);
      await source('benefit', '2022-01-31');
      await source('reintegration', '2022-01-31');
      await computeCube(store, { indicators: REINTEGRATION, now: new Date('2022-02-01') });
      const toWork = 'participation.reintegration.toWork';
      expect(await cell(store, toWork, '2020', GM)).toMatchObject({ value: 1, status: 'final' });
      expect((await cell(store, toWork, '2021', GM))?.status).toBe('provisional');
      // Benefits delivered up to mid 2021 only: 2020 is provisional again, whatever re-integration says.
      await store.run("UPDATE meta SET value = '2021-06-30' WHERE key = 'delivery_date.benefit'");
      await computeCube(store, { indicators: REINTEGRATION, now: new Date('2022-02-01') });
      expect((await cell(store, toWork, '2020', GM))?.status).toBe('provisional');
      expect((await cell(store, 'participation.reintegration.started', '2021', GM))?.status).toBe('final');
    });
  });
});
