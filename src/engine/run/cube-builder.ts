/** @module The results cube: computes catalogue indicators × periods × areas × breakdowns into `indicator_value` in one transaction, fully or incrementally. */
import { codeMappings, type CodeMappingOverrides } from '../../catalogue/code-mappings.ts';
import { resolveComputeOrder, STANDARD_CATALOGUE } from '../../catalogue/standard-catalogue.ts';
import {
  deliveryDatesFromMeta,
  indicatorDeliveryDate,
  type DeliveryDates,
  type DeliverySource,
} from '../../domain/delivery-sources.ts';
import type { IndicatorDefinition } from '../../domain/indicator-definition.ts';
import { isPeriodReported } from '../../domain/indicator-status.ts';
import { PERIOD_KINDS, periodsOfKind, type Period } from '../../domain/period.ts';
import { crashPoint } from '../../crash-point.ts';
import type { SqlStore } from '../../store/sql-store.ts';
import { compileIndicator, statusSql, type CompiledSql } from '../compile/indicator-compiler.ts';
import {
  contextScopeOf,
  contextTablesOf,
  indicatorInputs,
  isEngineInput,
  needsHistory,
  unionScope,
  type ContextScope,
  type ContextTable,
  type EngineInput,
} from '../compile/indicator-inputs.ts';
import { planIndicator } from '../compile/indicator-plan.ts';
import { canInline, deliveryTable, inlineCubeContext } from './cube-context.ts';
import { deliverySourcesOf } from '../compile/indicator-delivery.ts';
import { sqlConstants, sqlLiteral } from '../compile/sql-literals.ts';
import { indicatorLookBack } from '../compile/indicator-look-back.ts';
import { frozenBefore, type LookBack, type RetentionRule } from '../../domain/retention-rule.ts';
import { prepareKeptCubeContext, releaseCubeContext } from './kept-context.ts';
import { writeIndicatorCells } from './cube-writer.ts';
import { createSharedFacts } from './shared-facts.ts';
import { tableName, tablesOfLifetime, type SharedFacts } from '../compile/working-tables.ts';

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
  /**
   * Use the fast paths: the specialised statements (`CompileOptions.fastPaths`) and a single indicator's run with its
   * working tables inlined into its statement. Off, every indicator takes the generic path with temp tables; the
   * cube is the same (the differential test proves it). Default: on, unless `MSD_ENGINE_FAST_PATHS=0`.
   */
  fastPaths?: boolean;
}

/** Whether a run uses the fast paths: the option, else the environment (`MSD_ENGINE_FAST_PATHS=0` turns them off). */
export const fastPathsOf = (options: ComputeCubeOptions): boolean =>
  options.fastPaths ?? process.env['MSD_ENGINE_FAST_PATHS'] !== '0';

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
  /** The provisions and persons its statement reads. */
  readonly scope: ContextScope;
  /**
   * The delivery date bounding its values: the earliest among the sources it reads (delivery-sources.ts). Periods
   * that begin after it get no rows; periods ending after it are running.
   */
  readonly delivery: string;
  /**
   * Periods beginning before this date (ISO) are frozen by the retention rule (ADR 0019): their cube rows are neither
   * recomputed nor deleted. Undefined: nothing was purged.
   */
  readonly frozenBefore: string | undefined;
}

interface DataRange {
  firstYear: number;
  lastYear: number;
  /** The overall delivery date (the latest source's): no period beginning after it is computed. */
  deliveryDate: string;
  /** Per-source delivery dates (meta `delivery_date.<source>`; none in a store not ingested since they exist). */
  dates: DeliveryDates;
  gemeente: string | undefined;
  /** The retention rule of the latest purge (`msd purge`), or null. */
  retention: RetentionRule | null;
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
  // One round trip: a run of one light indicator on small data notices every statement.
  const [row] = await store.all<{
    first: number | null;
    last: number | null;
    delivery: string | null;
    gemeente: string | null;
    floor: string | null;
    sources: string | null;
    cutoff: string | null;
    horizon: string | null;
  }>(
    `
    SELECT min(y) AS first, max(y) AS last,
      (SELECT value FROM meta WHERE key = 'delivery_date') AS delivery,
      (SELECT string_agg(key || '=' || value, ',') FROM meta WHERE key LIKE 'delivery_date.%') AS sources,
      (SELECT value FROM meta WHERE key = 'gemeente') AS gemeente,
      (SELECT value FROM meta WHERE key = 'first_year') AS floor,
      (SELECT strftime(max(cutoff), '%Y-%m-%d') FROM retention_cutoff) AS cutoff,
      (SELECT strftime(max(horizon), '%Y-%m-%d') FROM retention_cutoff) AS horizon
    FROM (
      SELECT year(start_date) AS y FROM provision WHERE status = 'started' AND start_date IS NOT NULL
      UNION ALL SELECT year(start_date) FROM benefit
      UNION ALL SELECT year(period_start) FROM claim)`,
  );
  if (!row || row.first === null || row.last === null) return undefined;
  const deliveryDate = row.delivery ?? isoDate(now);
  const deliveryYear = Number(deliveryDate.slice(0, 4));
  // Long-running provisions (e.g. a wheelchair since 1998) do not make the data cover 1998: periods start at the
  // decentralisation (2015) unless a deployment sets meta `first_year`.
  const floor = Number(row.floor ?? SOCIAL_DOMAIN_START_YEAR);
  const first = Math.max(row.first, floor);
  return {
    firstYear: Math.min(first, deliveryYear),
    lastYear: Math.max(deliveryYear, first),
    deliveryDate,
    dates: deliveryDatesFromMeta(
      (row.sources ?? '')
        .split(',')
        .map((kv) => ({ key: kv.slice(0, kv.indexOf('=')), value: kv.slice(kv.indexOf('=') + 1) })),
    ),
    gemeente: row.gemeente ?? undefined,
    // The retention rule in force (retention-cutoff.ts reads it the same way).
    retention: row.cutoff && row.horizon ? { cutoff: row.cutoff, horizon: row.horizon } : null,
  };
}

/**
 * Plans and compiles the indicators in compute order with their inputs and the delivery date bounding each
 * (imported indicators are left out).
 */
function compileAll(
  defs: readonly IndicatorDefinition[],
  range: DataRange,
  fastPaths: boolean,
): CompiledIndicator[] {
  const inputs = new Map<string, ReadonlySet<EngineInput>>();
  const sources = new Map<string, readonly DeliverySource[]>();
  const lookBacks = new Map<string, LookBack>();
  const out: CompiledIndicator[] = [];
  for (const def of defs) {
    const plan = planIndicator(def);
    const lookBack = indicatorLookBack(plan, (id) => lookBacks.get(id));
    lookBacks.set(def.id, lookBack);
    const compiled = compileIndicator(plan, { fastPaths });
    if (!compiled) continue;
    const own = indicatorInputs(plan, compiled, (id) => inputs.get(id));
    inputs.set(def.id, own);
    const read = deliverySourcesOf(plan, own, (id) => sources.get(id));
    sources.set(def.id, read);
    out.push({
      def,
      compiled,
      inputs: own,
      history: needsHistory(plan),
      scope: contextScopeOf(plan),
      delivery: indicatorDeliveryDate(read, range.dates, range.deliveryDate),
      frozenBefore: range.retention === null ? undefined : frozenBefore(range.retention, lookBack),
    });
  }
  return out;
}

/**
 * The periods each indicator has computed rows for, and (in `_msd_known`, for {@link refreshStatus}) their status.
 * Read from the totals (breakdown_key ''): every computed period has one (the compiled statements give each reported
 * area a total), and they are a fraction of the rows.
 */
async function computedPeriods(store: SqlStore): Promise<Map<string, Set<string>>> {
  await store.run(`CREATE OR REPLACE TEMP TABLE ${tableName('known')} AS
    SELECT indicator, period, min(status) AS smin, max(status) AS smax FROM indicator_value
    WHERE source = 'computed' AND breakdown_key = '' GROUP BY indicator, period`);
  // One row per indicator: converting every (indicator, period) row to JavaScript costs more than the query.
  const rows = await store.all<{ indicator: string; periods: string }>(
    `SELECT indicator, string_agg(period, ',') AS periods FROM ${tableName('known')} GROUP BY indicator`,
  );
  return new Map(rows.map((r) => [r.indicator, new Set(r.periods.split(','))]));
}

/**
 * Status of every computed row of the given indicators in the reported periods (`_msd_status_period`): it depends on
 * the indicator's delivery date (`_msd_cfg`, which an ingest moves), the period end and the follow-up window only —
 * the compiled statements' rule (`statusSql`). Rows a run does not recompute (other indicators, earlier periods) keep
 * their values but get the status the new delivery date gives them: a running period becomes provisional or final
 * once later data cover it. Rows of a period that began after the indicator's delivery date (a delivery date that
 * moved back, or a cube computed before per-source dates) are removed: such a period has no value.
 */
async function refreshStatus(
  store: SqlStore,
  indicators: readonly CompiledIndicator[],
  reported: readonly Period[],
): Promise<void> {
  if (indicators.length === 0) return;
  await store.run(
    `CREATE OR REPLACE TEMP TABLE ${tableName('status_period')} (period VARCHAR, p_start DATE, p_end DATE)`,
  );
  await store.append(
    tableName('status_period'),
    reported.map((p) => [p.id, p.start, p.end]),
  );
  const byWindow = new Map<number, string[]>();
  for (const k of indicators) {
    const months = Math.trunc(k.def.followUpMonths);
    byWindow.set(months, [...(byWindow.get(months) ?? []), k.def.id]);
  }
  const windows = [...byWindow].map(([months, ids]) => ({
    status: statusSql(months, 'c.delivery'),
    ids: sqlConstants(ids),
  }));
  // Rows of frozen periods (ADR 0019) keep their status too: nothing of them changes after a purge.
  const frozen = indicators.filter((k) => k.frozenBefore !== undefined);
  const open =
    frozen.length === 0
      ? 'TRUE'
      : `p.p_start >= CASE v.indicator ${frozen.map((k) => `WHEN ${sqlLiteral(k.def.id)} THEN DATE '${k.frozenBefore}'`).join(' ')} ELSE DATE '0001-01-01' END`;
  const gone = 'p.p_start > c.delivery';
  // The windows with a row of another status or of a period without a value, from the statuses of the totals before
  // the run (`_msd_known`): all rows of an indicator and period are written and refreshed together, so they share
  // one status, and rows this run writes get the new one. After an ingest that left the delivery dates as they
  // were, none.
  const stale = await store.all<{ w: number }>(
    `SELECT DISTINCT CASE ${windows.map((w, i) => `WHEN v.indicator IN (${w.ids}) THEN ${i}`).join(' ')} END AS w
     FROM ${tableName('known')} v JOIN ${tableName('status_period')} p ON v.period = p.period JOIN ${tableName('cfg')} c ON c.indicator = v.indicator
     WHERE (${windows.map((w) => `(v.indicator IN (${w.ids}) AND (${gone} OR v.smin <> ${w.status} OR v.smax <> ${w.status}))`).join(' OR ')}) AND ${open}`,
  );
  for (const { w } of stale) {
    const window = windows[w];
    if (!window) continue;
    const rows = `v.indicator IN (${window.ids}) AND v.period = p.period AND c.indicator = v.indicator
      AND v.source = 'computed' AND ${open}`;
    await store.run(
      `DELETE FROM indicator_value AS v USING ${tableName('status_period')} p, ${tableName('cfg')} c WHERE ${rows} AND ${gone};
       UPDATE indicator_value AS v SET status = ${window.status} FROM ${tableName('status_period')} p, ${tableName('cfg')} c
       WHERE ${rows} AND v.status <> ${window.status}`,
    );
  }
}

/** Whether a period of an indicator is frozen by the retention rule: it began before the indicator's freeze date. */
const isFrozen = (c: CompiledIndicator, p: Period): boolean =>
  c.frozenBefore !== undefined && p.start < c.frozenBefore;

/** The indicators among `todo` that have computed rows in the cube. */
async function indicatorsWithRows(store: SqlStore, todo: readonly CompiledIndicator[]): Promise<Set<string>> {
  if (todo.length === 0) return new Set();
  const rows = await store.all<{ indicator: string }>(
    `SELECT DISTINCT indicator FROM indicator_value
     WHERE source = 'computed' AND indicator IN (${sqlConstants(todo.map((c) => c.def.id))})`,
  );
  return new Set(rows.map((r) => r.indicator));
}

/** One pass of a compute: these indicators (in compute order) over these periods, in one transaction. */
interface ComputePass {
  readonly todo: readonly CompiledIndicator[];
  readonly periods: readonly Period[];
  /** Delete all of each indicator's computed rows first (a full compute), not only those of the periods. */
  readonly replaceAll: boolean;
  /** Indicators whose kept rows get their status refreshed in this pass's transaction. */
  readonly refresh: readonly CompiledIndicator[];
}

/**
 * Plans the passes. A full compute is one pass over every reported period. An incremental one recomputes the
 * indicators whose inputs changed (every indicator when a table name is unknown) from `fromDate`, plus the periods
 * an indicator has no rows for yet (a new year, periods begun since the last delivery); the other indicators get
 * those new periods in a pass that runs first, so ratios find their parts. Each pass is its own transaction; when
 * a run stops between them, the next one finds the periods still missing per indicator and computes them.
 */
async function planPasses(
  store: SqlStore,
  all: readonly CompiledIndicator[],
  reported: readonly Period[],
  fromDate: string | undefined,
  changed: readonly string[] | undefined,
): Promise<ComputePass[]> {
  if (fromDate === undefined) return [{ todo: all, periods: reported, replaceAll: true, refresh: [] }];
  const known = await computedPeriods(store);
  // A period begun after an indicator's delivery date has no value, so it is not missing.
  const missing = (c: CompiledIndicator): Period[] =>
    reported.filter(
      (p) =>
        c.def.periodKinds.includes(p.kind) &&
        isPeriodReported(p.start, c.delivery) &&
        !isFrozen(c, p) &&
        !(known.get(c.def.id)?.has(p.id) ?? false),
    );
  const tables =
    changed === undefined || !changed.every(isEngineInput) ? undefined : new Set<EngineInput>(changed);
  const affected = all.filter((c) => tables === undefined || [...c.inputs].some((i) => tables.has(i)));
  const others = all.filter((c) => !affected.includes(c));
  const union = (lists: readonly Period[][]): Period[] => {
    const ids = new Set(lists.flat().map((p) => p.id));
    return reported.filter((p) => ids.has(p.id));
  };
  const newForOthers = union(others.map(missing));
  const recent = union([reported.filter((p) => p.end >= fromDate), ...affected.map(missing)]);
  const passes: ComputePass[] = [];
  const withNew = others.filter((c) => missing(c).length > 0);
  if (withNew.length > 0 && newForOthers.length > 0)
    passes.push({ todo: withNew, periods: newForOthers, replaceAll: false, refresh: [] });
  passes.push({ todo: affected, periods: recent, replaceAll: false, refresh: all });
  return passes;
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
  // Periods that had not begun at the delivery date have no data yet: they are not reported (no figures, no zeros).
  // Each indicator's statement narrows them to its own sources' delivery date (`deliverySql`).
  const reported: Period[] = PERIOD_KINDS.flatMap((kind) =>
    periodsOfKind(kind, range.firstYear, range.lastYear),
  ).filter((p) => isPeriodReported(p.start, range.deliveryDate));
  const all = compileAll(defs, range, fastPathsOf(options));
  try {
    const passes = await planPasses(store, all, reported, fromDate, changed);
    let rows = 0;
    const done = new Set<string>();
    for (const pass of passes) {
      rows += await runPass(store, options, range, reported, pass, now);
      for (const c of pass.todo) done.add(c.def.id);
      // Each pass commits on its own: the crash-recovery tests stop a run between passes here.
      crashPoint('compute-pass');
    }
    return { rows, indicators: done.size, ms: Date.now() - started };
  } finally {
    // The statuses an incremental run read before its passes (computedPeriods).
    if (fromDate !== undefined) await store.run(`DROP TABLE IF EXISTS ${tableName('known')}`);
  }
}

async function runPass(
  store: SqlStore,
  options: ComputeCubeOptions,
  range: DataRange,
  reported: readonly Period[],
  pass: ComputePass,
  now: Date,
): Promise<number> {
  const { todo, periods } = pass;
  if (todo.length === 0 && pass.refresh.length === 0) return 0;
  const context = new Set<ContextTable>();
  for (const c of todo) for (const t of contextTablesOf(c.compiled)) context.add(t);

  // The working tables are built before the write transaction: DuckDB reads temp tables created inside an open
  // write transaction about twice as slowly (docs/benchmarks.md).
  // They are this connection's own and only this process writes the database, so they stay a consistent snapshot.
  // Without claims they are kept for the next run on this connection (kept-context.ts).
  const contextOptions = {
    periods,
    mappings: codeMappings(options.mappings),
    gemeente: range.gemeente,
    tables: context,
    periodsOnly: !todo.some((c) => c.history),
    scope: unionScope(todo.map((c) => c.scope)),
  };
  // A full compute of one indicator that reads no claims and no shared tables puts the working tables into its one
  // statement instead (ADR 0007). It neither reads nor drops kept tables: checking them would cost every such run a
  // query, and reading them costs about what the one statement does.
  const [only] = todo;
  const inline =
    fastPathsOf(options) &&
    pass.replaceAll &&
    todo.length === 1 &&
    only?.compiled.shared.length === 0 &&
    canInline(contextOptions);
  let succeeded = false;
  const write = async (c: CompiledIndicator, sql: string, hasRows: boolean): Promise<number> => {
    const t0 = Date.now();
    const rows = await runFor(c.def.id, () =>
      writeIndicatorCells(store, {
        indicator: c.def.id,
        sql,
        full: pass.replaceAll,
        hasRows,
        ...(c.frozenBefore === undefined ? {} : { frozenBefore: c.frozenBefore }),
        computedAt: timestamp(now),
      }),
    );
    options.onProgress?.(c.def.id, rows, Date.now() - t0);
    return rows;
  };
  try {
    if (inline && only) {
      // One statement and at most one write (its own transaction, cube-writer.ts); nothing to refresh or drop. The
      // writer compares with the stored rows whether or not there are any (cheaper than asking first).
      const rows = await write(
        only,
        inlineCubeContext(contextOptions, new Map([[only.def.id, only.delivery]]), only.compiled.sql),
        true,
      );
      succeeded = true;
      return rows;
    }
    await prepareKeptCubeContext(store, contextOptions);
    const cfg = deliveryTable(new Map([...todo, ...pass.refresh].map((c) => [c.def.id, c.delivery])));
    await store.run(`CREATE OR REPLACE TEMP TABLE ${cfg.name} AS ${cfg.sql}`);
    const shared = new Set<SharedFacts>();
    for (const { def, compiled } of todo)
      for (const name of compiled.shared) {
        if (shared.has(name)) continue;
        shared.add(name);
        await runFor(def.id, () => createSharedFacts(store, name));
      }
    const written = await store.transaction(async () => {
      await refreshStatus(store, pass.refresh, reported);
      // A full compute compares each indicator's cells with its stored rows (cube-writer.ts).
      const stored = pass.replaceAll ? await indicatorsWithRows(store, todo) : new Set<string>();
      let total = 0;
      for (const c of todo) total += await write(c, c.compiled.sql, stored.has(c.def.id));
      return total;
    });
    succeeded = true;
    return written;
  } finally {
    // An inlined run built no tables (and leaves any kept working tables alone).
    if (!inline) {
      // One round trip: a run of one light indicator on small data notices every statement.
      await store.run(
        [...tablesOfLifetime('pass'), ...tablesOfLifetime('shared')]
          .map((t) => `DROP TABLE IF EXISTS ${t};`)
          .join('\n'),
      );
      await releaseCubeContext(store, contextOptions, succeeded);
    }
  }
}

/** Runs one indicator's statement; a failure names the indicator. */
async function runFor<T>(indicator: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
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
