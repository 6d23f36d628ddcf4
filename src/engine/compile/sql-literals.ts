/** @module SQL literals for the constants of generated statements: the engine writes constants into its SQL text rather than binding them as parameters, because DuckDB plans a statement with parameters again when it runs it (ADR 0007). */

/** A SQL string literal. */
export const sqlLiteral = (value: string): string => `'${value.replace(/'/g, "''")}'`;

/** A SQL number literal (refused unless finite). */
export function numberLiteral(value: number): string {
  if (!Number.isFinite(value)) throw new RangeError(`not a finite number: ${value}`);
  return String(value);
}

/** A string or number constant as a SQL literal. */
export const sqlConstant = (value: string | number): string =>
  typeof value === 'number' ? numberLiteral(value) : sqlLiteral(value);

/** Constants as a comma-separated list of literals (for `IN (...)`). */
export const sqlConstants = (values: readonly (string | number)[]): string =>
  values.map(sqlConstant).join(', ');

/** A SQL date literal of an ISO date (refused otherwise): a constant the planner can use, unlike a subquery. */
export function dateLiteral(date: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new RangeError(`not an ISO date: ${date}`);
  return `DATE '${date}'`;
}
