/** @module The small SQL interface the rest of the product uses to talk to the store (conventions §3: we own the interface, DuckDB sits behind it). */

/** A value bound to a `?` placeholder. */
export type SqlParam = string | number | boolean | null | bigint;

/** A result row: numbers (BIGINT converted when safe), strings (dates as `YYYY-MM-DD`), booleans or null. */
export type SqlRow = Record<string, string | number | boolean | null>;

export interface SqlStore {
  /** Runs one or more statements (params only with a single statement). */
  run(sql: string, params?: readonly SqlParam[]): Promise<void>;
  /** Runs a query and returns all rows. */
  all<T extends SqlRow = SqlRow>(sql: string, params?: readonly SqlParam[]): Promise<T[]>;
  /** Runs `work` in one transaction: all of it is stored or none of it. Nested calls join the outer transaction. */
  transaction<T>(work: () => Promise<T>): Promise<T>;
  /** Appends rows to a table in bulk (fast path for ingestion); values in the table's column order. */
  append(table: string, rows: Iterable<readonly SqlParam[]>): Promise<number>;
  /** A second connection to the same database with its own transactions (closing it keeps the database open). */
  fork(): Promise<SqlStore>;
  close(): void;
}
