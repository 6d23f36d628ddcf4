/** @module The results cube: computes catalogue indicators × periods × areas × breakdowns into `indicator_value` in one transaction, fully or incrementally. */
import { codeMappings, type CodeMappingOverrides } from '../catalogue/code-mappings.ts';
import { resolveComputeOrder, STANDARD_CATALOGUE } from '../catalogue/standard-catalogue.ts';
import type { IndicatorDefinition } from '../domain/indicator-definition.ts';
import { PERIOD_KINDS, periodsOfKind, type Period } from '../domain/period.ts';
import type { SqlStore } from '../store/sql-store.ts';
import { dropCubeContext, prepareCubeContext } from './cube-context.ts';
import { compileIndicator, statusSql, type CompiledSql } from './indicator-compiler.ts';
import {
  contextTablesOf,
  indicatorInputs,
  isEngineInput,
  needsHistory,
  type ContextTable,
  type EngineInput,
} from './indicator-inputs.ts';
import { planIndicator } from './indicator-plan.ts';
import { createSharedFacts, dropSharedFacts, type SharedFacts } from './shared-facts.ts';

export interface ComputeCubeOptions {
  /** Ids to compute (their dependencies are added); default: the whole catalogue. */
  indicators?: string[];
  /** The clock (computed_at; delivery date fallback). */
  now?: Date;
  /** Per-deployment careType/supportType overrides. */
  mappings?: CodeMappingOverrides;
  /** Definitions to use instead of the standard catalogue (e.g. catalogue + local indicators). */
  catalogue?: readonly IndicatorDefinition[];
  /** Called after each indicator with its id, the rows it wrote and the milliseconds it took (benchmarks, logs). */
  onProgress?: (indicator: string, rows: number, ms: number) => void;
}

export interface ComputeCubeResult {
  /** Cube rows written (recomputed indicators, computed periods). */
  rows: number;
  /** Indicators recomputed. */
  indicators: number;
  ms: number;
}

interface CompiledIndicator {
  readonly def: IndicatorDefinition;
  readonly compiled: CompiledSql;
  readonly inputs: ReadonlySet<EngineInput>;
  /** Reads provisions or benefits before the computed periods. */
  readonly history: boolean;
}

interface DataRange {
  firstYear: number;
  lastYear: number;
  deliveryDate: string;
  gemeente: string | undefined;
}

/** Jeugdwet, Wmo 2015 and Participatiewet took effect on 1 January 2015: the first year a monitor reports on. */
export const SOCIAL_DOMAIN_START_YEAR = 2015;

const isoDate = (d: Date): string => d.toISOString().slice(0, 10);
const timestamp = (d: Date): string => d.toISOString().replace('T', ' ').replace('Z', '');

/**
 * Years from the first to the last year with data: first = earliest provision/benefit/claim start; last = the
 * year of the delivery date (meta `delivery_date`, else today). No data → undefined.
 */
async function dataRange(store: SqlStore, now: Date): Promise<DataRange | undefined> {
  const meta = await store.all<{ key: string; value: string }>(
    "SELECT key, value FROM meta WHERE key IN ('delivery_date', 'gemeente', 'first_year')",
  );
  const get = (key: string): string | undefined => meta.find((m) => m.key === key)?.value;
  const deliveryDate = get('delivery_date') ?? isoDate(now);
  const [row] = await store.all<{ first: number | null; last: number | null }>(`
    SELECT min(y) AS first, max(y) AS last FROM (
      SELECT year(start_date) AS y FROM provision WHERE status = 'started' AND start_date IS NOT NULL
      UNION ALL SELECT year(start_date) FROM benefit
      UNION ALL SELECT year(period_start) FROM claim)`);
  if (!row || row.first === null || row.last === null) return undefined;
  const deliveryYear = Number(deliveryDate.slice(0, 4));
  // Long-running provisions (e.g. a wheelchair since 1998) do not make the data cover 1998: periods start at the
  // decentralisation (2015) unless a deployment sets meta `first_year`.
  const floor = Number(get('first_year') ?? SOCIAL_DOMAIN_START_YEAR);
  const first = Math.max(row.first, floor);
  return {
    firstYear: Math.min(first, deliveryYear),
    lastYear: Math.max(deliveryYear, first),
    deliveryDate,
    gemeente: get('gemeente'),
  };
}

/** Plans and compiles the indicators in compute order with their inputs (imported indicators are left out). */
function compileAll(defs: readonly IndicatorDefinition[]): CompiledIndicator[] {
  const inputs = new Map<string, ReadonlySet<EngineInput>>();
  const out: CompiledIndicator[] = [];
  for (const def of defs) {
    const plan = planIndicator(def);
    const compiled = compileIndicator(plan);
    if (!compiled) continue;
    const own = indicatorInputs(plan, compiled, (id) => inputs.get(id));
    inputs.set(def.id, own);
    out.push({ def, compiled, inputs: own, history: needsHistory(plan) });
  }
  return out;
}

/**
 * Whether the data's years reach beyond the years already in the cube (a new year, or earlier data): then the
 * new periods need every indicator, not only those whose inputs changed.
 */
async function rangeGrew(store: SqlStore, range: DataRange): Promise<boolean> {
  const [row] = await store.all<{ first: string | null; last: string | null }>(
    "SELECT min(period) AS first, max(period) AS last FROM indicator_value WHERE source = 'computed' AND length(period) = 4",
  );
  if (!row || row.first === null || row.last === null) return true;
  return range.firstYear < Number(row.first) || range.lastYear > Number(row.last);
}

/**
 * Status of the kept rows of indicators that are not recomputed: it depends on the delivery date (which an
 * ingest moves), the period end and the follow-up window only — the compiled statements' rule (`statusSql`).
 */
async function refreshStatus(store: SqlStore, kept: readonly CompiledIndicator[]): Promise<void> {
  const byWindow = new Map<number, string[]>();
  for (const k of kept) {
    const months = Math.trunc(k.def.followUpMonths);
    byWindow.set(months, [...(byWindow.get(months) ?? []), k.def.id]);
  }
  for (const [months, ids] of byWindow) {
    const status = statusSql(months);
    await store.run(
      `UPDATE indicator_value AS v SET status = ${status} FROM _msd_period p
       WHERE v.indicator IN (${ids.map(() => '?').join(', ')}) AND v.period = p.period AND v.source = 'computed'
         AND v.status <> ${status}`,
      ids,
    );
  }
}

async function compute(
  store: SqlStore,
  options: ComputeCubeOptions,
  fromDate: string | undefined,
  changed: readonly string[] | undefined,
): Promise<ComputeCubeResult> {
  const started = Date.now();
  const now = options.now ?? new Date();
  const defs = resolveComputeOrder(options.indicators, options.catalogue ?? STANDARD_CATALOGUE);
  const range = await dataRange(store, now);
  if (!range) return { rows: 0, indicators: 0, ms: Date.now() - started };
  const periods: Period[] = PERIOD_KINDS.flatMap((kind) =>
    periodsOfKind(kind, range.firstYear, range.lastYear),
  ).filter((p) => fromDate === undefined || p.end >= fromDate);
  const all = compileAll(defs);
  // Only indicators whose inputs changed (unknown table names, or a grown year range, recompute everything).
  const tables =
    changed === undefined || !changed.every(isEngineInput) || (await rangeGrew(store, range))
      ? undefined
      : new Set<EngineInput>(changed);
  const todo = tables === undefined ? all : all.filter((c) => [...c.inputs].some((i) => tables.has(i)));
  const context = new Set<ContextTable>();
  for (const c of todo) for (const t of contextTablesOf(c.compiled)) context.add(t);

  // The working tables are built before the write transaction: DuckDB reads temp tables created inside an open
  // write transaction about twice as slowly (measured on the shared all-laws tables: 3.4-4.4 s inside, 1.6 s outside).
  // They are this connection's own and only this process writes the database, so they stay a consistent snapshot.
  try {
    await prepareCubeContext(store, {
      periods,
      mappings: codeMappings(options.mappings),
      gemeente: range.gemeente,
      tables: context,
      periodsOnly: !todo.some((c) => c.history),
    });
    await store.run('CREATE OR REPLACE TEMP TABLE _msd_cfg AS SELECT CAST(? AS DATE) AS delivery', [
      range.deliveryDate,
    ]);
    const shared = new Set<SharedFacts>();
    for (const { def, compiled } of todo)
      for (const name of compiled.shared) {
        if (shared.has(name)) continue;
        shared.add(name);
        await runFor(def.id, () => createSharedFacts(store, name));
      }
    const rows = await store.transaction(async () => {
      await refreshStatus(
        store,
        all.filter((c) => !todo.includes(c)),
      );
      let total = 0;
      for (const { def, compiled } of todo) {
        const t0 = Date.now();
        await store.run(
          `DELETE FROM indicator_value WHERE indicator = ? AND source = 'computed'
           AND period IN (SELECT period FROM _msd_period)`,
          [def.id],
        );
        await runFor(def.id, () =>
          store.run(
            `INSERT INTO indicator_value
         SELECT c.indicator, c.period, c.area, c.breakdown_key, c.breakdown_value, c.numerator, c.denominator,
           c.value, c.status, 'computed', CAST(? AS TIMESTAMP) FROM (${compiled.sql}) c`,
            [timestamp(now), ...compiled.params],
          ),
        );
        const [counted] = await store.all<{ n: number }>(
          `SELECT count(*) AS n FROM indicator_value WHERE indicator = ? AND source = 'computed'
           AND period IN (SELECT period FROM _msd_period)`,
          [def.id],
        );
        total += counted?.n ?? 0;
        options.onProgress?.(def.id, counted?.n ?? 0, Date.now() - t0);
      }
      return total;
    });
    return { rows, indicators: todo.length, ms: Date.now() - started };
  } finally {
    await store.run('DROP TABLE IF EXISTS _msd_cfg');
    await dropSharedFacts(store);
    await dropCubeContext(store);
  }
}

/** Runs one indicator's statement; a failure names the indicator. */
async function runFor(indicator: string, work: () => Promise<void>): Promise<void> {
  try {
    await work();
  } catch (error) {
    throw new Error(`Indicator ${indicator}: ${error instanceof Error ? error.message : String(error)}`, {
      cause: error,
    });
  }
}

/**
 * Computes the cube: every requested catalogue indicator × every supported period (years from the data's first
 * to last year; halves, quarters, months) × gemeente, wijken and custom areas × breakdowns, replacing the
 * computed rows it recomputes, in one transaction.
 */
export async function computeCube(
  store: SqlStore,
  options: ComputeCubeOptions = {},
): Promise<ComputeCubeResult> {
  return compute(store, options, undefined, undefined);
}

export interface RecomputeOptions extends ComputeCubeOptions {
  /** Only periods that end on or after this date (ISO) are recomputed. */
  fromDate: string;
  /**
   * The canonical tables whose rows changed (`affectedInputs` of the ingest): only indicators reading one of them
   * are recomputed; the others keep their rows and get their status refreshed for the new delivery date. Omitted,
   * or naming a table the engine does not know: every indicator.
   */
  tables?: readonly string[];
}

/**
 * Incremental recompute after an ingest: the periods that end on or after `fromDate`, of the indicators whose
 * inputs are among `tables`. Gives the same cube rows as a full recompute when the rows before `fromDate` and of
 * the other tables did not change (and everything is recomputed when the data's years grew).
 */
export async function recomputeAffected(
  store: SqlStore,
  options: RecomputeOptions,
): Promise<ComputeCubeResult> {
  return compute(store, options, options.fromDate, options.tables);
}
