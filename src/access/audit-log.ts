/**
 * @module The audit trail (privacy.md §6): one function, `audit`, appends who did what to which object from where.
 * Entries are only ever inserted: no route or command updates or deletes them (audit-log.test.ts checks the
 * source for it). Reading is `/admin/audit` and `msd audit export`.
 */
import { hostname, userInfo } from 'node:os';
import type { SqlStore } from '../store/sql-store.ts';
import { systemClock, type Clock } from './clock.ts';

/** Every kind of event the trail records. */
export const AUDIT_ACTIONS = [
  'login.success',
  'login.failure',
  'logout',
  'ingest',
  'upload',
  'compute',
  'export',
  'download',
  'report',
  'exact.view',
  'definition.change',
  'area.change',
  'goaltree.change',
  'target.change',
  'narrative.change',
  'user.add',
  'user.disable',
  'user.enable',
  'user.reset',
  'role.change',
  'token.create',
  'batch.remove',
  'purge',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export interface AuditEvent {
  /** Who: `user:<name>` on the web, `cli:<os user>` on the command line, `anoniem` before a login. */
  readonly actor: string;
  readonly action: AuditAction;
  /** Which object: a username, indicator id, file name, node and period … never personal data about residents. */
  readonly object: string;
  /** From where: the client address on the web, `cli@<host>` on the command line. */
  readonly origin: string;
  readonly outcome?: 'ok' | 'refused';
}

export interface AuditEntry extends Required<AuditEvent> {
  readonly seq: number;
  readonly at: string;
}

/** Appends one entry. */
export async function audit(store: SqlStore, event: AuditEvent, clock: Clock = systemClock): Promise<void> {
  await store.run(
    'INSERT INTO audit_event (occurred_at, actor, action, object, origin, outcome) VALUES (?, ?, ?, ?, ?, ?)',
    [
      clock().toISOString(),
      event.actor,
      event.action,
      event.object.slice(0, 500),
      event.origin,
      event.outcome ?? 'ok',
    ],
  );
}

/** Who and where for a command-line event. */
export const cliActor = (): { actor: string; origin: string } => ({
  actor: `cli:${userInfo().username}`,
  origin: `cli@${hostname()}`,
});

export interface AuditQuery {
  /** Inclusive, ISO date or timestamp. */
  readonly from?: string;
  /** Inclusive day when a date (`2026-12-31` includes that whole day). */
  readonly to?: string;
  readonly limit?: number;
  readonly offset?: number;
}

function range(query: AuditQuery): { where: string; params: string[] } {
  const clauses: string[] = [];
  const params: string[] = [];
  if (query.from) {
    clauses.push('occurred_at >= ?');
    params.push(query.from);
  }
  if (query.to) {
    clauses.push('occurred_at < ?');
    // A date means the whole day: everything before the next day's first moment.
    params.push(/^\d{4}-\d{2}-\d{2}$/.test(query.to) ? `${query.to}T24` : query.to);
  }
  return { where: clauses.length ? `WHERE ${clauses.join(' AND ')}` : '', params };
}

/** Entries newest first (paged), within an optional range. */
export async function listAudit(store: SqlStore, query: AuditQuery = {}): Promise<AuditEntry[]> {
  const { where, params } = range(query);
  return store.all<AuditEntry & Record<string, string | number>>(
    `SELECT CAST(seq AS INTEGER) AS seq, occurred_at AS at, actor, action, object, origin, outcome FROM audit_event ${where}
     ORDER BY seq DESC LIMIT ${Math.trunc(query.limit ?? 1_000_000)} OFFSET ${Math.trunc(query.offset ?? 0)}`,
    params,
  );
}

export async function countAudit(store: SqlStore, query: AuditQuery = {}): Promise<number> {
  const { where, params } = range(query);
  const [row] = await store.all<{ n: number }>(
    `SELECT CAST(count(*) AS INTEGER) AS n FROM audit_event ${where}`,
    params,
  );
  return row?.n ?? 0;
}
