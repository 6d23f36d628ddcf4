/** @module Migration 1: the canonical data model of the architecture (areas, population, persons, residence, provisions, claims, benefits, batches, results cube). */
import type { Migration } from './migration.ts';

export const canonicalModel: Migration = {
  version: 1,
  name: 'canonical-model',
  sql: `
    CREATE TABLE meta (key VARCHAR PRIMARY KEY, value VARCHAR NOT NULL);

    -- CBS areas (GM/WK/BU) and custom areas (kern, gebied); parent is the containing area.
    CREATE TABLE area (
      code VARCHAR PRIMARY KEY, name VARCHAR NOT NULL, level VARCHAR NOT NULL, parent VARCHAR,
      valid_from DATE, valid_to DATE, inhabitants INTEGER, source VARCHAR
    );
    CREATE TABLE area_boundary (code VARCHAR PRIMARY KEY, geojson VARCHAR NOT NULL, source VARCHAR NOT NULL);
    -- Members (wijken/buurten) of custom areas.
    CREATE TABLE area_member (area VARCHAR NOT NULL, member VARCHAR NOT NULL);

    -- Postcode table loaded by the municipality: PC6 (or PC4) to buurt/wijk; reference data, not personal data.
    CREATE TABLE postcode_area (postcode VARCHAR PRIMARY KEY, buurt VARCHAR, wijk VARCHAR, batch INTEGER);

    -- Denominators: persons by area, reference date, age and gender; households by area.
    CREATE TABLE population (
      area VARCHAR NOT NULL, ref_date DATE NOT NULL, age SMALLINT NOT NULL, gender VARCHAR NOT NULL,
      persons INTEGER NOT NULL, batch INTEGER
    );
    CREATE TABLE households (area VARCHAR NOT NULL, ref_date DATE NOT NULL, count INTEGER NOT NULL, batch INTEGER);

    -- Pseudonymised persons: pid = keyed hash of the BSN; birth year-month only.
    CREATE TABLE person (pid VARCHAR PRIMARY KEY, birth_ym VARCHAR, gender VARCHAR NOT NULL);
    -- Addresses known at a date, reduced to area codes and a keyed household pseudonym.
    CREATE TABLE residence (
      pid VARCHAR NOT NULL, valid_from DATE NOT NULL, buurt VARCHAR, wijk VARCHAR, gemeente VARCHAR NOT NULL,
      household VARCHAR, source VARCHAR NOT NULL, batch INTEGER NOT NULL
    );

    -- Care/support episodes (law youth|support); status started|waiting (allocated, never started).
    CREATE TABLE provision (
      id VARCHAR NOT NULL, pid VARCHAR NOT NULL, law VARCHAR NOT NULL, category VARCHAR NOT NULL, product VARCHAR,
      provider VARCHAR, allocation_no VARCHAR, allocation_date DATE, start_date DATE, end_date DATE, end_reason VARCHAR,
      status VARCHAR NOT NULL, source VARCHAR NOT NULL, batch INTEGER NOT NULL
    );
    -- Claim lines; amount_cents is signed (credit lines negative); id = 64-bit hash of the line content (as text).
    CREATE TABLE claim (
      id VARCHAR NOT NULL, pid VARCHAR NOT NULL, law VARCHAR NOT NULL, allocation_no VARCHAR, category VARCHAR NOT NULL,
      product VARCHAR, provider VARCHAR, period_start DATE NOT NULL, period_end DATE NOT NULL, volume DOUBLE, unit VARCHAR,
      amount_cents BIGINT NOT NULL, declaration_no VARCHAR, submitted_on DATE, batch INTEGER NOT NULL
    );
    -- Participatiewet and related benefit periods (kind PW|IOAW|IOAZ).
    CREATE TABLE benefit (
      id VARCHAR NOT NULL, pid VARCHAR NOT NULL, household VARCHAR, kind VARCHAR NOT NULL, start_date DATE NOT NULL,
      end_date DATE, exit_reason VARCHAR, institution_or_homeless BOOLEAN NOT NULL DEFAULT false, batch INTEGER NOT NULL
    );

    CREATE SEQUENCE batch_id START 1;
    CREATE TABLE batch (
      id INTEGER PRIMARY KEY DEFAULT nextval('batch_id'), source VARCHAR NOT NULL, file VARCHAR NOT NULL,
      sha256 VARCHAR NOT NULL, received_at TIMESTAMP NOT NULL, received_by VARCHAR NOT NULL, status VARCHAR NOT NULL,
      counts VARCHAR NOT NULL
    );
    CREATE TABLE quarantine (
      batch INTEGER NOT NULL, file VARCHAR NOT NULL, message_id VARCHAR, position VARCHAR NOT NULL, reason VARCHAR NOT NULL
    );

    -- The results cube: everything the UI shows comes from here.
    CREATE TABLE indicator_value (
      indicator VARCHAR NOT NULL, period VARCHAR NOT NULL, area VARCHAR NOT NULL,
      breakdown_key VARCHAR NOT NULL DEFAULT '', breakdown_value VARCHAR NOT NULL DEFAULT '',
      numerator DOUBLE, denominator DOUBLE, value DOUBLE, status VARCHAR NOT NULL,
      source VARCHAR NOT NULL DEFAULT 'computed', computed_at TIMESTAMP NOT NULL
    );
  `,
};
