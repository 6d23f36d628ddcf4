/** @module Writes an indicator's computed cells into the cube (`indicator_value`); a full compute compares them with the stored rows first and writes nothing when no figure changed. */
import type { SqlStore } from '../../store/sql-store.ts';
import { sqlLiteral } from '../compile/sql-literals.ts';
import { tableName } from '../compile/working-tables.ts';

/** The cells of the indicator being written (a temp table with the compiled statement's columns). */
const NEW_CELLS = tableName('new_cells');

/** The columns of a cube row the compiled statements give (all but source and computed_at). */
const CELL_COLUMNS =
  'indicator, period, area, breakdown_key, breakdown_value, numerator, denominator, value, status';

export interface CellWrite {
  readonly indicator: string;
  /** The compiled statement (columns `CUBE_COLUMNS`), its constants written as literals. */
  readonly sql: string;
  /**
   * A full compute: the new cells replace all of the indicator's computed rows, and are compared with them first
   * (most figures of a full compute are unchanged). Otherwise (an incremental recompute, whose inputs changed)
   * they replace the rows of the run's periods without comparing.
   */
  readonly full: boolean;
  /**
   * The indicator may have computed rows in the cube. False only when it is known to have none: a full compute then
   * inserts without comparing.
   */
  readonly hasRows: boolean;
  /** computed_at of the rows written. */
  readonly computedAt: string;
  /**
   * Periods beginning before this date (ISO) are frozen by the retention rule (ADR 0019): their stored rows are
   * neither deleted nor compared, and no cell of them is written. Absent: nothing was purged.
   */
  readonly frozenBefore?: string;
}

/**
 * SQL of the first day of a computed period id (`2019`, `2019-H1`, `2019-Q3`, `2019-07`; period.ts), so rows can be
 * told frozen without a join.
 */
export function periodStartSql(period: string): string {
  const year = `CAST(substr(${period}, 1, 4) AS INTEGER)`;
  const index = `CAST(substr(${period}, 7) AS INTEGER)`;
  return `CASE WHEN length(${period}) = 4 THEN make_date(${year}, 1, 1)
    WHEN substr(${period}, 6, 1) = 'H' THEN make_date(${year}, (${index} - 1) * 6 + 1, 1)
    WHEN substr(${period}, 6, 1) = 'Q' THEN make_date(${year}, (${index} - 1) * 3 + 1, 1)
    ELSE make_date(${year}, CAST(substr(${period}, 6, 2) AS INTEGER), 1) END`;
}

/**
 * Writes one indicator's cells and returns how many cells it computed. Its deletes and inserts run in one
 * transaction: the caller's (a compute pass), else their own. A full compute of an indicator with stored rows puts
 * its cells into a temp table, each compared with its stored row in the same statement (one full join with all of
 * the indicator's stored rows): when every cell has the same figures and status, nothing is written; else the rows
 * are replaced by the new cells. Otherwise the rows in scope are deleted and the statement's rows inserted
 * directly. Either way the cube ends up as after deleting and inserting everything, but a full compute of unchanged
 * data writes (and logs, and checkpoints) nothing. `computed_at` therefore tells when an indicator's rows last
 * changed.
 */
export async function writeIndicatorCells(store: SqlStore, write: CellWrite): Promise<number> {
  const { indicator, computedAt } = write;
  // Literals, no parameters: DuckDB would plan the statement again when it runs (sql-literals.ts).
  const open =
    write.frozenBefore === undefined
      ? ''
      : ` AND ${periodStartSql('period')} >= CAST(${sqlLiteral(write.frozenBefore)} AS DATE)`;
  const inScope = `indicator = ${sqlLiteral(indicator)} AND source = 'computed'${write.full ? '' : ` AND period IN (SELECT period FROM ${tableName('period')})`}${open}`;
  const insert = `INSERT INTO indicator_value SELECT ${CELL_COLUMNS}, 'computed', CAST(${sqlLiteral(computedAt)} AS TIMESTAMP)`;
  // The statement's cells of open periods only (all of them when nothing is frozen).
  const cells = open === '' ? write.sql : `SELECT * FROM (${write.sql}) WHERE TRUE${open}`;
  if (!write.full || !write.hasRows) {
    return store.transaction(async () => {
      if (!write.full) await store.run(`DELETE FROM indicator_value WHERE ${inScope}`);
      // DuckDB answers an INSERT with the number of rows it wrote.
      const [row] = await store.all<{ Count: number }>(`${insert} FROM (${cells})`);
      return Number(row?.Count ?? 0);
    });
  }
  // The new cells, each with whether it differs from its stored row, in the statement that computes them; a stored
  // row without a new cell comes along without a period, as a difference.
  await store.run(`CREATE OR REPLACE TEMP TABLE ${NEW_CELLS} AS
    SELECT n.*, (n.period IS NULL OR v.period IS NULL OR n.numerator IS DISTINCT FROM v.numerator
        OR n.denominator IS DISTINCT FROM v.denominator OR n.value IS DISTINCT FROM v.value OR n.status <> v.status) AS differs
    FROM (SELECT ${CELL_COLUMNS} FROM (${cells})) n
    FULL JOIN (SELECT * FROM indicator_value WHERE ${inScope}) v ON v.period = n.period AND v.area = n.area
      AND v.breakdown_key = n.breakdown_key AND v.breakdown_value = n.breakdown_value`);
  try {
    const [diff] = await store.all<{ cells: number; changed: number }>(
      `SELECT count(period) AS cells, count(*) FILTER (WHERE differs) AS changed FROM ${NEW_CELLS}`,
    );
    if (Number(diff?.changed ?? 1) > 0)
      await store.transaction(async () => {
        await store.run(`DELETE FROM indicator_value WHERE ${inScope}`);
        await store.run(`${insert} FROM ${NEW_CELLS} WHERE period IS NOT NULL`);
      });
    return Number(diff?.cells ?? 0);
  } finally {
    await store.run(`DROP TABLE IF EXISTS ${NEW_CELLS}`);
  }
}
