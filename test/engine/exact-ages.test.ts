/** @module Ages from the exact birth date at the legal limits: the day before the 18th and 23rd birthday and the birthday itself, on the run-length path and the per-period path. */
import { describe, expect, it } from 'vitest';
import { STANDARD_CATALOGUE, findIndicator } from '../../src/catalogue/standard-catalogue.ts';
import type { IndicatorDefinition } from '../../src/domain/indicator-definition.ts';
import { computeCube } from '../../src/engine/run/cube-builder.ts';
import type { SqlStore } from '../../src/store/sql-store.ts';
import { withFixtureDb } from '../helpers/fixture-db.ts';
import { GM, WK1, cell, fixture, valueOf, type FixtureBuilder } from './engine-fixture.ts';

/**
 * Four youth clients, each starting care on one of the days around a birthday:
 * - before23: born 2000-03-15, care from 2023-03-14 (22 that day) to 2023-04-30;
 * - on23: born 2000-03-15, care from 2023-03-15 (23 that day);
 * - before18: born 2005-06-10, first care ever from 2023-06-09 (17 that day);
 * - on18: born 2005-06-10, first care ever from 2023-06-10 (18 that day).
 */
async function aroundBirthdays(f: FixtureBuilder): Promise<void> {
  const client = async (pid: string, birth: string, start: string, end: string | null = null) => {
    await f.person(pid, birth);
    await f.residence(pid, '2000-01-01', WK1);
    await f.provision({ pid, law: 'youth', category: '43', start, end });
  };
  await client('before23', '2000-03-15', '2023-03-14', '2023-04-30');
  await client('on23', '2000-03-15', '2023-03-15');
  await client('before18', '2005-06-10', '2023-06-09');
  await client('on18', '2005-06-10', '2023-06-10');
}

/** Builds the fixture and computes `ids` (from `catalogue`) as of 1 February 2024. */
async function computeAround(
  store: SqlStore,
  ids: string[],
  catalogue: readonly IndicatorDefinition[] = STANDARD_CATALOGUE,
): Promise<void> {
  const f = fixture(store);
  await f.meta('2024-01-31');
  await aroundBirthdays(f);
  await computeCube(store, { indicators: ids, now: new Date('2024-02-01'), catalogue });
}

describe('exact ages', () => {
  it('count a youth client (< 23) who starts the day before the 23rd birthday, not one starting on it', async () => {
    await withFixtureDb(async (store) => {
      await computeAround(store, ['youth.clients']);
      // March 2023: before23 (22 on the 14th) and the two younger ones are not in care yet; on23 is 23.
      expect(await valueOf(store, 'youth.clients', '2023-03', GM)).toBe(1);
      expect(await valueOf(store, 'youth.clients', '2023-03', GM, 'ageGroup', '18-22')).toBe(1);
      // April: before23's first day with care in the month is 1 April, after the birthday.
      expect(await valueOf(store, 'youth.clients', '2023-04', GM)).toBe(0);
      // June: before18 is 17 on the 9th, on18 is 18 on the 10th.
      expect(await valueOf(store, 'youth.clients', '2023-06', GM, 'ageGroup', '12-17')).toBe(1);
      expect(await valueOf(store, 'youth.clients', '2023-06', GM, 'ageGroup', '18-22')).toBe(1);
      // The year counts the age on each person's first day with care in it: before23, before18, on18.
      expect(await cell(store, 'youth.clients', '2023', GM)).toMatchObject({ value: 3 });
    });
  });

  it('give the same ages on the per-period path (a breakdown the run-length counts do not serve)', async () => {
    const base = findIndicator('youth.clients');
    if (!base) throw new Error('youth.clients');
    const byProvider = { ...base, id: 'local.youthClientsByProvider', breakdowns: ['provider' as const] };
    await withFixtureDb(async (store) => {
      await computeAround(store, [byProvider.id], [...STANDARD_CATALOGUE, byProvider]);
      expect(await valueOf(store, byProvider.id, '2023-03', GM)).toBe(1);
      expect(await valueOf(store, byProvider.id, '2023-04', GM)).toBe(0);
      expect(await valueOf(store, byProvider.id, '2023', GM)).toBe(3);
    });
  });

  it('put a first start on the 18th birthday in 18-22 and one the day before in 12-17 (inflow, age at inflow)', async () => {
    await withFixtureDb(async (store) => {
      await computeAround(store, ['youth.inflow']);
      expect(await valueOf(store, 'youth.inflow', '2023-06', GM)).toBe(2);
      expect(await valueOf(store, 'youth.inflow', '2023-06', GM, 'ageGroup', '12-17')).toBe(1);
      expect(await valueOf(store, 'youth.inflow', '2023-06', GM, 'ageGroup', '18-22')).toBe(1);
      // March: before23 (22) and on23 (23) start; youth.inflow has no age filter, on23 falls outside the classes.
      expect(await valueOf(store, 'youth.inflow', '2023-03', GM, 'ageGroup', '18-22')).toBe(1);
      expect(await valueOf(store, 'youth.inflow', '2023-03', GM, 'ageGroup', 'onbekend')).toBe(1);
    });
  });
});
