import { mkdtemp, readFile, stat, writeFile, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { withFixtureDb } from '../../test/helpers/fixture-db.ts';
import { DuckDbStore } from './duckdb-store.ts';
import { dataFolder, initDataFolder, readSecret } from './data-folder.ts';
import { migrate } from './migrate.ts';
import { MIGRATIONS } from './migrations/index.ts';
import type { Migration } from './migrations/migration.ts';

const tempDir = () => mkdtemp(join(tmpdir(), 'msd-store-'));
/** The newest schema version: the last migration's. */
const LATEST = MIGRATIONS.at(-1)?.version ?? 0;

describe('migrations', () => {
  it('create every canonical table and record each version', async () => {
    await withFixtureDb(async (store) => {
      const tables = await store.all<{ name: string }>(
        "SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'main' ORDER BY 1",
      );
      expect(tables.map((t) => t.name)).toEqual([
        'api_token',
        'app_user',
        'area',
        'area_boundary',
        'area_member',
        'audit_event',
        'batch',
        'batch_detail',
        'benefit',
        'budget_line',
        'claim',
        'claim_nowcast',
        'forecast_series',
        'forecast_value',
        'forecast_vintage',
        'goal_link',
        'goal_narrative',
        'goal_node',
        'goal_target',
        'goal_target_change',
        'goal_tree_version',
        'households',
        'imported_value_batch',
        'indicator_definition',
        'indicator_value',
        'istd_allocation',
        'istd_care_start',
        'istd_care_stop',
        'istd_message',
        'istd_message_hash',
        'login_failure',
        'login_lockout',
        'meta',
        'outlook_signal',
        'person',
        'population',
        'postcode_area',
        'provision',
        'quarantine',
        'reintegration',
        'report_snapshot',
        'residence',
        'retention_cutoff',
        'schema_migration',
        'social_return_document',
        'stale_period',
        'user_session',
      ]);
      expect(await store.all('SELECT version, name FROM schema_migration ORDER BY version')).toEqual([
        { version: 1, name: 'canonical-model' },
        { version: 2, name: 'istandaard-messages' },
        { version: 3, name: 'local-definitions' },
        { version: 4, name: 'claim-id-ubigint' },
        { version: 5, name: 'batch-resilience' },
        { version: 6, name: 'goal-tree' },
        { version: 7, name: 'social-return' },
        { version: 8, name: 'outlook' },
        { version: 9, name: 'birth-date-and-reintegration' },
        { version: 10, name: 'report-snapshots' },
        { version: 11, name: 'access' },
        { version: 12, name: 'budget-and-vintages' },
        { version: 13, name: 'target-history' },
        { version: 14, name: 'retention' },
        { version: 15, name: 'login-lockout' },
        { version: 16, name: 'nowcast-per-care-type' },
      ]);
    });
  });

  it('apply only pending migrations, and a failing migration leaves no trace', async () => {
    await withFixtureDb(async (store) => {
      expect((await migrate(store)).applied).toEqual([]);
      const broken: Migration = {
        version: LATEST + 1,
        name: 'broken',
        sql: 'CREATE TABLE extra (x INTEGER); SELECT * FROM nope',
      };
      await expect(migrate(store, [...MIGRATIONS, broken])).rejects.toThrow(/nope/);
      const extra = await store.all("SELECT * FROM information_schema.tables WHERE table_name = 'extra'");
      expect(extra).toHaveLength(0);
      expect(await store.all('SELECT max(version) AS v FROM schema_migration')).toEqual([{ v: LATEST }]);
    });
  });

  it('give persons of a store made before migration 9 the 1st of their birth month as birth day', async () => {
    const store = await DuckDbStore.open(':memory:');
    try {
      await migrate(
        store,
        MIGRATIONS.filter((m) => m.version < 9),
      );
      await store.run(
        "INSERT INTO person VALUES ('a', '2007-03', 'female'), ('b', NULL, 'male'), ('c', 'onbekend', 'unknown')",
      );
      expect((await migrate(store)).applied).toEqual([9, 10, 11, 12, 13, 14, 15, 16]);
      expect(
        await store.all("SELECT pid, strftime(birth_date, '%Y-%m-%d') AS d, gender FROM person ORDER BY pid"),
      ).toEqual([
        { pid: 'a', d: '2007-03-01', gender: 'female' },
        { pid: 'b', d: null, gender: 'male' },
        { pid: 'c', d: null, gender: 'unknown' },
      ]);
    } finally {
      store.close();
    }
  });

  it('refuse a database written by a newer program', async () => {
    await withFixtureDb(async (store) => {
      await store.run("INSERT INTO schema_migration VALUES (99, 'future', current_timestamp)");
      await expect(migrate(store)).rejects.toThrow(
        new RegExp(`schemaversie 99, nieuwer dan dit programma kent \\(${LATEST}\\)`),
      );
    });
  });
});

describe('store values', () => {
  it('convert dates, bigints and appended rows to plain values', async () => {
    await withFixtureDb(async (store) => {
      await store.append('households', [
        ['WK063706', '2019-01-01', 10_250, 1],
        ['WK063703', '2019-01-01', 7_100, null],
      ]);
      expect(await store.all('SELECT area, ref_date, count, batch FROM households ORDER BY area')).toEqual([
        { area: 'WK063703', ref_date: '2019-01-01', count: 7100, batch: null },
        { area: 'WK063706', ref_date: '2019-01-01', count: 10250, batch: 1 },
      ]);
    });
  });

  it('append numbers into integer, bigint and double columns, beyond 32 bits too', async () => {
    await withFixtureDb(async (store) => {
      await store.run('CREATE TABLE numbers (i INTEGER, b BIGINT, d DOUBLE, s SMALLINT)');
      await store.append('numbers', [
        [-2_147_483_648, 5_000_000_000, 3, 7],
        [2_147_483_647, -2_147_483_649, 2.5, -3],
      ]);
      expect(await store.all('SELECT * FROM numbers ORDER BY i')).toEqual([
        { i: -2147483648, b: 5000000000, d: 3, s: 7 },
        { i: 2147483647, b: -2147483649, d: 2.5, s: -3 },
      ]);
    });
  });

  it('roll back a failed transaction completely', async () => {
    await withFixtureDb(async (store) => {
      await expect(
        store.transaction(async () => {
          await store.run("INSERT INTO meta VALUES ('a', '1')");
          throw new Error('crash in the middle');
        }),
      ).rejects.toThrow('crash in the middle');
      expect(await store.all('SELECT * FROM meta')).toEqual([]);
    });
  });
});

describe('data folder', () => {
  it('is created with a 0600 secret outside the database, and a second init changes nothing', async () => {
    const folder = dataFolder(join(await tempDir(), 'data'));
    const first = await initDataFolder(folder);
    expect(first).toEqual({
      createdFolder: true,
      createdSecret: true,
      migrationsApplied: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16],
    });
    expect((await stat(folder.secretPath)).mode & 0o777).toBe(0o600);
    const secret = await readFile(folder.secretPath, 'utf8');
    const second = await initDataFolder(folder);
    expect(second).toEqual({ createdFolder: false, createdSecret: false, migrationsApplied: [] });
    expect(await readFile(folder.secretPath, 'utf8')).toBe(secret);
    expect((await readSecret(folder)).length).toBe(32);
  });

  it('refuses a path that is a file and creates nothing', async () => {
    const dir = await tempDir();
    const file = join(dir, 'not-a-folder');
    await writeFile(file, 'x');
    await expect(initDataFolder(dataFolder(file))).rejects.toThrow(/is een bestand, geen map/);
    await expect(initDataFolder(dataFolder(join(file, 'sub')))).rejects.toThrow(/is een bestand, geen map/);
    expect(await readdir(dir)).toEqual(['not-a-folder']);
  });

  // An unwritable folder is tested end to end (as an unprivileged user) in test/cli-bad-input.test.ts.

  it('names the other process when the database is locked', async () => {
    const folder = dataFolder(join(await tempDir(), 'data'));
    await initDataFolder(folder);
    const { spawn } = await import('node:child_process');
    // A second process holds the database open for writing.
    const holder = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        '-e',
        `const { DuckDbStore } = await import(${JSON.stringify(new URL('./duckdb-store.ts', import.meta.url).href)});
         await DuckDbStore.open(${JSON.stringify(folder.databasePath)}); console.log('ready'); setTimeout(() => {}, 20000);`,
      ],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    try {
      await new Promise<void>((ready) => holder.stdout.on('data', () => ready()));
      await expect(DuckDbStore.open(folder.databasePath)).rejects.toThrow(
        new RegExp(`in gebruik door een ander proces \\(.*PID ${holder.pid}\\)`),
      );
    } finally {
      holder.kill();
    }
  });
});
