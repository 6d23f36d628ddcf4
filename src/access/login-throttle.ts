/**
 * @module Login rate limit with lockout (privacy.md §7): 5 failed logins for one account within 15 minutes lock that
 * account for 15 minutes; 20 failed logins from one address within 15 minutes block that address for 15 minutes.
 * A success clears the account's failures. Kept in the store (tables `login_failure` and `login_lockout`, migration
 * 15), so a restart or a second server on the same data folder does not lift a lockout. Rows older than the window
 * are deleted whenever the throttle reads or writes, i.e. at every login attempt (the address is personal data).
 */
import type { SqlStore } from '../store/sql-store.ts';
import { systemClock, type Clock } from './clock.ts';

export const LOGIN_LIMITS = {
  perAccount: 5,
  perAddress: 20,
  windowMs: 15 * 60 * 1000,
  lockMs: 15 * 60 * 1000,
} as const;

type Scope = 'account' | 'address';

export class LoginThrottle {
  constructor(
    private readonly store: SqlStore,
    private readonly clock: Clock = systemClock,
  ) {}

  /** Milliseconds until the account or address may try again; 0 when it may now. */
  async lockedFor(username: string, address: string): Promise<number> {
    const now = this.clock().getTime();
    await this.prune(now);
    const rows = await this.store.all<{ until: string | null }>(
      `SELECT max(locked_until) AS until FROM login_lockout
       WHERE (scope = 'account' AND subject = ?) OR (scope = 'address' AND subject = ?)`,
      [username, address],
    );
    const until = rows[0]?.until;
    return until ? Math.max(0, Date.parse(until) - now) : 0;
  }

  async recordFailure(username: string, address: string): Promise<void> {
    const now = this.clock().getTime();
    await this.prune(now);
    await this.bump('account', username, LOGIN_LIMITS.perAccount, now);
    await this.bump('address', address, LOGIN_LIMITS.perAddress, now);
  }

  async recordSuccess(username: string): Promise<void> {
    await this.store.run("DELETE FROM login_failure WHERE scope = 'account' AND subject = ?", [username]);
  }

  /** Stores one failure; at the limit within the window, locks the subject and starts its count afresh. */
  private async bump(scope: Scope, subject: string, limit: number, now: number): Promise<void> {
    const at = new Date(now).toISOString();
    await this.store.run('INSERT INTO login_failure (scope, subject, failed_at) VALUES (?, ?, ?)', [
      scope,
      subject,
      at,
    ]);
    const [row] = await this.store.all<{ n: number }>(
      'SELECT count(*) AS n FROM login_failure WHERE scope = ? AND subject = ? AND failed_at > ?',
      [scope, subject, new Date(now - LOGIN_LIMITS.windowMs).toISOString()],
    );
    if ((row?.n ?? 0) < limit) return;
    await this.store.run(
      `INSERT INTO login_lockout (scope, subject, locked_until) VALUES (?, ?, ?)
       ON CONFLICT (scope, subject) DO UPDATE SET locked_until = excluded.locked_until`,
      [scope, subject, new Date(now + LOGIN_LIMITS.lockMs).toISOString()],
    );
    await this.store.run('DELETE FROM login_failure WHERE scope = ? AND subject = ?', [scope, subject]);
  }

  /** Deletes failures older than the window and lockouts that have ended. */
  private async prune(now: number): Promise<void> {
    await this.store.run('DELETE FROM login_failure WHERE failed_at <= ?', [
      new Date(now - LOGIN_LIMITS.windowMs).toISOString(),
    ]);
    await this.store.run('DELETE FROM login_lockout WHERE locked_until <= ?', [new Date(now).toISOString()]);
  }
}
