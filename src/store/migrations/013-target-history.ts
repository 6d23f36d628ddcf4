/** @module Migration 13: the history of targets — every value set (CLI or browser) as a row, so a changed target keeps its earlier values, who set them and when. */
import type { Migration } from './migration.ts';

export const targetHistory: Migration = {
  version: 13,
  name: 'target-history',
  sql: `
    -- goal_target keeps the current value per (version, node, period); this table every value ever set, oldest first.
    CREATE SEQUENCE goal_target_change_id START 1;
    CREATE TABLE goal_target_change (
      id INTEGER PRIMARY KEY DEFAULT nextval('goal_target_change_id'), version INTEGER NOT NULL,
      node VARCHAR NOT NULL, period VARCHAR NOT NULL, value DOUBLE NOT NULL, set_at TIMESTAMP NOT NULL,
      set_by VARCHAR NOT NULL
    );
    -- Targets set before this migration start the history.
    INSERT INTO goal_target_change (version, node, period, value, set_at, set_by)
      SELECT version, node, period, value, set_at, set_by FROM goal_target ORDER BY set_at;
  `,
};
