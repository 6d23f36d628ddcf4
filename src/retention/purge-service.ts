/**
 * @module The purge of record-level data older than the retention limit (privacy.md §8, `msd purge`): removes the
 * rows whose period ended before the cut-off and the persons no longer referenced, records the cut-off so no compute
 * recomputes the periods they fed (ADR 0019), and keeps every aggregate — in one transaction, or, as a dry run, only
 * counts.
 */
import type { Clock } from '../access/clock.ts';
import { cutoffOf, type RetentionRule, type RetentionSpan } from '../domain/retention-rule.ts';
import { RetentionError } from '../errors.ts';
import type { SqlParam, SqlStore } from '../store/sql-store.ts';
import { PURGED_TABLES, type PurgedTable } from './purged-tables.ts';
import { readRetentionRule, recordRetentionRule } from './retention-cutoff.ts';
import { cutoffMovesBack } from './retention-reasons.ts';

export interface PurgeOptions {
  readonly span: RetentionSpan;
  /** Today, through the clock, so tests fix it. */
  readonly clock: Clock;
  /** Who purges (`cli:<user>`), recorded with the cut-off. */
  readonly by: string;
  /** Count only: the same deletes run and are rolled back. */
  readonly dryRun: boolean;
  /** Runs inside the purge's transaction after the deletes (not in a dry run): the audit entry, so both or neither are stored. */
  readonly record?: (rule: RetentionRule, counts: PurgeOutcome['counts']) => Promise<void>;
}

export interface PurgeOutcome {
  readonly rule: RetentionRule;
  /** Rows removed (or, in a dry run, that would be) per table, in {@link PURGED_TABLES} order. */
  readonly counts: ReadonlyArray<{ readonly table: PurgedTable; readonly rows: number }>;
  readonly dryRun: boolean;
  /** The cut-off in force before (null: first purge). */
  readonly previous: string | null;
}

/** Thrown inside a dry run's transaction so that it rolls back; carries the counts out. */
class DryRunRollback extends Error {
  constructor(readonly counts: PurgeOutcome['counts']) {
    super('dry run');
  }
}

/** The allocation keys whose message records go: their provision is purged, or they have none and ended before the cut-off. */
const PURGED_ALLOCATIONS = `
  SELECT a.law, a.allocation_no FROM istd_allocation a
  LEFT JOIN provision p ON p.id = a.law || ':' || a.allocation_no
  GROUP BY a.law, a.allocation_no
  HAVING CASE WHEN count(p.id) > 0 THEN bool_and(p.end_date IS NOT NULL AND p.end_date < $cutoff)
    ELSE bool_and(a.end_date IS NOT NULL AND a.end_date < $cutoff) END`;

/** Batches that still hold a message record or claim after the record deletes. */
const BATCHES_WITH_RECORDS = `
  SELECT batch FROM istd_allocation UNION SELECT batch FROM istd_care_start
  UNION SELECT batch FROM istd_care_stop UNION SELECT batch FROM claim`;

/**
 * The delete of each table; `$cutoff` is the cut-off date. A row goes when its period ended before the cut-off:
 * provisions, benefits and re-integration instruments by their end (open ones stay), claims by the end of their
 * period, an address when a later one took over on or before the cut-off (the address in force at the cut-off
 * stays), message records with their allocation, message headers of a day before the cut-off once their batch holds
 * no record, quarantined lines of batches received before the cut-off, and persons no longer named anywhere.
 * Message keys are chosen before provisions go (`_msd_purge_keys`).
 */
const DELETES: Readonly<Record<PurgedTable, string>> = {
  provision: 'DELETE FROM provision WHERE end_date < $cutoff',
  claim: 'DELETE FROM claim WHERE period_end < $cutoff',
  benefit: 'DELETE FROM benefit WHERE end_date < $cutoff',
  reintegration: 'DELETE FROM reintegration WHERE end_date < $cutoff',
  residence: `DELETE FROM residence r WHERE EXISTS (SELECT 1 FROM residence n
    WHERE n.pid = r.pid AND n.valid_from > r.valid_from AND n.valid_from <= $cutoff)`,
  istd_allocation: `DELETE FROM istd_allocation a USING _msd_purge_keys k
    WHERE a.law = k.law AND a.allocation_no = k.allocation_no`,
  istd_care_start: `DELETE FROM istd_care_start a USING _msd_purge_keys k
    WHERE a.law = k.law AND a.allocation_no = k.allocation_no`,
  istd_care_stop: `DELETE FROM istd_care_stop a WHERE a.end_date < $cutoff AND (a.allocation_no IS NULL
    OR EXISTS (SELECT 1 FROM _msd_purge_keys k WHERE a.law = k.law AND a.allocation_no = k.allocation_no))`,
  istd_message: `DELETE FROM istd_message m WHERE m.message_date < $cutoff
    AND m.batch NOT IN (${BATCHES_WITH_RECORDS})`,
  istd_message_hash: `DELETE FROM istd_message_hash h WHERE h.batch NOT IN (${BATCHES_WITH_RECORDS})
    AND NOT EXISTS (SELECT 1 FROM istd_message m WHERE m.batch = h.batch AND m.law = h.law
      AND m.message_type = h.message_type AND m.sender = h.sender AND m.message_id = h.message_id)`,
  quarantine: `DELETE FROM quarantine q WHERE q.batch IN (SELECT id FROM batch WHERE received_at < $cutoff)`,
  person: `DELETE FROM person p WHERE p.pid NOT IN (
    SELECT pid FROM provision UNION SELECT pid FROM claim UNION SELECT pid FROM benefit
    UNION SELECT pid FROM reintegration UNION SELECT pid FROM residence UNION SELECT pid FROM istd_allocation
    UNION SELECT pid FROM istd_care_start UNION SELECT pid FROM istd_care_stop)`,
};

/** The cut-off as a SQL date literal (validated ISO date: no quoting issue). */
const dateSql = (iso: string): string => `DATE '${iso}'`;

/** Runs one delete and returns how many rows it removed (DuckDB answers a DELETE with its count). */
async function deleteRows(store: SqlStore, sql: string, params: readonly SqlParam[] = []): Promise<number> {
  const [row] = await store.all<{ Count: number }>(sql, params);
  return Number(row?.Count ?? 0);
}

/**
 * The horizon of a purge: the latest date a period with figures can have begun, today or the delivery date when
 * that is later (figures stop at the delivery date; a period beginning after it has none).
 */
async function horizonOf(store: SqlStore, today: string): Promise<string> {
  const [row] = await store.all<{ d: string | null }>(
    "SELECT value AS d FROM meta WHERE key = 'delivery_date'",
  );
  const delivery = row?.d ?? null;
  return delivery !== null && delivery > today ? delivery : today;
}

/**
 * Purges record-level data older than the span. Refuses (RetentionError) a cut-off before the one in force: data
 * before that is gone already, and a smaller span would unfreeze periods whose records are missing. The same or a
 * later cut-off is fine. Everything — deletes, the recorded cut-off — is one transaction; a dry run rolls it back.
 */
export async function purgeRecords(store: SqlStore, options: PurgeOptions): Promise<PurgeOutcome> {
  const now = options.clock();
  const today = now.toISOString().slice(0, 10);
  const cutoff = cutoffOf(options.span, now);
  const current = await readRetentionRule(store);
  if (current !== null && cutoff < current.cutoff)
    throw new RetentionError(cutoffMovesBack(cutoff, current.cutoff));
  const horizon = await horizonOf(store, today);
  const rule: RetentionRule = {
    cutoff,
    horizon: current !== null && current.horizon > horizon ? current.horizon : horizon,
  };
  const work = async (): Promise<PurgeOutcome['counts']> => {
    const counts: Array<{ table: PurgedTable; rows: number }> = [];
    await store.run(
      `CREATE OR REPLACE TEMP TABLE _msd_purge_keys AS ${PURGED_ALLOCATIONS.replaceAll('$cutoff', dateSql(cutoff))}`,
    );
    for (const table of PURGED_TABLES)
      counts.push({
        table,
        rows: await deleteRows(store, DELETES[table].replaceAll('$cutoff', dateSql(cutoff))),
      });
    if (!options.dryRun) {
      await recordRetentionRule(store, rule, options.by, now);
      await options.record?.(rule, counts);
    }
    return counts;
  };
  try {
    const counts = await store.transaction(async () => {
      const counts = await work();
      if (options.dryRun) throw new DryRunRollback(counts);
      return counts;
    });
    return { rule, counts, dryRun: false, previous: current?.cutoff ?? null };
  } catch (error) {
    if (error instanceof DryRunRollback)
      return { rule, counts: error.counts, dryRun: true, previous: current?.cutoff ?? null };
    throw error;
  } finally {
    await store.run('DROP TABLE IF EXISTS _msd_purge_keys');
  }
}
