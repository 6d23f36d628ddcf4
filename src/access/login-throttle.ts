/**
 * @module Login rate limit with lockout (privacy.md §7): 5 failed logins for one account within 15 minutes lock that
 * account for 15 minutes; 20 failed logins from one address within 15 minutes block that address for 15 minutes.
 * A success clears the account's failures. Kept in memory of the server process (a restart clears it; every
 * failure is also in the audit trail).
 */
import { systemClock, type Clock } from './clock.ts';

export const LOGIN_LIMITS = {
  perAccount: 5,
  perAddress: 20,
  windowMs: 15 * 60 * 1000,
  lockMs: 15 * 60 * 1000,
} as const;

interface Counter {
  failures: number[];
  lockedUntil: number;
}

export class LoginThrottle {
  private readonly accounts = new Map<string, Counter>();
  private readonly addresses = new Map<string, Counter>();

  constructor(private readonly clock: Clock = systemClock) {}

  /** Milliseconds until the account or address may try again; 0 when it may now. */
  lockedFor(username: string, address: string): number {
    const now = this.clock().getTime();
    const until = Math.max(
      this.accounts.get(username)?.lockedUntil ?? 0,
      this.addresses.get(address)?.lockedUntil ?? 0,
    );
    return Math.max(0, until - now);
  }

  recordFailure(username: string, address: string): void {
    this.bump(this.accounts, username, LOGIN_LIMITS.perAccount);
    this.bump(this.addresses, address, LOGIN_LIMITS.perAddress);
  }

  recordSuccess(username: string): void {
    this.accounts.delete(username);
  }

  private bump(map: Map<string, Counter>, key: string, limit: number): void {
    const now = this.clock().getTime();
    const counter = map.get(key) ?? { failures: [], lockedUntil: 0 };
    counter.failures = [...counter.failures.filter((at) => now - at < LOGIN_LIMITS.windowMs), now];
    if (counter.failures.length >= limit) {
      counter.lockedUntil = now + LOGIN_LIMITS.lockMs;
      counter.failures = [];
    }
    map.set(key, counter);
    // Bounded memory: an address spraying usernames cannot grow the map without end.
    if (map.size > 10_000) {
      const oldest = map.keys().next().value;
      if (oldest !== undefined) map.delete(oldest);
    }
  }
}
