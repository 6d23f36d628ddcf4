/** @module Migration 6: the goal tree (doelenboom) in its own tables — versions, nodes, links, targets per node and period, narratives with their full history. */
import type { Migration } from './migration.ts';

export const goalTree: Migration = {
  version: 6,
  name: 'goal-tree',
  sql: `
    -- One row per tree version; a herijking (import) adds a version, earlier ones stay as they were.
    CREATE TABLE goal_tree_version (
      version INTEGER PRIMARY KEY, title VARCHAR NOT NULL, template VARCHAR, rollup_json VARCHAR,
      created_at TIMESTAMP NOT NULL, created_by VARCHAR NOT NULL, note VARCHAR
    );
    -- Nodes of a version: kind vision|goal|effect|indicator; settings_json holds the node's validated fields
    -- (title, description, indicator, direction, baseline, band, weight, minimum size, imported slot) except
    -- its children and targets. position keeps the order of the file.
    CREATE TABLE goal_node (
      version INTEGER NOT NULL, id VARCHAR NOT NULL, kind VARCHAR NOT NULL, position INTEGER NOT NULL,
      indicator VARCHAR, settings_json VARCHAR NOT NULL, PRIMARY KEY (version, id)
    );
    -- Parent → child links (a DAG: one effect may serve several goals); field = the parent's list (goals,
    -- effects, indicators).
    CREATE TABLE goal_link (
      version INTEGER NOT NULL, parent VARCHAR NOT NULL, field VARCHAR NOT NULL, child VARCHAR NOT NULL,
      position INTEGER NOT NULL, PRIMARY KEY (version, parent, child)
    );
    -- Targets (streefwaarden; for a cost indicator the budget) per indicator node and period.
    CREATE TABLE goal_target (
      version INTEGER NOT NULL, node VARCHAR NOT NULL, period VARCHAR NOT NULL, value DOUBLE NOT NULL,
      set_at TIMESTAMP NOT NULL, set_by VARCHAR NOT NULL, PRIMARY KEY (version, node, period)
    );
    -- Narratives ("tellen en vertellen") per node and period; every change is a new row, the latest is current.
    CREATE SEQUENCE goal_narrative_id START 1;
    CREATE TABLE goal_narrative (
      id INTEGER PRIMARY KEY DEFAULT nextval('goal_narrative_id'), node VARCHAR NOT NULL, period VARCHAR NOT NULL,
      text VARCHAR NOT NULL, author VARCHAR NOT NULL, status VARCHAR NOT NULL, written_at TIMESTAMP NOT NULL
    );
  `,
};
