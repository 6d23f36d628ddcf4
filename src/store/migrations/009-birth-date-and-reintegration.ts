/** @module Migration 9: persons keep their birth date (the legal age limits need the day) and re-integration provisions get a table of their own. */
import type { Migration } from './migration.ts';

export const birthDateAndReintegration: Migration = {
  version: 9,
  name: 'birth-date-and-reintegration',
  // A rebuilt table, not ALTER TABLE … ADD COLUMN: DuckDB 1.5 cannot replay that from the write-ahead log (see
  // migrations 4 and 5). A store made before keeps working: a person known by birth year and month only gets the
  // 1st of that month as birth day, which is exactly the age rule the engine used before.
  sql: `
    CREATE TABLE person_v9 (pid VARCHAR PRIMARY KEY, birth_date DATE, gender VARCHAR NOT NULL);
    INSERT INTO person_v9
    SELECT pid,
      CASE WHEN regexp_full_match(birth_ym, '\\d{4}-(0[1-9]|1[0-2])')
        THEN make_date(CAST(substr(birth_ym, 1, 4) AS INTEGER), CAST(substr(birth_ym, 6, 2) AS INTEGER), 1) END,
      gender
    FROM person;
    DROP TABLE person;
    ALTER TABLE person_v9 RENAME TO person;

    -- Re-integration provisions (Participatiewet instruments: werkfit-traject, loonkostensubsidie, jobcoaching, …)
    -- from a case-system export. id = pid:instrument_code:start_date, so a later export of the same instrument with
    -- its end filled in replaces the row. end_reason ∈ werk | opleiding | voortijdig | overig (NULL while running).
    CREATE TABLE reintegration (
      id VARCHAR NOT NULL, pid VARCHAR NOT NULL, instrument_code VARCHAR NOT NULL, instrument_name VARCHAR,
      start_date DATE NOT NULL, end_date DATE, end_reason VARCHAR, batch INTEGER NOT NULL
    );
  `,
};
