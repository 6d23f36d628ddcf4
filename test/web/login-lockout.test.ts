import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LOGIN_LIMITS } from '../../src/access/login-throttle.ts';
import { addUser } from '../../src/access/user-store.ts';
import { DuckDbStore } from '../../src/store/duckdb-store.ts';
import { migrate } from '../../src/store/migrate.ts';
import type { SqlStore } from '../../src/store/sql-store.ts';
import { createWebServer } from '../../src/web/server.ts';

const PASSWORD = 'correct horse battery';

describe('login lockout kept in the store (survives a restart)', () => {
  let store: SqlStore;
  let now: Date;
  const clock = () => now;
  const servers: FastifyInstance[] = [];

  beforeEach(async () => {
    store = await DuckDbStore.open(':memory:');
    await migrate(store);
    now = new Date('2026-12-06T09:00:00Z');
    await addUser(store, { username: 'bram', role: 'viewer', password: PASSWORD });
  });
  afterEach(async () => {
    for (const server of servers.splice(0)) await server.close();
    store.close();
  });

  /** A fresh server process on the same store: nothing in memory carries over. */
  const startServer = async () => {
    const app = createWebServer({ store, version: 'test', clock });
    await app.ready();
    servers.push(app);
    return app;
  };
  const postLogin = async (
    app: FastifyInstance,
    username: string,
    password: string,
    remoteAddress?: string,
  ) => {
    const page = await app.inject({ url: '/login' });
    const csrf = /name="_csrf" value="([^"]+)"/.exec(page.body)?.[1] ?? '';
    const cookie = String(page.headers['set-cookie']).split(';')[0] ?? '';
    return app.inject({
      method: 'POST',
      url: '/login',
      ...(remoteAddress ? { remoteAddress } : {}),
      headers: { 'content-type': 'application/x-www-form-urlencoded', cookie },
      payload: new URLSearchParams({ username, password, _csrf: csrf }).toString(),
    });
  };
  const rows = async (table: 'login_failure' | 'login_lockout') =>
    (await store.all<{ n: number }>(`SELECT count(*) AS n FROM ${table}`))[0]?.n;

  it('keeps an account locked on a new server on the same store, and lifts it after the lock time', async () => {
    const first = await startServer();
    for (let i = 0; i < LOGIN_LIMITS.perAccount; i++)
      expect((await postLogin(first, 'bram', 'fout wachtwoord')).statusCode).toBe(401);
    await first.close();
    servers.splice(0);

    const second = await startServer();
    now = new Date(now.getTime() + 10 * 60_000);
    const locked = await postLogin(second, 'bram', PASSWORD);
    expect(locked.statusCode).toBe(429);
    expect(locked.body).toContain('Te veel mislukte pogingen. Probeer het over 5 minuten opnieuw.');

    // In the store: the lockout, and the address's five failures (the account's were cleared when it locked).
    expect(await rows('login_lockout')).toBe(1);
    expect(await store.all('SELECT scope, subject, count(*) AS n FROM login_failure GROUP BY ALL')).toEqual([
      { scope: 'address', subject: '127.0.0.1', n: LOGIN_LIMITS.perAccount },
    ]);

    now = new Date(now.getTime() + 5 * 60_000 + 1000);
    const third = await startServer();
    expect((await postLogin(third, 'bram', PASSWORD)).statusCode).toBe(303);
    // Past the window, the ended lockout and the address's failures are deleted.
    expect(await rows('login_lockout')).toBe(0);
    expect(await rows('login_failure')).toBe(0);
  });

  it('keeps an address blocked across a restart, and keeps no failure longer than the window', async () => {
    const first = await startServer();
    for (let i = 0; i < LOGIN_LIMITS.perAddress; i++)
      expect((await postLogin(first, `gok${i}`, 'geraden', '198.51.100.9')).statusCode).toBe(401);
    await first.close();
    servers.splice(0);

    const second = await startServer();
    const blocked = await postLogin(second, 'bram', PASSWORD, '198.51.100.9');
    expect(blocked.statusCode).toBe(429);
    expect(blocked.body).toContain('Te veel mislukte pogingen. Probeer het over 15 minuten opnieuw.');
    expect((await postLogin(second, 'bram', PASSWORD, '198.51.100.10')).statusCode).toBe(303);

    // Past the window: the next read deletes every failure and lockout of that time, the address included.
    expect(await rows('login_failure')).toBe(LOGIN_LIMITS.perAddress);
    now = new Date(now.getTime() + LOGIN_LIMITS.windowMs + 1000);
    expect((await postLogin(second, 'bram', PASSWORD, '198.51.100.9')).statusCode).toBe(303);
    expect(await rows('login_failure')).toBe(0);
    expect(await rows('login_lockout')).toBe(0);
  });

  it('counts only failures within the window towards a lockout', async () => {
    const app = await startServer();
    for (let i = 0; i < LOGIN_LIMITS.perAccount - 1; i++)
      expect((await postLogin(app, 'bram', 'fout wachtwoord')).statusCode).toBe(401);
    now = new Date(now.getTime() + LOGIN_LIMITS.windowMs);
    // The earlier four have left the window: a fifth failure does not lock.
    expect((await postLogin(app, 'bram', 'fout wachtwoord')).statusCode).toBe(401);
    expect((await postLogin(app, 'bram', PASSWORD)).statusCode).toBe(303);
  });
});
