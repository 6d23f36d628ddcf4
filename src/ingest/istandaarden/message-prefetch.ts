/**
 * @module Parses the next iJw / iWmo file ahead, into memory, while the current batch's SQL runs: parsing is
 * JavaScript on the main thread, loading is DuckDB on its own threads, so on two cores they overlap. Bounded: a
 * large file (or one with too many records) is left to its own batch, which streams it.
 */
import { stat } from 'node:fs/promises';
import { STAGE_FULL, RecordStage } from './record-stage-loader.ts';
import { parseMessages, type IstandaardIngestContext, type ParsedAhead } from './istandaard-ingest.ts';

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
): Promise<ParsedAhead> {
  const run = async (): Promise<ParsedAhead> => {
    const size = await stat(path).then(
      (info) => info.size,
      () => Infinity, // unreadable: the batch reports it
    );
    if (size > AHEAD_MAX_FILE_BYTES) return null;
    return { parsed: await parseMessages(ctx, path, new RecordStage(ctx.store, maxRows)) };
  };
  return run().catch((error: unknown) => (error === STAGE_FULL ? null : { error }));
}
