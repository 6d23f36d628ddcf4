/** @module Accounts: add, list, disable, enable, reset the password and change the role; every change is audited by the caller's `audit`. */
import { AccessError } from '../errors.ts';
import type { SqlStore } from '../store/sql-store.ts';
import { t } from '../views/messages.ts';
import { systemClock, type Clock } from './clock.ts';
import { hashPassword, MIN_PASSWORD_LENGTH } from './password-hash.ts';
import { isRole, type Role } from './roles.ts';

export interface User {
  readonly username: string;
  readonly role: Role;
  readonly disabled: boolean;
  readonly createdAt: string;
  readonly updatedAt: string;
}

interface UserRow extends Record<string, string | boolean | null> {
  username: string;
  role: string;
  disabled: boolean;
  created_at: string;
  updated_at: string;
  password_hash: string | null;
}

const USERNAME = /^[a-z0-9][a-z0-9._@-]{1,63}$/;

const toUser = (row: UserRow): User => ({
  username: row.username,
  role: isRole(row.role) ? row.role : 'viewer',
  disabled: row.disabled,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

export function checkRole(role: string): Role {
  if (!isRole(role)) throw new AccessError(t('accessUnknownRole', { role }));
  return role;
}

export function checkPassword(password: string): string {
  if ([...password].length < MIN_PASSWORD_LENGTH)
    throw new AccessError(t('accessPasswordTooShort', { min: MIN_PASSWORD_LENGTH }));
  return password;
}

export async function findUser(
  store: SqlStore,
  username: string,
): Promise<(User & { passwordHash: string | null }) | undefined> {
  const [row] = await store.all<UserRow>('SELECT * FROM app_user WHERE username = ?', [username]);
  return row ? { ...toUser(row), passwordHash: row.password_hash } : undefined;
}

async function requireUser(store: SqlStore, username: string): Promise<User> {
  const user = await findUser(store, username);
  if (!user) throw new AccessError(t('accessUnknownUser', { username }));
  return user;
}

export async function listUsers(store: SqlStore): Promise<User[]> {
  return (await store.all<UserRow>('SELECT * FROM app_user ORDER BY username')).map(toUser);
}

export async function countAdmins(store: SqlStore): Promise<number> {
  const [row] = await store.all<{ n: number }>(
    "SELECT CAST(count(*) AS INTEGER) AS n FROM app_user WHERE role = 'admin' AND NOT disabled",
  );
  return row?.n ?? 0;
}

/** Adds an account; `password` undefined makes an account for single sign-on only. */
export async function addUser(
  store: SqlStore,
  input: { username: string; role: string; password?: string },
  clock: Clock = systemClock,
): Promise<User> {
  const username = input.username.trim().toLowerCase();
  if (!USERNAME.test(username)) throw new AccessError(t('accessBadUsername', { username }));
  const role = checkRole(input.role);
  if (await findUser(store, username)) throw new AccessError(t('accessUserExists', { username }));
  const hash = input.password === undefined ? null : await hashPassword(checkPassword(input.password));
  const now = clock().toISOString();
  await store.run(
    'INSERT INTO app_user (username, role, password_hash, disabled, created_at, updated_at) VALUES (?, ?, ?, false, ?, ?)',
    [username, role, hash, now, now],
  );
  return requireUser(store, username);
}

/** Disables or enables an account; disabling also ends its sessions and revokes its API tokens' use. */
export async function setDisabled(
  store: SqlStore,
  username: string,
  disabled: boolean,
  clock: Clock = systemClock,
): Promise<User> {
  const user = await requireUser(store, username);
  if (disabled && user.role === 'admin' && !user.disabled && (await countAdmins(store)) <= 1)
    throw new AccessError(t('accessLastAdmin', { username }));
  await store.transaction(async () => {
    await store.run('UPDATE app_user SET disabled = ?, updated_at = ? WHERE username = ?', [
      disabled,
      clock().toISOString(),
      user.username,
    ]);
    if (disabled) await store.run('DELETE FROM user_session WHERE username = ?', [user.username]);
  });
  return requireUser(store, username);
}

/** Sets a new password and ends the account's sessions. */
export async function setPassword(
  store: SqlStore,
  username: string,
  password: string,
  clock: Clock = systemClock,
): Promise<void> {
  const user = await requireUser(store, username);
  const hash = await hashPassword(checkPassword(password));
  await store.transaction(async () => {
    await store.run('UPDATE app_user SET password_hash = ?, updated_at = ? WHERE username = ?', [
      hash,
      clock().toISOString(),
      user.username,
    ]);
    await store.run('DELETE FROM user_session WHERE username = ?', [user.username]);
  });
}

export async function setRole(
  store: SqlStore,
  username: string,
  role: string,
  clock: Clock = systemClock,
): Promise<{ before: Role; after: Role }> {
  const user = await requireUser(store, username);
  const after = checkRole(role);
  if (user.role === 'admin' && after !== 'admin' && (await countAdmins(store)) <= 1)
    throw new AccessError(t('accessLastAdmin', { username }));
  await store.run('UPDATE app_user SET role = ?, updated_at = ? WHERE username = ?', [
    after,
    clock().toISOString(),
    user.username,
  ]);
  return { before: user.role, after };
}
