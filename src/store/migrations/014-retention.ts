/** @module Migration 14: the retention cut-off — every purge of record-level data older than the retention limit, so the engine never recomputes the periods whose records are gone. */
import type { Migration } from './migration.ts';

export const retention: Migration = {
  version: 14,
  name: 'retention',
  sql: `
    -- One row per purge (msd purge); the row with the latest cut-off is in force, and a later purge can only move it
    -- forward. cutoff: record-level rows whose period ended before it were removed. horizon: the latest date a
    -- period with figures could have begun at the purge (its day, or the delivery date when later): indicators that
    -- look back over all history keep every period that began before it (ADR 0019). set_at: ISO text in UTC.
    CREATE SEQUENCE retention_cutoff_id START 1;
    CREATE TABLE retention_cutoff (
      id INTEGER PRIMARY KEY DEFAULT nextval('retention_cutoff_id'), cutoff DATE NOT NULL, horizon DATE NOT NULL,
      set_at VARCHAR NOT NULL, set_by VARCHAR NOT NULL
    );
  `,
};
