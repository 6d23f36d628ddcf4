/** @module Migration 5: stale indicator periods that survive a crash, aggregate import options, corrected resends, and which import batch wrote an imported figure. */
import type { Migration } from './migration.ts';

export const batchResilience: Migration = {
  version: 5,
  name: 'batch-resilience',
  // New tables only: DuckDB 1.5 cannot replay ALTER TABLE … ADD COLUMN from the write-ahead log either (measured: a
  // process killed before the next checkpoint leaves a database that does not open), see migration 4.
  sql: `
    -- Indicator periods a stored batch made stale, written in the batch's own transaction; removed once a recompute
    -- has written the figures again. from_date NULL: every period. tables: the canonical tables that changed
    -- (comma-separated; empty: every indicator).
    CREATE SEQUENCE stale_period_id START 1;
    CREATE TABLE stale_period (
      id INTEGER PRIMARY KEY DEFAULT nextval('stale_period_id'), batch INTEGER, from_date DATE,
      tables VARCHAR NOT NULL, marked_at TIMESTAMP NOT NULL
    );
    -- Per batch where needed: an aggregate import's options (mapping, period, areas, source) as canonical JSON, part
    -- of its identity (the same file with other options is a new import); and what the batch replaced, as a JSON
    -- list of earlier quarantined or rejected versions.
    CREATE TABLE batch_detail (batch INTEGER PRIMARY KEY, options VARCHAR, replaces VARCHAR);
    -- The content hash of each stored message (its XML entry), so a resend with other content is told from a copy,
    -- and the seq range of its records in its batch, so a corrected resend can replace exactly them.
    CREATE TABLE istd_message_hash (
      batch INTEGER NOT NULL, law VARCHAR NOT NULL, message_type VARCHAR NOT NULL, sender VARCHAR NOT NULL,
      message_id VARCHAR NOT NULL, sha256 VARCHAR NOT NULL, first_seq INTEGER, last_seq INTEGER
    );
    -- The import batch that wrote each imported figure (indicator_value rows with source <> 'computed'), so
    -- \`msd batches remove\` takes out exactly those figures.
    CREATE TABLE imported_value_batch (
      batch INTEGER NOT NULL, indicator VARCHAR NOT NULL, period VARCHAR NOT NULL, area VARCHAR NOT NULL,
      breakdown_key VARCHAR NOT NULL, breakdown_value VARCHAR NOT NULL, source VARCHAR NOT NULL
    );
  `,
};
