/** @module `msd init`: creates the data folder (database, secret) and loads a gemeente's reference areas; idempotent. */
import { gemeenteReference, type GemeenteReference } from '../../catalogue/reference-areas.ts';
import { CliError } from '../../errors.ts';
import { deploymentGemeente, loadReferenceAreas } from '../../ingest/load-reference-areas.ts';
import { dataFolder, initDataFolder, openDataFolder } from '../../store/data-folder.ts';
import type { CliIo } from '../cli-output.ts';

export interface InitOptions {
  data: string;
  gemeente?: string | undefined;
}

/** Resolves a gemeente code to its reference data, or fails naming the code (before anything is created). */
export function requireGemeente(code: string): GemeenteReference {
  const reference = gemeenteReference(code);
  if (!reference)
    throw new CliError(
      `Unknown gemeente code "${code}" (expected e.g. GM0637; see CBS gemeentelijke indeling).`,
    );
  return reference;
}

export async function runInit(options: InitOptions, io: CliIo): Promise<void> {
  const reference = options.gemeente === undefined ? undefined : requireGemeente(options.gemeente);
  const folder = dataFolder(options.data);
  const created = await initDataFolder(folder);
  let loaded = false;
  if (reference) {
    const store = await openDataFolder(folder);
    try {
      const current = await deploymentGemeente(store);
      if (current && current !== reference.gemeente.code) {
        throw new CliError(
          `The data folder ${folder.dir} belongs to ${current}; it cannot also hold ${reference.gemeente.code}. Use another --data folder.`,
        );
      }
      if (!current) {
        const result = await loadReferenceAreas(store, reference);
        io.out(
          `Loaded ${reference.gemeente.code} ${reference.gemeente.name}: ${result.areas} areas, ${result.boundaries} boundaries (${reference.source}).`,
        );
        loaded = true;
      }
    } finally {
      store.close();
    }
  }
  if (created.createdFolder || created.createdSecret || created.migrationsApplied.length > 0) {
    io.out(
      `Initialised ${folder.dir}: database ${created.migrationsApplied.length > 0 ? `schema v${created.migrationsApplied.at(-1)}` : 'present'}, ` +
        `secret key ${created.createdSecret ? 'created (keep it safe: without it pseudonyms cannot be reproduced)' : 'present'}.`,
    );
  } else if (!loaded) {
    io.out(
      `${folder.dir} is already initialised${reference ? ` for ${reference.gemeente.code} ${reference.gemeente.name}` : ''}; nothing changed.`,
    );
  }
}
