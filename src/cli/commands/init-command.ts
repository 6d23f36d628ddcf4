/** @module `msd init`: creates the data folder (database, secret) and loads a gemeente's reference areas; idempotent. */
import { gemeenteReference, type GemeenteReference } from '../../catalogue/reference-areas.ts';
import { CliError } from '../../errors.ts';
import { GEMEENTE_CODE, REGION_META_KEY } from '../../ingest/istandaarden/recipient-check.ts';
import { deploymentGemeente, loadReferenceAreas } from '../../ingest/load-reference-areas.ts';
import { createFirstAdmin, FIRST_ADMIN } from '../../access/initial-accounts.ts';
import { dataFolder, initDataFolder, openDataFolder } from '../../store/data-folder.ts';
import { formatNumber, t } from '../../views/messages.ts';
import type { CliIo } from '../cli-output.ts';

export interface InitOptions {
  data: string;
  gemeente?: string | undefined;
  /** Other gemeenten (`GM0638,GM0639`) whose iJw/iWmo messages this deployment also accepts (a regional set-up). */
  regio?: string | undefined;
  /** Create the account `admin` when there is none and show its password once (default); the demo has its own. */
  firstAdmin?: boolean;
}

/** Parses `--regio GM0637,GM0638`, or fails naming the code that is not a gemeente code. */
export function parseRegion(text: string): string[] {
  const codes = text
    .split(',')
    .map((c) => c.trim().toUpperCase())
    .filter((c) => c !== '');
  const wrong = codes.find((c) => !GEMEENTE_CODE.test(c));
  if (wrong !== undefined) throw new CliError(t('cliInvalidRegion', { code: wrong }));
  return [...new Set(codes)];
}

/** Resolves a gemeente code to its reference data, or fails naming the code (before anything is created). */
export function requireGemeente(code: string): GemeenteReference {
  const reference = gemeenteReference(code);
  if (!reference) throw new CliError(t('cliUnknownGemeente', { code }));
  return reference;
}

export async function runInit(options: InitOptions, io: CliIo): Promise<void> {
  const reference = options.gemeente === undefined ? undefined : requireGemeente(options.gemeente);
  const region = options.regio === undefined ? undefined : parseRegion(options.regio);
  const folder = dataFolder(options.data);
  const created = await initDataFolder(folder);
  let loaded = false;
  if (region !== undefined) {
    const store = await openDataFolder(folder);
    try {
      await store.run(
        'INSERT INTO meta VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
        [REGION_META_KEY, region.join(',')],
      );
    } finally {
      store.close();
    }
    io.out(t('cliRegion', { list: region.length > 0 ? region.join(', ') : t('cliRegionNone') }));
    loaded = true;
  }
  if (reference) {
    const store = await openDataFolder(folder);
    try {
      const current = await deploymentGemeente(store);
      if (current && current !== reference.gemeente.code) {
        throw new CliError(
          t('cliFolderBelongs', { dir: folder.dir, current, code: reference.gemeente.code }),
        );
      }
      if (!current) {
        const result = await loadReferenceAreas(store, reference);
        io.out(
          t('cliAreasLoaded', {
            code: reference.gemeente.code,
            name: reference.gemeente.name,
            areas: formatNumber(result.areas),
            boundaries: formatNumber(result.boundaries),
            source: reference.source,
          }),
        );
        loaded = true;
      }
    } finally {
      store.close();
    }
  }
  const changed = created.createdFolder || created.createdSecret || created.migrationsApplied.length > 0;
  if (changed) {
    const schema = created.migrationsApplied.at(-1);
    io.out(
      t('cliInitialised', {
        dir: folder.dir,
        database: schema !== undefined ? t('cliSchemaVersion', { version: schema }) : t('cliPresent'),
        secret: created.createdSecret ? t('cliSecretCreated') : t('cliPresent'),
      }),
    );
  }
  if (options.firstAdmin !== false) {
    const store = await openDataFolder(folder);
    try {
      const password = await createFirstAdmin(store);
      if (password !== undefined) {
        io.out(t('accessFirstAdmin', { username: FIRST_ADMIN, password }));
        loaded = true;
      }
    } finally {
      store.close();
    }
  }
  if (!changed && !loaded) {
    const gemeente = reference
      ? t('cliForGemeente', { code: reference.gemeente.code, name: reference.gemeente.name })
      : '';
    io.out(t('cliAlreadyInitialised', { dir: folder.dir, gemeente }));
  }
}
