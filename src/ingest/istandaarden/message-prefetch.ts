/**
 * @module Parses the next iJw / iWmo file ahead, into memory, while the current batch's SQL runs: on a worker thread
 * when one is given (message-parse-thread.ts), else on the main thread (DuckDB loads on its own threads meanwhile).
 * Bounded: a large file (or one with too many records) is left to its own batch, which streams it.
 */
import { stat } from 'node:fs/promises';
import { STAGE_FULL, RecordStage } from './record-stage-loader.ts';
import {
  parseMessages,
  type IstandaardIngestContext,
  type ParseAhead,
  type ParsedAhead,
} from './istandaard-ingest.ts';
import type { ParseThread } from './message-parse-thread.ts';

/** Files above this size on disk are not parsed ahead. */
export const AHEAD_MAX_FILE_BYTES = 64 * 1024 * 1024;
/** Most stage rows held in memory for a file parsed ahead (≈ 150 bytes each). */
export const AHEAD_MAX_ROWS = 400_000;

/**
 * Starts parsing `path` now and settles with its parsed messages, with the error its batch must fail with, or
 * with null (too large: the batch parses it itself). Never rejects, so an unused result (a duplicate file) is
 * harmless.
 */
export function parseAhead(
  ctx: IstandaardIngestContext,
  path: string,
  maxRows: number = AHEAD_MAX_ROWS,
  thread?: ParseThread,
): Promise<ParsedAhead> {
  const run = async (): Promise<ParsedAhead> => {
    const size = await stat(path).then(
      (info) => info.size,
      () => Infinity, // unreadable: the batch reports it
    );
    if (size > AHEAD_MAX_FILE_BYTES) return null;
    if (thread !== undefined) return thread.parse(path, maxRows);
    return { parsed: await parseMessages(ctx, path, new RecordStage(ctx.store, maxRows)) };
  };
  return run().catch((error: unknown) => (error === STAGE_FULL ? null : { error }));
}

/** How many message files the worker thread may parse ahead of the batch that loads. */
export const AHEAD_FILES = 2;

/**
 * Schedules parsing ahead over the planned files of one ingest: with a worker thread, up to {@link AHEAD_FILES}
 * message files after the current batch are parsed on it (whatever the current batch is); without one, the next
 * message file is parsed on the main thread once the current batch's own parsing is done.
 */
export class MessagePrefetcher {
  readonly #requested = new Map<number, Promise<ParsedAhead>>();

  constructor(
    private readonly ctx: IstandaardIngestContext,
    private readonly files: readonly { readonly file: string; readonly xml: boolean }[],
    private readonly thread: ParseThread | undefined,
  ) {}

  #request(index: number, thread: ParseThread | undefined): void {
    const planned = this.files[index];
    if (planned === undefined || !planned.xml || this.#requested.has(index)) return;
    this.#requested.set(index, parseAhead(this.ctx, planned.file, AHEAD_MAX_ROWS, thread));
  }

  /** What batch `index` gets: its file's result if parsed ahead, and when to start the next (main thread only). */
  forBatch(index: number): ParseAhead {
    const parsed = this.#requested.get(index);
    this.#requested.delete(index);
    // The worker starts only when a message file is coming (a CSV-only ingest never starts it).
    const coming = this.files.slice(index + 1, index + 1 + AHEAD_FILES).some((f) => f.xml);
    const thread = coming && this.thread?.available() ? this.thread : undefined;
    if (thread !== undefined) {
      for (let next = index + 1; next <= index + AHEAD_FILES; next++) this.#request(next, thread);
      return { parsed };
    }
    return { parsed, onParsed: () => this.#request(index + 1, undefined) };
  }
}
