/** @module Tests for local indicator definitions: validation messages (file, definition, field), clashes, replacement, the combined catalogue. */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { withFixtureDb } from '../../test/helpers/fixture-db.ts';
import {
  defineIndicatorsFromFile,
  LocalDefinitionError,
  loadCatalogue,
  validateLocalDefinitions,
} from './local-catalogue.ts';
import { STANDARD_CATALOGUE } from './standard-catalogue.ts';

const loneliness = {
  id: 'local.loneliness.pct',
  nameNl: 'Eenzaamheid (% eenzaam, 18+)',
  definitionNl: 'Percentage inwoners van 18 jaar en ouder dat eenzaam is (GGD).',
  domain: 'support',
  subject: 'person',
  measure: { kind: 'imported' },
  periodKinds: ['year'],
  areaLevels: ['gemeente', 'wijk'],
  unit: 'percent',
  direction: 'down',
  source: 'GGD Gezondheidsmonitor',
};

async function file(name: string, content: unknown): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'msd-local-'));
  const path = join(dir, name);
  await writeFile(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}

function problemsOf(work: () => unknown): readonly string[] {
  try {
    work();
  } catch (error) {
    if (error instanceof LocalDefinitionError) return error.problems;
    throw error;
  }
  throw new Error('expected a LocalDefinitionError');
}

describe('validateLocalDefinitions', () => {
  it('accepts one definition or an array and fills the schema defaults', () => {
    const [one] = validateLocalDefinitions('a.json', loneliness);
    expect(one?.id).toBe('local.loneliness.pct');
    expect(one?.breakdowns).toEqual([]);
    expect(
      validateLocalDefinitions('a.json', [loneliness, { ...loneliness, id: 'local.other.pct' }]),
    ).toHaveLength(2);
  });

  it('names the definition (index and id) and the field of every problem', () => {
    const problems = problemsOf(() =>
      validateLocalDefinitions('defs.json', [
        loneliness,
        { ...loneliness, id: 'local.bad.pct', unit: 'procent' },
        { ...loneliness, id: 'Local Bad' },
      ]),
    );
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/^definition 2 \(local\.bad\.pct\): field unit: /);
    expect(problems[1]).toBe(
      'definition 3 (Local Bad): field id: must be dotted camelCase, e.g. youth.clients',
    );
  });

  it('refuses ids of the standard catalogue and ids defined twice', () => {
    const problems = problemsOf(() =>
      validateLocalDefinitions('defs.json', [{ ...loneliness, id: 'youth.clients' }, loneliness, loneliness]),
    );
    expect(problems).toEqual([
      'definition 1 (youth.clients): field id: youth.clients is a standard indicator; choose another id',
      'definition 3 (local.loneliness.pct): field id: local.loneliness.pct is defined twice',
    ]);
  });

  it('refuses a ratio over an indicator that is not defined', () => {
    const ratio = {
      ...loneliness,
      id: 'local.loneliness.per1000',
      measure: {
        kind: 'ratio',
        numerator: 'local.lonely.count',
        denominator: { kind: 'population' },
        factor: 1000,
      },
      unit: 'per1000',
    };
    expect(problemsOf(() => validateLocalDefinitions('defs.json', ratio))).toEqual([
      'definition local.loneliness.per1000: field measure: reads unknown indicator local.lonely.count (define it first or in the same file)',
    ]);
  });
});

describe('defineIndicatorsFromFile and loadCatalogue', () => {
  it('stores definitions, replaces a re-defined id and returns standard + local definitions', async () => {
    await withFixtureDb(async (store) => {
      const first = await defineIndicatorsFromFile(store, await file('a.json', [loneliness]), 'test');
      expect(first).toEqual({ created: ['local.loneliness.pct'], replaced: [] });
      const changed = { ...loneliness, nameNl: 'Eenzaamheid (GGD)' };
      const second = await defineIndicatorsFromFile(store, await file('b.json', changed), 'test');
      expect(second).toEqual({ created: [], replaced: ['local.loneliness.pct'] });
      const catalogue = await loadCatalogue(store);
      expect(catalogue).toHaveLength(STANDARD_CATALOGUE.length + 1);
      expect(catalogue.at(-1)?.nameNl).toBe('Eenzaamheid (GGD)');
    });
  });

  it('reads YAML as well as JSON, and names the file and line of broken YAML', async () => {
    await withFixtureDb(async (store) => {
      const yaml = [
        '- id: local.loneliness.pct',
        '  nameNl: Eenzaamheid (% eenzaam, 18+)',
        "  definitionNl: 'Percentage inwoners van 18 jaar en ouder dat eenzaam is (GGD).'",
        '  domain: support',
        '  subject: person',
        '  measure: { kind: imported }',
        '  periodKinds: [year]',
        '  areaLevels: [gemeente, wijk]',
        '  unit: percent',
        '  direction: down',
        '  source: GGD Gezondheidsmonitor',
      ].join('\n');
      expect(await defineIndicatorsFromFile(store, await file('defs.yaml', yaml), 'test')).toEqual({
        created: ['local.loneliness.pct'],
        replaced: [],
      });
      expect((await loadCatalogue(store)).at(-1)).toMatchObject({
        id: 'local.loneliness.pct',
        unit: 'percent',
      });
      await expect(
        defineIndicatorsFromFile(store, await file('broken.yml', 'id: [x'), 'test'),
      ).rejects.toThrow(/broken\.yml: not valid YAML/);
    });
  });

  it('stores nothing from an invalid file', async () => {
    await withFixtureDb(async (store) => {
      await expect(
        defineIndicatorsFromFile(
          store,
          await file('bad.json', [loneliness, { ...loneliness, id: 'x' }]),
          'test',
        ),
      ).rejects.toThrow(/bad\.json: definition 2 \(x\): field id/);
      await expect(defineIndicatorsFromFile(store, await file('broken.json', '[{'), 'test')).rejects.toThrow(
        /broken\.json: not valid JSON/,
      );
      expect(await loadCatalogue(store)).toHaveLength(STANDARD_CATALOGUE.length);
    });
  });
});
