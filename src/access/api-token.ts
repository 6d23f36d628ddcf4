/** @module Personal API tokens (`msd tokens create`): 256 random bits with an `msd_` prefix, shown once, stored as SHA-256; valid while the account is active. */
import { randomBytes } from 'node:crypto';
import type { SqlStore } from '../store/sql-store.ts';
import { AccessError } from '../errors.ts';
import { t } from '../views/messages.ts';
import { systemClock, type Clock } from './clock.ts';
import { isRole, type Role } from './roles.ts';
import { sha256 } from './session-store.ts';
import { findUser } from './user-store.ts';

export async function createApiToken(
  store: SqlStore,
  username: string,
  label: string,
  clock: Clock = systemClock,
): Promise<string> {
  const user = await findUser(store, username);
  if (!user) throw new AccessError(t('accessUnknownUser', { username }));
  const token = `msd_${randomBytes(32).toString('base64url')}`;
  await store.run('INSERT INTO api_token (token_hash, username, label, created_at) VALUES (?, ?, ?, ?)', [
    sha256(token),
    user.username,
    label,
    clock().toISOString(),
  ]);
  return token;
}

/** The account of a bearer token, or undefined (unknown token, or its account disabled). */
export async function resolveApiToken(
  store: SqlStore,
  token: string,
): Promise<{ username: string; role: Role } | undefined> {
  const [row] = await store.all<{ username: string; role: string; disabled: boolean }>(
    'SELECT u.username, u.role, u.disabled FROM api_token k JOIN app_user u USING (username) WHERE k.token_hash = ?',
    [sha256(token)],
  );
  return row && !row.disabled && isRole(row.role) ? { username: row.username, role: row.role } : undefined;
}
