/** @module Test helper: a migrated in-memory DuckDB store, closed after use (no mocks for the database, conventions §6). */
import { DuckDbStore } from '../../src/store/duckdb-store.ts';
import { migrate } from '../../src/store/migrate.ts';
import type { SqlStore } from '../../src/store/sql-store.ts';

export async function withFixtureDb<T>(work: (store: SqlStore) => Promise<T>): Promise<T> {
  const store = await DuckDbStore.open(':memory:');
  try {
    await migrate(store);
    return await work(store);
  } finally {
    store.close();
  }
}
