/** @module Migration 11: access control — users with roles, server-side sessions, personal API tokens and the append-only audit trail. */
import type { Migration } from './migration.ts';

export const access: Migration = {
  version: 11,
  name: 'access',
  sql: `
    -- One row per account. password_hash: scrypt with its parameters and salt (password-hash.ts); NULL for an account
    -- that can only log in through single sign-on. Times are ISO text in UTC.
    CREATE TABLE app_user (
      username VARCHAR PRIMARY KEY, role VARCHAR NOT NULL, password_hash VARCHAR,
      disabled BOOLEAN NOT NULL DEFAULT false, created_at VARCHAR NOT NULL, updated_at VARCHAR NOT NULL
    );
    -- Server-side sessions: only the SHA-256 of the cookie value is stored, so a copy of the database opens no session.
    CREATE TABLE user_session (
      id_hash VARCHAR PRIMARY KEY, username VARCHAR NOT NULL, csrf_token VARCHAR NOT NULL,
      created_at VARCHAR NOT NULL, last_seen_at VARCHAR NOT NULL, origin VARCHAR NOT NULL
    );
    -- Personal API tokens (Authorization: Bearer on /api/): shown once, stored as SHA-256.
    CREATE TABLE api_token (
      token_hash VARCHAR PRIMARY KEY, username VARCHAR NOT NULL, label VARCHAR NOT NULL, created_at VARCHAR NOT NULL
    );
    -- The audit trail: append-only (no code path updates or deletes it; see audit-log.ts). seq orders the entries.
    CREATE SEQUENCE audit_seq START 1;
    CREATE TABLE audit_event (
      seq BIGINT PRIMARY KEY DEFAULT nextval('audit_seq'), occurred_at VARCHAR NOT NULL, actor VARCHAR NOT NULL,
      action VARCHAR NOT NULL, object VARCHAR NOT NULL, origin VARCHAR NOT NULL, outcome VARCHAR NOT NULL
    );
  `,
};
