/** @module Migration 16: the nowcast of late declarations per care type too, with the spread and mean claim amount that let any area's figure be corrected. */
import type { Migration } from './migration.ts';

export const nowcastPerCareType: Migration = {
  version: 16,
  name: 'nowcast-per-care-type',
  sql: `
    -- Rebuilt rather than altered: the table is derived (recomputed after every compute), so the next compute fills
    -- it again. One group per row: the law's total (category '' and care_type ''), a product category (category),
    -- or a care type / support type (care_type, mapped from the category as the cube maps it).
    -- log_spread: the predictive spread of log(final / arrived) at this age; mean_claim_cents: the group's mean amount
    -- per claim line in its complete months (the claim-count noise a small area adds to the interval).
    DROP TABLE claim_nowcast;
    CREATE TABLE claim_nowcast (
      law VARCHAR NOT NULL, category VARCHAR NOT NULL, care_type VARCHAR NOT NULL, month VARCHAR NOT NULL,
      age INTEGER NOT NULL, provisional_cents DOUBLE NOT NULL, completeness DOUBLE NOT NULL,
      expected_cents DOUBLE NOT NULL, lower80_cents DOUBLE NOT NULL, upper80_cents DOUBLE NOT NULL,
      log_spread DOUBLE NOT NULL, mean_claim_cents DOUBLE NOT NULL, as_of VARCHAR NOT NULL,
      computed_at VARCHAR NOT NULL
    );
  `,
};
