/** @module Counts as run lengths: care and benefit islands (or arrangements) become ranges of period units per kind, address at the period end and age band, summed with +1/−1 events, instead of one row per unit × period. */
import { readTable } from './working-tables.ts';
import type { BreakdownKey } from '../../domain/indicator-definition.ts';
import type { FactPlan } from './indicator-plan.ts';
import { dateOfAgeSql } from './age-sql.ts';
import { islandsSql } from './islands-sql.ts';
import { benefitFilters, episodeFilters, episodeLaw } from './fact-sql.ts';

const GRP_KEYS: readonly BreakdownKey[] = ['careType', 'supportType'];

/**
 * Whether a plan's cells come from run lengths, giving exactly the cells of the per-period path:
 * - a distinct person count (or rate) over episodes in the period, broken down by care or support type, age group
 *   and gender;
 * - a count of arrangements running on the period end (stock), by care or support type;
 * - a distinct person count of benefits running on the period end, by gender.
 */
export function runLengthApplies(plan: FactPlan): boolean {
  const agg = plan.aggregation.kind;
  if (plan.classStep !== undefined) return false;
  const provisions = plan.law === 'youth' || plan.law === 'support';
  const noAge = plan.filters.ageFrom === undefined && plan.filters.ageTo === undefined;
  switch (plan.source) {
    case 'episodesInPeriod':
      return (
        provisions &&
        plan.unit === 'person' &&
        (agg === 'count' || agg === 'rate') &&
        plan.breakdowns.every((b) => [...GRP_KEYS, 'ageGroup', 'gender'].includes(b))
      );
    case 'episodesOnDate':
      return (
        provisions &&
        plan.unit === 'fact' &&
        agg === 'count' &&
        noAge &&
        plan.breakdowns.every((b) => GRP_KEYS.includes(b))
      );
    case 'benefitsOnDate':
      return (
        plan.unit === 'person' && agg === 'count' && noAge && plan.breakdowns.every((b) => b === 'gender')
      );
    default:
      return false;
  }
}

/** The index of the period of kind `kind` (a column) containing date `d`: consecutive periods have consecutive units. */
const unit = (kind: string, d: string): string =>
  `CASE ${kind} WHEN 'month' THEN year(${d}) * 12 + month(${d}) - 1 WHEN 'quarter' THEN year(${d}) * 4 + (month(${d}) - 1) // 3
    WHEN 'half' THEN year(${d}) * 2 + (month(${d}) - 1) // 6 ELSE year(${d}) END`;

const quote = (v: string): string => `'${v.replace(/'/g, "''")}'`;
/** Unbounded range ends, as integers (period units are years × 12 at most). */
const NONE = -1000000000;

interface AgeBand {
  /** Whole years, inclusive lower bound (undefined: no lower bound). */
  readonly from: number | undefined;
  /** Whole years, exclusive upper bound (undefined: no upper bound). */
  readonly below: number | undefined;
  /** The age group label of every age in the band. */
  readonly label: string;
}

/**
 * Age bands of constant age group and filter outcome: the class and filter bounds cut the ages into bands; bands
 * failing the age filter are left out. Without any age use, one unbounded band.
 */
function ageBands(plan: FactPlan): AgeBand[] {
  const classes = plan.ageClasses ?? [];
  const { ageFrom, ageTo } = plan.filters;
  const cuts = new Set<number>();
  for (const c of classes) {
    cuts.add(c.from);
    if (c.to !== undefined) cuts.add(c.to + 1);
  }
  if (ageFrom !== undefined) cuts.add(ageFrom);
  if (ageTo !== undefined) cuts.add(ageTo + 1);
  const sorted = [...cuts].sort((a, b) => a - b);
  const bounds: (number | undefined)[] = [undefined, ...sorted, undefined];
  const bands: AgeBand[] = [];
  for (let i = 0; i + 1 < bounds.length; i++) {
    const from = bounds[i];
    const below = bounds[i + 1];
    const age = from ?? (below ?? 0) - 1;
    if (ageFrom !== undefined && age < ageFrom) continue;
    if (ageTo !== undefined && age > ageTo) continue;
    const cls = classes.find((c) => age >= c.from && (c.to === undefined || age <= c.to));
    bands.push({ from, below, label: cls?.label ?? 'onbekend' });
  }
  return bands;
}

/** Islands of episodes per `keys` (`islandsSql`) as (keys, s, e) with the previous island's end (`prev_e`). */
function islands(source: string, keys: string): string {
  return `(SELECT ${keys}, start_date AS s, e_end AS e,
      lag(e_end) OVER (PARTITION BY ${keys} ORDER BY start_date) AS prev_e
    FROM (${islandsSql(source, keys)}))`;
}

/** `rb` for episodes in the period: the person's island ranges per age band (with `ep`, the filtered episodes). */
function inPeriodRanges(plan: FactPlan, ctes: string[]): void {
  const law = episodeLaw(plan);
  const bands = ageBands(plan);
  const usesAge =
    plan.filters.ageFrom !== undefined ||
    plan.filters.ageTo !== undefined ||
    plan.breakdowns.includes('ageGroup');
  ctes.push(
    `ep AS (SELECT e.pid, e.grp, e.start_date, e.e_end FROM ${readTable('prov')} e
      WHERE ${episodeFilters(plan, law)} AND e.e_end >= (SELECT min(p_start) FROM ${readTable('period')}))`,
    `it AS ${islands('SELECT pid, start_date, e_end FROM ep', 'pid')}`,
    // Ranges of period units per island and kind: from the island's start (after the previous island) to its end.
    `rt AS (SELECT i.pid, i.s, k.kind, k.umin, k.umax,
        greatest(${unit('k.kind', 'i.s')}, coalesce(${unit('k.kind', 'i.prev_e')} + 1, ${NONE}), k.umin) AS lo,
        least(${unit('k.kind', 'i.e')}, k.umax) AS hi
      FROM it i CROSS JOIN rk k)`,
  );
  // Age bands: units where max(P start, island start) lies in [from, below) years of age; unknown birth dates have
  // no age (only without an age filter: group 'onbekend').
  const bandRows = bands
    .map((b) => `(${b.from ?? 'NULL'}, ${b.below ?? 'NULL'}, ${quote(b.label)})`)
    .join(', ');
  const filtered = plan.filters.ageFrom !== undefined || plan.filters.ageTo !== undefined;
  if (usesAge) {
    // The band [a, b) holds from the a-th birthday up to the day before the b-th: units whose first day with care
    // (max(P start, island start)) lies in it.
    const turnsA = dateOfAgeSql('per.bd', 'b.a');
    const turnsB = dateOfAgeSql('per.bd', 'b.b');
    const lower = `CASE WHEN b.a IS NULL OR r.s >= ${turnsA} THEN ${NONE}
        ELSE ${unit('r.kind', `${turnsA} - 1`)} + 1 END`;
    const upper = `CASE WHEN b.b IS NULL THEN ${-NONE} WHEN r.s >= ${turnsB} THEN ${NONE}
        ELSE ${unit('r.kind', `${turnsB} - 1`)} END`;
    ctes.push(`rb AS (
      SELECT r.pid, r.kind, r.umax, b.label, greatest(r.lo, ${lower}) AS lo, least(r.hi, ${upper}) AS hi, '' AS grp
      FROM rt r JOIN ${readTable('person')} per ON per.pid = r.pid AND per.bd IS NOT NULL
      CROSS JOIN (VALUES ${bandRows}) b(a, b, label)
      ${
        filtered
          ? ''
          : `UNION ALL SELECT r.pid, r.kind, r.umax, 'onbekend', r.lo, r.hi, ''
      FROM rt r LEFT JOIN ${readTable('person')} per ON per.pid = r.pid WHERE per.bd IS NULL`
      })`);
  } else ctes.push(`rb AS (SELECT pid, kind, umax, '' AS label, lo, hi, '' AS grp FROM rt)`);
}

/**
 * `rb` for stocks on the period end: units whose period end lies in [start, end] — each arrangement (a fact,
 * keeping its care or support type), or each island of a person's running benefits.
 */
function onDateRanges(plan: FactPlan, ctes: string[]): void {
  const range = (start: string, end: string): string => `greatest(${unit('k.kind', start)}, k.umin) AS lo,
        least(${unit('k.kind', `${end} + 1`)} - 1, k.umax) AS hi`;
  if (plan.source === 'episodesOnDate') {
    const law = episodeLaw(plan);
    ctes.push(`rb AS (SELECT e.pid, k.kind, k.umax, '' AS label, ${range('e.start_date', 'e.e_end')}, e.grp
      FROM ${readTable('prov')} e CROSS JOIN rk k
      WHERE ${episodeFilters(plan, law)} AND e.e_end >= (SELECT min(p_end) FROM ${readTable('period')}))`);
    return;
  }
  ctes.push(
    `it AS ${islands(
      `SELECT b.pid, b.start_date, b.e_end FROM ${readTable('ben')} b
        WHERE ${benefitFilters(plan)} AND b.e_end >= (SELECT min(p_end) FROM ${readTable('period')})`,
      'pid',
    )}`,
    `rb AS (SELECT i.pid, k.kind, k.umax, '' AS label, ${range('i.s', 'i.e')}, '' AS grp
      FROM it i CROSS JOIN rk k)`,
  );
}

/**
 * Pushes the CTEs up to `agg` (period, area id, breakdown key and value, counts) for a plan accepted by
 * {@link runLengthApplies}. `_rsig` and `_sarea` (address signatures) must be among the CTEs already.
 *
 * A person counts in period P when one of their islands overlaps P; the island that counts is the first one
 * overlapping P (P starts after the previous island's end), so per kind it covers a consecutive range of period
 * units. The age on the first day with care in P is the age at max(P start, island start): within an island it
 * only grows, so each age band is again a consecutive range. The area is the address at the period end: the
 * range is cut at the person's moves. Every range adds 1 at its first unit and −1 after its last; a running sum
 * over the units gives the count per period, address signature and breakdown value.
 */
export function runLengthCells(plan: FactPlan, ctes: string[]): void {
  const kinds = plan.periodKinds.map(quote).join(', ');
  const grpKey = plan.breakdowns.find((b) => GRP_KEYS.includes(b));
  ctes.push(`rk AS (SELECT kind, min(${unit('kind', 'p_start')}) AS umin, max(${unit('kind', 'p_start')}) AS umax
      FROM ${readTable('period')} WHERE kind IN (${kinds}) GROUP BY kind)`);
  if (plan.source === 'episodesInPeriod') inPeriodRanges(plan, ctes);
  else onDateRanges(plan, ctes);
  // Cut at moves: periods whose end lies in [eff_from, eff_to) have units [unit(eff_from), unit(eff_to) − 1];
  // persons without any address are signature 0 throughout.
  const gender = plan.breakdowns.includes('gender');
  ctes.push(`rs AS (SELECT * FROM (
      SELECT b.pid, b.kind, b.umax, b.label, b.grp, ${gender ? 'per.gender' : "''"} AS gender, coalesce(r.sig, 0) AS sig,
        greatest(b.lo, coalesce(${unit('b.kind', 'r.eff_from')}, ${NONE})) AS lo,
        least(b.hi, coalesce(${unit('b.kind', 'r.eff_to')} - 1, ${-NONE})) AS hi
      FROM rb b LEFT JOIN _rsig r ON r.pid = b.pid ${gender ? `LEFT JOIN ${readTable('person')} per ON per.pid = b.pid` : ''}
      WHERE b.lo <= b.hi) WHERE lo <= hi)`);
  // Ranges of each counted breakdown value: the total and the unit-level values share the person's ranges.
  const parts = [
    "SELECT kind, umax, sig, lo, hi, '' AS bk, '' AS bv FROM rs",
    ...(plan.breakdowns.includes('ageGroup')
      ? ["SELECT kind, umax, sig, lo, hi, 'ageGroup', label FROM rs"]
      : []),
    ...(gender ? ["SELECT kind, umax, sig, lo, hi, 'gender', coalesce(gender, 'unknown') FROM rs"] : []),
  ];
  if (grpKey !== undefined && plan.source !== 'episodesInPeriod')
    parts.push(`SELECT kind, umax, sig, lo, hi, ${quote(grpKey)}, grp FROM rs`);
  else if (grpKey !== undefined) {
    // Per care type: the islands of that type, within the person's ranges (which pass the age filter and carry
    // the address).
    ctes.push(
      `ig AS ${islands('SELECT pid, grp, start_date, e_end FROM ep', 'pid, grp')}`,
      `rg AS (SELECT * FROM (SELECT i.pid, i.grp, k.kind,
          greatest(${unit('k.kind', 'i.s')}, coalesce(${unit('k.kind', 'i.prev_e')} + 1, ${NONE}), k.umin) AS lo,
          least(${unit('k.kind', 'i.e')}, k.umax) AS hi
        FROM ig i CROSS JOIN rk k) WHERE lo <= hi)`,
    );
    parts.push(`SELECT * FROM (SELECT g.kind, f.umax, f.sig, greatest(g.lo, f.lo) AS lo, least(g.hi, f.hi) AS hi,
          ${quote(grpKey)}, g.grp
        FROM rg g JOIN rs f ON f.pid = g.pid AND f.kind = g.kind AND f.lo <= g.hi AND g.lo <= f.hi) WHERE lo <= hi`);
  }
  ctes.push(
    `ra AS (${parts.join('\n      UNION ALL ')})`,
    `ev AS (SELECT kind, sig, bk, bv, u, sum(d) AS d FROM (
        SELECT kind, sig, bk, bv, lo AS u, 1 AS d FROM ra WHERE lo <= hi
        UNION ALL SELECT kind, sig, bk, bv, hi + 1, -1 FROM ra WHERE lo <= hi AND hi < umax)
      GROUP BY ALL)`,
    `run AS (SELECT kind, sig, bk, bv, u, sum(d) OVER (PARTITION BY kind, sig, bk, bv ORDER BY u) AS n FROM ev)`,
    `pu AS (SELECT pn, kind, ${unit('kind', 'p_start')} AS u FROM ${readTable('period')} WHERE kind IN (${kinds}))`,
    // Each running count holds from its event unit to the next one: a range join gives the periods in between.
    `rc AS (SELECT p.pn, r.sig, r.bk, r.bv, r.n FROM (
        SELECT *, lead(u) OVER (PARTITION BY kind, sig, bk, bv ORDER BY u) AS nu FROM run) r
      JOIN pu p ON p.kind = r.kind AND p.u >= r.u AND p.u < coalesce(r.nu, ${-NONE})
      WHERE r.n > 0)`,
    `agg AS (SELECT c.pn AS period, s.aid AS area, c.bk AS breakdown_key, c.bv AS breakdown_value,
        CAST(sum(c.n) AS DOUBLE) AS numerator, CAST(NULL AS DOUBLE) AS denominator, CAST(sum(c.n) AS DOUBLE) AS value
      FROM rc c JOIN _sarea s ON s.sig = c.sig GROUP BY ALL)`,
  );
}
