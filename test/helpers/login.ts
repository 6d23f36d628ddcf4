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

/** Logs in to a running server over HTTP through the real form (CSRF cookie and field); returns the `cookie` header. */
export async function loginOverHttp(
  url: string,
  username: string,
  password: string,
): Promise<{ cookie: string }> {
  const form = await fetch(`${url}/login`);
  const csrf = /name="_csrf" value="([^"]+)"/.exec(await form.text())?.[1] ?? '';
  const response = await fetch(`${url}/login`, {
    method: 'POST',
    redirect: 'manual',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      cookie: (form.headers.get('set-cookie') ?? '').split(';')[0] ?? '',
    },
    body: new URLSearchParams({ username, password, _csrf: csrf }).toString(),
  });
  const session = response.headers.getSetCookie().find((c) => c.startsWith(`${SESSION_COOKIE}=`));
  if (response.status !== 303 || !session) throw new Error(`login as ${username} failed: ${response.status}`);
  return { cookie: session.split(';')[0] ?? '' };
}
