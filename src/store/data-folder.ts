/** @module The data folder of a deployment: its database file, pseudonymisation secret (key file, 0600, never in the database) and creation. */
import { randomBytes } from 'node:crypto';
import { constants, promises as fs } from 'node:fs';
import { join, resolve } from 'node:path';
import { StoreError } from '../errors.ts';
import { STORE_REFUSED } from './store-reasons.ts';
import { DuckDbStore } from './duckdb-store.ts';
import { migrate } from './migrate.ts';

export const DATABASE_FILE = 'msd.duckdb';
export const SECRET_FILE = 'pseudonymisation.key';

export interface DataFolder {
  readonly dir: string;
  readonly databasePath: string;
  readonly secretPath: string;
}

export function dataFolder(dir: string): DataFolder {
  const abs = resolve(dir);
  return { dir: abs, databasePath: join(abs, DATABASE_FILE), secretPath: join(abs, SECRET_FILE) };
}

async function exists(path: string): Promise<boolean> {
  try {
    await fs.access(path);
    return true;
  } catch {
    return false;
  }
}

/** Fails with a one-line reason when `dir` cannot become a data folder (a file, or not writable). Creates nothing. */
export async function checkDataFolderUsable(folder: DataFolder): Promise<void> {
  let probe = folder.dir;
  // Walk up to the first existing ancestor: it must be a writable directory.
  for (;;) {
    try {
      const stat = await fs.stat(probe);
      if (!stat.isDirectory()) throw new StoreError(STORE_REFUSED.isFile(probe));
      break;
    } catch (error) {
      if (error instanceof StoreError) throw error;
      const parent = resolve(probe, '..');
      if (parent === probe) break;
      probe = parent;
    }
  }
  try {
    await fs.access(probe, constants.W_OK | constants.X_OK);
  } catch {
    throw new StoreError(STORE_REFUSED.notWritable(probe, folder.dir));
  }
  for (const path of [folder.databasePath, folder.secretPath]) {
    if ((await exists(path)) && (await fs.stat(path)).isDirectory()) {
      throw new StoreError(STORE_REFUSED.folderNotFile(path));
    }
  }
}

export interface InitResult {
  createdFolder: boolean;
  createdSecret: boolean;
  migrationsApplied: number[];
}

/**
 * Creates the data folder, the secret and the database (idempotent). On failure, whatever this call
 * created is removed again, so nothing is left half-created.
 */
export async function initDataFolder(folder: DataFolder): Promise<InitResult> {
  await checkDataFolderUsable(folder);
  const createdFolder = !(await exists(folder.dir));
  const hadSecret = await exists(folder.secretPath);
  const hadDatabase = await exists(folder.databasePath);
  try {
    await fs.mkdir(folder.dir, { recursive: true, mode: 0o700 });
    if (!hadSecret)
      await fs.writeFile(folder.secretPath, randomBytes(32).toString('base64') + '\n', {
        mode: 0o600,
        flag: 'wx',
      });
    const store = await DuckDbStore.open(folder.databasePath);
    try {
      const { applied } = await migrate(store);
      return { createdFolder, createdSecret: !hadSecret, migrationsApplied: applied };
    } finally {
      store.close();
    }
  } catch (error) {
    if (createdFolder) await fs.rm(folder.dir, { recursive: true, force: true });
    else {
      if (!hadSecret) await fs.rm(folder.secretPath, { force: true });
      if (!hadDatabase) {
        await fs.rm(folder.databasePath, { force: true });
        await fs.rm(`${folder.databasePath}.wal`, { force: true });
      }
    }
    throw error;
  }
}

/** Reads the deployment secret; ingestion refuses to run without it. */
export async function readSecret(folder: DataFolder): Promise<Buffer> {
  let text: string;
  try {
    text = await fs.readFile(folder.secretPath, 'utf8');
  } catch {
    throw new StoreError(STORE_REFUSED.noSecret(folder.secretPath, folder.dir));
  }
  const secret = Buffer.from(text.trim(), 'base64');
  if (secret.length < 32) throw new StoreError(STORE_REFUSED.secretTooShort(folder.secretPath));
  return secret;
}

/** Opens the database of an initialised data folder (fails with a clear message when it is missing or locked). */
export async function openDataFolder(
  folder: DataFolder,
  options: { readOnly?: boolean } = {},
): Promise<DuckDbStore> {
  if (!(await exists(folder.databasePath))) {
    throw new StoreError(STORE_REFUSED.noDatabase(folder.dir));
  }
  const store = await DuckDbStore.open(folder.databasePath, options);
  if (!options.readOnly) await migrate(store);
  return store;
}
