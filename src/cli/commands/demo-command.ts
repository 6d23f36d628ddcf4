/** @module `msd demo`: the walking skeleton end to end — init (Zoetermeer) → generate source files → ingest them → compute the cube → serve. */
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createApp } from '../../app.ts';
import type { GemeenteReference } from '../../catalogue/reference-areas.ts';
import {
  DEFAULT_DEMO_OPTIONS,
  type DemoAreas,
  type DemoOptions,
  type DemoSize,
} from '../../demo/demo-options.ts';
import { emitDemoSources } from '../../demo/emit-demo-sources.ts';
import { loadCatalogue } from '../../catalogue/local-catalogue.ts';
import { computeCube } from '../../engine/cube-builder.ts';
import { ingestPaths } from '../../ingest/ingest-paths.ts';
import type { CliIo } from '../cli-output.ts';
import { requireGemeente, runInit } from './init-command.ts';
import { runServe } from './serve-command.ts';

export const DEMO_GEMEENTE = 'GM0637';

export interface DemoCommandOptions {
  data: string;
  size: DemoSize;
  seed: number;
  emit?: string | undefined;
  serve: boolean;
  port: number;
  host: string;
}

/** The demo's areas from the shipped CBS reference data (real wijken and 2024 inhabitants). */
export function demoAreas(reference: GemeenteReference): DemoAreas {
  return {
    gemeente: { code: reference.gemeente.code, name: reference.gemeente.name },
    wijken: reference.wijken.map((w) => ({ code: w.code, name: w.name, inhabitants: w.inhabitants ?? 0 })),
  };
}

/** True when `dir` already holds the files these options emit (the generator is deterministic), so they can be reused. */
async function alreadyEmitted(dir: string, options: DemoOptions): Promise<boolean> {
  try {
    const manifest = JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8')) as Record<
      string,
      unknown
    >;
    return (
      manifest['seed'] === options.seed &&
      manifest['size'] === options.size &&
      manifest['deliveryDate'] === options.deliveryDate
    );
  } catch {
    return false;
  }
}

const seconds = (start: number) => `${((performance.now() - start) / 1000).toFixed(1)} s`;

export async function runDemo(
  options: DemoCommandOptions,
  io: CliIo,
  runCli: (args: readonly string[], io: CliIo) => Promise<number>,
): Promise<void> {
  const started = performance.now();
  const reference = requireGemeente(DEMO_GEMEENTE);
  await runInit({ data: options.data, gemeente: DEMO_GEMEENTE }, io);

  const demoOptions: DemoOptions = { ...DEFAULT_DEMO_OPTIONS, size: options.size, seed: options.seed };
  const emitDir = resolve(options.emit ?? join(options.data, 'demo-bronbestanden'));
  let step = performance.now();
  if (await alreadyEmitted(emitDir, demoOptions)) {
    io.out(
      `Source files for size ${options.size}, seed ${options.seed} already in ${emitDir}; reusing them.`,
    );
  } else {
    const files = await emitDemoSources(demoOptions, demoAreas(reference), emitDir);
    const rows = files.reduce((sum, f) => sum + f.rows, 0);
    io.out(
      `Generated ${reference.gemeente.name} (size ${options.size}, seed ${options.seed}): ${files.length} files, ${rows.toLocaleString('en')} rows in ${emitDir} (${seconds(step)}).`,
    );
  }

  const app = await createApp({ dataDir: options.data });
  try {
    step = performance.now();
    const results = await ingestPaths([emitDir], {
      store: app.store,
      pseudonymiser: await app.pseudonymiser(),
      gemeente: await app.gemeente(),
      by: app.actor,
    });
    const stored = results.filter((r) => r.status === 'stored').length;
    const duplicates = results.filter((r) => r.status === 'duplicate').length;
    const rejected = results.filter((r) => r.status === 'rejected');
    io.out(
      `Ingested ${stored} files (${duplicates} already present, ${rejected.length} rejected) in ${seconds(step)}.`,
    );
    for (const r of rejected) io.err(`rejected: ${r.error}`);

    step = performance.now();
    const cube = await computeCube(app.store, { catalogue: await loadCatalogue(app.store) });
    io.out(
      `Computed ${cube.indicators} indicators, ${cube.rows.toLocaleString('en')} values in ${seconds(step)}.`,
    );
  } finally {
    app.close();
  }
  io.out(`Demo ready in ${seconds(started)}.`);
  if (options.serve)
    await runServe({ data: options.data, port: options.port, host: options.host }, io, runCli);
}
