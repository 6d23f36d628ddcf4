/**
 * @module Parses iJw / iWmo files ahead on a worker thread (message-parse-worker.ts): the JavaScript parsing of the
 * next file then runs on its own core while the main thread appends and DuckDB loads the current one.
 */
import type { Worker } from 'node:worker_threads';
import { IngestError } from '../../errors.ts';
import { startModuleWorker } from '../../module-worker.ts';
import type { SqlStore } from '../../store/sql-store.ts';
import type { Pseudonymiser } from '../pseudonymise.ts';
import type { ParsedAhead, ParsedMessageCounts } from './istandaard-ingest.ts';
import { RecordStage, type StageRows } from './record-stage-loader.ts';

/** What the worker is started with. */
export interface ParseWorkerData {
  readonly secret: Uint8Array;
}

/** One file to parse into at most `maxRows` held rows. */
export interface ParseRequest {
  readonly id: number;
  readonly path: string;
  readonly maxRows: number;
  readonly xsdDir: string | undefined;
}

/** The worker's answer: the rows and counts, too many rows, or the error that rejects the file. */
export type ParseReply =
  | ({ readonly id: number; readonly kind: 'parsed'; readonly rows: StageRows } & ParsedMessageCounts)
  | { readonly id: number; readonly kind: 'full' }
  | {
      readonly id: number;
      readonly kind: 'ingest-error';
      readonly file: string;
      readonly position: string;
      readonly reason: string;
    }
  | { readonly id: number; readonly kind: 'error'; readonly message: string };

/** A worker thread that parses one file at a time; started on first use, stopped by {@link close}. */
export class ParseThread {
  #worker: Worker | null = null;
  #failed = false;
  #nextId = 0;
  readonly #pending = new Map<number, (reply: ParseReply | null) => void>();

  constructor(
    private readonly store: SqlStore,
    private readonly pseudonymiser: Pseudonymiser,
    private readonly xsdDir: string | undefined,
  ) {}

  /** Whether files can be parsed on the worker (starts it on first call). */
  available(): boolean {
    return this.#start() !== null;
  }

  #start(): Worker | null {
    if (this.#worker !== null || this.#failed) return this.#worker;
    const worker = startModuleWorker(import.meta.url, 'message-parse-worker', {
      secret: this.pseudonymiser.exportSecret(),
    } satisfies ParseWorkerData);
    if (worker === undefined) {
      this.#failed = true;
      return null;
    }
    worker.unref();
    worker.on('message', (reply: ParseReply) => {
      const done = this.#pending.get(reply.id);
      this.#pending.delete(reply.id);
      done?.(reply);
    });
    // A worker that fails (or cannot start) leaves its files to be parsed in their own batches.
    const stop = () => {
      this.#failed = true;
      this.#worker = null;
      for (const done of this.#pending.values()) done(null);
      this.#pending.clear();
    };
    worker.on('error', stop);
    worker.on('exit', stop);
    this.#worker = worker;
    return worker;
  }

  /**
   * Parses `path` on the worker into a stage of at most `maxRows` rows held in memory. Settles like parseAhead:
   * the parsed file, the error its batch must fail with, or null (too many rows, or no worker: parse it in its batch).
   */
  parse(path: string, maxRows: number): Promise<ParsedAhead> {
    const worker = this.#start();
    if (worker === null) return Promise.resolve(null);
    const id = this.#nextId++;
    const request: ParseRequest = { id, path, maxRows, xsdDir: this.xsdDir };
    return new Promise<ParseReply | null>((resolve) => {
      this.#pending.set(id, resolve);
      worker.postMessage(request);
    }).then((reply): ParsedAhead => {
      if (reply === null || reply.kind === 'full') return null;
      if (reply.kind === 'ingest-error')
        return { error: new IngestError(reply.file, reply.position, reply.reason) };
      if (reply.kind === 'error') return { error: new Error(reply.message) };
      const { rows, messages, counts } = reply;
      return { parsed: { stage: RecordStage.holding(this.store, rows), messages, counts } };
    });
  }

  /** Stops the worker (pending parses settle with null). */
  async close(): Promise<void> {
    const worker = this.#worker;
    this.#worker = null;
    this.#failed = true;
    if (worker !== null) await worker.terminate();
  }
}
