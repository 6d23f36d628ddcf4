/** @module The DuckDB implementation of SqlStore: opening a database file (or memory), value conversion, transactions, bulk append. */
import type { DuckDBConnection } from '@duckdb/node-api';
import { DuckDBInstance, type DuckDBValue } from '@duckdb/node-api';
import { StoreError } from '../errors.ts';
import { STORE_REFUSED } from './store-reasons.ts';
import type { SqlParam, SqlRow, SqlStore } from './sql-store.ts';
import { yieldToEventLoop } from '../event-loop.ts';

/** Converts DuckDB's JS values to plain JSON-friendly values: bigint → number, DATE/TIMESTAMP/DECIMAL → string or number. */
function toPlain(value: unknown): string | number | boolean | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'bigint') {
    const n = Number(value);
    if (!Number.isSafeInteger(n))
      throw new StoreError(`Integer ${value} is too large for a JavaScript number`);
    return n;
  }
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return value;
  if (value instanceof Date) return value.toISOString();
  // DuckDB value objects (dates, decimals, timestamps) render themselves in SQL text form.
  const text = String(value);
  return /^-?\d+(\.\d+)?$/.test(text) ? Number(text) : text;
}

function toDuckValue(param: SqlParam): DuckDBValue {
  return param;
}

/** Recognises DuckDB's "database file is locked by another process" error and names that process. */
function explainOpenError(path: string, error: unknown): StoreError {
  const message = error instanceof Error ? error.message : String(error);
  const lock = /Conflicting lock is held in (.*?) \(PID (\d+)\)/.exec(message);
  if (lock) {
    return new StoreError(STORE_REFUSED.inUse(path, lock[1] ?? '', lock[2] ?? ''));
  }
  return new StoreError(STORE_REFUSED.cannotOpen(path, message));
}

export class DuckDbStore implements SqlStore {
  private transactionDepth = 0;

  private constructor(
    private readonly instance: DuckDBInstance,
    private readonly connection: DuckDBConnection,
    private readonly ownsInstance = true,
  ) {}

  /**
   * Another connection to the same database: its own transactions (MVCC), so a server's page reads never run
   * inside a write transaction of a handed-over ingest. Closing it leaves the database open.
   */
  async fork(): Promise<DuckDbStore> {
    return new DuckDbStore(this.instance, await this.instance.connect(), false);
  }

  /** Opens (creating if needed) a database file, or an in-memory database for `:memory:`. */
  static async open(path: string, options: { readOnly?: boolean } = {}): Promise<DuckDbStore> {
    let instance: DuckDBInstance;
    try {
      instance = await DuckDBInstance.create(path, options.readOnly ? { access_mode: 'READ_ONLY' } : {});
    } catch (error) {
      throw explainOpenError(path, error);
    }
    const connection = await instance.connect();
    return new DuckDbStore(instance, connection);
  }

  async run(sql: string, params: readonly SqlParam[] = []): Promise<void> {
    await this.connection.run(sql, params.length > 0 ? params.map(toDuckValue) : undefined);
  }

  async all<T extends SqlRow = SqlRow>(sql: string, params: readonly SqlParam[] = []): Promise<T[]> {
    const reader = await this.connection.runAndReadAll(
      sql,
      params.length > 0 ? params.map(toDuckValue) : undefined,
    );
    const names = reader.columnNames();
    return reader.getRows().map((row) => {
      const out: SqlRow = {};
      names.forEach((name, i) => {
        out[name] = toPlain(row[i]);
      });
      return out as T;
    });
  }

  async transaction<T>(work: () => Promise<T>): Promise<T> {
    if (this.transactionDepth > 0) return work();
    await this.connection.run('BEGIN TRANSACTION');
    this.transactionDepth++;
    try {
      const result = await work();
      await this.connection.run('COMMIT');
      return result;
    } catch (error) {
      await this.connection.run('ROLLBACK');
      throw error;
    } finally {
      this.transactionDepth--;
    }
  }

  async append(table: string, rows: Iterable<readonly SqlParam[]>): Promise<number> {
    const appender = await this.connection.createAppender(table);
    let count = 0;
    try {
      for (const row of rows) {
        for (const value of row) appendValue(appender, value);
        appender.endRow();
        // The appender is synchronous: let the event loop run (a server in this process answers) between slices.
        if (++count % APPEND_SLICE_ROWS === 0) await yieldToEventLoop();
      }
      appender.flushSync();
    } finally {
      appender.closeSync();
    }
    return count;
  }

  close(): void {
    this.connection.closeSync();
    if (this.ownsInstance) this.instance.closeSync();
  }
}

type Appender = Awaited<ReturnType<DuckDBConnection['createAppender']>>;

/**
 * Rows appended between two yields to the event loop: a few milliseconds of appending, or of keying the BSNs that a
 * lazy row source computes as the appender reads it (HMAC-SHA256, about 15 µs each).
 */
const APPEND_SLICE_ROWS = 1024;

function appendValue(appender: Appender, value: SqlParam): void {
  if (value === null) appender.appendNull();
  else if (typeof value === 'string') appender.appendVarchar(value);
  else if (typeof value === 'boolean') appender.appendBoolean(value);
  else if (typeof value === 'bigint') appender.appendBigInt(value);
  // 32-bit integers without a BigInt allocation (the appender casts to the column's type).
  else if (Number.isInteger(value) && value >= -2147483648 && value <= 2147483647)
    appender.appendInteger(value);
  else if (Number.isInteger(value)) appender.appendBigInt(BigInt(value));
  else appender.appendDouble(value);
}
