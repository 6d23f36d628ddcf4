/** @module Loads a claims CSV straight from the file into `claim` without a stage table: distinct BSNs keyed in Node, one INSERT … SELECT of the good rows; only a file with bad rows is staged again, to quarantine them by line. */
import type { SqlStore } from '../../store/sql-store.ts';
import { readRetentionRule } from '../../retention/retention-cutoff.ts';
import { isValidBsn } from '../bsn.ts';
import type { BatchCounts } from '../batch.ts';
import type { Pseudonymiser } from '../pseudonymise.ts';
import {
  STAGE_TABLE,
  checkHeader,
  csvReadError,
  quarantineStaged,
  stageCsv,
  stagedRowsSql,
} from './csv-staging.ts';
import type { MappingProfile } from './mapping-profile.ts';

/** Temporary BSN → person id map of one file (dropped when the file is done). */
const BSN_MAP = 'claim_bsn_map';

/**
 * A claim line is identified by its content: the same line in a later export replaces, not doubles.
 * 64-bit content hash: collision odds for 10 million lines are about 3 in a million. Stored as UBIGINT (migration 4):
 * its decimal text cost a third of the time of writing a large claims file.
 */
export const CLAIM_ID_SQL = `hash(pid, law, allocation_no, declaration_no, category, product, provider, period_start, period_end, volume, amount_cents, debit_credit)`;

/** The `claim` columns (table order) from rows with the canonical claim fields and `pid`; `?` is the batch. */
export const CLAIM_COLUMNS_SQL = `${CLAIM_ID_SQL}, pid, law, allocation_no, category, product, provider, period_start,
  period_end, volume, unit, CASE WHEN debit_credit = 'C' THEN -amount_cents ELSE amount_cents END, declaration_no,
  submitted_on, ?`;

export interface DirectLoadContext {
  readonly store: SqlStore;
  readonly pseudonymiser: Pseudonymiser;
  readonly batch: number;
  /** The name quarantine rows carry. */
  readonly sourceName: string;
}

async function counted(store: SqlStore, sql: string, params: readonly (string | number)[] = []) {
  const [row] = await store.all<{ Count: number }>(sql, params);
  return row?.Count ?? 0;
}

/** Runs a statement that reads the file; DuckDB's CSV errors become an IngestError for the file. */
async function readingFile<T>(file: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw csvReadError(file, error);
  }
}

/**
 * Ingests a claims file inside the caller's batch transaction. Pass 1 reads only the BSN column (distinct values
 * and the row count); pass 2 inserts the rows without problems, joined to their person ids. When fewer rows were
 * stored than read, the file is staged ({@link stageCsv}) and the bad rows are quarantined by line.
 */
export async function loadClaimsDirect(
  ctx: DirectLoadContext,
  file: string,
  profile: MappingProfile,
): Promise<BatchCounts> {
  const { store, batch } = ctx;
  await checkHeader(store, file, profile);
  const rows = stagedRowsSql(file, profile, (await readRetentionRule(store))?.cutoff ?? null);
  const bsns = await readingFile(file, () =>
    store.all<{ bsn: string | null; n: number }>(`SELECT bsn, count(*) AS n FROM (${rows}) GROUP BY bsn`),
  );
  let read = 0;
  for (const { n } of bsns) read += n;
  await store.run(`CREATE OR REPLACE TEMP TABLE ${BSN_MAP} (bsn VARCHAR, pid VARCHAR)`);
  try {
    // Only valid BSNs get a person id; rows with another BSN have a problem and are not stored.
    // Keyed while appended (a generator), so the appender's pauses for the event loop also pace the hashing.
    function* mapped(): Generator<[string, string]> {
      for (const { bsn } of bsns) {
        if (bsn !== null && isValidBsn(bsn)) yield [bsn, ctx.pseudonymiser.personId(bsn)];
      }
    }
    await store.append(BSN_MAP, mapped());
    const before = await counted(store, 'SELECT count(*) AS Count FROM claim');
    const stored = await readingFile(file, () =>
      counted(
        store,
        `INSERT INTO claim SELECT ${CLAIM_COLUMNS_SQL}
         FROM (SELECT s.* EXCLUDE (bsn, problem), m.pid FROM (${rows}) s JOIN ${BSN_MAP} m ON m.bsn = s.bsn
               WHERE s.problem = '')`,
        [batch],
      ),
    );
    // Lines this file brings again replace the stored ones (none to look for in an empty table).
    const replaced =
      before === 0
        ? 0
        : await counted(
            store,
            `DELETE FROM claim WHERE batch <> ? AND id IN (SELECT id FROM claim WHERE batch = ?)`,
            [batch, batch],
          );
    let quarantined = 0;
    if (stored < read) {
      await stageCsv(store, file, profile);
      try {
        quarantined = await quarantineStaged(store, batch, ctx.sourceName);
      } finally {
        await store.run(`DROP TABLE IF EXISTS ${STAGE_TABLE}`);
      }
    }
    return { read, stored, replaced, skipped: 0, quarantined };
  } finally {
    await store.run(`DROP TABLE IF EXISTS ${BSN_MAP}`);
  }
}
