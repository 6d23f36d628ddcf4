/** @module Working tables the compiled indicator SQL reads (periods, code mapping, persons, residence intervals per area, episodes, trajectories and care spells), built as temp tables or put in front of one statement as common table expressions. */
import type { CodeMappings } from '../../catalogue/code-mappings.ts';
import { UNMAPPED_CARE_TYPE, UNMAPPED_SUPPORT_TYPE } from '../../catalogue/code-mappings.ts';
import type { Period } from '../../domain/period.ts';
import type { SqlStore } from '../../store/sql-store.ts';
import { FULL_SCOPE, type ContextScope } from '../compile/indicator-inputs.ts';
import { islandsSql } from '../compile/islands-sql.ts';
import {
  MAX_PERIODS,
  OPTIONAL_CONTEXT,
  tableName,
  tablesOfLifetime,
  type ContextTable,
  type WorkingTableKey,
} from '../compile/working-tables.ts';
import { dateLiteral, sqlLiteral } from '../compile/sql-literals.ts';

export interface CubeContextOptions {
  readonly periods: readonly Period[];
  readonly mappings: CodeMappings;
  /** The deployment's gemeente code: persons without any known address count in its total (and no wijk). */
  readonly gemeente: string | undefined;
  /** Optional working tables to build (`contextTablesOf` the statements to run); default: all. */
  readonly tables?: ReadonlySet<ContextTable>;
  /**
   * Only provisions and benefits overlapping the periods (no statement to run looks back before them, see
   * `needsHistory`): an incremental recompute of recent periods then reads the recent episodes only.
   */
  readonly periodsOnly?: boolean;
  /** Which provisions and persons the tables hold (`contextScopeOf` the statements to run); default: all. */
  readonly scope?: ContextScope;
}

/** The care or support type of a row `r` with law and category, mapped by `_msd_map` row `m` (unmapped: the default). */
const GROUP_OF = (r: string, m: string): string =>
  `coalesce(${m}.grp, CASE WHEN ${r}.law = 'youth' THEN '${UNMAPPED_CARE_TYPE}' ELSE '${UNMAPPED_SUPPORT_TYPE}' END)`;

/**
 * Connection variables holding the key of working tables kept between runs (kept-context.ts): the run's options and
 * its source rows. Like the temp tables they belong to this connection; any rebuild resets them.
 */
export const CONTEXT_KEY_VARIABLES = {
  options: 'msd_context_options',
  sources: 'msd_context_sources',
} as const;

const RESET_CONTEXT_KEY = Object.values(CONTEXT_KEY_VARIABLES)
  .map((v) => `RESET VARIABLE ${v};`)
  .join('\n');

/**
 * Builds the temp tables (all `_msd_*`). Choices, documented here once:
 * - Age on a date is the completed years since the birth date (`bd`, age-sql.ts): a person is N from their Nth
 *   birthday on. Persons stored with birth year and month only have the 1st as their day (migration 9). Unknown
 *   birth date → unknown age (fails age filters, ageGroup `onbekend`).
 * - A person's address on a date = the residence row with the greatest `valid_from` ≤ that date; before their
 *   first known row, the earliest row applies (so `eff_from` of the first row is open). Persons with no row at
 *   all count in the deployment's gemeente only.
 * - Episodes: only `status = 'started'` provisions with a start date; waiting provisions count nowhere.
 * - Trajectories (CBS): one person + form of care (careType) + provider; episodes that overlap or touch
 *   (next start ≤ previous end + 1 day) merge (first start, last end, end reason of the last-ending episode).
 * - Care spells: the same merge over all youth episodes of a person regardless of form and provider.
 */
export async function prepareCubeContext(store: SqlStore, options: CubeContextOptions): Promise<void> {
  const tables = workingTables(options);
  // One round trip; the tables about to be rebuilt no longer match a kept key.
  await store.run(
    `${RESET_CONTEXT_KEY}\n${tables.map((t) => `CREATE OR REPLACE TEMP TABLE ${t.name} AS ${t.sql};`).join('\n')}`,
  );
  if (tables.some((t) => t.name === CLAIM_KEYS.name)) await checkClaimKeys(store);
}

/** One working table: its name (`_msd_*`) and the query that fills it (reading the tables listed before it). */
export interface WorkingTable {
  readonly name: string;
  readonly sql: string;
}

/**
 * Whether a run's working tables can be inlined ({@link inlineCubeContext}): all but claims, whose keys are checked
 * for hash clashes after they are built.
 */
export const canInline = (options: CubeContextOptions): boolean => !wantedTables(options).has('claim');

/**
 * The working tables as materialized common table expressions around one statement (`WITH _msd_period AS
 * MATERIALIZED (...), ... SELECT * FROM (statement)`), with `_msd_cfg` holding the delivery date of each indicator
 * ({@link deliveryTable}). A run of one light indicator then builds no temp tables: each costs DuckDB a fixed
 * millisecond or so, which on small data outweighs the statement. Materialized like the tables, each is computed
 * once (row numbers stay consistent) and the statement reads the same rows as from the tables.
 */
export function inlineCubeContext(
  options: CubeContextOptions,
  deliveries: ReadonlyMap<string, string>,
  statement: string,
): string {
  if (!canInline(options)) throw new Error('working tables with claims cannot be inlined');
  const tables = [...workingTables(options), deliveryTable(deliveries)];
  return `WITH ${tables.map((t) => `${t.name} AS MATERIALIZED (${t.sql})`).join(',\n')}\nSELECT * FROM (${statement})`;
}

/**
 * `_msd_cfg`: the delivery date bounding each indicator of the run (indicator id → ISO date; the earliest delivery
 * date among the sources it reads), which its statement's status and reported periods use (`deliverySql`).
 */
export function deliveryTable(deliveries: ReadonlyMap<string, string>): WorkingTable {
  const rows = [...deliveries].map(([indicator, delivery]) => ({ indicator, delivery }));
  return {
    name: tableName('cfg'),
    sql:
      rows.length === 0
        ? 'SELECT CAST(NULL AS VARCHAR) AS indicator, CAST(NULL AS DATE) AS delivery WHERE false'
        : jsonRows(rows, 'indicator VARCHAR, delivery DATE'),
  };
}

const wantedTables = (options: CubeContextOptions): ReadonlySet<ContextTable> =>
  options.tables ?? new Set(OPTIONAL_CONTEXT);

/** The working tables of a run in the order they are built (see {@link prepareCubeContext} for the choices). */
export function workingTables(options: CubeContextOptions): WorkingTable[] {
  const wanted = wantedTables(options);
  // Trajectories and spells are built from the provision episodes.
  const has = (t: ContextTable): boolean =>
    wanted.has(t) || (t === 'prov' && (wanted.has('traj') || wanted.has('spell')));
  const tables: WorkingTable[] = [
    periodTable(options.periods),
    ...runTables(options.gemeente, options.mappings),
  ];
  const add = (name: WorkingTableKey, sql: string): void => {
    tables.push({ name: tableName(name), sql });
  };
  // Only claims overlapping the computed periods: an incremental recompute reads the recent claims only. The bounds
  // are constants, not subqueries on _msd_period: DuckDB plans a range filter on constants far better.
  const { first, last } = periodBounds(options.periods);
  const claimsInPeriods = `c.period_end >= c.period_start AND c.period_end >= ${first} AND c.period_start <= ${last}`;
  const overlapping = (alias: string): string =>
    options.periodsOnly === true
      ? `AND coalesce(${alias}.end_date, DATE '9999-12-31') >= ${first} AND ${alias}.start_date <= ${last}`
      : '';
  // Integer keys: pids, households and fact ids are dictionary-encoded once, so every join, window and
  // distinct count downstream works on integers instead of 22-character pseudonyms. Only persons of the tables
  // this run reads get a key (facts come from those tables; others would never be joined). Provision and benefit
  // ids are unique (one provision per allocation, export rows replace by id), so a row number is their fact id.
  // Provisions of the scope's laws only; trajectories and spells are youth care.
  const scope = options.scope ?? FULL_SCOPE;
  const laws = new Set(scope.provisionLaws);
  if (wanted.has('traj') || wanted.has('spell')) laws.add('youth');
  const ofLaws = (alias: string): string =>
    laws.size === 0 ? 'AND FALSE' : `AND ${alias}.law IN (${[...laws].map((l) => `'${l}'`).join(', ')})`;
  const pidSources = [
    ...(scope.allResidents ? ['SELECT pid FROM residence'] : []),
    ...(has('prov') ? [`SELECT pid FROM provision p WHERE TRUE ${ofLaws('p')} ${overlapping('p')}`] : []),
    ...(has('ben') ? [`SELECT pid FROM benefit b WHERE TRUE ${overlapping('b')}`] : []),
    ...(has('claim') ? [`SELECT DISTINCT pid FROM claim c WHERE ${claimsInPeriods}`] : []),
    ...(has('reint') ? ['SELECT pid FROM reintegration'] : []),
  ];
  add(
    'pid',
    `SELECT pid AS key, CAST(row_number() OVER () AS INTEGER) AS pid
    FROM (SELECT DISTINCT pid FROM (${pidSources.length > 0 ? pidSources.join(' UNION ALL ') : 'SELECT pid FROM residence WHERE FALSE'}))`,
  );
  // Household keys only for the statements that read a household.
  const households = has('hh');
  if (households) {
    // Without every resident, households come from the residences of the keyed persons only.
    const residences = scope.allResidents
      ? 'residence'
      : `(SELECT r.* FROM residence r SEMI JOIN ${tableName('pid')} d ON d.key = r.pid)`;
    add(
      'hh',
      `SELECT household AS key, CAST(row_number() OVER () AS INTEGER) AS hh FROM (
      SELECT DISTINCT household FROM ${residences} WHERE household IS NOT NULL
      ${has('ben') ? 'UNION SELECT household FROM benefit WHERE household IS NOT NULL' : ''})`,
    );
  }
  add(
    'res',
    `WITH r AS (
      SELECT d.pid, valid_from, max(gemeente) AS gemeente, max(wijk) AS wijk, max(buurt) AS buurt
        ${households ? ', max(household) AS household' : ''}
      FROM residence JOIN ${tableName('pid')} d ON d.key = residence.pid GROUP BY d.pid, valid_from
    ), o AS (
      SELECT *, row_number() OVER w AS rn, lead(valid_from) OVER w AS nxt
      FROM r WINDOW w AS (PARTITION BY pid ORDER BY valid_from)
    )
    SELECT pid, CASE WHEN rn = 1 THEN DATE '0001-01-01' ELSE valid_from END AS eff_from,
      coalesce(nxt, DATE '9999-12-31') AS eff_to, gemeente, wijk, buurt,
      ${households ? 'h.hh' : 'CAST(NULL AS INTEGER)'} AS household
    FROM o ${households ? `LEFT JOIN ${tableName('hh')} h ON h.key = o.household` : ''}`,
  );
  if (has('person'))
    add(
      'person',
      `SELECT d.pid,
      p.birth_date AS bd,
      coalesce(gender, 'unknown') AS gender
    FROM person p JOIN ${tableName('pid')} d ON d.key = p.pid`,
    );
  if (has('prov'))
    add(
      'prov',
      `SELECT CAST(row_number() OVER () AS INTEGER) AS id, d.pid, p.law, p.category,
      ${GROUP_OF('p', 'm')} AS grp,
      coalesce(p.provider, 'onbekend') AS provider, p.start_date, p.end_date,
      coalesce(p.end_date, DATE '9999-12-31') AS e_end, p.end_reason
    FROM provision p JOIN ${tableName('pid')} d ON d.key = p.pid LEFT JOIN ${tableName('map')} m ON m.law = p.law AND m.category = p.category
    WHERE p.status = 'started' AND p.start_date IS NOT NULL AND (p.end_date IS NULL OR p.end_date >= p.start_date)
      ${ofLaws('p')} ${overlapping('p')}`,
    );
  if (has('ben'))
    add(
      'ben',
      `SELECT CAST(row_number() OVER () AS INTEGER) AS id, d.pid,
      ${households ? 'h.hh' : 'CAST(NULL AS INTEGER)'} AS household, kind, start_date, end_date,
      coalesce(end_date, DATE '9999-12-31') AS e_end,
      coalesce(exit_reason, 'overig') AS exit_reason, institution_or_homeless AS inst
    FROM benefit b JOIN ${tableName('pid')} d ON d.key = b.pid ${households ? `LEFT JOIN ${tableName('hh')} h ON h.key = b.household` : ''}
    WHERE (end_date IS NULL OR end_date >= start_date) ${overlapping('b')}`,
    );
  if (has('reint'))
    // Re-integration provisions (instrument name, else its code); an end without a reason counts as `overig`.
    add(
      'reint',
      `SELECT CAST(row_number() OVER () AS INTEGER) AS id, d.pid, coalesce(r.instrument_name, r.instrument_code) AS instrument,
      r.start_date, r.end_date, coalesce(r.end_date, DATE '9999-12-31') AS e_end, coalesce(r.end_reason, 'overig') AS end_reason
    FROM reintegration r JOIN ${tableName('pid')} d ON d.key = r.pid
    WHERE r.end_date IS NULL OR r.end_date >= r.start_date`,
    );
  if (has('claim')) {
    add(
      'claim',
      `SELECT d.pid, c.law, c.category, coalesce(c.provider, 'onbekend') AS provider, c.period_start, c.period_end,
      c.amount_cents, year(c.period_start) * 12 + month(c.period_start) - 1 AS ms,
      year(c.period_end) * 12 + month(c.period_end) - 1 AS me, hash(c.law, c.category, coalesce(c.provider, 'onbekend')) AS ck
    FROM claim c JOIN ${tableName('pid')} d ON d.key = c.pid
    WHERE ${claimsInPeriods}`,
    );
    tables.push(CLAIM_KEYS);
  }
  tables.push(
    ...residenceAreas(
      options.gemeente,
      (['prov', 'ben', 'claim', 'reint'] as const).filter(has).map(tableName),
      has('res_area'),
    ),
  );
  if (has('traj'))
    add(
      'traj',
      islands(
        `SELECT pid, grp, provider, start_date, e_end, end_reason FROM ${tableName('prov')} WHERE law = 'youth'`,
        'pid, grp, provider',
      ),
    );
  if (has('spell'))
    add(
      'spell',
      `WITH s AS (${islands(`SELECT pid, start_date, e_end, end_reason FROM ${tableName('prov')} WHERE law = 'youth'`, 'pid')})
    SELECT pid, start_date, e_end, lag(e_end) OVER w AS prev_end, lead(start_date) OVER w AS next_start
    FROM s WINDOW w AS (PARTITION BY pid ORDER BY start_date)`,
    );
  return tables;
}

/** Trajectory and spell islands: the end reason of the last-ending episode and an integer id. */
const islands = (source: string, keys: string): string =>
  islandsSql(
    source,
    keys,
    'arg_max(end_reason, e_end) AS end_reason, CAST(row_number() OVER () AS INTEGER) AS id',
  );

/**
 * Claim keys: `ck` in `_msd_claim` is a 64-bit hash of (law, category, provider), and `_msd_ckey` (ck, law, grp,
 * category, provider) names each key, with its care or support type (`grp`, from law and category). Claim sums
 * group on `ck` and put the names back per cell, without joining millions of claims on three strings; the claims
 * carry no care type of their own (copying its long strings to every claim is costly). Should two keys of this run share
 * a hash (odds about k²/2⁶⁵ for k keys), {@link checkClaimKeys} renumbers them.
 */
export const CLAIM_KEYS: WorkingTable = {
  name: tableName('ckey'),
  sql: `SELECT k.ck, k.law, ${GROUP_OF('k', 'm')} AS grp, k.category, k.provider
    FROM (SELECT DISTINCT ck, law, category, provider FROM ${tableName('claim')}) k
    LEFT JOIN ${tableName('map')} m ON m.law = k.law AND m.category = k.category`,
};

/** After the claim keys are built: renumbers them ({@link renumberClaimKeys}) if two share a hash. */
export async function checkClaimKeys(store: SqlStore): Promise<void> {
  const [row] = await store.all<{ clashes: number }>(
    `SELECT count(*) - count(DISTINCT ck) AS clashes FROM ${tableName('ckey')}`,
  );
  if ((row?.clashes ?? 0) > 0) await renumberClaimKeys(store);
}

/** Gives every claim key a dense number through a join on its strings: exact whatever the hashes. */
export async function renumberClaimKeys(store: SqlStore): Promise<void> {
  await store.run(`
    CREATE OR REPLACE TEMP TABLE ${tableName('ckey')} AS
    SELECT CAST(row_number() OVER (ORDER BY law, category, provider) AS UBIGINT) AS ck, law, grp, category, provider
    FROM (SELECT DISTINCT law, grp, category, provider FROM ${tableName('ckey')});

    CREATE OR REPLACE TEMP TABLE ${tableName('claim')} AS
    SELECT c.* REPLACE (k.ck AS ck) FROM ${tableName('claim')} c
    JOIN ${tableName('ckey')} k ON k.law = c.law AND k.category = c.category AND k.provider = c.provider;`);
}

/** The first start and last end of the periods as SQL date literals (NULL for none: nothing overlaps). */
function periodBounds(periods: readonly Period[]): { first: string; last: string } {
  const literal = (date: string | undefined): string =>
    date === undefined ? 'CAST(NULL AS DATE)' : dateLiteral(date);
  const starts = periods.map((p) => p.start).sort();
  const ends = periods.map((p) => p.end).sort();
  return { first: literal(starts[0]), last: literal(ends[ends.length - 1]) };
}

/**
 * Rows as one JSON literal cast to a list of structs: DuckDB binds a `VALUES` list of a few hundred rows slowly
 * (several times slower than this JSON literal), and a run of one light indicator on small data notices every
 * millisecond.
 */
function jsonRows(rows: readonly Readonly<Record<string, string | number>>[], struct: string): string {
  return `SELECT unnest(CAST(${sqlLiteral(JSON.stringify(rows))} AS JSON)::STRUCT(${struct})[], recursive := true)`;
}

/** `_msd_period`: the run's periods, numbered (`pn`), with start, end and population date. */
function periodTable(periods: readonly Period[]): WorkingTable {
  if (periods.length > MAX_PERIODS) throw new RangeError(`at most ${MAX_PERIODS} periods per run`);
  const rows = periods.map((p, i) => ({
    pn: i,
    period: p.id,
    kind: p.kind,
    year: p.year,
    p_start: p.start,
    p_end: p.end,
    pop_date: `${p.year}-01-01`,
  }));
  return {
    name: tableName('period'),
    sql: jsonRows(
      rows,
      'pn INTEGER, period VARCHAR, kind VARCHAR, year INTEGER, p_start DATE, p_end DATE, pop_date DATE',
    ),
  };
}

/**
 * The run's small tables:
 * - `_msd_pmonth`: every month (index year * 12 + month - 1) with each period containing it, so that facts inside
 *   one month join their periods on equality;
 * - `_msd_frame`: the areas every period reports on (area code, level, validity): the deployment's gemeente, its
 *   wijken and the custom areas in `area`. A total without any unit there is a zero, not a missing figure
 *   (disclosure control then shows it as secret), so the compiled statements give each of these areas a total row
 *   in every period;
 * - `_msd_map`: the deployment's careType and supportType per law and product category.
 */
function runTables(gemeente: string | undefined, mappings: CodeMappings): WorkingTable[] {
  const levels = "level IN ('gemeente', 'wijk', 'custom')";
  const own =
    gemeente === undefined
      ? 'TRUE'
      : `(code = ${sqlLiteral(gemeente)} OR (level = 'wijk' AND code LIKE ${sqlLiteral(`WK${gemeente.slice(2, 6)}%`)}) OR level = 'custom')`;
  const codes = [
    ...Object.entries(mappings.careType).map(([category, grp]) => ({ law: 'youth', category, grp })),
    ...Object.entries(mappings.supportType).map(([category, grp]) => ({ law: 'support', category, grp })),
  ];
  return [
    {
      name: tableName('pmonth'),
      sql: `SELECT unnest(range(year(p_start) * 12 + month(p_start) - 1, year(p_end) * 12 + month(p_end))) AS mn, *
    FROM ${tableName('period')}`,
    },
    {
      name: tableName('frame'),
      sql: `SELECT code AS area, level, valid_from, valid_to FROM area WHERE ${levels} AND ${own}
    ${
      gemeente === undefined
        ? ''
        : `UNION ALL SELECT ${sqlLiteral(gemeente)}, 'gemeente', NULL, NULL
           WHERE NOT EXISTS (SELECT 1 FROM area WHERE code = ${sqlLiteral(gemeente)} AND ${levels})`
    }`,
    },
    {
      name: tableName('map'),
      sql: jsonRows(codes, 'law VARCHAR, category VARCHAR, grp VARCHAR'),
    },
  ];
}

/**
 * Areas as address signatures. A residence's areas depend only on its (gemeente, wijk, buurt): `_msd_sig` numbers
 * each distinct triple (`sig`), `_msd_rsig` gives every residence interval its signature, and `_msd_sarea` lists the
 * areas of each signature (gemeente, wijk when known, custom areas containing the wijk or buurt; signature 0:
 * persons without any address, in the deployment's gemeente) with the area as a small integer (`aid`, codes in
 * `_msd_area`). Counts per person are made per signature and spread to its areas; the areas are worked out once
 * per signature (hundreds), not per residence. Grouping and deduplicating on integers is cheaper than on codes;
 * the compiled statements map `aid` back to the code at the end. `_msd_res_area` (every residence interval with
 * each of its areas) is built only for the statements that attribute units to areas one by one.
 */
function residenceAreas(
  gemeente: string | undefined,
  factTables: readonly string[],
  withResArea: boolean,
): WorkingTable[] {
  const noAddress = gemeente === undefined ? '' : `UNION ALL SELECT 0, ${sqlLiteral(gemeente)}, 'gemeente'`;
  const tables: WorkingTable[] = [
    {
      name: tableName('sig'),
      sql: `SELECT CAST(row_number() OVER (ORDER BY gemeente, wijk, buurt) AS INTEGER) AS sig, gemeente, wijk, buurt
    FROM (SELECT DISTINCT gemeente, wijk, buurt FROM ${tableName('res')})`,
    },
    {
      name: tableName('rsig'),
      sql: `SELECT r.pid, r.eff_from, r.eff_to, r.household, s.sig
    FROM ${tableName('res')} r JOIN ${tableName('sig')} s ON s.gemeente IS NOT DISTINCT FROM r.gemeente AND s.wijk IS NOT DISTINCT FROM r.wijk
      AND s.buurt IS NOT DISTINCT FROM r.buurt`,
    },
    {
      name: tableName('sarea0'),
      sql: `SELECT sig, gemeente AS area, 'gemeente' AS level FROM ${tableName('sig')}
    UNION ALL SELECT sig, wijk, 'wijk' FROM ${tableName('sig')} WHERE wijk IS NOT NULL
    UNION ALL SELECT DISTINCT s.sig, m.area, 'custom' FROM ${tableName('sig')} s JOIN area_member m ON m.member = s.wijk OR m.member = s.buurt
    ${noAddress}`,
    },
    {
      name: tableName('area'),
      sql: `SELECT CAST(row_number() OVER (ORDER BY area) AS INTEGER) AS aid, area FROM (SELECT DISTINCT area FROM ${tableName('sarea0')})`,
    },
    {
      name: tableName('sarea'),
      sql: `SELECT DISTINCT s.sig, a.aid, s.level FROM ${tableName('sarea0')} s JOIN ${tableName('area')} a ON a.area IS NOT DISTINCT FROM s.area`,
    },
  ];
  if (!withResArea) return tables;
  // Persons of the facts without any address count in the gemeente (signature 0) over all time.
  const withoutAddress =
    gemeente === undefined || factTables.length === 0
      ? ''
      : `UNION ALL
    SELECT u.pid, DATE '0001-01-01', DATE '9999-12-31', NULL, s.aid, s.level
    FROM (${factTables.map((t) => `SELECT pid FROM ${t}`).join(' UNION ')}) u JOIN ${tableName('sarea')} s ON s.sig = 0
    WHERE NOT EXISTS (SELECT 1 FROM ${tableName('res')} r WHERE r.pid = u.pid)`;
  tables.push({
    name: tableName('res_area'),
    sql: `SELECT r.pid, r.eff_from, r.eff_to, r.household, s.aid, s.level
    FROM ${tableName('rsig')} r JOIN ${tableName('sarea')} s ON s.sig = r.sig
    ${withoutAddress}`,
  });
  return tables;
}

/** Drops the working tables of the context (temp tables; this frees memory early) and forgets their key. */
export async function dropCubeContext(store: SqlStore): Promise<void> {
  const tables = tablesOfLifetime('context');
  await store.run(`${tables.map((t) => `DROP TABLE IF EXISTS ${t};`).join('\n')}\n${RESET_CONTEXT_KEY}`);
}
