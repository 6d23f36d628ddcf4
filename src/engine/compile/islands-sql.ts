/** @module Gaps-and-islands SQL: merges overlapping or touching episodes into islands (trajectories, care spells, run-length counts). */

/**
 * Gaps-and-islands merge of episodes per `keys`: overlapping or touching (start ≤ running max end + 1 day) become
 * one, with its first start and last end (`start_date`, `e_end`) and the `extra` aggregates over its episodes.
 */
export function islandsSql(source: string, keys: string, extra = ''): string {
  return `
    WITH e AS (${source}),
    m AS (
      SELECT *, max(e_end) OVER (PARTITION BY ${keys} ORDER BY start_date, e_end
        ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS prev_end
      FROM e
    ), g AS (
      SELECT *, sum(CASE WHEN prev_end IS NULL OR start_date > prev_end + 1 THEN 1 ELSE 0 END)
        OVER (PARTITION BY ${keys} ORDER BY start_date, e_end ROWS UNBOUNDED PRECEDING) AS isl
      FROM m
    )
    SELECT ${keys}, min(start_date) AS start_date, max(e_end) AS e_end${extra ? `, ${extra}` : ''}
    FROM g GROUP BY ${keys}, isl`;
}
