/** @module Working tables shared by several indicators of one run (built once, on first use): person and household law combinations per period. */
import type { SqlStore } from '../../store/sql-store.ts';
import {
  householdPeriodKey,
  tableName,
  tablesOfLifetime,
  type SharedFacts,
} from '../compile/working-tables.ts';

export { SHARED_FACTS, type SharedFacts } from '../compile/working-tables.ts';

/**
 * `allLaws`: the facts of `allLawsSql` without filters (youth and Wmo episodes, PW benefits) over every period,
 * reduced to
 * - `_msd_all_pp` (period, p_end, pid, bits, k): one row per person active in the period, their law bits
 *   (1 youth, 2 Wmo, 4 P-wet) and household key at the period end (`coalesce(household, -pid)`);
 * - `_msd_all_hk` (period, k, bits, nprov, smin, smax): per household key, the laws of all its members, the number of
 *   distinct youth and Wmo providers and the lowest and highest address signature of its members;
 * - `_msd_all_multi` (hp): the households of `_msd_all_hk` combining two or more laws, as {@link householdPeriodKey}.
 * The integral indicators read these instead of expanding all laws × periods each.
 *
 * `allLawsAreas` (needs `allLaws` first): `_msd_all_hc` (period, aid, level, abits, bits, nprov, n): the number n of
 * household keys per period and area of their members at the period end, by `abits` (the laws of the members
 * living in that area) and the household's `bits` and `nprov` (from `_msd_all_hk`). Each household counts once
 * per area however many members live there, so the household indicators are sums over this small table (one
 * area attribution and deduplication for all of them).
 */
export async function createSharedFacts(store: SqlStore, name: SharedFacts): Promise<void> {
  switch (name) {
    case 'allLaws':
      await store.run(`
        CREATE OR REPLACE TEMP TABLE ${tableName('all_pv')} AS
        SELECT provider, CAST(row_number() OVER () AS INTEGER) AS pv FROM (SELECT DISTINCT provider FROM ${tableName('prov')});

        CREATE OR REPLACE TEMP TABLE ${tableName('all_f')} AS
        SELECT e.pid, p.pn AS period, p.p_end, CAST(CASE e.law WHEN 'youth' THEN 1 WHEN 'support' THEN 2 ELSE 4 END AS TINYINT) AS lawbit,
          CASE WHEN e.law IN ('youth', 'support') THEN v.pv END AS pv
        FROM ${tableName('prov')} e JOIN ${tableName('all_pv')} v ON v.provider = e.provider
        JOIN ${tableName('period')} p ON e.start_date <= p.p_end AND e.e_end >= p.p_start
        UNION ALL
        SELECT b.pid, p.pn, p.p_end, 4, NULL
        FROM ${tableName('ben')} b JOIN ${tableName('period')} p ON b.start_date <= p.p_end AND b.e_end >= p.p_start WHERE b.kind = 'PW';

        -- Address signatures (${tableName('rsig')}, cube context): a residence's areas depend on these only.
        CREATE OR REPLACE TEMP TABLE ${tableName('all_pp')} AS
        SELECT f.period, p.p_end, f.pid, f.bits, coalesce(r.household, -f.pid) AS k, coalesce(r.sig, 0) AS sig
        FROM (SELECT period, pid, bit_or(lawbit) AS bits FROM ${tableName('all_f')} GROUP BY ALL) f
        JOIN ${tableName('period')} p ON p.pn = f.period
        LEFT JOIN ${tableName('rsig')} r ON r.pid = f.pid AND r.eff_from <= p.p_end AND p.p_end < r.eff_to;

        CREATE OR REPLACE TEMP TABLE ${tableName('all_hk')} AS
        -- One pass over the facts with each person's household and address signature at the period end:
        -- (period, household, provider) groups carry the law bits; providers as integers (pv; NULL for P-wet).
        -- smin = smax: all members at the period end live at one address signature.
        SELECT period, k, bit_or(bits) AS bits, count(pv) AS nprov, min(smin) AS smin, max(smax) AS smax FROM (
          SELECT f.period, coalesce(r.household, -f.pid) AS k, f.pv, bit_or(f.lawbit) AS bits,
            min(coalesce(r.sig, 0)) AS smin, max(coalesce(r.sig, 0)) AS smax
          FROM ${tableName('all_f')} f LEFT JOIN ${tableName('rsig')} r ON r.pid = f.pid AND r.eff_from <= f.p_end AND f.p_end < r.eff_to
          GROUP BY ALL)
        GROUP BY period, k;

        CREATE OR REPLACE TEMP TABLE ${tableName('all_multi')} AS
        SELECT ${householdPeriodKey('k', 'period')} AS hp FROM ${tableName('all_hk')} WHERE bit_count(bits) >= 2;

        DROP TABLE ${tableName('all_f')};
        DROP TABLE ${tableName('all_pv')};
      `);
      return;
    case 'allLawsAreas':
      await store.run(`
        -- The areas of each address signature: ${tableName('sarea')} (cube context).
        CREATE OR REPLACE TEMP TABLE ${tableName('all_hc')} AS
        SELECT period, aid, level, abits, bits, nprov, sum(n) AS n FROM (
          -- Households whose members all live at one address signature: counted per signature, spread to its areas
          -- (every member is in every area, so the members' laws in the area are the household's).
          SELECT h.period, a.aid, a.level, h.bits AS abits, h.bits, h.nprov, h.n
          FROM (SELECT period, smin AS sig, bits, CAST(nprov AS INTEGER) AS nprov, count(*) AS n
                FROM ${tableName('all_hk')} WHERE smin = smax GROUP BY ALL) h
          JOIN ${tableName('sarea')} a ON a.sig = h.sig
          UNION ALL
          -- The others: members attributed to their areas and deduplicated per household and area.
          SELECT a.period, a.aid, a.level, a.abits, hk.bits, CAST(hk.nprov AS INTEGER), count(*)
          FROM (SELECT pp.period, ra.aid, ra.level, pp.k, bit_or(pp.bits) AS abits
                FROM ${tableName('all_pp')} pp
                SEMI JOIN (SELECT period, k FROM ${tableName('all_hk')} WHERE smin <> smax) m ON m.period = pp.period AND m.k = pp.k
                JOIN ${tableName('res_area')} ra ON ra.pid = pp.pid AND ra.eff_from <= pp.p_end AND pp.p_end < ra.eff_to
                GROUP BY pp.period, ra.aid, ra.level, pp.k) a
          JOIN ${tableName('all_hk')} hk USING (period, k)
          GROUP BY ALL)
        GROUP BY ALL;`);
      return;
  }
}

/** Every shared table (temp tables): dropped at the end of each compute pass. */
export const SHARED_TABLES = tablesOfLifetime('shared');
