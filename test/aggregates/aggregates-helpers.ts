/** @module Test helpers for aggregate imports: a migrated in-memory store holding Zoetermeer's shipped areas, fixture paths, and reads of imported rows. */
import { gemeenteReference } from '../../src/catalogue/reference-areas.ts';
import { loadReferenceAreas } from '../../src/ingest/load-reference-areas.ts';
import type { SqlStore } from '../../src/store/sql-store.ts';
import { withFixtureDb } from '../helpers/fixture-db.ts';

export const AGGREGATES = new URL('../fixtures/aggregates/', import.meta.url).pathname;
export const CBS = new URL('../fixtures/cbs/', import.meta.url).pathname;

/** A store with Zoetermeer (GM0637) and its nine wijken loaded, as after `msd init --gemeente GM0637`. */
export async function withZoetermeer<T>(work: (store: SqlStore) => Promise<T>): Promise<T> {
  return withFixtureDb(async (store) => {
    await loadReferenceAreas(store, gemeenteReference('GM0637')!);
    return work(store);
  });
}

export interface StoredValue {
  indicator: string;
  period: string;
  area: string;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  status: string;
  source: string;
}

/** Imported rows (source ≠ computed) of an indicator, ordered by period and area. */
export async function importedRows(store: SqlStore, indicator: string): Promise<StoredValue[]> {
  return store.all<StoredValue & Record<string, string | number | null>>(
    `SELECT indicator, period, area, value, numerator, denominator, status, source FROM indicator_value
     WHERE indicator = ? AND source <> 'computed' ORDER BY period, area, source`,
    [indicator],
  );
}

export async function quarantined(store: SqlStore): Promise<string[]> {
  const rows = await store.all<{ position: string; reason: string }>(
    'SELECT position, reason FROM quarantine ORDER BY batch, rowid',
  );
  return rows.map((r) => `${r.position}: ${r.reason}`);
}
