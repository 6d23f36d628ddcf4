/** @module SQL text tests for the compiler (Kysely-style testSql): the shape of the statement for a few definitions. */
import { describe, expect, it } from 'vitest';
import { findIndicator } from '../../catalogue/standard-catalogue.ts';
import { parseIndicatorDefinition } from '../../domain/indicator-definition.ts';
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
  it('compiles youth.clients to run lengths: care islands per person and per care type, ranges of period units summed with events', () => {
    const text = squash(compiled('youth.clients').sql);
    // Episodes merge into islands per person (total, age group, gender) and per person and care type.
    expect(text).toContain(
      'it AS (SELECT pid, start_date AS s, e_end AS e, lag(e_end) OVER (PARTITION BY pid ORDER BY start_date) AS prev_e',
    );
    expect(text).toContain('ig AS (SELECT pid, grp, start_date AS s, e_end AS e');
    expect(text).toContain('max(e_end) OVER (PARTITION BY pid, grp ORDER BY start_date, e_end');
    // Age bands of the filter 0–22 and the classes 0-3, 4-11, 12-17, 18-22; nothing outside the filter.
    expect(text).toContain(
      "(VALUES (0, 4, '0-3'), (4, 12, '4-11'), (12, 18, '12-17'), (18, 23, '18-22')) b(a, b, label)",
    );
    // Care types only where the person passes the age filter.
    expect(text).toContain("greatest(g.lo, f.lo) AS lo, least(g.hi, f.hi) AS hi, 'careType', g.grp");
    // Ranges are cut at moves (the area is the address at the period end).
    expect(text).toContain('FROM rb b LEFT JOIN _rsig r ON r.pid = b.pid');
    // Counts per period from a running sum of +1/−1 events, per address signature, spread to its areas.
    expect(text).toContain('sum(d) OVER (PARTITION BY kind, sig, bk, bv ORDER BY u) AS n');
    expect(text).toContain(
      'JOIN pu p ON p.kind = r.kind AND p.u >= r.u AND p.u < coalesce(r.nu, 1000000000)',
    );
    expect(text).toContain('JOIN _sarea s ON s.sig = c.sig');
    expect(text).not.toContain('JOIN _msd_period p ON e.start_date <= p.p_end');
    // Constants are literals (sql-literals.ts): the law of the episodes.
    expect(text).toContain("WHERE e.law = 'youth'");
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
    expect(text).toContain(
      "WITH ckd AS (SELECT ck, grp, category, provider FROM _msd_ckey c WHERE c.law IN ('support'))",
    );
    // Claims keep their key (no join on strings); amounts per address signature, then its areas.
    expect(text).toContain('FROM _msd_claim c JOIN _msd_pmonth p ON p.mn = c.ms WHERE c.me - c.ms = 0');
    expect(text).toContain('LEFT JOIN _msd_rsig r ON r.pid = d.pid AND r.eff_from <= d.p_end');
    expect(text).toContain('GROUP BY u.period, s.aid, u.ck) a JOIN ckd USING (ck)');
    expect(text).toContain('grp AS b0, provider AS b1, category AS b2');
    expect(text).not.toContain('GROUP BY period, pid, b0');
    expect(text.match(/c\.law IN \('support'\)/g)).toHaveLength(3);
    // The cost share needs no claim attributes: amounts per person and month, without the key.
    expect(squash(compiled('integral.cost.multiLaw.share').sql)).not.toContain('ckd');
  });

  it('compiles a stock to a reference-date test and a rate to a population denominator', () => {
    expect(squash(compiled('participation.duration').sql)).toContain(
      'b.start_date <= p.p_end AND b.e_end >= p.p_end',
    );
    // Stocks counted as run lengths: units whose period end lies in [start, end].
    const stock = squash(compiled('participation.benefits.stock').sql);
    expect(stock).toContain("FROM _msd_ben b WHERE TRUE AND b.kind IN ('PW') AND NOT b.inst");
    expect(stock).toContain("least(CASE k.kind WHEN 'month' THEN year(i.e + 1) * 12");
    expect(squash(compiled('support.arrangements.stock').sql)).toContain(
      "SELECT kind, umax, sig, lo, hi, 'supportType', grp FROM rs",
    );
    const rate = compiled('youth.clients.pct');
    const rateText = squash(rate.sql);
    expect(rateText).toContain('FROM den JOIN _msd_period p ON p.pn = den.period');
    expect(rateText).toContain("e.grp IN ('zonder verblijf', 'met verblijf', 'overig')");
    expect(rateText).toContain('po.age >= 0 AND po.age <= 17');
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
    const text = squash(compiled('participation.duration').sql);
    expect(text).toContain('FROM _msd_period WHERE kind IN (');
    expect(text).toContain('GROUP BY p_end) p');
    expect(text).toContain('JOIN _msd_period p ON p.p_end = p0.p_end');
  });

  it('compiles a ratio to a read of its numerator and denominator from the cube', () => {
    const text = squash(compiled('youth.cost.perClient').sql);
    expect(text).toContain("FROM indicator_value WHERE indicator = 'youth.cost' AND source = 'computed'");
    expect(text).toContain("FROM indicator_value WHERE indicator = 'youth.clients' AND source = 'computed'");
  });

  it('compiles an imported aggregate to nothing', () => {
    const def = parseIndicatorDefinition({
      id: 'local.survey.share',
      nameNl: 'Aandeel uit een enquête',
      definitionNl: 'Een ingelezen aggregaat uit een enquête, nooit berekend.',
      domain: 'support',
      subject: 'person',
      measure: { kind: 'imported' },
      periodKinds: ['year'],
      areaLevels: ['gemeente'],
      unit: 'percent',
      direction: 'up',
      source: 'enquête',
    });
    expect(compileIndicator(planIndicator(def))).toBeUndefined();
  });

  it('writes every constant as a literal, quotes doubled, and binds no parameters', async () => {
    const { STANDARD_CATALOGUE } = await import('../../catalogue/standard-catalogue.ts');
    for (const def of STANDARD_CATALOGUE) {
      const out = compileIndicator(planIndicator(def));
      if (out) expect(out.sql, def.id).not.toContain('?');
    }
    // A local definition's category with a quote stays one string literal.
    const clients = findIndicator('youth.clients');
    if (!clients) throw new Error('youth.clients');
    const local = compileIndicator(
      planIndicator({ ...clients, filters: { ...clients.filters, categories: ["4'1"] } }),
    );
    expect(squash(local?.sql ?? '')).toContain("e.category IN ('4''1')");
  });
});
