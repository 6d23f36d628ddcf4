/** @module The working-table registry against the compiled catalogue: every `_msd_*` name a statement holds is a registered table its compilation recorded, with and without the fast paths. */
import { describe, expect, it } from 'vitest';
import { STANDARD_CATALOGUE } from '../../catalogue/standard-catalogue.ts';
import { compileIndicator } from './indicator-compiler.ts';
import { contextTablesOf, indicatorInputs } from './indicator-inputs.ts';
import { planIndicator } from './indicator-plan.ts';
import {
  contextTablesIn,
  sharedGroupsIn,
  tableName,
  tablesOfLifetime,
  WORKING_TABLES,
  withSources,
  type WorkingTableKey,
} from './working-tables.ts';

const KEYS = Object.keys(WORKING_TABLES) as WorkingTableKey[];
const NAMES = new Set(KEYS.map(tableName));

describe('the working-table registry', () => {
  it('names every table once, each `_msd_` and built from registered tables', () => {
    expect(NAMES.size).toBe(KEYS.length);
    for (const key of KEYS) {
      expect(tableName(key)).toBe(`_msd_${key}`);
      for (const from of WORKING_TABLES[key].from) expect(KEYS, `${key} from ${from}`).toContain(from);
    }
  });

  it('drops every table with one lifetime: the context, the shared tables, per pass, per compute, per write', () => {
    const dropped = [
      ...tablesOfLifetime('context'),
      ...tablesOfLifetime('shared'),
      ...tablesOfLifetime('pass'),
      ...tablesOfLifetime('compute'),
      ...tablesOfLifetime('write'),
    ];
    expect(dropped.sort()).toEqual([...NAMES].sort());
    expect(tablesOfLifetime('context')).toContain('_msd_ckey');
    expect(tablesOfLifetime('shared')).toEqual([
      '_msd_all_pv',
      '_msd_all_f',
      '_msd_all_pp',
      '_msd_all_hk',
      '_msd_all_multi',
      '_msd_all_hc',
    ]);
  });

  it('derives what a read needs: the tables it is built from, its optional context and shared groups', () => {
    expect([...withSources(['traj'])].sort()).toEqual(['map', 'pid', 'prov', 'traj']);
    expect([...contextTablesIn(['all_hc'])].sort()).toEqual(['ben', 'hh', 'prov', 'res_area']);
    expect(sharedGroupsIn(['all_hc'])).toEqual(['allLaws', 'allLawsAreas']);
    expect(sharedGroupsIn(['all_multi', 'claim'])).toEqual(['allLaws']);
    expect(sharedGroupsIn(['prov'])).toEqual([]);
  });
});

describe.each([true, false])('the compiled catalogue (fast paths %s)', (fastPaths) => {
  const compiled = STANDARD_CATALOGUE.flatMap((def) => {
    const plan = planIndicator(def);
    const out = compileIndicator(plan, { fastPaths });
    return out ? [{ id: def.id, plan, out }] : [];
  });

  it('names only registered tables, exactly the ones its compilation recorded', () => {
    expect(compiled.length).toBeGreaterThan(30);
    for (const { id, out } of compiled) {
      const named = new Set(out.sql.match(/\b_msd_\w+/g) ?? []);
      for (const name of named) expect(NAMES, `${id}: ${name}`).toContain(name);
      // The household keys are read for the household columns they add to residences and benefits.
      const recorded = [...out.reads.tables].filter((k) => k !== 'hh' || named.has(tableName(k)));
      expect([...named].sort(), id).toEqual(recorded.map(tableName).sort());
      if (out.reads.tables.has('hh')) expect(out.sql, id).toMatch(/\b(_msd_hh|household)\b/);
    }
  });

  it('reads the household keys when the statement or a shared table it reads has a household column', () => {
    for (const { id, out } of compiled)
      expect(contextTablesOf(out).has('hh'), id).toBe(/\bhousehold\b/.test(out.sql) || out.shared.length > 0);
  });

  it('depends on the population or household table exactly when the statement reads it', () => {
    for (const { id, plan, out } of compiled) {
      const inputs = indicatorInputs(plan, out, () => undefined);
      const direct = plan.kind === 'facts';
      if (!direct) continue;
      expect(inputs.has('population'), id).toBe(/\bFROM population\b/.test(out.sql));
      expect(inputs.has('households'), id).toBe(/\bFROM households\b/.test(out.sql));
    }
  });
});
