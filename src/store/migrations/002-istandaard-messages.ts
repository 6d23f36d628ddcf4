/** @module Migration 2: the pseudonymised iJw / iWmo message records (messages, allocations, care starts and stops) from which provisions are rebuilt. */
import type { Migration } from './migration.ts';

export const istandaardMessages: Migration = {
  version: 2,
  name: 'istandaard-messages',
  sql: `
    -- One row per ingested message (header only): (law, message_type, sender, message_id) makes a re-sent message a no-op.
    CREATE TABLE istd_message (
      batch INTEGER NOT NULL, file VARCHAR NOT NULL, law VARCHAR NOT NULL, message_type VARCHAR NOT NULL,
      message_id VARCHAR NOT NULL, sender VARCHAR NOT NULL, receiver VARCHAR NOT NULL, message_date DATE NOT NULL
    );
    -- Every ToegewezenProduct of a 301 (pid instead of BSN, no address); the latest per (law, allocation_no) counts.
    CREATE TABLE istd_allocation (
      batch INTEGER NOT NULL, seq INTEGER NOT NULL, message_date DATE NOT NULL, law VARCHAR NOT NULL,
      allocation_no VARCHAR NOT NULL, pid VARCHAR NOT NULL, category VARCHAR NOT NULL, product VARCHAR,
      provider VARCHAR NOT NULL, allocation_date DATE NOT NULL, start_date DATE NOT NULL, end_date DATE,
      change_reason VARCHAR
    );
    -- Every StartProduct of a 305 and StopProduct of a 307, with StatusAanlevering (1 first, 2 replaces, 3 withdraws).
    CREATE TABLE istd_care_start (
      batch INTEGER NOT NULL, seq INTEGER NOT NULL, message_date DATE NOT NULL, law VARCHAR NOT NULL,
      allocation_no VARCHAR, pid VARCHAR NOT NULL, category VARCHAR, product VARCHAR, provider VARCHAR NOT NULL,
      start_date DATE NOT NULL, status VARCHAR NOT NULL
    );
    CREATE TABLE istd_care_stop (
      batch INTEGER NOT NULL, seq INTEGER NOT NULL, message_date DATE NOT NULL, law VARCHAR NOT NULL,
      allocation_no VARCHAR, pid VARCHAR NOT NULL, category VARCHAR, product VARCHAR, provider VARCHAR NOT NULL,
      start_date DATE NOT NULL, end_date DATE NOT NULL, end_reason VARCHAR NOT NULL, status VARCHAR NOT NULL
    );
  `,
};
