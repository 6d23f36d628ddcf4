/** @module Test helper: an account of a role with a live session, as the `cookie` header and CSRF token a logged-in browser would send. */
import type { Clock } from '../../src/access/clock.ts';
import type { Role } from '../../src/access/roles.ts';
import { createSession } from '../../src/access/session-store.ts';
import { addUser, findUser } from '../../src/access/user-store.ts';
import type { SqlStore } from '../../src/store/sql-store.ts';
import { SESSION_COOKIE } from '../../src/web/route-access.ts';

export interface TestLogin {
  /** `{ cookie }`: spread into `inject({ headers })` or `fetch` headers. */
  readonly headers: { cookie: string };
  readonly csrfToken: string;
  readonly username: string;
}

/** Creates (once) the account `test-<role>` and a new session for it, without a password (no scrypt in every test). */
export async function loginAs(store: SqlStore, role: Role, clock?: Clock): Promise<TestLogin> {
  const username = `test-${role}`;
  if (!(await findUser(store, username))) await addUser(store, { username, role });
  const session = await createSession(store, username, '127.0.0.1', clock);
  return { headers: { cookie: `${SESSION_COOKIE}=${session.id}` }, csrfToken: session.csrfToken, username };
}
