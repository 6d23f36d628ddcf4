/** @module The registry of the engine's working tables (`_msd_*` temp tables): name, the tables each is built from, whether it is optional, and when it is dropped; the compiled statements name them through {@link readTable}, which records what a statement reads. */

/**
 * Canonical tables the engine's results depend on. Every computed indicator depends on `residence` and `area`
 * (area attribution); the others only when the indicator reads them.
 */
export const ENGINE_INPUTS = [
  'provision',
  'claim',
  'benefit',
  'reintegration',
  'residence',
  'person',
  'population',
  'households',
  'area',
] as const;
export type EngineInput = (typeof ENGINE_INPUTS)[number];

export const isEngineInput = (name: string): name is EngineInput =>
  (ENGINE_INPUTS as readonly string[]).includes(name);

/**
 * When a working table is dropped:
 * - `context`: with the cube context (`dropCubeContext`), or kept between runs (kept-context.ts);
 * - `shared`: a shared table of one run (shared-facts.ts), dropped at the end of each compute pass;
 * - `pass`: the run's configuration tables, dropped at the end of each compute pass;
 * - `compute`: read across the passes of an incremental compute, dropped at its end;
 * - `write`: one indicator's cells, dropped by the cube writer after each indicator.
 */
export type Lifetime = 'context' | 'shared' | 'pass' | 'compute' | 'write';

interface WorkingTableSpec {
  readonly name: `_msd_${string}`;
  /** Working tables it is built from (built before it; reading it means reading them). */
  readonly from: readonly string[];
  /** Canonical tables its rows come from directly (the `from` tables add theirs). */
  readonly inputs: readonly EngineInput[];
  /** Built only when a statement of the run reads it (`context` tables; the others are always built). */
  readonly optional: boolean;
  readonly lifetime: Lifetime;
  /** Shared tables: the group built together by one `createSharedFacts` call. */
  readonly group?: 'allLaws' | 'allLawsAreas';
}

/**
 * Every working table. The cube context (cube-context.ts) builds the `context` ones; `res_area` (every residence
 * interval with each of its areas) serves the units that are attributed to areas one by one, `hh` (household keys,
 * and the `household` columns of residences and benefits) the statements that read a household, `ckey` comes with
 * the claims. The shared tables are built once per run before their first reader (shared-facts.ts).
 */
export const WORKING_TABLES = {
  period: { name: '_msd_period', from: [], inputs: [], optional: false, lifetime: 'context' },
  pmonth: { name: '_msd_pmonth', from: ['period'], inputs: [], optional: false, lifetime: 'context' },
  frame: { name: '_msd_frame', from: [], inputs: ['area'], optional: false, lifetime: 'context' },
  map: { name: '_msd_map', from: [], inputs: [], optional: false, lifetime: 'context' },
  pid: { name: '_msd_pid', from: [], inputs: ['residence'], optional: false, lifetime: 'context' },
  hh: { name: '_msd_hh', from: ['pid'], inputs: ['residence'], optional: true, lifetime: 'context' },
  res: { name: '_msd_res', from: ['pid'], inputs: ['residence'], optional: false, lifetime: 'context' },
  person: { name: '_msd_person', from: ['pid'], inputs: ['person'], optional: true, lifetime: 'context' },
  prov: {
    name: '_msd_prov',
    from: ['pid', 'map'],
    inputs: ['provision'],
    optional: true,
    lifetime: 'context',
  },
  ben: { name: '_msd_ben', from: ['pid'], inputs: ['benefit'], optional: true, lifetime: 'context' },
  claim: { name: '_msd_claim', from: ['pid'], inputs: ['claim'], optional: true, lifetime: 'context' },
  ckey: { name: '_msd_ckey', from: ['claim', 'map'], inputs: [], optional: false, lifetime: 'context' },
  sig: { name: '_msd_sig', from: ['res'], inputs: [], optional: false, lifetime: 'context' },
  rsig: { name: '_msd_rsig', from: ['res', 'sig'], inputs: [], optional: false, lifetime: 'context' },
  sarea0: { name: '_msd_sarea0', from: ['sig'], inputs: ['area'], optional: false, lifetime: 'context' },
  area: { name: '_msd_area', from: ['sarea0'], inputs: [], optional: false, lifetime: 'context' },
  sarea: { name: '_msd_sarea', from: ['sarea0', 'area'], inputs: [], optional: false, lifetime: 'context' },
  res_area: {
    name: '_msd_res_area',
    from: ['rsig', 'sarea'],
    inputs: ['residence'],
    optional: true,
    lifetime: 'context',
  },
  traj: { name: '_msd_traj', from: ['prov'], inputs: [], optional: true, lifetime: 'context' },
  spell: { name: '_msd_spell', from: ['prov'], inputs: [], optional: true, lifetime: 'context' },
  reint: {
    name: '_msd_reint',
    from: ['pid'],
    inputs: ['reintegration'],
    optional: true,
    lifetime: 'context',
  },
  all_pv: {
    name: '_msd_all_pv',
    from: ['prov'],
    inputs: [],
    optional: true,
    lifetime: 'shared',
    group: 'allLaws',
  },
  all_f: {
    name: '_msd_all_f',
    from: ['prov', 'ben', 'period', 'all_pv'],
    inputs: [],
    optional: true,
    lifetime: 'shared',
    group: 'allLaws',
  },
  all_pp: {
    name: '_msd_all_pp',
    from: ['all_f', 'period', 'rsig', 'hh'],
    inputs: [],
    optional: true,
    lifetime: 'shared',
    group: 'allLaws',
  },
  all_hk: {
    name: '_msd_all_hk',
    from: ['all_f', 'rsig', 'hh'],
    inputs: [],
    optional: true,
    lifetime: 'shared',
    group: 'allLaws',
  },
  all_multi: {
    name: '_msd_all_multi',
    from: ['all_hk'],
    inputs: [],
    optional: true,
    lifetime: 'shared',
    group: 'allLaws',
  },
  all_hc: {
    name: '_msd_all_hc',
    from: ['all_hk', 'all_pp', 'sarea', 'res_area'],
    inputs: [],
    optional: true,
    lifetime: 'shared',
    group: 'allLawsAreas',
  },
  cfg: { name: '_msd_cfg', from: [], inputs: [], optional: false, lifetime: 'pass' },
  status_period: { name: '_msd_status_period', from: [], inputs: [], optional: false, lifetime: 'pass' },
  known: { name: '_msd_known', from: [], inputs: [], optional: false, lifetime: 'compute' },
  new_cells: { name: '_msd_new_cells', from: [], inputs: [], optional: false, lifetime: 'write' },
} as const satisfies Record<string, WorkingTableSpec>;

export type WorkingTableKey = keyof typeof WORKING_TABLES;
type Spec<K extends WorkingTableKey> = (typeof WORKING_TABLES)[K];

/** Optional working tables of the cube context: built only when a statement of the run reads them. */
export type ContextTable = {
  [K in WorkingTableKey]: Spec<K>['optional'] extends true
    ? Spec<K>['lifetime'] extends 'context'
      ? K
      : never
    : never;
}[WorkingTableKey];

/** Shared table groups (shared-facts.ts), in build order: `allLawsAreas` reads `allLaws`. */
export const SHARED_FACTS = ['allLaws', 'allLawsAreas'] as const;
export type SharedFacts = (typeof SHARED_FACTS)[number];

const KEYS = Object.keys(WORKING_TABLES) as WorkingTableKey[];
const spec = (key: WorkingTableKey): WorkingTableSpec => WORKING_TABLES[key];

/** The `_msd_*` name of a working table (for run-time code; compiled statements use {@link readTable}). */
export const tableName = (key: WorkingTableKey): string => WORKING_TABLES[key].name;

/** The optional context tables, in registry order. */
export const OPTIONAL_CONTEXT: readonly ContextTable[] = KEYS.filter(
  (k): k is ContextTable => spec(k).optional && spec(k).lifetime === 'context',
);

/** The names of the working tables of one lifetime (what is dropped together). */
export const tablesOfLifetime = (lifetime: Lifetime): string[] =>
  KEYS.filter((k) => spec(k).lifetime === lifetime).map(tableName);

/** The tables `keys` are built from, transitively, with the keys themselves. */
export function withSources(keys: Iterable<WorkingTableKey>): Set<WorkingTableKey> {
  const out = new Set<WorkingTableKey>();
  const visit = (key: WorkingTableKey): void => {
    if (out.has(key)) return;
    out.add(key);
    for (const from of spec(key).from) visit(from as WorkingTableKey);
  };
  for (const key of keys) visit(key);
  return out;
}

/** The optional context tables among `keys` and the tables they are built from. */
export const contextTablesIn = (keys: Iterable<WorkingTableKey>): Set<ContextTable> =>
  new Set(OPTIONAL_CONTEXT.filter((k) => withSources(keys).has(k)));

/** The shared table groups among `keys` and the tables they are built from, in build order. */
export function sharedGroupsIn(keys: Iterable<WorkingTableKey>): SharedFacts[] {
  const all = withSources(keys);
  return SHARED_FACTS.filter((g) => [...all].some((k) => spec(k).group === g));
}

/** The canonical tables the working tables `keys` are built from (transitively). */
export function inputsOfTables(keys: Iterable<WorkingTableKey>): Set<EngineInput> {
  return new Set([...withSources(keys)].flatMap((k) => spec(k).inputs));
}

/** What one compiled statement reads: working tables and canonical tables named in its SQL. */
export interface StatementReads {
  readonly tables: Set<WorkingTableKey>;
  readonly inputs: Set<EngineInput>;
}

/**
 * The reads of the statement being compiled. Compilation is synchronous, so one recorder at a time is enough; the
 * SQL builders then name tables without a recorder threaded through each of them.
 */
let recording: StatementReads | undefined;

/** The name of a working table a compiled statement reads, recorded as one of its reads. */
export function readTable(key: WorkingTableKey): string {
  recording?.tables.add(key);
  return WORKING_TABLES[key].name;
}

/** A canonical table a compiled statement reads directly (population, households), recorded as one of its reads. */
export function readInput<T extends EngineInput>(input: T): T {
  recording?.inputs.add(input);
  return input;
}

/** Runs `compile` (synchronous) and returns its result with the tables its SQL builders named. */
export function recordReads<T>(compile: () => T): { readonly result: T; readonly reads: StatementReads } {
  const outer = recording;
  const reads: StatementReads = { tables: new Set(), inputs: new Set() };
  recording = reads;
  try {
    return { result: compile(), reads };
  } finally {
    recording = outer;
  }
}

/** Most periods one run computes: period numbers (`pn`) stay below this (see {@link householdPeriodKey}). */
export const MAX_PERIODS = 4096;

/**
 * One integer for a household key and a period number (below `MAX_PERIODS`): looking these up with `IN` makes DuckDB
 * build its hash table on the households, whatever it estimates for the rows looking them up (a join on the two
 * columns may be built on the claim rows instead).
 */
export const householdPeriodKey = (k: string, period: string): string =>
  `(CAST(${k} AS BIGINT) * ${MAX_PERIODS} + ${period})`;

/** The tables of one shared group (built together by `createSharedFacts`). */
export const sharedGroupTables = (group: SharedFacts): WorkingTableKey[] =>
  KEYS.filter((k) => spec(k).group === group);

/** The canonical tables the cube context is built from when it holds the optional tables `tables`. */
export const contextInputs = (tables: Iterable<ContextTable>): Set<EngineInput> =>
  inputsOfTables([...KEYS.filter((k) => spec(k).lifetime === 'context' && !spec(k).optional), ...tables]);
