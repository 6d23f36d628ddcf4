/** @module Engine benchmark reference: one hand-written DuckDB query per core indicator giving the same cells as the engine (every period kind, gemeente, wijken and custom areas, breakdowns), read straight from the canonical tables. */
import type { CodeMappings } from '../../src/catalogue/code-mappings.ts';
import { SUPPORT_AGE_CLASSES } from '../../src/catalogue/standard-catalogue-support.ts';
import { YOUTH_AGE_CLASSES } from '../../src/catalogue/standard-catalogue-youth.ts';

export interface HandWrittenContext {
  readonly firstYear: number;
  readonly lastYear: number;
  /** Periods that begin after this date (ISO) are not reported. */
  readonly deliveryDate: string;
  /** The deployment's gemeente: persons without any address count there. */
  readonly gemeente: string;
  readonly mappings: CodeMappings;
}

export interface HandWrittenQuery {
  readonly indicator: string;
  /** Columns period, area, breakdown_key, breakdown_value, value (the engine's numerator). */
  readonly sql: string;
}

const quote = (v: string): string => `'${v.replace(/'/g, "''")}'`;

/** Periods of every kind (year, half, quarter, month) with start and end, begun by the delivery date. */
const periods = (c: HandWrittenContext): string => {
  const years = `range(${c.firstYear}, ${c.lastYear + 1}) t(y)`;
  return `per AS (SELECT * FROM (
    SELECT CAST(y AS VARCHAR) AS period, make_date(y, 1, 1) AS ps, make_date(y, 12, 31) AS pe FROM ${years}
    UNION ALL SELECT y || '-H' || h, make_date(y, h * 6 - 5, 1), last_day(make_date(y, h * 6, 1)) FROM ${years}, range(1, 3) u(h)
    UNION ALL SELECT y || '-Q' || q, make_date(y, q * 3 - 2, 1), last_day(make_date(y, q * 3, 1)) FROM ${years}, range(1, 5) u(q)
    UNION ALL SELECT y || '-' || lpad(CAST(m AS VARCHAR), 2, '0'), make_date(y, m, 1), last_day(make_date(y, m, 1))
      FROM ${years}, range(1, 13) u(m)) WHERE ps <= DATE ${quote(c.deliveryDate)}),
    frame AS (SELECT code AS area FROM area WHERE level = 'custom' OR code = ${quote(c.gemeente)}
      OR (level = 'wijk' AND code LIKE ${quote(`WK${c.gemeente.slice(2, 6)}%`)}))`;
};

/** A code → group table (careType or supportType). */
const mapping = (name: string, map: Readonly<Record<string, string>>): string =>
  `${name} AS (SELECT * FROM (VALUES ${Object.entries(map)
    .map(([code, group]) => `(${quote(code)}, ${quote(group)})`)
    .join(', ')}) t(category, grp))`;

/**
 * Every area of a person over time (`pid, rf, rt, area`): the address valid from its date (the first one also
 * before it) to the next, as gemeente, wijk and the custom areas containing the wijk or buurt; persons of the
 * facts `x` without any address count in the gemeente.
 */
const areas = (c: HandWrittenContext): string => `res AS (
    SELECT pid, CASE WHEN row_number() OVER w = 1 THEN DATE '0001-01-01' ELSE valid_from END AS rf,
      coalesce(lead(valid_from) OVER w, DATE '9999-12-31') AS rt, gemeente, wijk, buurt
    FROM (SELECT pid, valid_from, max(gemeente) AS gemeente, max(wijk) AS wijk, max(buurt) AS buurt
          FROM residence GROUP BY pid, valid_from)
    WINDOW w AS (PARTITION BY pid ORDER BY valid_from)
  ), areas AS (
    SELECT pid, rf, rt, gemeente AS area FROM res
    UNION ALL SELECT pid, rf, rt, wijk FROM res WHERE wijk IS NOT NULL
    UNION ALL SELECT DISTINCT r.pid, r.rf, r.rt, m.area FROM res r JOIN area_member m ON m.member IN (r.wijk, r.buurt)
    UNION ALL SELECT DISTINCT pid, DATE '0001-01-01', DATE '9999-12-31', ${quote(c.gemeente)} FROM x
      WHERE NOT EXISTS (SELECT 1 FROM residence r WHERE r.pid = x.pid)
  ), cells AS (
    SELECT x.*, a.area FROM x JOIN areas a ON a.pid = x.pid AND a.rf <= x.pe AND x.pe < a.rt)`;

/** Completed years between the birth date and a date; NULL when the birth date is unknown. */
const age = (date: string): string => `date_sub('year', pe2.birth_date, ${date})`;

const ageGroup = (classes: readonly { label: string; from: number; to?: number }[]): string =>
  `CASE ${classes
    .map(
      (c) => `WHEN age >= ${c.from}${c.to === undefined ? '' : ` AND age <= ${c.to}`} THEN ${quote(c.label)}`,
    )
    .join(' ')} ELSE 'onbekend' END`;

/**
 * Cells of `cells` per period and area: the total and one row per value of each breakdown column, plus a zero
 * total for every frame area (gemeente, wijken, custom areas) and period without one.
 */
const breakdowns = (measure: string, columns: Readonly<Record<string, string>>): string => {
  const keys = Object.keys(columns);
  return `, g AS (SELECT period, area,
      CASE ${keys.map((k) => `WHEN grouping(${columns[k]}) = 0 THEN ${quote(k)}`).join(' ')} ELSE '' END AS breakdown_key,
      coalesce(${keys.map((k) => `CAST(${columns[k]} AS VARCHAR)`).join(', ')}, '') AS breakdown_value,
      ${measure} AS value
    FROM cells
    GROUP BY GROUPING SETS ((period, area), ${keys.map((k) => `(period, area, ${columns[k]})`).join(', ')}))
    SELECT * FROM g
    UNION ALL SELECT per.period, frame.area, '', '', 0 FROM per, frame
      WHERE NOT EXISTS (SELECT 1 FROM g WHERE g.period = per.period AND g.area = frame.area AND g.breakdown_key = '')`;
};

/** Persons with an episode of the law in the period; age on their first day with care in the period. */
const clients = (
  c: HandWrittenContext,
  law: 'youth' | 'support',
  ageFilter: string,
  classes: readonly { label: string; from: number; to?: number }[],
): string => `WITH ${periods(c)},
  ${mapping('map', law === 'youth' ? c.mappings.careType : c.mappings.supportType)},
  e AS (
    SELECT p.pid, per.period, per.pe, coalesce(m.grp, ${quote(law === 'youth' ? 'overig' : 'Overig')}) AS grp,
      min(greatest(p.start_date, per.ps)) OVER (PARTITION BY p.pid, per.period) AS first_day
    FROM provision p JOIN per ON p.start_date <= per.pe AND coalesce(p.end_date, DATE '9999-12-31') >= per.ps
    LEFT JOIN map m ON m.category = p.category
    WHERE p.law = ${quote(law)} AND p.status = 'started' AND p.start_date IS NOT NULL
      AND (p.end_date IS NULL OR p.end_date >= p.start_date)
  ), x AS (
    SELECT * FROM (
      SELECT e.*, ${age('e.first_day')} AS age, coalesce(pe2.gender, 'unknown') AS gender
      FROM e LEFT JOIN person pe2 ON pe2.pid = e.pid) ${ageFilter}
  ), ${areas(c)}
  ${breakdowns('count(DISTINCT pid)', { [law === 'youth' ? 'careType' : 'supportType']: 'grp', ageGroup: ageGroup(classes), gender: 'gender' })}`;

export function handWrittenQueries(c: HandWrittenContext): readonly HandWrittenQuery[] {
  return [
    { indicator: 'youth.clients', sql: clients(c, 'youth', 'WHERE age BETWEEN 0 AND 22', YOUTH_AGE_CLASSES) },
    {
      indicator: 'youth.inflow',
      sql: `WITH ${periods(c)},
        f AS (SELECT pid, min(start_date) AS first_start FROM provision
              WHERE law = 'youth' AND status = 'started' AND start_date IS NOT NULL
                AND (end_date IS NULL OR end_date >= start_date) GROUP BY pid),
        x AS (SELECT f.pid, per.period, per.pe, ${age('f.first_start')} AS age, coalesce(pe2.gender, 'unknown') AS gender
              FROM f JOIN per ON f.first_start BETWEEN per.ps AND per.pe LEFT JOIN person pe2 ON pe2.pid = f.pid),
        ${areas(c)}
        ${breakdowns('count(DISTINCT pid)', { ageGroup: ageGroup(YOUTH_AGE_CLASSES), gender: 'gender' })}`,
    },
    {
      indicator: 'youth.cost',
      sql: `WITH ${periods(c)}, ${mapping('map', c.mappings.careType)},
        x AS (
          SELECT c.pid, per.period, per.pe, coalesce(m.grp, 'overig') AS grp, coalesce(c.provider, 'onbekend') AS provider,
            c.category, c.amount_cents / 100.0 * (least(c.period_end, per.pe) - greatest(c.period_start, per.ps) + 1)
              / (c.period_end - c.period_start + 1) AS euro
          FROM claim c JOIN per ON c.period_start <= per.pe AND c.period_end >= per.ps
          LEFT JOIN map m ON m.category = c.category
          WHERE c.law = 'youth' AND c.period_end >= c.period_start),
        ${areas(c)}
        ${breakdowns('round(sum(euro), 2)', { careType: 'grp', provider: 'provider', category: 'category' })}`,
    },
    { indicator: 'support.clients', sql: clients(c, 'support', '', SUPPORT_AGE_CLASSES) },
    {
      indicator: 'participation.benefits.stock',
      sql: `WITH ${periods(c)},
        x AS (SELECT DISTINCT b.pid, per.period, per.pe, coalesce(pe2.gender, 'unknown') AS gender
              FROM benefit b JOIN per ON b.start_date <= per.pe AND coalesce(b.end_date, DATE '9999-12-31') >= per.pe
              LEFT JOIN person pe2 ON pe2.pid = b.pid
              WHERE b.kind = 'PW' AND NOT b.institution_or_homeless),
        ${areas(c)}
        ${breakdowns('count(DISTINCT pid)', { gender: 'gender' })}`,
    },
  ];
}
