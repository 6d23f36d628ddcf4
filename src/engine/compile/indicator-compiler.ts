/** @module Plan → SQL: one statement per indicator yielding cube rows for ALL its periods, areas and breakdowns at once (GROUPING SETS). */
import type { BreakdownKey, Denominator } from '../../domain/indicator-definition.ts';
import { ageSql } from './age-sql.ts';
import { claimKeySums, isMultiLawCostShare, multiLawCostShareCells, usesClaimKeys } from './claim-sums.ts';
import { fanOutEnds, needsPerson } from './fact-sql.ts';
import { factSource, factSql } from './fact-sources.ts';
import { sqlConstant, sqlConstants } from './sql-literals.ts';
import type { FactPlan, IndicatorPlan, RatioPlan } from './indicator-plan.ts';
import { runLengthApplies, runLengthCells } from './run-length-counts.ts';
import { sharedCells } from './shared-cells.ts';
import {
  readInput,
  readTable,
  recordReads,
  sharedGroupsIn,
  type SharedFacts,
  type StatementReads,
} from './working-tables.ts';

export interface CompiledSql {
  /** One SELECT with its constants written as literals (sql-literals.ts). */
  readonly sql: string;
  /** The working tables and canonical tables the statement names (recorded while compiling it). */
  readonly reads: StatementReads;
  /** Shared working tables the statement reads, in build order (created once per run before it runs). */
  readonly shared: readonly SharedFacts[];
}

export interface CompileOptions {
  /**
   * Use the specialised statements (run-length counts, claim keys, shared household cells, multi-law cost share)
   * where they apply. Off: every indicator takes the generic path (facts → units → areas → cells), which the
   * differential test compares them with. Default on.
   */
  readonly fastPaths?: boolean;
}

/** Columns every compiled statement returns (the cube's columns minus source and computed_at). */
export const CUBE_COLUMNS = [
  'indicator',
  'period',
  'area',
  'breakdown_key',
  'breakdown_value',
  'numerator',
  'denominator',
  'value',
  'status',
] as const;

const COMBINATION_LABELS = `CASE bits WHEN 1 THEN 'alleen Jeugd' WHEN 2 THEN 'alleen Wmo' WHEN 4 THEN 'alleen P-wet'
  WHEN 3 THEN 'Jeugd+Wmo' WHEN 5 THEN 'Jeugd+P-wet' WHEN 6 THEN 'Wmo+P-wet' ELSE 'alle drie' END`;
const PROVIDER_CLASSES = `CASE WHEN nprov = 1 THEN '1' WHEN nprov = 2 THEN '2' WHEN nprov <= 5 THEN '3-5'
  WHEN nprov <= 9 THEN '6-9' ELSE '>= 10' END`;

/**
 * The delivery date bounding an indicator's values: the earliest delivery date among the sources it reads
 * (delivery-sources.ts), one row per indicator of the run in `_msd_cfg` (cube-builder.ts).
 */
export const deliverySql = (indicator: string): string =>
  `(SELECT delivery FROM ${readTable('cfg')} WHERE indicator = ${sqlConstant(indicator)})`;

/**
 * Status (indicator-status.ts), with `delivery` the SQL of the delivery date: running while the period ends after it
 * (`p.p_end`), final once it covers the period end plus the follow-up window (month ends), else provisional.
 */
export function statusSql(followUpMonths: number, delivery: string): string {
  const end =
    followUpMonths > 0 ? `last_day(p.p_end + INTERVAL ${Math.trunc(followUpMonths)} MONTH)` : 'p.p_end';
  return `CASE WHEN p.p_end > ${delivery} THEN 'running' WHEN ${delivery} >= ${end} THEN 'final' ELSE 'provisional' END`;
}

/** Only periods that began on or before the delivery date get rows: a later period has no data, so no value (not 0). */
const reportedSql = (delivery: string): string => `p.p_start <= ${delivery}`;

function breakdownColumn(plan: FactPlan, key: BreakdownKey): string {
  switch (key) {
    case 'careType':
    case 'supportType':
      return 'grp';
    case 'ageGroup': {
      const classes = plan.ageClasses ?? [];
      const whens = classes
        .map(
          (c) =>
            `WHEN age >= ${c.from}${c.to !== undefined ? ` AND age <= ${c.to}` : ''} THEN ${sqlConstants([c.label])}`,
        )
        .join(' ');
      return `CASE ${whens} ELSE 'onbekend' END`;
    }
    case 'gender':
      return "coalesce(gender, 'unknown')";
    case 'repeat':
      return 'rep';
    case 'endReason':
      return 'endcls';
    case 'provider':
      return 'provider';
    case 'category':
      return 'category';
    case 'reentryWithin12m':
      return 'reent';
    case 'exitReason':
      return 'exitr';
    case 'durationClass':
      return 'durcls';
    case 'combination':
      return COMBINATION_LABELS;
    case 'providerCount':
      return PROVIDER_CLASSES;
    case 'instrument':
      return 'category';
  }
}

/** Denominator per (period, area) for rates: population (age range, reference date ≤ 1 January, else earliest) or households. */
function denominatorSql(den: Denominator, periodKinds: readonly string[]): string {
  if (den.kind === 'indicator') throw new Error('indicator denominators are read from the cube');
  const table = readInput(den.kind === 'population' ? 'population' : 'households');
  const measure = den.kind === 'population' ? 'persons' : 'count';
  const ages: string[] = [];
  if (den.kind === 'population' && den.ageFrom !== undefined)
    ages.push(`po.age >= ${sqlConstant(den.ageFrom)}`);
  if (den.kind === 'population' && den.ageTo !== undefined) ages.push(`po.age <= ${sqlConstant(den.ageTo)}`);
  return `
    pref AS (
      SELECT p.pn AS period, r.area, coalesce(max(r.ref_date) FILTER (WHERE r.ref_date <= p.pop_date), min(r.ref_date)) AS ref
      FROM ${readTable('period')} p CROSS JOIN (SELECT DISTINCT area, ref_date FROM ${table} WHERE area NOT LIKE 'BU%') r
      WHERE p.kind IN (${sqlConstants(periodKinds)}) GROUP BY p.pn, r.area
    ), pden AS (
      SELECT pref.period, pref.area, CAST(sum(po.${measure}) AS DOUBLE) AS d
      FROM pref JOIN ${table} po ON po.area = pref.area AND po.ref_date = pref.ref
      ${ages.length ? `WHERE ${ages.join(' AND ')}` : ''} GROUP BY pref.period, pref.area
    ), den AS (
      SELECT period, area, d FROM pden
      UNION ALL
      SELECT pden.period, m.area, sum(pden.d) FROM pden JOIN area_member m ON m.member = pden.area GROUP BY pden.period, m.area
    )`;
}

const LEVEL_OF = (col: string): string =>
  `CASE WHEN ${col} LIKE 'GM%' THEN 'gemeente' WHEN ${col} LIKE 'WK%' THEN 'wijk' ELSE 'custom' END`;

/** Whether a breakdown's value is a function of (period, unit key), i.e. one value per counted unit and period. */
function isUnitLevel(plan: FactPlan, key: BreakdownKey): boolean {
  switch (key) {
    case 'combination':
    case 'providerCount':
      return true;
    case 'gender':
      return plan.unit === 'person';
    case 'ageGroup':
      return plan.unit === 'person' && factSource(plan).agePerUnit;
    case 'durationClass':
      return plan.unit === 'person' && plan.source === 'benefitsOnDate';
    default:
      return false;
  }
}

/** CTEs up to the unit rows (facts with unit key k and classes) from the plan's own facts; returns the last CTE's name. */
function unitRows(plan: FactPlan, ctes: string[]): string {
  const agg = plan.aggregation;
  const facts = factSql(plan);
  const ageConds: string[] = [];
  if (plan.filters.ageFrom !== undefined) ageConds.push(`age >= ${sqlConstant(plan.filters.ageFrom)}`);
  if (plan.filters.ageTo !== undefined) ageConds.push(`age <= ${sqlConstant(plan.filters.ageTo)}`);

  // Everything up to the breakdown columns is computed per person × period BEFORE area attribution; rows are
  // deduplicated or summed per (period, person, breakdown) and only then joined to the person's areas at the
  // period end (the area is a function of person and period end), which keeps the area join small.
  const household = plan.unit === 'household' || plan.classStep === 'multiLaw';
  ctes.push(`f AS (${facts})`);
  if (household) {
    // The household columns come with the household keys.
    readTable('hh');
    ctes.push(`fh AS (SELECT f.*, r.household FROM f
      LEFT JOIN ${readTable('res')} r ON r.pid = f.pid AND r.eff_from <= f.p_end AND f.p_end < r.eff_to)`);
  }
  const unit =
    plan.unit === 'person' ? 'f.pid' : plan.unit === 'household' ? 'coalesce(f.household, -f.pid)' : 'f.fid';
  // The person (gender, birth date) is read only when an age filter or an age or gender breakdown needs it;
  // sources that carry the person have it already, the others join it here.
  const person = needsPerson(plan);
  const age = (birth: string): string => ageSql(birth, 'f.age_date');
  ctes.push(
    person && factSource(plan).carriesPerson
      ? `fa0 AS (SELECT f.*, ${unit} AS k, ${age('f.bd')} AS age FROM ${household ? 'fh' : 'f'} f)`
      : person
        ? `fa0 AS (
      SELECT f.* EXCLUDE (bd, gender), per.bd, per.gender, ${unit} AS k, ${age('per.bd')} AS age
      FROM ${household ? 'fh' : 'f'} f LEFT JOIN ${readTable('person')} per ON per.pid = f.pid)`
        : `fa0 AS (SELECT f.* EXCLUDE (gender), ${unit} AS k, CAST(NULL AS VARCHAR) AS gender, CAST(NULL AS BIGINT) AS age
      FROM ${household ? 'fh' : 'f'} f)`,
    `fa AS (SELECT * FROM fa0 ${ageConds.length ? `WHERE ${ageConds.join(' AND ')}` : ''})`,
  );
  let from = 'fa';
  if (
    plan.classStep === 'combination' ||
    plan.classStep === 'providerCount' ||
    (plan.classStep === 'multiLaw' && agg.kind === 'share' && agg.of === 'units')
  ) {
    // Distinct providers (youth and Wmo facts) per unit: group by provider first, then count (cheaper than count(DISTINCT)).
    ctes.push(`cls AS (SELECT period, k, bit_or(bits) AS bits, count(prov) AS nprov FROM (
        SELECT period, k, CASE WHEN lawbit IN (1, 2) THEN provider END AS prov, bit_or(lawbit) AS bits
        FROM fa GROUP BY ALL) GROUP BY period, k)`);
    ctes.push(`fc AS (SELECT fa.*, cls.bits, cls.nprov FROM fa JOIN cls USING (period, k)
      ${plan.classStep === 'providerCount' ? 'WHERE cls.nprov > 0' : ''})`);
    from = 'fc';
  } else if (plan.classStep === 'multiLaw') {
    // Cost share: the household's law combination comes from all its members' provisions in the period.
    // The shared table holds exactly allLawsSql without filters, per (period, household key).
    ctes.push(`hb AS (SELECT period, k, bits FROM ${readTable('all_hk')})`);
    ctes.push(`fc AS (SELECT fa.*, coalesce(hb.bits, 0) AS bits FROM fa LEFT JOIN hb USING (period, k))`);
    from = 'fc';
  }
  return from;
}

/**
 * Address signatures for counting per area (built once in the context): `_rsig` gives each residence interval an
 * integer per distinct (gemeente, wijk, buurt); `_sarea` lists the areas of the wanted levels of each signature,
 * signature 0 being persons without any address (the deployment's gemeente, when set).
 */
function signatureCtes(levels: readonly string[]): string {
  return `_rsig AS (SELECT * FROM ${readTable('rsig')}),
    _sarea AS (SELECT DISTINCT sig, aid FROM ${readTable('sarea')} WHERE level IN (${sqlConstants(levels)}))`;
}

/** The `agg` CTE of an additive measure from `fsa` (period, area, b0…, sx, n): grouping sets per breakdown. */
function additiveCells(plan: FactPlan, ctes: string[]): void {
  const agg = plan.aggregation;
  const keys = plan.breakdowns;
  const bcols = keys.map((_, i) => `b${i}`);
  const sets = ['(period, area)', ...bcols.map((c) => `(period, area, ${c})`)].join(', ');
  const bkey = keys.length
    ? `CASE ${keys.map((key, i) => `WHEN grouping(b${i}) = 0 THEN ${sqlConstants([key])}`).join(' ')} ELSE '' END`
    : "''";
  const bval = keys.length ? `coalesce(${bcols.map((c) => `CAST(${c} AS VARCHAR)`).join(', ')}, '')` : "''";
  const measures =
    agg.kind === 'sum'
      ? 'round(sum(sx), 2) AS numerator, CAST(NULL AS DOUBLE) AS denominator, round(sum(sx), 2) AS value'
      : `sum(sx) AS numerator, CAST(sum(n) AS DOUBLE) AS denominator,
      CASE WHEN sum(n) >= ${Math.trunc(agg.kind === 'mean' ? agg.minN : 0)} THEN sum(sx) / sum(n) END AS value`;
  ctes.push(`agg AS (SELECT period, area, ${bkey} AS breakdown_key, ${bval} AS breakdown_value, ${measures}
    FROM fsa GROUP BY GROUPING SETS (${sets}))`);
}

/** CTEs up to `agg` (cells per period, area id and breakdown) from the plan's own facts or the shared unit rows. */
function factCells(plan: FactPlan, ctes: string[], fast: boolean): void {
  const agg = plan.aggregation;
  const areaJoin = (alias: string): string => `JOIN ${readTable('res_area')} ra ON ra.pid = ${alias}.pid
      AND ra.eff_from <= ${alias}.p_end AND ${alias}.p_end < ra.eff_to AND ra.level IN (${sqlConstants(plan.areaLevels)})`;
  if (fast && usesClaimKeys(plan)) {
    // Claim sums group on one integer claim key; care type, category and provider are put back per cell.
    const column = (key: BreakdownKey): string => breakdownColumn(plan, key);
    ctes.push(`fsa AS (${claimKeySums(plan, column)})`);
    additiveCells(plan, ctes);
    return;
  }
  if (fast && isMultiLawCostShare(plan)) {
    ctes.push(signatureCtes(plan.areaLevels), `agg AS (${multiLawCostShareCells(plan)})`);
    return;
  }
  if (fast && runLengthApplies(plan)) {
    ctes.push(signatureCtes(plan.areaLevels));
    runLengthCells(plan, ctes);
    return;
  }
  const from = unitRows(plan, ctes);

  const keys = plan.breakdowns;
  const cols = keys.map((key, i) => `${breakdownColumn(plan, key)} AS b${i}`);
  ctes.push(`fb AS MATERIALIZED (SELECT *${cols.length ? `, ${cols.join(', ')}` : ''} FROM ${from})`);
  // A person's unit key is the person: after deduplication per person each (cell, unit) pair occurs once. Other
  // units (households, facts) are deduplicated again per cell after area attribution.
  const perPerson = plan.unit === 'person';
  // Facts of a unique source are one row per (period, fact): fact units need no deduplication at all.
  const uniqueFacts = plan.unit === 'fact' && factSource(plan).unique;
  const distinct = uniqueFacts ? '' : 'DISTINCT ';
  const cellDistinct = perPerson || uniqueFacts ? '' : 'DISTINCT ';
  // A person's unit key is the person: deduplicated without the redundant key column.
  const kCol = perPerson ? '' : ', k';
  const dk = perPerson ? 'd.pid AS k' : 'd.k';

  if (agg.kind === 'count' || agg.kind === 'rate') {
    // Distinct counts per breakdown: deduplicate (period, person, unit, value) first, then attribute areas and
    // count; far cheaper than count(DISTINCT) over GROUPING SETS. count(k) keeps cells whose units are all NULL.
    // Breakdowns whose value is a function of (period, unit) share one pass with the total: after deduplication
    // each (period, area, unit) occurs once, so GROUPING SETS counts are distinct counts.
    const unitLevel = keys.flatMap((key, i) => (isUnitLevel(plan, key) ? [i] : []));
    const unitCols = unitLevel.map((i) => `b${i}`);
    // Persons and unique facts are one row per counted unit after deduplication, and a person has one address at
    // the period end: they are counted per address signature and the counts spread to its areas (a small join)
    // instead of attributing every unit to its areas. Other units are deduplicated per area.
    const bySignature = perPerson || uniqueFacts;
    if (bySignature) ctes.push(signatureCtes(plan.areaLevels));
    const cellsOf = (rows: string, cols: readonly string[]): string => {
      const list = cols.map((c) => `, d.${c}`).join('');
      return bySignature
        ? `SELECT u.period, s.aid AS area${cols.map((c) => `, u.${c}`).join('')}, u.n FROM (
            SELECT d.period, coalesce(r.sig, 0) AS sig${list}, count(*) AS n
            FROM (${rows}) d LEFT JOIN _rsig r ON r.pid = d.pid AND r.eff_from <= d.p_end AND d.p_end < r.eff_to
            GROUP BY ALL) u JOIN _sarea s ON s.sig = u.sig`
        : `SELECT ${cellDistinct}d.period, ra.aid AS area, ${dk}${list} FROM (${rows}) d ${areaJoin('d')}`;
    };
    // Persons: unit-level values are functions of (period, person), so the deduplication groups on those two
    // integers only (the period end and the values ride along) instead of on every column.
    const units = perPerson
      ? `SELECT period, any_value(p_end) AS p_end, pid${unitCols.map((c) => `, any_value(${c}) AS ${c}`).join('')}
          FROM fb GROUP BY period, pid`
      : `SELECT ${distinct}period, p_end, pid${kCol}${unitCols.map((c) => `, ${c}`).join('')} FROM fb`;
    const sharedCells = cellsOf(units, unitCols);
    const sets = ['(period, area)', ...unitCols.map((c) => `(period, area, ${c})`)].join(', ');
    const sharedKey = unitCols.length
      ? `CASE ${unitLevel.map((i) => `WHEN grouping(b${i}) = 0 THEN ${sqlConstants([keys[i] ?? ''])}`).join(' ')} ELSE '' END`
      : "''";
    const sharedValue = unitCols.length
      ? `coalesce(${unitCols.map((c) => `CAST(${c} AS VARCHAR)`).join(', ')}, '')`
      : "''";
    const n = bySignature ? 'sum(n)' : 'count(k)';
    const counts = `CAST(${n} AS DOUBLE) AS numerator, CAST(NULL AS DOUBLE) AS denominator, CAST(${n} AS DOUBLE) AS value`;
    const counted = (b: string, key: string): string => {
      const rows = perPerson
        ? `SELECT period, any_value(p_end) AS p_end, pid, ${b} AS b FROM fb GROUP BY period, pid, ${b}`
        : `SELECT ${uniqueFacts ? '' : 'DISTINCT '}period, p_end, pid, ${b} AS b${kCol} FROM fb`;
      return `SELECT period, area, ${sqlConstants([key])} AS breakdown_key, coalesce(CAST(b AS VARCHAR), '') AS breakdown_value,
        ${counts} FROM (${cellsOf(rows, ['b'])}) GROUP BY ALL`;
    };
    const parts = [
      `SELECT period, area, ${sharedKey} AS breakdown_key, ${sharedValue} AS breakdown_value, ${counts}
      FROM (${sharedCells}) GROUP BY GROUPING SETS (${sets})`,
      ...keys.flatMap((key, i) => (unitLevel.includes(i) ? [] : [counted(`b${i}`, key)])),
    ];
    ctes.push(`agg AS (${parts.join('\n    UNION ALL ')})`);
  } else if (agg.kind === 'share') {
    const cond = 'bit_count(bits) >= 2';
    // Units: the class (bits) is a function of (period, unit), so units deduplicated per cell are counted once.
    const [cells, num, den] =
      agg.of === 'units'
        ? [
            `SELECT DISTINCT d.period, ra.aid AS area, ${dk}, d.bits
             FROM (SELECT ${distinct}period, p_end, pid${kCol}, bits FROM fb) d ${areaJoin('d')}`,
            `CAST(count(k) FILTER (WHERE ${cond}) AS DOUBLE)`,
            'CAST(count(k) AS DOUBLE)',
          ]
        : [
            `SELECT d.period, ra.aid AS area, d.bits, d.x
             FROM (SELECT period, p_end, pid, bits, sum(x) AS x FROM fb GROUP BY ALL) d ${areaJoin('d')}`,
            `coalesce(sum(x) FILTER (WHERE ${cond}), 0)`,
            'sum(x)',
          ];
    ctes.push(`agg AS (SELECT period, area, '' AS breakdown_key, '' AS breakdown_value,
        ${num} AS numerator, ${den} AS denominator, CASE WHEN ${den} <> 0 THEN ${num} / ${den} * ${agg.factor} END AS value
      FROM (${cells}) GROUP BY period, area)`);
  } else {
    // Additive measures: sum per person × period × breakdown values, attribute areas, sum per cell, then roll up.
    const bcols = keys.map((_, i) => `b${i}`);
    const bl = bcols.map((c) => `, ${c}`).join('');
    ctes.push(`fs AS (SELECT period, any_value(p_end) AS p_end, pid${bl}, sum(x) AS sx, count(*) AS n
      FROM fb GROUP BY period, pid${bl})`);
    ctes.push(`fsa AS (SELECT d.period, ra.aid AS area${bcols.map((c) => `, d.${c}`).join('')}, sum(d.sx) AS sx, sum(d.n) AS n
      FROM fs d ${areaJoin('d')} GROUP BY ALL)`);
    additiveCells(plan, ctes);
  }
}

/**
 * The CTE `name`: the cells of `agg` plus a zero total for every frame area (`_msd_frame`: the gemeente, its wijken,
 * custom areas) of the plan's levels and every period without one. A count or an amount is then 0; a mean or a
 * share has n = 0 and no value. Rates need none: their cells come from the denominator.
 */
function zeroFilled(plan: FactPlan, agg: string, name: string): string {
  const kind = plan.aggregation.kind;
  const zero =
    kind === 'mean' || kind === 'share'
      ? 'CAST(0 AS DOUBLE), CAST(0 AS DOUBLE), CAST(NULL AS DOUBLE)'
      : 'CAST(0 AS DOUBLE), CAST(NULL AS DOUBLE), CAST(0 AS DOUBLE)';
  return `${name} AS (
    SELECT period, area, breakdown_key, breakdown_value, numerator, denominator, value FROM ${agg}
    UNION ALL
    SELECT p.pn, f.area, '', '', ${zero}
    FROM ${readTable('period')} p JOIN ${readTable('frame')} f ON (f.valid_from IS NULL OR f.valid_from <= p.p_end)
      AND (f.valid_to IS NULL OR f.valid_to >= p.p_start)
    WHERE p.kind IN (${sqlConstants(plan.periodKinds)}) AND f.level IN (${sqlConstants(plan.areaLevels)})
      AND NOT EXISTS (SELECT 1 FROM ${agg} a WHERE a.period = p.pn AND a.area = f.area AND a.breakdown_key = ''))`;
}

function compileFacts(plan: FactPlan, fast: boolean): string {
  const indicator = sqlConstants([plan.id]);
  const delivery = deliverySql(plan.id);
  const agg = plan.aggregation;
  const ctes: string[] = [];
  // Counts of the unfiltered all-laws facts (households, persons by combination): from the shared tables.
  const fromShared = fast ? sharedCells(plan, (key) => breakdownColumn(plan, key)) : undefined;
  if (fromShared === undefined) factCells(plan, ctes, fast);
  else ctes.push(`agg AS (${fromShared})`);

  {
    // Areas were grouped as integers: back to their codes.
    const i = ctes.findIndex((c) => c.startsWith('agg AS ('));
    ctes[i] = `agg_aid${ctes[i]?.slice(3) ?? ''}`;
    ctes.push(`agg AS (SELECT a.period, n.area, a.breakdown_key, a.breakdown_value, a.numerator, a.denominator, a.value
      FROM agg_aid a JOIN ${readTable('area')} n ON n.aid = a.area)`);
  }
  if (factSource(plan).byPeriodEnd && !(fast && runLengthApplies(plan))) {
    // Cells were computed once per distinct period end: copy them to every period ending there.
    const i = ctes.findIndex((c) => c.startsWith('agg AS ('));
    ctes[i] = `agg_end${ctes[i]?.slice(3) ?? ''}`;
    ctes.push(`agg AS (${fanOutEnds(plan, 'agg_end')})`);
  }

  let select: string;
  if (agg.kind === 'rate') {
    ctes.push(denominatorSql(agg.denominator, plan.periodKinds).trim());
    select = `SELECT ${indicator} AS indicator, p.period, den.area, '' AS breakdown_key, '' AS breakdown_value,
        coalesce(agg.numerator, 0) AS numerator, den.d AS denominator,
        CASE WHEN den.d > 0 THEN coalesce(agg.numerator, 0) / den.d * ${agg.factor} END AS value,
        ${statusSql(plan.followUpMonths, delivery)} AS status
      FROM den JOIN ${readTable('period')} p ON p.pn = den.period
      LEFT JOIN agg ON agg.period = den.period AND agg.area = den.area AND agg.breakdown_key = ''
      WHERE ${LEVEL_OF('den.area')} IN (${sqlConstants(plan.areaLevels)}) AND ${reportedSql(delivery)}`;
  } else {
    ctes.push(zeroFilled(plan, 'agg', 'cells'));
    select = `SELECT ${indicator} AS indicator, p.period, c.area, c.breakdown_key, c.breakdown_value,
        c.numerator, c.denominator, c.value, ${statusSql(plan.followUpMonths, delivery)} AS status
      FROM cells c JOIN ${readTable('period')} p ON p.pn = c.period WHERE ${reportedSql(delivery)}`;
  }
  return `WITH ${ctes.join(',\n')}\n${select}`;
}

function compileRatio(plan: RatioPlan): string {
  const indicator = sqlConstants([plan.id]);
  const delivery = deliverySql(plan.id);
  const kinds = sqlConstants(plan.periodKinds);
  const fromCube = (id: string): string => `SELECT period, area, breakdown_key, breakdown_value, value
    FROM indicator_value WHERE indicator = ${sqlConstant(id)} AND source = 'computed'
      AND period IN (SELECT period FROM ${readTable('period')} WHERE kind IN (${kinds}))`;
  const n = `n AS (${fromCube(plan.numerator)})`;
  const ctes =
    plan.denominator.kind === 'indicator'
      ? [
          n,
          `d AS (SELECT * FROM (${fromCube(plan.denominator.id)})
             WHERE breakdown_key IN (${sqlConstants(['', ...plan.breakdowns])}))`,
        ]
      : [
          n,
          denominatorSql(plan.denominator, plan.periodKinds).trim(),
          `d AS (SELECT p.period, den.area, '' AS breakdown_key, '' AS breakdown_value, den.d AS value
             FROM den JOIN ${readTable('period')} p ON p.pn = den.period WHERE ${LEVEL_OF('den.area')} IN (${sqlConstants(plan.areaLevels)}))`,
        ];
  const sql = `WITH ${ctes.join(',\n')}
    SELECT ${indicator} AS indicator, d.period, d.area, d.breakdown_key, d.breakdown_value,
      coalesce(n.value, 0) AS numerator, d.value AS denominator,
      CASE WHEN d.value > 0 THEN coalesce(n.value, 0) / d.value * ${plan.factor} END AS value,
      ${statusSql(plan.followUpMonths, delivery)} AS status
    FROM d JOIN ${readTable('period')} p ON p.period = d.period
    LEFT JOIN n ON n.period = d.period AND n.area = d.area AND n.breakdown_key = d.breakdown_key
      AND n.breakdown_value = d.breakdown_value
    WHERE ${reportedSql(delivery)}`;
  return sql;
}

/**
 * Compiles a plan to one SELECT returning CUBE_COLUMNS, with the tables it reads; imported indicators compile to
 * nothing (undefined).
 */
export function compileIndicator(plan: IndicatorPlan, options: CompileOptions = {}): CompiledSql | undefined {
  if (plan.kind === 'imported') return undefined;
  const fast = options.fastPaths ?? true;
  const { result: sql, reads } = recordReads(() =>
    plan.kind === 'facts' ? compileFacts(plan, fast) : compileRatio(plan),
  );
  return { sql, reads, shared: sharedGroupsIn(reads.tables) };
}
