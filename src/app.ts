/** @module Composition root: opens a deployment's data folder and wires store, pseudonymiser, engine and web for the CLI and the server. */
import { userInfo } from 'node:os';
import { Pseudonymiser } from './ingest/pseudonymise.ts';
import { deploymentGemeente } from './ingest/load-reference-areas.ts';
import { dataFolder, openDataFolder, readSecret, type DataFolder } from './store/data-folder.ts';
import type { SqlStore } from './store/sql-store.ts';
import { isStoreError, StoreError } from './errors.ts';
import { finishPendingRecompute, hasPendingRecompute } from './engine/run/pending-recompute.ts';
import { FIGURES_PENDING } from './ingest/batch-reasons.ts';

export interface AppConfig {
  /** The data folder (`--data`), default `./data`. */
  readonly dataDir: string;
  readonly readOnly?: boolean;
}

export interface App {
  readonly folder: DataFolder;
  readonly store: SqlStore;
  /** Who is acting (OS user for the CLI); recorded with batches. */
  readonly actor: string;
  /** The deployment's gemeente (set by `init --gemeente`). */
  gemeente(): Promise<string>;
  /** The keyed pseudonymiser; fails when the secret is missing (ingestion refuses to run without it). */
  pseudonymiser(): Promise<Pseudonymiser>;
  close(): void;
}

/** Apps held open by this process (a running server), by data folder: commands handed to the server reuse them. */
const runningApps = new Map<string, App>();

/** Makes `app` the one this process uses for its data folder until `release` is called (the server does this). */
export function holdApp(app: App): () => void {
  runningApps.set(app.folder.dir, app);
  return () => runningApps.delete(app.folder.dir);
}

export async function createApp(config: AppConfig): Promise<App> {
  const folder = dataFolder(config.dataDir);
  const held = runningApps.get(folder.dir);
  // Inside the server, a command works on the server's own connection (DuckDB allows one writer per file).
  if (held) return { ...held, close: () => {} };
  const store = await openDataFolder(folder, config.readOnly ? { readOnly: true } : {});
  let pseudonymiser: Pseudonymiser | undefined;
  return {
    folder,
    store,
    actor: `cli:${userInfo().username}`,
    async gemeente() {
      const code = await deploymentGemeente(store);
      if (!code) {
        throw new StoreError(
          `The data folder ${folder.dir} has no gemeente yet. Run \`msd init --data ${folder.dir} --gemeente GMxxxx\`.`,
        );
      }
      return code;
    },
    async pseudonymiser() {
      pseudonymiser ??= new Pseudonymiser(await readSecret(folder));
      return pseudonymiser;
    },
    close() {
      store.close();
    },
  };
}

/**
 * Opens the data folder for a command that reads figures: read-only, unless figures are pending after an
 * interrupted ingest (stale marks) — then for writing, finishing them first. When it cannot write (no write
 * permission, or the folder went to another process meanwhile) it reads what is there and `warn` says that the
 * figures are pending and how to finish them.
 */
export async function createAppForFigures(
  config: Omit<AppConfig, 'readOnly'>,
  warn: (message: string) => void,
): Promise<App> {
  const reader = await createApp({ ...config, readOnly: true });
  let pending: boolean;
  try {
    pending = await hasPendingRecompute(reader.store);
  } catch (error) {
    reader.close();
    throw error;
  }
  if (!pending) return reader;
  reader.close();
  let writer: App;
  try {
    writer = await createApp(config);
  } catch (error) {
    if (!isStoreError(error)) throw error;
    warn(FIGURES_PENDING);
    return createApp({ ...config, readOnly: true });
  }
  try {
    await finishPendingRecompute(writer.store);
  } catch (error) {
    writer.close();
    throw error;
  }
  return writer;
}
