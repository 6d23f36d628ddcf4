/**
 * @module Server-side sessions (privacy.md §7): a random 256-bit id in the cookie, only its SHA-256 in the table,
 * a CSRF token per session, an idle expiry (30 minutes without a request) and an absolute expiry (8 hours after
 * login). A login always makes a new session (no fixation); logout deletes it.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { SqlStore } from '../store/sql-store.ts';
import { systemClock, type Clock } from './clock.ts';
import { isRole, type Role } from './roles.ts';

export const SESSION_IDLE_MS = 30 * 60 * 1000;
export const SESSION_ABSOLUTE_MS = 8 * 60 * 60 * 1000;

export interface Session {
  readonly username: string;
  readonly role: Role;
  readonly csrfToken: string;
}

export const sha256 = (value: string): string => createHash('sha256').update(value).digest('hex');

/** Starts a session for `username`; returns the cookie value (shown to nobody else) and the session. */
export async function createSession(
  store: SqlStore,
  username: string,
  origin: string,
  clock: Clock = systemClock,
): Promise<{ id: string; csrfToken: string }> {
  const id = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(32).toString('base64url');
  const now = clock().toISOString();
  await store.run(
    'INSERT INTO user_session (id_hash, username, csrf_token, created_at, last_seen_at, origin) VALUES (?, ?, ?, ?, ?, ?)',
    [sha256(id), username, csrfToken, now, now, origin],
  );
  return { id, csrfToken };
}

/**
 * The live session of a cookie value, or undefined (unknown, expired, or its account disabled). A live session's
 * idle timer restarts; an expired one is deleted.
 */
export async function resumeSession(
  store: SqlStore,
  id: string,
  clock: Clock = systemClock,
): Promise<Session | undefined> {
  const hash = sha256(id);
  const [row] = await store.all<{
    username: string;
    role: string;
    csrf_token: string;
    created_at: string;
    last_seen_at: string;
    disabled: boolean;
  }>(
    `SELECT s.username, u.role, s.csrf_token, s.created_at, s.last_seen_at, u.disabled
     FROM user_session s JOIN app_user u USING (username) WHERE s.id_hash = ?`,
    [hash],
  );
  if (!row) return undefined;
  const now = clock();
  const idle = now.getTime() - Date.parse(row.last_seen_at);
  const age = now.getTime() - Date.parse(row.created_at);
  if (row.disabled || !isRole(row.role) || idle > SESSION_IDLE_MS || age > SESSION_ABSOLUTE_MS) {
    await store.run('DELETE FROM user_session WHERE id_hash = ?', [hash]);
    return undefined;
  }
  await store.run('UPDATE user_session SET last_seen_at = ? WHERE id_hash = ?', [now.toISOString(), hash]);
  return { username: row.username, role: row.role, csrfToken: row.csrf_token };
}

export async function endSession(store: SqlStore, id: string): Promise<void> {
  await store.run('DELETE FROM user_session WHERE id_hash = ?', [sha256(id)]);
}
