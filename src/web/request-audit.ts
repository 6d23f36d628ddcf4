/** @module Audit entries for web requests: who (the session's or token's account), from where (the client address; behind `--behind-proxy` the forwarded one), through the one `audit` function. */
import type { FastifyRequest } from 'fastify';
import { audit, type AuditAction } from '../access/audit-log.ts';
import type { Clock } from '../access/clock.ts';
import type { SqlStore } from '../store/sql-store.ts';

/** Appends an entry for `request` (exports, downloads, exact values, uploads, edits done in the browser). */
export async function auditRequest(
  store: SqlStore,
  request: FastifyRequest,
  action: AuditAction,
  object: string,
  clock?: Clock,
): Promise<void> {
  const actor = request.identity ? `user:${request.identity.username}` : 'anoniem';
  await audit(store, { actor, action, object, origin: request.ip }, clock);
}
