/** @module Tests for the standard catalogue: its own invariants always; every id of indicators.md §3 defined when ../shared is there; dependency order; the code mappings. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { needsShared, sharedPath } from '../../test/helpers/shared-folder.ts';
import { BREAKDOWN_KEYS, CUBE_AREA_LEVELS, DOMAINS, UNITS } from '../domain/indicator-definition.ts';
import { PERIOD_KINDS } from '../domain/period.ts';
import { careTypeOf, codeMappings, supportTypeOf } from './code-mappings.ts';
import { dependenciesOf, resolveComputeOrder, STANDARD_CATALOGUE } from './standard-catalogue.ts';

const definitions = needsShared('the indicator definitions document (domain/indicators.md)');

/** Catalogue ids in the binding reference (`support.arrangements.started` / `.ended` share one table row). */
function referenceIds(): string[] {
  const text = readFileSync(sharedPath('domain', 'indicators.md'), 'utf8');
  const section = text.slice(text.indexOf('## 3. Standard catalogue'), text.indexOf('### Aggregate'));
  const ids = new Set<string>();
  for (const line of section.split('\n').filter((l) => l.startsWith('| `'))) {
    const first = line.split('|')[1] ?? '';
    for (const m of first.matchAll(/`([a-zA-Z0-9.]+)`/g)) {
      const id = m[1] ?? '';
      ids.add(id.startsWith('.') ? `${[...ids].at(-1)?.split('.').slice(0, -1).join('.')}${id}` : id);
    }
  }
  return [...ids];
}

describe('standard catalogue', () => {
  it.skipIf(definitions.absent)(definitions.title('defines every indicator id of indicators.md §3'), () => {
    const ids = STANDARD_CATALOGUE.map((d) => d.id);
    const reference = referenceIds();
    expect(reference.length).toBe(35);
    expect(reference.filter((id) => !ids.includes(id))).toEqual([]);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('has 38 unique ids, each under the domain it belongs to', () => {
    const ids = STANDARD_CATALOGUE.map((d) => d.id);
    expect(ids).toHaveLength(38);
    expect(new Set(ids).size).toBe(ids.length);
    for (const d of STANDARD_CATALOGUE) {
      expect(d.id, d.id).toMatch(/^[a-z]+(\.[a-zA-Z0-9]+)+$/);
      expect(d.id.split('.')[0], d.id).toBe(d.domain);
    }
    // Every domain has indicators; the counts per domain are those of indicators.md §3 and the three
    // re-integration indicators of §4.
    const perDomain = Object.fromEntries(
      DOMAINS.map((domain) => [domain, STANDARD_CATALOGUE.filter((d) => d.domain === domain).length]),
    );
    expect(perDomain).toEqual({ youth: 14, support: 9, participation: 10, integral: 5 });
  });

  it('gives every indicator a unit, period kinds, area levels, breakdowns and a source from the closed lists', () => {
    for (const d of STANDARD_CATALOGUE) {
      expect(UNITS, d.id).toContain(d.unit);
      expect(d.periodKinds.length, d.id).toBeGreaterThan(0);
      expect(new Set(d.periodKinds).size, d.id).toBe(d.periodKinds.length);
      for (const kind of d.periodKinds) expect(PERIOD_KINDS, d.id).toContain(kind);
      // Every indicator is at least published for the whole gemeente and for whole years.
      expect(d.areaLevels, d.id).toContain('gemeente');
      expect(d.periodKinds, d.id).toContain('year');
      for (const level of d.areaLevels) expect(CUBE_AREA_LEVELS, d.id).toContain(level);
      expect(new Set(d.breakdowns).size, d.id).toBe(d.breakdowns.length);
      for (const key of d.breakdowns) expect(BREAKDOWN_KEYS, d.id).toContain(key);
      expect(d.source.length, d.id).toBeGreaterThan(5);
    }
  });

  it('reads only indicators of the catalogue and computes each once, after the ones it reads', () => {
    const ids = STANDARD_CATALOGUE.map((d) => d.id);
    const order = resolveComputeOrder(undefined).map((d) => d.id);
    expect([...order].sort()).toEqual([...ids].sort());
    for (const d of STANDARD_CATALOGUE) {
      for (const dep of dependenciesOf(d)) {
        expect(ids, `${d.id} reads ${dep}`).toContain(dep);
        expect(order.indexOf(dep), `${dep} before ${d.id}`).toBeLessThan(order.indexOf(d.id));
      }
    }
  });

  it('gives every indicator a Dutch name and definition text', () => {
    for (const d of STANDARD_CATALOGUE) {
      expect(d.nameNl.length).toBeGreaterThan(3);
      expect(d.nameNl).not.toBe(d.id);
      expect(d.definitionNl.length).toBeGreaterThan(20);
    }
  });

  it('orders dependencies before the indicators that read them', () => {
    const order = resolveComputeOrder(['youth.cost.perClient']).map((d) => d.id);
    expect(order).toEqual(['youth.cost', 'youth.clients', 'youth.cost.perClient']);
    for (const d of STANDARD_CATALOGUE)
      for (const dep of dependenciesOf(d))
        expect(order.concat(STANDARD_CATALOGUE.map((x) => x.id))).toContain(dep);
  });

  it('refuses an unknown indicator id by name', () => {
    expect(() => resolveComputeOrder(['youth.nope'])).toThrow('Unknown indicator: youth.nope');
  });
});

describe('code mappings', () => {
  it('maps JZ020 and WMO020 categories to the default groups', () => {
    expect(careTypeOf('43')).toBe('met verblijf');
    expect(careTypeOf('48')).toBe('jeugdbescherming');
    expect(careTypeOf('47')).toBe('jeugdreclassering');
    expect(careTypeOf('55')).toBe('overig');
    expect(supportTypeOf('01')).toBe('Hulp bij het huishouden');
    expect(supportTypeOf('16')).toBe('Verblijf en opvang');
    expect(supportTypeOf('99')).toBe('Overig');
  });

  it('lets a deployment override single codes', () => {
    const m = codeMappings({ careType: { '55': 'zonder verblijf' } });
    expect(careTypeOf('55', m)).toBe('zonder verblijf');
    expect(careTypeOf('43', m)).toBe('met verblijf');
  });
});
