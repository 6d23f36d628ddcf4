/** @module Reading the batch log and quarantine for `msd batches` and the `/data` page: file names, counts, what a batch replaced, positions and reasons — never record contents. */
import type { SqlStore } from '../store/sql-store.ts';
import type { ReplacedVersion } from './batch.ts';
import { replacedText } from './batch-reasons.ts';

export interface BatchRow {
  [key: string]: string | number | null;
  id: number;
  received_at: string;
  source: string;
  file: string;
  status: string;
  read: number | null;
  stored: number | null;
  replaced: number | null;
  quarantined: number | null;
  error: string | null;
  /** The earlier quarantined or rejected versions it replaced (`vervangt eerder in quarantaine geplaatst …`). */
  replaces: string | null;
}

export async function listBatches(store: SqlStore): Promise<BatchRow[]> {
  const rows = await store.all<{
    id: number;
    received_at: string;
    source: string;
    file: string;
    status: string;
    counts: string;
    replaces: string | null;
  }>(
    `SELECT id, strftime(received_at, '%Y-%m-%d %H:%M') AS received_at, source, file, status, counts, d.replaces
     FROM batch LEFT JOIN batch_detail d ON d.batch = batch.id ORDER BY id`,
  );
  return rows.map(({ counts, replaces, ...row }) => {
    const c = JSON.parse(counts) as Partial<
      Record<'read' | 'stored' | 'replaced' | 'quarantined', number>
    > & { error?: string };
    return {
      ...row,
      read: c.read ?? null,
      stored: c.stored ?? null,
      replaced: c.replaced ?? null,
      quarantined: c.quarantined ?? null,
      error: c.error ?? null,
      replaces:
        replaces === null
          ? null
          : (JSON.parse(replaces) as ReplacedVersion[]).map((r) => replacedText(r)).join('; '),
    };
  });
}

export interface QuarantineRow {
  [key: string]: string | number | null;
  batch: number;
  file: string;
  message_id: string | null;
  position: string;
  reason: string;
}

export async function listQuarantine(store: SqlStore, options: { limit: number }): Promise<QuarantineRow[]> {
  return store.all<QuarantineRow>(
    // Positions like 'regel 10' or '12:4 Bericht/…' sort by their first number, not as text.
    "SELECT batch, file, message_id, position, reason FROM quarantine ORDER BY batch, file, TRY_CAST(regexp_extract(position, '\\d+') AS BIGINT), position LIMIT ?",
    [options.limit],
  );
}

export async function countQuarantine(store: SqlStore): Promise<number> {
  const [row] = await store.all<{ n: number }>('SELECT count(*) AS n FROM quarantine');
  return row?.n ?? 0;
}

/** Every quarantine row of the given batches (a browser upload's status page shows all of them), in file and line order. */
export async function listQuarantineOfBatches(
  store: SqlStore,
  batches: readonly number[],
): Promise<QuarantineRow[]> {
  if (batches.length === 0) return [];
  return store.all<QuarantineRow>(
    `SELECT batch, file, message_id, position, reason FROM quarantine WHERE batch IN (${batches.map(() => '?').join(', ')})
     ORDER BY batch, file, TRY_CAST(regexp_extract(position, '\\d+') AS BIGINT), position`,
    [...batches],
  );
}
