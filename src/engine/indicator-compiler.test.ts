/** @module SQL text tests for the compiler (Kysely-style testSql): the shape of the statement for a few definitions. */
import { describe, expect, it } from 'vitest';
import { findIndicator } from '../catalogue/standard-catalogue.ts';
import { compileIndicator, type CompiledSql } from './indicator-compiler.ts';
import { planIndicator } from './indicator-plan.ts';

function compiled(id: string): CompiledSql {
  const def = findIndicator(id);
  if (!def) throw new Error(id);
  const out = compileIndicator(planIndicator(def));
  if (!out) throw new Error(`${id} compiles to nothing`);
  return out;
}

const squash = (sql: string): string => sql.replace(/\s+/g, ' ');

describe('compileIndicator', () => {
  it('compiles youth.clients to one query over all periods counting deduplicated units per breakdown, with law and ages as parameters', () => {
    const { sql, params } = compiled('youth.clients');
    const text = squash(sql);
    expect(text).toContain(
      // The person (birth month, gender) is joined to the episodes before they are expanded to periods.
      'FROM (SELECT e.*, per.bm, per.gender FROM _msd_prov e LEFT JOIN _msd_person per ON per.pid = e.pid) e JOIN _msd_period p ON e.start_date <= p.p_end AND e.e_end >= p.p_start',
    );
    expect(text).toContain("'careType' AS breakdown_key");
    // Persons are the unit: deduplicated on the person alone, the unit key is the person.
    expect(text).toContain(
      'SELECT period, any_value(p_end) AS p_end, pid, b0 AS b FROM fb GROUP BY period, pid, b0',
    );
    // Unit-level breakdowns (age group, gender) are functions of (period, person): grouped on those two only.
    expect(text).toContain('any_value(b1) AS b1, any_value(b2) AS b2 FROM fb GROUP BY period, pid');
    // Persons are counted per address signature, the counts spread to the signature's areas.
    expect(text).toContain(
      'LEFT JOIN _rsig r ON r.pid = d.pid AND r.eff_from <= d.p_end AND d.p_end < r.eff_to',
    );
    expect(text).toContain('JOIN _sarea s ON s.sig = u.sig');
    expect(text).not.toContain('JOIN _msd_res_area ra ON ra.pid = d.pid');
    expect(text).not.toContain('count(DISTINCT k)');
    // The law twice: month periods and longer periods are separate branches (the first day with care is computed only in the latter).
    expect(params).toEqual(['youth', 'youth', 0, 22]);
    expect(sql.split('?').length - 1).toBe(params.length);
  });

  it('compiles a claim sum to grouping sets over its breakdowns', () => {
    const text = squash(compiled('youth.cost').sql);
    expect(text).toContain('GROUP BY GROUPING SETS ((period, area), (period, area, b0)');
    expect(text).toContain("WHEN grouping(b0) = 0 THEN 'careType'");
  });

  it('groups claim sums on the integer claim key and puts care type, provider and category back per cell', () => {
    const out = compiled('support.cost');
    expect(out.shared).toEqual([]);
    const text = squash(out.sql);
    expect(text).toContain('SELECT DISTINCT grp, category, provider FROM _msd_claim c WHERE c.law IN (?)');
    expect(text).toContain('GROUP BY period, pid, ck');
    expect(text).toContain('GROUP BY d.period, ra.aid, d.ck) a JOIN ckd USING (ck)');
    expect(text).toContain('grp AS b0, provider AS b1, category AS b2');
    expect(text).not.toContain('GROUP BY period, pid, b0');
    expect(out.params).toEqual(['support', 'support']);
    // The cost share needs no claim attributes: amounts per person and month, without the key.
    expect(squash(compiled('integral.cost.multiLaw.share').sql)).not.toContain('ckd');
  });

  it('compiles a stock to a reference-date test and a rate to a population denominator', () => {
    expect(squash(compiled('participation.benefits.stock').sql)).toContain(
      'b.start_date <= p.p_end AND b.e_end >= p.p_end',
    );
    const rate = compiled('youth.clients.pct');
    expect(squash(rate.sql)).toContain('FROM den JOIN _msd_period p ON p.pn = den.period');
    expect(rate.params).toEqual(['youth', 'zonder verblijf', 'met verblijf', 'overig', 0, 17, 0, 17]);
  });

  it('counts integral households straight from the shared household × area table and declares the shared tables in build order', () => {
    const out = compiled('integral.providersPerHousehold');
    expect(out.shared).toEqual(['allLaws', 'allLawsAreas']);
    expect(squash(out.sql)).toContain('FROM _msd_all_hc WHERE level IN (');
    expect(squash(out.sql)).toContain('AND nprov > 0');
    expect(squash(out.sql)).not.toContain('_msd_res_area');
    // Households with a Wmo client: the members with the Wmo bit in that area.
    expect(squash(compiled('support.households.per1000').sql)).toContain('abits & 2 <> 0');
    // Persons by combination: the shared person table counted per period, area and law bits, labelled afterwards.
    const persons = compiled('integral.clients.byCombination');
    expect(persons.shared).toEqual(['allLaws']);
    expect(squash(persons.sql)).toContain('FROM _msd_all_pp pp JOIN _msd_res_area ra ON ra.pid = pp.pid');
    expect(squash(persons.sql)).toContain('GROUP BY pp.period, ra.aid, pp.bits');
    expect(compiled('youth.clients').shared).toEqual([]);
  });

  it('computes a stock once per distinct period end and copies the cells to every period ending there', () => {
    const text = squash(compiled('support.arrangements.stock').sql);
    expect(text).toContain('FROM _msd_period WHERE kind IN (');
    expect(text).toContain('GROUP BY p_end) p');
    expect(text).toContain('JOIN _msd_period p ON p.p_end = p0.p_end');
  });

  it('compiles a ratio to a read of its numerator and denominator from the cube', () => {
    const { sql, params } = compiled('youth.cost.perClient');
    expect(squash(sql)).toContain("FROM indicator_value WHERE indicator = ? AND source = 'computed'");
    expect(params).toEqual(['youth.cost', 'youth.clients']);
  });

  it('compiles an imported aggregate to nothing', () => {
    const def = findIndicator('participation.reintegration.per10000');
    expect(def && compileIndicator(planIndicator(def))).toBeUndefined();
  });

  it('keeps the placeholder count equal to the parameter count for every catalogue indicator', async () => {
    const { STANDARD_CATALOGUE } = await import('../catalogue/standard-catalogue.ts');
    for (const def of STANDARD_CATALOGUE) {
      const out = compileIndicator(planIndicator(def));
      if (out) expect(out.sql.split('?').length - 1, def.id).toBe(out.params.length);
    }
  });
});
