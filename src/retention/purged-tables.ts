/** @module The record-level tables `msd purge` removes rows from (everything else — the cube, snapshots, forecasts, budget, goal tree, narratives, audit — is kept). */

/** The record-level tables a purge removes rows from, in the order it removes them (persons last). */
export const PURGED_TABLES = [
  'provision',
  'claim',
  'benefit',
  'reintegration',
  'residence',
  'istd_allocation',
  'istd_care_start',
  'istd_care_stop',
  'istd_message',
  'istd_message_hash',
  'quarantine',
  'person',
] as const;
export type PurgedTable = (typeof PURGED_TABLES)[number];
