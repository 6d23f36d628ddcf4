/**
 * @module Staged iJw / iWmo messages whose identity (law, berichtsoort, afzender, BerichtIdentificatie) an earlier
 * batch stored already: a copy is a duplicate (no-op), a corrected resend of a message that had quarantined records
 * replaces that earlier version, and other content under a cleanly stored identity is refused as a conflict.
 */
import { createHash } from 'node:crypto';
import type { SqlParam, SqlStore } from '../../store/sql-store.ts';
import type { StageTable } from './record-stage-loader.ts';

/**
 * The content hash of one message: its staged rows without their message and record numbers (which depend on the
 * file it came in), and of a quarantined record only its reason (its position moves with layout). Rows are joined
 * as text with separators and hashed in 64 KB pieces: cheaper than JSON and a hash update per row.
 */
export class MessageContent {
  readonly #hash = createHash('sha256');
  #text = '';

  add(table: StageTable, row: readonly SqlParam[]): void {
    let text = this.#text + table;
    if (table === '_istd_stage_quarantine') text += `\u0001${String(row[4])}`;
    else
      for (let i = 2; i < row.length; i++) {
        const value = row[i];
        text += value === null || value === undefined ? '\u0001\u0002' : `\u0001${String(value)}`;
      }
    this.#text = `${text}\n`;
    if (this.#text.length > 65_536) this.#flush();
  }

  #flush(): void {
    this.#hash.update(this.#text);
    this.#text = '';
  }

  digest(): string {
    this.#flush();
    return this.#hash.digest('hex');
  }
}

/** What becomes of a staged message whose identity is known. */
export type KnownMessageKind = 'duplicate' | 'correction' | 'conflict';

export interface KnownMessage {
  /** The staged message (`msg` of the stage tables). */
  readonly msg: number;
  readonly kind: KnownMessageKind;
  readonly file: string;
  readonly messageId: string;
  readonly sender: string;
  /** The latest earlier version: its batch and (zip entry) file name. */
  readonly earlierBatch: number;
  readonly earlierFile: string;
}

/** The earlier records of corrected messages whose provisions must be rebuilt (their allocation keys). */
export const REPLACED_KEYS_TABLE = '_istd_replaced_keys';

const SAME_MESSAGE = (a: string, b: string) =>
  ['law', 'message_type', 'sender', 'message_id'].map((c) => `${a}.${c} = ${b}.${c}`).join(' AND ');

/**
 * Classifies the staged messages an earlier batch stored: the same content as any earlier version (by hash) is a
 * duplicate; otherwise, when the latest earlier version had records quarantined, a correction; else a conflict.
 * Without a stored hash (messages stored before hashes were kept) a known message counts as a duplicate unless its
 * earlier version had quarantined records (the file's own hash already differs: a byte-identical file never gets here).
 */
export async function classifyKnownMessages(store: SqlStore): Promise<KnownMessage[]> {
  const rows = await store.all<{
    msg: number;
    file: string;
    message_id: string;
    sender: string;
    earlier_batch: number;
    earlier_file: string;
    same_content: boolean;
    hashed: boolean;
    quarantined: boolean;
  }>(
    `SELECT m.msg, m.file, m.message_id, m.sender, i.batch AS earlier_batch, i.file AS earlier_file,
       EXISTS (SELECT 1 FROM istd_message_hash e JOIN _istd_stage_message_hash h ON h.msg = m.msg
               WHERE ${SAME_MESSAGE('e', 'm')} AND e.sha256 = h.sha256) AS same_content,
       EXISTS (SELECT 1 FROM istd_message_hash e WHERE e.batch = i.batch AND ${SAME_MESSAGE('e', 'i')}) AS hashed,
       EXISTS (SELECT 1 FROM quarantine q WHERE q.batch = i.batch AND q.file = i.file
               AND q.message_id = i.message_id) AS quarantined
     FROM _istd_stage_message m JOIN istd_message i ON ${SAME_MESSAGE('i', 'm')}
     QUALIFY row_number() OVER (PARTITION BY m.msg ORDER BY i.batch DESC) = 1
     ORDER BY m.msg`,
  );
  return rows.map((r) => ({
    msg: r.msg,
    kind: r.same_content ? 'duplicate' : r.quarantined ? 'correction' : r.hashed ? 'conflict' : 'duplicate',
    file: r.file,
    messageId: r.message_id,
    sender: r.sender,
    earlierBatch: r.earlier_batch,
    earlierFile: r.earlier_file,
  }));
}

/** Removes staged messages (all their stage rows): duplicates and conflicts are not loaded. */
export async function dropStagedMessages(
  store: SqlStore,
  tables: readonly string[],
  msgs: readonly number[],
): Promise<void> {
  if (msgs.length === 0) return;
  const list = msgs.map(Number).join(', ');
  for (const table of tables) await store.run(`DELETE FROM ${table} WHERE msg IN (${list})`);
}

/**
 * Takes out the earlier version of each corrected message: its message row and hash, its allocations, starts and
 * stops (by their seq range in its batch; the whole batch when it held only that message, with its claims too), so
 * the corrected records replace them instead of standing beside them. Claim lines of an earlier version inside a
 * larger zip stay; the resend's identical lines replace them by content. The allocation keys of the removed
 * records go to {@link REPLACED_KEYS_TABLE} for the provision rebuild. Call inside the batch transaction.
 */
export async function removeEarlierVersions(
  store: SqlStore,
  corrections: readonly KnownMessage[],
): Promise<void> {
  await store.run(`CREATE OR REPLACE TEMP TABLE ${REPLACED_KEYS_TABLE} (law VARCHAR, allocation_no VARCHAR)`);
  for (const c of corrections) {
    const key = [c.messageId, c.sender, c.earlierBatch];
    const [earlier] = await store.all<{
      law: string;
      message_type: string;
      first_seq: number | null;
      last_seq: number | null;
      alone: boolean;
    }>(
      `SELECT i.law, i.message_type, h.first_seq, h.last_seq,
         (SELECT count(*) FROM istd_message o WHERE o.batch = i.batch) = 1 AS alone
       FROM _istd_stage_message m JOIN istd_message i ON ${SAME_MESSAGE('i', 'm')}
       LEFT JOIN istd_message_hash h ON h.batch = i.batch AND ${SAME_MESSAGE('h', 'i')}
       WHERE m.message_id = ? AND m.sender = ? AND i.batch = ? AND m.msg = ${Number(c.msg)}`,
      key,
    );
    if (earlier === undefined) continue;
    const batch = Number(c.earlierBatch);
    const range = earlier.alone
      ? `batch = ${batch}`
      : earlier.first_seq !== null && earlier.last_seq !== null
        ? `batch = ${batch} AND seq BETWEEN ${Number(earlier.first_seq)} AND ${Number(earlier.last_seq)}`
        : null;
    if (range !== null) {
      for (const table of ['istd_allocation', 'istd_care_start', 'istd_care_stop']) {
        await store.run(
          `INSERT INTO ${REPLACED_KEYS_TABLE} SELECT law, allocation_no FROM ${table}
           WHERE ${range} AND allocation_no IS NOT NULL`,
        );
        await store.run(`DELETE FROM ${table} WHERE ${range}`);
      }
    }
    if (earlier.alone) {
      await store.run(
        `INSERT INTO ${REPLACED_KEYS_TABLE} SELECT law, allocation_no FROM claim
         WHERE batch = ${batch} AND allocation_no IS NOT NULL`,
      );
      await store.run(`DELETE FROM claim WHERE batch = ${batch}`);
    }
    const identity = 'law = ? AND message_type = ? AND sender = ? AND message_id = ? AND batch = ?';
    const params = [earlier.law, earlier.message_type, c.sender, c.messageId, batch];
    await store.run(`DELETE FROM istd_message WHERE ${identity}`, params);
    await store.run(`DELETE FROM istd_message_hash WHERE ${identity}`, params);
  }
}

/** Records the hash and record range of every message this batch loads (run after loading its stage). */
export async function recordMessageHashes(store: SqlStore, batch: number): Promise<void> {
  await store.run(
    `INSERT INTO istd_message_hash
     SELECT ?, m.law, m.message_type, m.sender, m.message_id, h.sha256, r.first_seq, r.last_seq
     FROM _istd_stage_message m JOIN _istd_stage_message_hash h ON h.msg = m.msg
     LEFT JOIN (SELECT msg, min(seq) AS first_seq, max(seq) AS last_seq FROM (
         SELECT msg, seq FROM _istd_stage_allocation UNION ALL SELECT msg, seq FROM _istd_stage_start
         UNION ALL SELECT msg, seq FROM _istd_stage_stop UNION ALL SELECT msg, seq FROM _istd_stage_claim)
       GROUP BY msg) r ON r.msg = m.msg`,
    [batch],
  );
}
