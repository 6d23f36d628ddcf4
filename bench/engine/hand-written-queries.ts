/** @module Engine benchmark reference: one hand-written DuckDB query per core indicator (totals per period × gemeente/wijk, 2015–2026), read straight from the canonical tables. */

/** Periods 2015–2026 of every kind (year, half, quarter, month) with start and end. */
const PERIODS = `per AS (
    SELECT CAST(y AS VARCHAR) AS period, make_date(y, 1, 1) AS ps, make_date(y, 12, 31) AS pe FROM range(2015, 2027) t(y)
    UNION ALL SELECT y || '-H' || h, make_date(y, h * 6 - 5, 1), last_day(make_date(y, h * 6, 1))
      FROM range(2015, 2027) t(y), range(1, 3) u(h)
    UNION ALL SELECT y || '-Q' || q, make_date(y, q * 3 - 2, 1), last_day(make_date(y, q * 3, 1))
      FROM range(2015, 2027) t(y), range(1, 5) u(q)
    UNION ALL SELECT y || '-' || lpad(CAST(m AS VARCHAR), 2, '0'), make_date(y, m, 1), last_day(make_date(y, m, 1))
      FROM range(2015, 2027) t(y), range(1, 13) u(m))`;

/** Address intervals: a row applies from its date (the first row also before it) to the next row. */
const RESIDENCE = `res AS (
    SELECT pid, CASE WHEN row_number() OVER w = 1 THEN DATE '0001-01-01' ELSE valid_from END AS rf,
      coalesce(lead(valid_from) OVER w, DATE '9999-12-31') AS rt, gemeente, wijk
    FROM residence WINDOW w AS (PARTITION BY pid ORDER BY valid_from))`;

/** Counts or sums facts `x (pid, period, pe, v)` per period and area (gemeente and wijk at the period end). */
const byArea = (measure: string): string => `
  SELECT x.period, a.area, ${measure} AS value
  FROM x JOIN res r ON r.pid = x.pid AND r.rf <= x.pe AND x.pe < r.rt,
    LATERAL (SELECT r.gemeente AS area UNION ALL SELECT r.wijk WHERE r.wijk IS NOT NULL) a
  GROUP BY ALL`;

const age = (date: string): string =>
  `(year(${date}) * 12 + month(${date}) - 1 - (CAST(substr(pe2.birth_ym, 1, 4) AS INTEGER) * 12 + CAST(substr(pe2.birth_ym, 6, 2) AS INTEGER) - 1)) // 12`;

const inPeriod = (law: string, ages: string | undefined): string => `WITH ${PERIODS}, ${RESIDENCE},
  x AS (
    SELECT p.pid, per.period, per.pe, min(greatest(p.start_date, per.ps)) AS first_day
    FROM provision p JOIN per ON p.start_date <= per.pe AND coalesce(p.end_date, DATE '9999-12-31') >= per.ps
    WHERE p.law = '${law}' AND p.status = 'started' AND p.start_date IS NOT NULL
    GROUP BY ALL
  )${
    ages === undefined
      ? byArea('count(*)')
      : `, y AS (SELECT x.* FROM x JOIN person pe2 ON pe2.pid = x.pid WHERE ${age('x.first_day')} ${ages})
  ${byArea('count(*)').replace(/\bFROM x\b/, 'FROM y x')}`
  }`;

export interface HandWrittenQuery {
  readonly indicator: string;
  readonly sql: string;
}

export const HAND_WRITTEN: readonly HandWrittenQuery[] = [
  { indicator: 'youth.clients', sql: inPeriod('youth', 'BETWEEN 0 AND 22') },
  {
    indicator: 'youth.inflow',
    sql: `WITH ${PERIODS}, ${RESIDENCE},
      f AS (SELECT pid, min(start_date) AS first_start FROM provision
            WHERE law = 'youth' AND status = 'started' AND start_date IS NOT NULL GROUP BY pid),
      x AS (SELECT f.pid, per.period, per.pe FROM f JOIN per ON f.first_start BETWEEN per.ps AND per.pe)
      ${byArea('count(*)')}`,
  },
  {
    indicator: 'youth.cost',
    sql: `WITH ${PERIODS}, ${RESIDENCE},
      x AS (
        SELECT c.pid, per.period, per.pe,
          sum(c.amount_cents / 100.0 * (least(c.period_end, per.pe) - greatest(c.period_start, per.ps) + 1)
            / (c.period_end - c.period_start + 1)) AS v
        FROM claim c JOIN per ON c.period_start <= per.pe AND c.period_end >= per.ps
        WHERE c.law = 'youth' AND c.period_end >= c.period_start GROUP BY ALL)
      ${byArea('round(sum(v), 2)')}`,
  },
  { indicator: 'support.clients', sql: inPeriod('support', undefined) },
  {
    indicator: 'participation.benefits.stock',
    sql: `WITH ${PERIODS}, ${RESIDENCE},
      x AS (SELECT DISTINCT b.pid, per.period, per.pe FROM benefit b
            JOIN per ON b.start_date <= per.pe AND coalesce(b.end_date, DATE '9999-12-31') >= per.pe
            WHERE b.kind = 'PW' AND NOT b.institution_or_homeless)
      ${byArea('count(*)')}`,
  },
];
