/**
 * @module Rebuilds `provision` rows from the stored iJw / iWmo records for a set of allocation keys, following
 * indicators.md §1 (start from 305, else the first claimed period; end from 307, else the allocation's end before the
 * delivery date; neither start nor claim → waiting; RedenWijziging 13 → no provision).
 */
import type { SqlStore } from '../../store/sql-store.ts';

/** `provision.source` of rows built from messages. */
export const PROVISION_SOURCES = { youth: 'iJw', support: 'iWmo' } as const;

/** The data's delivery date as the messages see it: the latest claim submission or message Dagtekening. */
export async function messageDeliveryDate(store: SqlStore): Promise<string | null> {
  const [row] = await store.all<{ d: string | null }>(
    `SELECT strftime(greatest((SELECT max(submitted_on) FROM claim), (SELECT max(message_date) FROM istd_message)),
                     '%Y-%m-%d') AS d`,
  );
  return row?.d ?? null;
}

/** Ordered records of one kind for the keys: `ord` counts deliveries per allocation (Dagtekening, batch, position). */
const ordered = (table: string, keys: string) => `
  SELECT r.*, row_number() OVER (PARTITION BY r.law, r.allocation_no ORDER BY r.message_date, r.batch, r.seq) AS ord
  FROM ${table} r SEMI JOIN ${keys} k ON k.law = r.law AND k.allocation_no = r.allocation_no`;

/**
 * Records still in force: StatusAanlevering 3 withdraws the earlier record with the same Begindatum, and a later
 * status 2 replaces every earlier record of the allocation.
 */
const effective = (cte: string) => `
  SELECT * FROM ${cte} x WHERE x.status <> '3' AND NOT EXISTS (
    SELECT 1 FROM ${cte} y WHERE y.law = x.law AND y.allocation_no = x.allocation_no AND y.ord > x.ord
      AND (y.status = '2' OR (y.status = '3' AND y.start_date = x.start_date)))`;

/**
 * Replaces the provisions of every (law, allocation_no) in `keysTable` (and of open provisions whose allocation
 * ended before the delivery date) by rows rebuilt from the messages. Returns the number of provisions written.
 */
export async function rebuildProvisions(store: SqlStore, keysTable: string): Promise<number> {
  const delivery = (await messageDeliveryDate(store)) ?? '9999-12-31';
  // Open provisions whose allocation ended before the (possibly later) delivery date now end.
  await store.run(
    `INSERT INTO ${keysTable}
     SELECT DISTINCT a.law, a.allocation_no FROM provision p
     JOIN istd_allocation a ON p.id = a.law || ':' || a.allocation_no
     WHERE p.source IN ('iJw', 'iWmo') AND p.status = 'started' AND p.end_date IS NULL AND a.end_date < CAST(? AS DATE)
       AND NOT EXISTS (SELECT 1 FROM ${keysTable} k WHERE k.law = a.law AND k.allocation_no = a.allocation_no)`,
    [delivery],
  );
  await store.run(`DELETE FROM provision WHERE id IN (SELECT law || ':' || allocation_no FROM ${keysTable})`);
  await store.run(
    `INSERT INTO provision
     WITH alloc AS (
       SELECT a.* FROM istd_allocation a SEMI JOIN ${keysTable} k ON k.law = a.law AND k.allocation_no = a.allocation_no
       QUALIFY row_number() OVER (PARTITION BY a.law, a.allocation_no ORDER BY a.message_date DESC, a.batch DESC, a.seq DESC) = 1
     ),
     st AS (${ordered('istd_care_start', keysTable)}),
     sp AS (${ordered('istd_care_stop', keysTable)}),
     st_eff AS (
       SELECT law, allocation_no, min(start_date) AS first_start, max(start_date) AS last_start
       FROM (${effective('st')}) GROUP BY law, allocation_no
     ),
     sp_eff AS (
       SELECT law, allocation_no, max(end_date) AS stop_end, arg_max(end_reason, end_date) AS stop_reason
       FROM (${effective('sp')}) GROUP BY law, allocation_no
     ),
     cl AS (
       SELECT c.law, c.allocation_no, c.pid, min(c.period_start) AS first_claim
       FROM claim c SEMI JOIN ${keysTable} k ON k.law = c.law AND k.allocation_no = c.allocation_no
       WHERE c.amount_cents > 0 GROUP BY ALL
     ),
     ep AS (
       SELECT a.*, coalesce(s.first_start, cl.first_claim) AS care_start,
         -- a stop followed by a later start (care resumed) does not end the episode
         CASE WHEN p.stop_end IS NOT NULL AND (s.last_start IS NULL OR s.last_start <= p.stop_end) THEN p.stop_end END AS stop_end,
         p.stop_reason
       FROM alloc a
       LEFT JOIN st_eff s ON s.law = a.law AND s.allocation_no = a.allocation_no
       LEFT JOIN sp_eff p ON p.law = a.law AND p.allocation_no = a.allocation_no
       LEFT JOIN cl ON cl.law = a.law AND cl.allocation_no = a.allocation_no AND cl.pid = a.pid
       WHERE coalesce(a.change_reason, '') <> '13'
     )
     SELECT law || ':' || allocation_no, pid, law, category, product, provider, allocation_no, allocation_date,
       care_start,
       CASE WHEN care_start IS NULL THEN NULL
            WHEN stop_end IS NOT NULL THEN stop_end
            WHEN end_date < CAST(? AS DATE) THEN end_date END,
       CASE WHEN care_start IS NOT NULL AND stop_end IS NOT NULL THEN stop_reason END,
       CASE WHEN care_start IS NULL THEN 'waiting' ELSE 'started' END,
       CASE law WHEN 'youth' THEN '${PROVISION_SOURCES.youth}' ELSE '${PROVISION_SOURCES.support}' END, batch
     FROM ep`,
    [delivery],
  );
  const [row] = await store.all<{ n: number }>(
    `SELECT count(*) AS n FROM provision WHERE id IN (SELECT law || ':' || allocation_no FROM ${keysTable})`,
  );
  return row?.n ?? 0;
}
