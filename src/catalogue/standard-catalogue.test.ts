/** @module Tests for the standard catalogue: every id of indicators.md §3 is defined, valid and in dependency order; the code mappings. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { careTypeOf, codeMappings, supportTypeOf } from './code-mappings.ts';
import { dependenciesOf, resolveComputeOrder, STANDARD_CATALOGUE } from './standard-catalogue.ts';

/** Catalogue ids in the binding reference (`support.arrangements.started` / `.ended` share one table row). */
function referenceIds(): string[] {
  const text = readFileSync(new URL('../../../shared/domain/indicators.md', import.meta.url), 'utf8');
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
  it('defines every indicator id of indicators.md §3', () => {
    const ids = STANDARD_CATALOGUE.map((d) => d.id);
    const reference = referenceIds();
    expect(reference.length).toBe(35);
    expect(reference.filter((id) => !ids.includes(id))).toEqual([]);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('gives every indicator a Dutch name and definition text', () => {
    for (const d of STANDARD_CATALOGUE) {
      expect(d.nameNl.length).toBeGreaterThan(3);
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
