/** @module Migration 3: local indicator definitions (a municipality's own indicators, e.g. imported survey figures), stored as validated JSON. */
import type { Migration } from './migration.ts';

export const localDefinitions: Migration = {
  version: 3,
  name: 'local-definitions',
  sql: `
    -- One row per local indicator; definition_json passed parseIndicatorDefinition when stored. Re-defining replaces.
    CREATE TABLE indicator_definition (
      id VARCHAR PRIMARY KEY, definition_json VARCHAR NOT NULL, defined_at TIMESTAMP NOT NULL, defined_by VARCHAR NOT NULL
    );
  `,
};
