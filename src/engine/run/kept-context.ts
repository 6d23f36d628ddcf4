/** @module Keeps the cube's working tables on the connection between runs while the rows they are built from and the run's options are unchanged: a run of a few light indicators then skips rebuilding them. */
import type { SqlStore } from '../../store/sql-store.ts';
import {
  CONTEXT_KEY_VARIABLES,
  dropCubeContext,
  prepareCubeContext,
  type CubeContextOptions,
} from './cube-context.ts';
import { FULL_SCOPE } from '../compile/indicator-inputs.ts';
import { contextInputs, OPTIONAL_CONTEXT, type ContextTable } from '../compile/working-tables.ts';
import { sqlLiteral } from '../compile/sql-literals.ts';

const tablesOf = (options: CubeContextOptions): ReadonlySet<ContextTable> =>
  options.tables ?? new Set(OPTIONAL_CONTEXT);

/**
 * Working tables are kept unless they hold claims: claims make them several times larger (docs/benchmarks.md),
 * which a long-running server should not hold while idle.
 */
const keeps = (options: CubeContextOptions): boolean => !tablesOf(options).has('claim');

/**
 * The canonical tables kept working tables are built from (the registry's inputs of the tables built; areas with
 * their members), never claims: tables with claims are not kept.
 */
function sourceTables(tables: ReadonlySet<ContextTable>): string[] {
  return [...contextInputs(tables)]
    .filter((input) => input !== 'claim')
    .flatMap((input) => (input === 'area' ? ['area', 'area_member'] : [input]));
}

/** The run's options the working tables depend on. */
function optionsKey(options: CubeContextOptions): string {
  return JSON.stringify({
    periods: options.periods.map((p) => p.id),
    mappings: options.mappings,
    gemeente: options.gemeente ?? null,
    tables: [...tablesOf(options)].sort(),
    periodsOnly: options.periodsOnly ?? false,
    scope: options.scope ?? FULL_SCOPE,
  });
}

/**
 * What the source rows of the working tables are: per source table its row count and the sum of a 64-bit hash of
 * every whole row. Any insert, delete or update of a source row changes it (two different tables giving the same
 * count and sum would need a 64-bit hash sum to coincide). Summing the rows is a scan, far cheaper than building the
 * working tables from them.
 */
async function sourcesKey(store: SqlStore, options: CubeContextOptions): Promise<string> {
  const sources = await store.all<{ t: string; n: number; h: string | null }>(
    sourceTables(tablesOf(options))
      .map((t) => `SELECT '${t}' AS t, count(*) AS n, CAST(sum(hash(r)) AS VARCHAR) AS h FROM ${t} r`)
      .join(' UNION ALL '),
  );
  return JSON.stringify(sources.sort((a, b) => a.t.localeCompare(b.t)));
}

interface ContextKey {
  readonly options: string;
  readonly sources: string;
}

/** The key of the working tables on this connection, if they were kept. */
async function keptKey(store: SqlStore): Promise<ContextKey | undefined> {
  const [row] = await store.all<{ options: string | null; sources: string | null }>(
    `SELECT getvariable('${CONTEXT_KEY_VARIABLES.options}') AS options,
       getvariable('${CONTEXT_KEY_VARIABLES.sources}') AS sources`,
  );
  const { options, sources } = row ?? {};
  return typeof options === 'string' && typeof sources === 'string' ? { options, sources } : undefined;
}

/**
 * Builds the working tables, or reuses the ones kept on this connection when they were built with the same options
 * from the same rows. Tables that {@link keeps} allows are marked for reuse ({@link releaseCubeContext} leaves them).
 * The source rows are summed only when that can lead to a reuse: for kept tables of the same options, or to keep
 * the new ones (before building them, so that rows arriving meanwhile cannot hide behind the key). Returns whether
 * the kept tables were reused.
 */
export async function prepareKeptCubeContext(store: SqlStore, options: CubeContextOptions): Promise<boolean> {
  const kept = await keptKey(store);
  const optionsPart = optionsKey(options);
  const sameOptions = kept?.options === optionsPart;
  const sources = sameOptions || keeps(options) ? await sourcesKey(store, options) : undefined;
  if (sameOptions && sources === kept?.sources) return true;
  await prepareCubeContext(store, options);
  if (sources !== undefined && keeps(options)) {
    await store.run(
      `SET VARIABLE ${CONTEXT_KEY_VARIABLES.options} = ${sqlLiteral(optionsPart)};
       SET VARIABLE ${CONTEXT_KEY_VARIABLES.sources} = ${sqlLiteral(sources)};`,
    );
  }
  return false;
}

/**
 * After a run: drops the working tables unless they are kept ({@link keeps}) and the run succeeded (a failed run may
 * have left them half-built).
 */
export async function releaseCubeContext(
  store: SqlStore,
  options: CubeContextOptions,
  succeeded: boolean,
): Promise<void> {
  if (!keeps(options) || !succeeded) await dropCubeContext(store);
}
