/** @module Migration 4: the claim id becomes the 64-bit content hash itself (UBIGINT) instead of its decimal text. */
import type { Migration } from './migration.ts';

export const claimIdUbigint: Migration = {
  version: 4,
  name: 'claim-id-ubigint',
  // A rebuilt table, not ALTER … TYPE … USING: DuckDB 1.5 cannot replay such an ALTER from the write-ahead log (a
  // process stopped before the next checkpoint would leave a database that does not open).
  sql: `
    CREATE TABLE claim_v4 (
      id UBIGINT NOT NULL, pid VARCHAR NOT NULL, law VARCHAR NOT NULL, allocation_no VARCHAR, category VARCHAR NOT NULL,
      product VARCHAR, provider VARCHAR, period_start DATE NOT NULL, period_end DATE NOT NULL, volume DOUBLE, unit VARCHAR,
      amount_cents BIGINT NOT NULL, declaration_no VARCHAR, submitted_on DATE, batch INTEGER NOT NULL
    );
    -- Stored ids were hash(...)::VARCHAR, so the cast gives back the same hash; any other text id is hashed.
    INSERT INTO claim_v4 SELECT coalesce(TRY_CAST(id AS UBIGINT), hash(id)), * EXCLUDE (id) FROM claim;
    DROP TABLE claim;
    ALTER TABLE claim_v4 RENAME TO claim;
  `,
};
