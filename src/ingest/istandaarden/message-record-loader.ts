/** @module Moves one batch's staged iJw / iWmo records into the store: message log, persons, residence, allocations, care starts/stops, claims, quarantine; collects the affected allocation keys. */
import type { SqlStore } from '../../store/sql-store.ts';

export interface RecordLoadContext {
  readonly store: SqlStore;
  readonly batch: number;
  readonly gemeente: string;
}

/** Counts per law (youth, support). */
export type LawCounts = Record<string, number>;
export interface StoredReplaced {
  stored: LawCounts;
  replaced: LawCounts;
}
/** Stored and replaced records per message type (`301`, `305`, `307`, `323`) and law. */
export type LoadedRecords = Record<'301' | '305' | '307' | '323', StoredReplaced>;

/** Temporary table of (law, allocation_no) whose provision must be rebuilt after this batch. */
export const KEYS_TABLE = '_istd_keys';

/** Runs a `SELECT law, count(*) AS n ... GROUP BY law` query. */
async function byLaw(store: SqlStore, sql: string): Promise<LawCounts> {
  const rows = await store.all<{ law: string; n: number }>(sql);
  return Object.fromEntries(rows.map((r) => [r.law, r.n]));
}

const storedByLaw = (store: SqlStore, stage: string) =>
  byLaw(store, `SELECT law, count(*) AS n FROM ${stage} GROUP BY law`);

const CLIENT_ROWS = `SELECT pid, seq, birth_date, gender FROM _istd_stage_allocation
  UNION ALL SELECT pid, seq, birth_date, gender FROM _istd_stage_start
  UNION ALL SELECT pid, seq, birth_date, gender FROM _istd_stage_stop`;

async function loadPersons(store: SqlStore): Promise<void> {
  await store.run(
    `INSERT INTO person
     SELECT pid, CAST(arg_max(birth_date, seq) FILTER (WHERE birth_date IS NOT NULL) AS DATE),
            coalesce(arg_max(gender, seq) FILTER (WHERE gender <> 'unknown'), 'unknown')
     FROM (${CLIENT_ROWS}) GROUP BY pid
     ON CONFLICT (pid) DO UPDATE SET birth_date = coalesce(excluded.birth_date, person.birth_date),
       gender = CASE WHEN excluded.gender = 'unknown' THEN person.gender ELSE excluded.gender END`,
  );
}

/** The client's address of a 301 (01 > 03 > 02, chosen by the parser) as area codes and household key, valid from the allocation date. */
async function loadResidence(ctx: RecordLoadContext): Promise<void> {
  await ctx.store.run(
    `INSERT INTO residence
     SELECT DISTINCT s.pid, CAST(s.allocation_date AS DATE), coalesce(p6.buurt, p4.buurt), coalesce(p6.wijk, p4.wijk),
            ?, s.household, 'istandaard-301', ?
     FROM _istd_stage_allocation s
     LEFT JOIN postcode_area p6 ON p6.postcode = s.postcode
     LEFT JOIN postcode_area p4 ON p4.postcode = left(s.postcode, 4)
     WHERE s.postcode IS NOT NULL AND coalesce(s.change_reason, '') <> '13'
       AND NOT EXISTS (SELECT 1 FROM residence r WHERE r.pid = s.pid AND r.valid_from = CAST(s.allocation_date AS DATE)
                       AND r.household IS NOT DISTINCT FROM s.household)`,
    [ctx.gemeente, ctx.batch],
  );
}

async function loadAllocations(ctx: RecordLoadContext): Promise<StoredReplaced> {
  const { store, batch } = ctx;
  const replaced = await byLaw(
    store,
    `SELECT law, count(*) AS n FROM _istd_stage_allocation s
     WHERE EXISTS (SELECT 1 FROM istd_allocation a WHERE a.law = s.law AND a.allocation_no = s.allocation_no)
        OR EXISTS (SELECT 1 FROM _istd_stage_allocation t WHERE t.law = s.law AND t.allocation_no = s.allocation_no AND t.seq < s.seq)
     GROUP BY law`,
  );
  await store.run(
    `INSERT INTO istd_allocation
     SELECT ?, seq, CAST(message_date AS DATE), law, allocation_no, pid, category, product, provider,
            CAST(allocation_date AS DATE), CAST(start_date AS DATE), CAST(end_date AS DATE), change_reason
     FROM _istd_stage_allocation ORDER BY seq`,
    [batch],
  );
  return { stored: await storedByLaw(store, '_istd_stage_allocation'), replaced };
}

/**
 * A 305/307 without ToewijzingNummer is linked to the allocation of the same client, law, provider and product
 * category (and code when given) that is in force on its Begindatum; otherwise it stays unlinked.
 */
async function linkByProduct(store: SqlStore, stage: string): Promise<void> {
  await store.run(
    `UPDATE ${stage} s SET allocation_no = (
       SELECT arg_max(a.allocation_no, a.allocation_date) FROM istd_allocation a
       WHERE a.law = s.law AND a.pid = s.pid AND a.provider = s.provider
         AND (s.category IS NULL OR a.category = s.category) AND (s.product IS NULL OR a.product = s.product)
         AND a.start_date <= CAST(s.start_date AS DATE) AND (a.end_date IS NULL OR a.end_date >= CAST(s.start_date AS DATE)))
     WHERE s.allocation_no IS NULL`,
  );
}

async function loadStartsAndStops(
  ctx: RecordLoadContext,
): Promise<{ starts: StoredReplaced; stops: StoredReplaced }> {
  const { store, batch } = ctx;
  await linkByProduct(store, '_istd_stage_start');
  await linkByProduct(store, '_istd_stage_stop');
  await store.run(
    `INSERT INTO istd_care_start
     SELECT ?, seq, CAST(message_date AS DATE), law, allocation_no, pid, category, product, provider,
            CAST(start_date AS DATE), status FROM _istd_stage_start ORDER BY seq`,
    [batch],
  );
  await store.run(
    `INSERT INTO istd_care_stop
     SELECT ?, seq, CAST(message_date AS DATE), law, allocation_no, pid, category, product, provider,
            CAST(start_date AS DATE), CAST(end_date AS DATE), end_reason, status FROM _istd_stage_stop ORDER BY seq`,
    [batch],
  );
  const of = async (stage: string): Promise<StoredReplaced> => ({
    stored: await storedByLaw(store, stage),
    // StatusAanlevering 2 replaces and 3 withdraws an earlier record.
    replaced: await byLaw(
      store,
      `SELECT law, count(*) AS n FROM ${stage} WHERE status IN ('2', '3') GROUP BY law`,
    ),
  });
  return { starts: await of('_istd_stage_start'), stops: await of('_istd_stage_stop') };
}

/**
 * Claim lines keyed by a content hash: the same line delivered again replaces, not doubles. The lines go straight
 * from the stage into `claim` (the last of equal lines in the batch wins); stored lines of earlier batches with an
 * id this batch brings again are then counted as replaced and deleted.
 */
async function loadClaims(ctx: RecordLoadContext): Promise<StoredReplaced> {
  const { store, batch } = ctx;
  const [row] = await store.all<{ n: number }>('SELECT count(*) AS n FROM claim');
  const hadClaims = (row?.n ?? 0) > 0;
  await store.run(
    `INSERT INTO claim
     SELECT hash(pid, law, allocation_no, declaration_no, reference_no, category, product, provider,
                 period_start, period_end, volume, amount_cents) AS id,
            pid, law, allocation_no, category, product, provider, CAST(period_start AS DATE),
            CAST(period_end AS DATE), volume, unit, amount_cents, declaration_no, CAST(submitted_on AS DATE), ?
     FROM _istd_stage_claim QUALIFY row_number() OVER (PARTITION BY id ORDER BY seq DESC) = 1`,
    [batch],
  );
  const earlier = `FROM claim WHERE batch <> ${batch} AND id IN (SELECT id FROM claim WHERE batch = ${batch})`;
  // Nothing to replace when the table was empty (the first load): skip the scans.
  const replaced = hadClaims ? await byLaw(store, `SELECT law, count(*) AS n ${earlier} GROUP BY law`) : {};
  if (hadClaims) await store.run(`DELETE ${earlier}`);
  return { stored: await storedByLaw(store, '_istd_stage_claim'), replaced };
}

/** Loads every stage into the store (inside the caller's batch transaction) and fills {@link KEYS_TABLE}. */
export async function loadStagedMessages(ctx: RecordLoadContext): Promise<LoadedRecords> {
  const { store, batch } = ctx;
  await store.run(
    `INSERT INTO istd_message SELECT ?, file, law, message_type, message_id, sender, receiver, CAST(message_date AS DATE)
     FROM _istd_stage_message`,
    [batch],
  );
  await store.run(
    'INSERT INTO quarantine SELECT ?, file, message_id, position, reason FROM _istd_stage_quarantine',
    [batch],
  );
  await loadPersons(store);
  await loadResidence(ctx);
  const allocations = await loadAllocations(ctx);
  const { starts, stops } = await loadStartsAndStops(ctx);
  const claims = await loadClaims(ctx);
  await store.run(
    `CREATE OR REPLACE TEMP TABLE ${KEYS_TABLE} AS
     SELECT DISTINCT law, allocation_no FROM (
       SELECT law, allocation_no FROM _istd_stage_allocation UNION ALL SELECT law, allocation_no FROM _istd_stage_start
       UNION ALL SELECT law, allocation_no FROM _istd_stage_stop UNION ALL SELECT law, allocation_no FROM _istd_stage_claim)
     WHERE allocation_no IS NOT NULL`,
  );
  return { '301': allocations, '305': starts, '307': stops, '323': claims };
}
