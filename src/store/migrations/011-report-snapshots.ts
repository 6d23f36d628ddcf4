/** @module Migration 11: frozen report snapshots — exactly what a council report used (published values, definitions, tree, targets, narratives, delivery dates) under its content hash. */
import type { Migration } from './migration.ts';

export const reportSnapshots: Migration = {
  version: 11,
  name: 'report-snapshots',
  sql: `
    -- hash: sha256 (hex) of content, the canonical JSON of the snapshot; a report regenerated from it is identical.
    -- created_at: ISO text, the moment the report was first generated (also inside content as its generation date).
    CREATE TABLE report_snapshot (
      hash VARCHAR PRIMARY KEY, moment VARCHAR NOT NULL, period VARCHAR NOT NULL, area VARCHAR NOT NULL,
      created_at VARCHAR NOT NULL, content VARCHAR NOT NULL
    );
  `,
};
