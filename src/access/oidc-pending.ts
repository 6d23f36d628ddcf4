/**
 * @module Logins started with the identity provider and not yet finished: kept in this server's memory under a
 * random key (the browser holds only the key, in a cookie), for ten minutes, each usable once. The server is the
 * one process answering the callback, so nothing needs to be stored in the database.
 */
import { randomBytes } from 'node:crypto';
import { systemClock, type Clock } from './clock.ts';
import type { PendingOidcLogin } from './oidc-login.ts';

export const PENDING_OIDC_TTL_MS = 10 * 60 * 1000;
/** A bound on memory: a flood of started logins pushes out the oldest, never grows without limit. */
const MAX_PENDING = 1000;

export class PendingOidcLogins {
  private readonly entries = new Map<string, { pending: PendingOidcLogin; at: number }>();

  constructor(private readonly clock: Clock = systemClock) {}

  /** Keeps `pending`; returns the key for the browser's cookie. */
  add(pending: PendingOidcLogin): string {
    const key = randomBytes(24).toString('base64url');
    if (this.entries.size >= MAX_PENDING) {
      const oldest = this.entries.keys().next();
      if (!oldest.done) this.entries.delete(oldest.value);
    }
    this.entries.set(key, { pending, at: this.clock().getTime() });
    return key;
  }

  /** The pending login of `key`, removed (usable once); undefined when unknown or older than ten minutes. */
  take(key: string | undefined): PendingOidcLogin | undefined {
    if (key === undefined) return undefined;
    const entry = this.entries.get(key);
    this.entries.delete(key);
    if (!entry || this.clock().getTime() - entry.at > PENDING_OIDC_TTL_MS) return undefined;
    return entry.pending;
  }
}
