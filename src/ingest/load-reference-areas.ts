/** @module Loads the shipped CBS reference data of one gemeente (areas, inhabitants, boundaries) into the store and records the deployment's gemeente. */
import { gemeenteBoundaries, type GemeenteReference } from '../catalogue/reference-areas.ts';
import type { SqlStore } from '../store/sql-store.ts';

export interface ReferenceLoadResult {
  areas: number;
  boundaries: number;
}

/** Replaces the gemeente's CBS areas and boundaries (custom areas are kept) in one transaction. */
export async function loadReferenceAreas(
  store: SqlStore,
  reference: GemeenteReference,
): Promise<ReferenceLoadResult> {
  const { gemeente, wijken, source } = reference;
  const codes = [gemeente.code, ...wijken.map((w) => w.code)];
  const boundaries = gemeenteBoundaries(gemeente.code).features;
  await store.transaction(async () => {
    await store.run(`DELETE FROM area WHERE code IN (${codes.map(() => '?').join(', ')})`, codes);
    await store.run(`DELETE FROM area_boundary WHERE code IN (${codes.map(() => '?').join(', ')})`, codes);
    await store.append(
      'area',
      [gemeente, ...wijken].map((a) => [
        a.code,
        a.name,
        a.level,
        a.parent,
        null,
        null,
        a.inhabitants,
        source,
      ]),
    );
    await store.append(
      'area_boundary',
      boundaries.map((f) => [f.properties.code, JSON.stringify(f.geometry), 'CBS/PDOK, CC BY 4.0']),
    );
    await store.run(
      "INSERT INTO meta VALUES ('gemeente', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
      [gemeente.code],
    );
  });
  return { areas: codes.length, boundaries: boundaries.length };
}

/** The deployment's gemeente code, or undefined before `init --gemeente`. */
export async function deploymentGemeente(store: SqlStore): Promise<string | undefined> {
  const rows = await store.all<{ value: string }>("SELECT value FROM meta WHERE key = 'gemeente'");
  return rows[0]?.value;
}
