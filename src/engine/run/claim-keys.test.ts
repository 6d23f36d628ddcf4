/** @module Claim keys of the cube context: one per (law, category, provider), hashed, and renumbered when two hashes clash. */
import { describe, expect, it } from 'vitest';
import { codeMappings, UNMAPPED_SUPPORT_TYPE } from '../../catalogue/code-mappings.ts';
import { periodsOfKind } from '../../domain/period.ts';
import type { SqlStore } from '../../store/sql-store.ts';
import { fixture, GM, WK1 } from '../../../test/engine/engine-fixture.ts';
import { withFixtureDb } from '../../../test/helpers/fixture-db.ts';
import { CLAIM_KEYS, checkClaimKeys, prepareCubeContext } from './cube-context.ts';

/** Claims whose key does not name their own law, category and provider (must be none). */
async function misnamed(store: SqlStore): Promise<number> {
  const [row] = await store.all<{ n: number }>(
    `SELECT count(*) AS n FROM _msd_claim c LEFT JOIN _msd_ckey k ON k.ck = c.ck
     WHERE k.ck IS NULL OR k.law <> c.law OR k.category <> c.category OR k.provider <> c.provider`,
  );
  return row?.n ?? -1;
}

const keyCount = async (store: SqlStore): Promise<number> =>
  (await store.all<{ n: number }>('SELECT count(DISTINCT ck) AS n FROM _msd_ckey'))[0]?.n ?? -1;

describe('claim keys', () => {
  it('gives each (law, category, provider) one key and renumbers the keys when hashes clash', async () => {
    await withFixtureDb(async (store) => {
      const f = fixture(store);
      await f.meta('2021-03-31', GM);
      await f.person('a', '2010-01');
      await f.residence('a', '2000-01-01', WK1);
      const claims = [
        { law: 'youth', category: '41', provider: 'P1' },
        { law: 'youth', category: '41', provider: 'P2' },
        { law: 'youth', category: '45', provider: 'P1' },
        // Same category code and provider under the other law: another key.
        { law: 'support', category: '41', provider: 'P1' },
      ] as const;
      for (const [i, c] of claims.entries()) {
        for (const month of ['01', '02']) {
          await f.claim({ pid: 'a', ...c, from: `2020-${month}-01`, to: `2020-${month}-28`, cents: 100 + i });
        }
      }
      // A claim without provider gets the provider 'onbekend'.
      await f.claim({
        pid: 'a',
        law: 'youth',
        category: '41',
        from: '2020-03-01',
        to: '2020-03-31',
        cents: 7,
      });
      await prepareCubeContext(store, {
        periods: periodsOfKind('year', 2020, 2020),
        mappings: codeMappings(),
        gemeente: GM,
      });
      expect(await keyCount(store)).toBe(5);
      expect(await misnamed(store)).toBe(0);
      // The key carries the deployment's care or support type of its law and category.
      const mappings = codeMappings();
      const types = await store.all<{ law: string; category: string; grp: string }>(
        'SELECT DISTINCT law, category, grp FROM _msd_ckey ORDER BY law, category',
      );
      expect(types).toEqual([
        { law: 'support', category: '41', grp: mappings.supportType['41'] ?? UNMAPPED_SUPPORT_TYPE },
        { law: 'youth', category: '41', grp: mappings.careType['41'] },
        { law: 'youth', category: '45', grp: mappings.careType['45'] },
      ]);

      // Every key hashing to the same value: the clash is found and the keys renumbered 1..5 from their names.
      await store.run('UPDATE _msd_claim SET ck = 42');
      await store.run(`CREATE OR REPLACE TEMP TABLE ${CLAIM_KEYS.name} AS ${CLAIM_KEYS.sql}`);
      await checkClaimKeys(store);
      expect(await keyCount(store)).toBe(5);
      expect(await misnamed(store)).toBe(0);
      const [range] = await store.all<{ lo: number; hi: number }>(
        'SELECT min(ck) AS lo, max(ck) AS hi FROM _msd_claim',
      );
      expect(range).toEqual({ lo: 1, hi: 5 });
    });
  });
});
