/** @module Buffers the pseudonymised records of one iJw / iWmo batch into temporary stage tables (bulk appends in bounded chunks); never sees a BSN. */
import type { SqlParam, SqlStore } from '../../store/sql-store.ts';

/** Rows kept in memory per stage before they are appended to DuckDB. */
const FLUSH_ROWS = 20_000;

/** The stage tables and their columns (all dropped when the batch ends); `msg` numbers the messages of the batch. */
export const STAGES = {
  _istd_stage_allocation: `msg BIGINT, seq BIGINT, message_date VARCHAR, law VARCHAR, allocation_no VARCHAR, pid VARCHAR,
    birth_date VARCHAR, gender VARCHAR, category VARCHAR, product VARCHAR, provider VARCHAR, allocation_date VARCHAR,
    start_date VARCHAR, end_date VARCHAR, change_reason VARCHAR, postcode VARCHAR, household VARCHAR`,
  _istd_stage_start: `msg BIGINT, seq BIGINT, message_date VARCHAR, law VARCHAR, allocation_no VARCHAR, pid VARCHAR,
    birth_date VARCHAR, gender VARCHAR, category VARCHAR, product VARCHAR, provider VARCHAR, start_date VARCHAR,
    status VARCHAR`,
  _istd_stage_stop: `msg BIGINT, seq BIGINT, message_date VARCHAR, law VARCHAR, allocation_no VARCHAR, pid VARCHAR,
    birth_date VARCHAR, gender VARCHAR, category VARCHAR, product VARCHAR, provider VARCHAR, start_date VARCHAR,
    end_date VARCHAR, end_reason VARCHAR, status VARCHAR`,
  _istd_stage_claim: `msg BIGINT, seq BIGINT, law VARCHAR, pid VARCHAR, allocation_no VARCHAR, category VARCHAR, product VARCHAR,
    provider VARCHAR, period_start VARCHAR, period_end VARCHAR, volume DOUBLE, unit VARCHAR, amount_cents BIGINT,
    declaration_no VARCHAR, reference_no VARCHAR, submitted_on VARCHAR`,
  _istd_stage_message: `msg BIGINT, file VARCHAR, law VARCHAR, message_type VARCHAR, message_id VARCHAR, sender VARCHAR,
    receiver VARCHAR, message_date VARCHAR`,
  _istd_stage_quarantine: `msg BIGINT, file VARCHAR, message_id VARCHAR, position VARCHAR, reason VARCHAR`,
  /** The sha256 of each message's XML (one message per file or zip entry): a resend is told from a copy by it. */
  _istd_stage_message_hash: `msg BIGINT, sha256 VARCHAR`,
} as const;
export type StageTable = keyof typeof STAGES;

/** Thrown by {@link RecordStage.add} when a stage with a row limit is full. */
export const STAGE_FULL = new Error('the stage holds its maximum number of rows');

/** Where parsing puts its rows: a {@link RecordStage}, or {@link HeldRows} on a worker thread. */
export interface StageSink {
  /** Takes a row; a promise only when the caller must wait (rows being appended). */
  add(table: StageTable, row: SqlParam[]): Promise<void> | undefined;
}

/** The rows of each stage table, in the order they were added. */
export type StageRows = Partial<Record<StageTable, SqlParam[][]>>;

/** Rows held in memory only (a worker thread has no database), at most `limit` of them, else {@link STAGE_FULL}. */
export class HeldRows implements StageSink {
  readonly rows: StageRows = {};
  #held = 0;

  constructor(private readonly limit: number) {}

  add(table: StageTable, row: SqlParam[]): undefined {
    if (++this.#held > this.limit) throw STAGE_FULL;
    (this.rows[table] ??= []).push(row);
    return undefined;
  }
}

/** In-memory row buffers per stage table, appended in chunks so memory stays flat on huge files. */
export class RecordStage implements StageSink {
  readonly #buffers = new Map<StageTable, SqlParam[][]>();
  readonly #counts = new Map<StageTable, number>();
  #held = 0;

  /**
   * A `limit` makes the stage hold every row in memory (no appends, so it needs no DuckDB until {@link flush}) and
   * throw {@link STAGE_FULL} from {@link add} beyond `limit` rows: used to parse the next file ahead.
   */
  constructor(
    private readonly store: SqlStore,
    private readonly limit?: number,
  ) {}

  /** A stage holding rows parsed elsewhere (a worker thread), appended by {@link flush}. */
  static holding(store: SqlStore, rows: StageRows): RecordStage {
    const stage = new RecordStage(store, Infinity);
    for (const [table, held] of Object.entries(rows) as [StageTable, SqlParam[][]][]) {
      stage.#buffers.set(table, held);
      stage.#counts.set(table, held.length);
    }
    return stage;
  }

  async create(): Promise<void> {
    for (const [table, columns] of Object.entries(STAGES)) {
      await this.store.run(`CREATE OR REPLACE TEMP TABLE ${table} (${columns})`);
    }
  }

  /** Buffers a row; returns a promise only when the buffer is full and is being appended (saves an await per row). */
  add(table: StageTable, row: SqlParam[]): Promise<void> | undefined {
    let buffer = this.#buffers.get(table);
    if (buffer === undefined) this.#buffers.set(table, (buffer = []));
    buffer.push(row);
    this.#counts.set(table, (this.#counts.get(table) ?? 0) + 1);
    if (this.limit !== undefined) {
      if (++this.#held > this.limit) throw STAGE_FULL;
      return undefined;
    }
    return buffer.length >= FLUSH_ROWS ? this.#flushOne(table) : undefined;
  }

  /** Rows added to a stage so far. */
  count(table: StageTable): number {
    return this.#counts.get(table) ?? 0;
  }

  async #flushOne(table: StageTable): Promise<void> {
    const buffer = this.#buffers.get(table);
    if (buffer === undefined || buffer.length === 0) return;
    this.#buffers.set(table, []);
    await this.store.append(table, buffer);
  }

  async flush(): Promise<void> {
    for (const table of Object.keys(STAGES) as StageTable[]) await this.#flushOne(table);
  }

  async drop(): Promise<void> {
    this.#buffers.clear();
    for (const table of Object.keys(STAGES)) await this.store.run(`DROP TABLE IF EXISTS ${table}`);
  }
}
