/** @module The accounts `msd init` and `msd demo` create: the first admin (once), and one demo account per role with a fresh password on every demo start. */
import type { SqlStore } from '../store/sql-store.ts';
import { audit, cliActor } from './audit-log.ts';
import { generatePassword } from './password-hash.ts';
import { ROLES, type Role } from './roles.ts';
import { addUser, findUser, listUsers, setPassword } from './user-store.ts';

export const FIRST_ADMIN = 'admin';

/** Creates the account `admin` when the deployment has no account yet; returns its password (shown once) or undefined. */
export async function createFirstAdmin(store: SqlStore): Promise<string | undefined> {
  if ((await listUsers(store)).length > 0) return undefined;
  const password = generatePassword();
  await addUser(store, { username: FIRST_ADMIN, role: 'admin', password });
  await audit(store, { ...cliActor(), action: 'user.add', object: `${FIRST_ADMIN} (admin)` });
  return password;
}

export interface DemoAccount {
  readonly role: Role;
  readonly username: string;
  readonly password: string;
}

/** `demo-<role>` for each role, with a new password each time (the demo prints them; earlier sessions end). */
export async function ensureDemoAccounts(store: SqlStore): Promise<DemoAccount[]> {
  const accounts: DemoAccount[] = [];
  for (const role of [...ROLES].reverse()) {
    const username = `demo-${role}`;
    const password = generatePassword();
    if (await findUser(store, username)) await setPassword(store, username, password);
    else {
      await addUser(store, { username, role, password });
      await audit(store, { ...cliActor(), action: 'user.add', object: `${username} (${role})` });
    }
    accounts.push({ role, username, password });
  }
  return accounts;
}
