/** @module Local indicator definitions (a municipality's own indicators): validation against the standard catalogue, storage in `indicator_definition`, and the combined catalogue (standard + local). */
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { parse as parseYaml } from 'yaml';
import {
  IndicatorDefinitionError,
  parseIndicatorDefinition,
  type IndicatorDefinition,
} from '../domain/indicator-definition.ts';
import type { SqlStore } from '../store/sql-store.ts';
import { dependenciesOf, findIndicator, STANDARD_CATALOGUE } from './standard-catalogue.ts';

/** A problem with one definition in a definitions file: names the file, the definition (id or index) and the field. */
export class LocalDefinitionError extends Error {
  override readonly name = 'LocalDefinitionError';
  constructor(
    readonly file: string,
    readonly problems: readonly string[],
  ) {
    super(`${file}: ${problems.join('; ')}`);
  }
}

export interface LocalDefinitionRow {
  definition: IndicatorDefinition;
  definedAt: string;
  definedBy: string;
}

const where = (index: number, raw: unknown): string => {
  const id = typeof raw === 'object' && raw !== null ? (raw as { id?: unknown }).id : undefined;
  return typeof id === 'string' ? `definition ${index + 1} (${id})` : `definition ${index + 1}`;
};

/**
 * Validates the definitions of one file (an object or an array of objects) against the schema, against each other
 * (duplicate ids), against the standard catalogue (no clashing ids) and against the known ids for dependencies
 * (ratio numerators, indicator denominators). Collects every problem before failing.
 */
export function validateLocalDefinitions(
  file: string,
  input: unknown,
  existingLocal: readonly IndicatorDefinition[] = [],
): IndicatorDefinition[] {
  const list: unknown[] = Array.isArray(input) ? input : [input];
  const problems: string[] = [];
  if (list.length === 0) problems.push('no definitions (empty array)');
  const parsed: IndicatorDefinition[] = [];
  const seen = new Set<string>();
  list.forEach((raw, index) => {
    let def: IndicatorDefinition;
    try {
      def = parseIndicatorDefinition(raw);
    } catch (error) {
      if (!(error instanceof IndicatorDefinitionError)) throw error;
      for (const issue of error.issues)
        problems.push(`${where(index, raw)}: field ${issue.path || '(root)'}: ${issue.message}`);
      return;
    }
    if (findIndicator(def.id))
      problems.push(`${where(index, raw)}: field id: ${def.id} is a standard indicator; choose another id`);
    else if (seen.has(def.id)) problems.push(`${where(index, raw)}: field id: ${def.id} is defined twice`);
    seen.add(def.id);
    parsed.push(def);
  });
  const known = new Set([...STANDARD_CATALOGUE, ...existingLocal, ...parsed].map((d) => d.id));
  parsed.forEach((def) => {
    for (const dep of dependenciesOf(def))
      if (!known.has(dep))
        problems.push(
          `definition ${def.id}: field measure: reads unknown indicator ${dep} (define it first or in the same file)`,
        );
  });
  if (problems.length > 0) throw new LocalDefinitionError(file, problems);
  return parsed;
}

/** Reads a definitions file: JSON, or YAML for `.yaml`/`.yml` (the same fields; YAML is easier to write by hand). */
export async function readDefinitionFile(file: string): Promise<unknown> {
  const ext = extname(file).toLowerCase();
  const text = (await readFile(file, 'utf8')).replace(/^\uFEFF/, '');
  if (ext === '.yaml' || ext === '.yml') {
    try {
      return parseYaml(text) as unknown;
    } catch (error) {
      throw new LocalDefinitionError(file, [`not valid YAML: ${(error as Error).message.split('\n')[0]}`]);
    }
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new LocalDefinitionError(file, [`not valid JSON: ${(error as Error).message}`]);
  }
}

/** The local definitions in the store, oldest first (each re-validated: a definition that no longer parses fails loudly, naming it). */
export async function listLocalDefinitions(store: SqlStore): Promise<LocalDefinitionRow[]> {
  // A database opened read-only before migration 3 ran has no table yet: no local definitions.
  const [table] = await store.all<{ n: number }>(
    "SELECT count(*) AS n FROM information_schema.tables WHERE table_name = 'indicator_definition'",
  );
  if (!table?.n) return [];
  const rows = await store.all<{ definition_json: string; defined_at: string; defined_by: string }>(
    'SELECT definition_json, CAST(defined_at AS VARCHAR) AS defined_at, defined_by FROM indicator_definition ORDER BY defined_at, id',
  );
  return rows.map((r) => ({
    definition: parseIndicatorDefinition(JSON.parse(r.definition_json)),
    definedAt: r.defined_at,
    definedBy: r.defined_by,
  }));
}

export interface DefineResult {
  created: string[];
  replaced: string[];
}

/** Stores validated definitions in one transaction; an id that already exists locally is replaced. */
export async function storeLocalDefinitions(
  store: SqlStore,
  definitions: readonly IndicatorDefinition[],
  by: string,
): Promise<DefineResult> {
  return store.transaction(async () => {
    const created: string[] = [];
    const replaced: string[] = [];
    for (const def of definitions) {
      const existing = await store.all('SELECT 1 FROM indicator_definition WHERE id = ?', [def.id]);
      (existing.length > 0 ? replaced : created).push(def.id);
      await store.run('INSERT OR REPLACE INTO indicator_definition VALUES (?, ?, current_timestamp, ?)', [
        def.id,
        JSON.stringify(def),
        by,
      ]);
    }
    return { created, replaced };
  });
}

/** Reads, validates and stores the definitions of one file. */
export async function defineIndicatorsFromFile(
  store: SqlStore,
  file: string,
  by: string,
): Promise<DefineResult> {
  const input = await readDefinitionFile(file);
  const existing = (await listLocalDefinitions(store)).map((r) => r.definition);
  return storeLocalDefinitions(store, validateLocalDefinitions(file, input, existing), by);
}

/**
 * The deployment's catalogue: the standard catalogue followed by the local definitions. Pass it to `computeCube`
 * (local computed indicators) and to the query/disclosure path (protection by each definition's kind).
 */
export async function loadCatalogue(store: SqlStore): Promise<IndicatorDefinition[]> {
  const local = await listLocalDefinitions(store);
  return [...STANDARD_CATALOGUE, ...local.map((r) => r.definition)];
}
