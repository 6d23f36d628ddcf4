/** @module Migration 7: social-return documents (price lists, case analyses, programmes), each stored whole as validated JSON. */
import type { Migration } from './migration.ts';

export const socialReturn: Migration = {
  version: 7,
  name: 'social-return',
  sql: `
    -- One row per document; document_json passed normaliseWorkbook when stored. Importing a name again replaces it.
    -- Case ids inside are pseudonyms or case numbers, never names (the normaliser refuses ids without a digit).
    CREATE TABLE social_return_document (
      name VARCHAR PRIMARY KEY, kind VARCHAR NOT NULL, title VARCHAR NOT NULL, price_year INTEGER NOT NULL,
      document_json VARCHAR NOT NULL, stored_at TIMESTAMP NOT NULL, stored_by VARCHAR NOT NULL
    );
  `,
};
