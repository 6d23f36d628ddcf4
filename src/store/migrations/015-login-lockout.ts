/** @module Migration 15: login lockout in the store — failed logins per account and per address with their times, and the lockouts they caused, so that a restart does not lift a lockout. */
import type { Migration } from './migration.ts';

export const loginLockout: Migration = {
  version: 15,
  name: 'login-lockout',
  sql: `
    -- One row per failed login and scope: scope 'account' (the username as typed) or 'address' (the client address as
    -- given; personal data, kept at most for the lockout window). Times are ISO text in UTC; login-throttle.ts deletes
    -- rows older than the window whenever it reads or writes.
    CREATE TABLE login_failure (scope VARCHAR NOT NULL, subject VARCHAR NOT NULL, failed_at VARCHAR NOT NULL);
    -- A lockout in force: the account or address may not log in before locked_until (deleted once it has passed).
    CREATE TABLE login_lockout (
      scope VARCHAR NOT NULL, subject VARCHAR NOT NULL, locked_until VARCHAR NOT NULL, PRIMARY KEY (scope, subject)
    );
  `,
};
