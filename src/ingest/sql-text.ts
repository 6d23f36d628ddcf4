/** @module Small helpers to put values and names into SQL text safely where DuckDB does not take parameters (table-function arguments, identifiers). */

/** A SQL string literal. */
export const sqlString = (value: string): string => `'${value.replaceAll("'", "''")}'`;

/** A quoted SQL identifier (column names from a vendor's file). */
export const sqlIdentifier = (name: string): string => `"${name.replaceAll('"', '""')}"`;
