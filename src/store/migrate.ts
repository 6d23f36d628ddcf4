/** @module Applies pending numbered migrations in one transaction each and reports what changed. */
import { StoreError } from '../errors.ts';
import { STORE_REFUSED } from './store-reasons.ts';
import { MIGRATIONS } from './migrations/index.ts';
import type { Migration } from './migrations/migration.ts';
import type { SqlStore } from './sql-store.ts';

export interface MigrationResult {
  applied: number[];
  current: number;
}

/** Brings the schema up to date; a database from a newer version of the product is refused, not touched. */
export async function migrate(
  store: SqlStore,
  migrations: readonly Migration[] = MIGRATIONS,
): Promise<MigrationResult> {
  await store.run(
    'CREATE TABLE IF NOT EXISTS schema_migration (version INTEGER PRIMARY KEY, name VARCHAR NOT NULL, applied_at TIMESTAMP NOT NULL)',
  );
  const rows = await store.all<{ version: number }>('SELECT version FROM schema_migration ORDER BY version');
  const done = new Set(rows.map((r) => r.version));
  const latestKnown = migrations.at(-1)?.version ?? 0;
  const newest = rows.at(-1)?.version ?? 0;
  if (newest > latestKnown) {
    throw new StoreError(STORE_REFUSED.newerSchema(newest, latestKnown));
  }
  const applied: number[] = [];
  for (const migration of migrations) {
    if (done.has(migration.version)) continue;
    await store.transaction(async () => {
      await store.run(migration.sql);
      await store.run('INSERT INTO schema_migration VALUES (?, ?, current_timestamp)', [
        migration.version,
        migration.name,
      ]);
    });
    applied.push(migration.version);
  }
  return { applied, current: Math.max(newest, ...applied) };
}
