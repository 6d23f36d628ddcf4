/**
 * @module iJw / iWmo records whose whole period lies before the retention cut-off (`msd purge`): a 301 allocation or
 * 307 stop that ended, or a 303 claim line whose period ended, before it. They leave the stage for quarantine, one line
 * per record with the Dutch reason, before anything is loaded, so purged data cannot silently come back.
 */
import type { SqlStore } from '../../store/sql-store.ts';
import { recordBeforeCutoff } from '../../retention/retention-reasons.ts';

/** The counts this check corrects (a slice of the ingest's counts, so this module does not import it). */
interface QuarantineCounts {
  quarantined: number;
  readonly messages: Record<string, { quarantined: number }>;
}

/** The record stages with a period end: the column giving it and the element the record came from. */
const DATED_STAGES = [
  { table: '_istd_stage_allocation', end: 'end_date', element: 'ToegewezenProduct' },
  { table: '_istd_stage_stop', end: 'end_date', element: 'StopProduct' },
  { table: '_istd_stage_claim', end: 'period_end', element: 'Prestatie' },
] as const;

/** Moves the staged records that ended before `cutoff` (ISO) into the stage's quarantine and corrects the counts. */
export async function quarantineBeforeCutoff(
  store: SqlStore,
  cutoff: string | null,
  counts: QuarantineCounts,
): Promise<void> {
  if (cutoff === null) return;
  const reason = recordBeforeCutoff(cutoff);
  for (const { table, end, element } of DATED_STAGES) {
    const before = `TRY_CAST(s.${end} AS DATE) < CAST(? AS DATE)`;
    const perMessage = await store.all<{ law: string; message_type: string; n: number }>(
      `SELECT m.law, m.message_type, count(*) AS n FROM ${table} s JOIN _istd_stage_message m ON m.msg = s.msg
       WHERE ${before} GROUP BY ALL`,
      [cutoff],
    );
    if (perMessage.length === 0) continue;
    // The record's number in its file (seq) and element say where it is; the reason carries no identifying value.
    await store.run(
      `INSERT INTO _istd_stage_quarantine
       SELECT s.msg, m.file, m.message_id, '${element} (record ' || s.seq || ')', ?
       FROM ${table} s JOIN _istd_stage_message m ON m.msg = s.msg WHERE ${before} ORDER BY s.seq`,
      [reason, cutoff],
    );
    await store.run(`DELETE FROM ${table} s WHERE ${before}`, [cutoff]);
    for (const { law, message_type, n } of perMessage) {
      counts.quarantined += Number(n);
      const tally = counts.messages[`${law === 'youth' ? 'JW' : 'WMO'}${message_type}`];
      if (tally) tally.quarantined += Number(n);
    }
  }
}
