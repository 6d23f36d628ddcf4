/**
 * @module Messages meant for another gemeente: a 301 whose Afzender, or a 305/307/323 whose Ontvanger, is neither the
 * deployment's gemeente (meta `gemeente`) nor one of its region (meta `regio`, set by `msd init --regio`). Their
 * records leave the stage for quarantine, one line per message with the reason, before anything is loaded.
 */
import type { SqlStore } from '../../store/sql-store.ts';
import { RECORD } from './istandaard-reasons.ts';
import { STAGES } from './record-stage-loader.ts';

/** Meta key of the region: comma-separated CBS gemeente codes (`GM0637,GM0638`) whose messages are also accepted. */
export const REGION_META_KEY = 'regio';

/** A CBS gemeente code `GM0637`. */
export const GEMEENTE_CODE = /^GM\d{4}$/;

/** The four digits of a gemeente code as iJw/iWmo headers carry it (`GM0637` → `0637`). */
const digitsOf = (code: string): string => code.replace(/^GM/i, '');

/** The accepted gemeente codes (four digits): the deployment's own and its region's. Empty: no gemeente yet. */
export async function acceptedGemeenten(store: SqlStore, gemeente: string): Promise<string[]> {
  const [row] = await store.all<{ value: string }>('SELECT value FROM meta WHERE key = ?', [REGION_META_KEY]);
  const region = (row?.value ?? '').split(',').filter((c) => GEMEENTE_CODE.test(c.trim()));
  return [...new Set([gemeente, ...region].filter((c) => c !== '').map((c) => digitsOf(c.trim())))];
}

/** The counts this check corrects (a slice of the ingest's counts, so this module does not import it). */
interface QuarantineCounts {
  quarantined: number;
  readonly messages: Record<string, { quarantined: number }>;
}

/** The message-level stages (the header, its quarantine rows and its content hash) hold no records of the message. */
const MESSAGE_STAGES = new Set(['_istd_stage_message', '_istd_stage_quarantine', '_istd_stage_message_hash']);
const RECORD_STAGES = Object.keys(STAGES).filter((t) => !MESSAGE_STAGES.has(t));

/**
 * Moves the staged records of messages for another gemeente into the stage's quarantine (and drops the message, so
 * a resend after `msd init --regio` loads); corrects the counts. No accepted codes (no gemeente yet): no check.
 */
export async function quarantineOtherGemeente(
  store: SqlStore,
  accepted: readonly string[],
  counts: QuarantineCounts,
): Promise<void> {
  if (accepted.length === 0) return;
  const list = accepted.map((c) => `'${c.replaceAll("'", "''")}'`).join(', ');
  const foreign = await store.all<{
    msg: number;
    file: string;
    message_id: string;
    law: string;
    message_type: string;
    code: string;
  }>(
    `SELECT msg, file, message_id, law, message_type,
            CASE WHEN message_type = '301' THEN sender ELSE receiver END AS code
     FROM _istd_stage_message
     WHERE CASE WHEN message_type = '301' THEN sender ELSE receiver END NOT IN (${list})
     ORDER BY msg`,
  );
  const own = accepted[0]!;
  for (const m of foreign) {
    let records = 0;
    for (const table of RECORD_STAGES) {
      const [row] = await store.all<{ n: number }>(`SELECT count(*) AS n FROM ${table} WHERE msg = ?`, [
        m.msg,
      ]);
      records += row?.n ?? 0;
      await store.run(`DELETE FROM ${table} WHERE msg = ?`, [m.msg]);
    }
    // Neither the header nor its content hash is kept: the message can be ingested again once the region takes it.
    await store.run('DELETE FROM _istd_stage_message_hash WHERE msg = ?', [m.msg]);
    await store.run('DELETE FROM _istd_stage_message WHERE msg = ?', [m.msg]);
    const role = m.message_type === '301' ? 'Afzender' : 'Ontvanger';
    // The header codes are gemeente codes (four digits) or AGB codes: never personal data, safe to name.
    const code = /^\d{1,8}$/.test(m.code) ? m.code : '(ongeldig)';
    await store.run('INSERT INTO _istd_stage_quarantine VALUES (?, ?, ?, ?, ?)', [
      m.msg,
      m.file,
      m.message_id,
      `Header/${role}`,
      `${RECORD.otherGemeente(code, own, role)} (${records} ${records === 1 ? 'record' : 'records'})`,
    ]);
    counts.quarantined += records;
    const tally = counts.messages[`${m.law === 'youth' ? 'JW' : 'WMO'}${m.message_type}`];
    if (tally) tally.quarantined += records;
  }
}
