/** @module `msd demo`: the walking skeleton end to end — init (Zoetermeer) → generate source files → ingest them → compute the cube → serve. */
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createApp } from '../../app.ts';
import { ensureDemoAccounts } from '../../access/initial-accounts.ts';
import type { GemeenteReference } from '../../catalogue/reference-areas.ts';
import {
  DEFAULT_DEMO_OPTIONS,
  type DemoAreas,
  type DemoOptions,
  type DemoSize,
} from '../../demo/demo-options.ts';
import { emitDemoSourcesOffThread } from '../../demo/demo-generate-thread.ts';
import { DEMO_FORMAT_VERSION } from '../../demo/emit-demo-sources.ts';
import { loadCatalogue } from '../../catalogue/local-catalogue.ts';
import { computeCube } from '../../engine/run/cube-builder.ts';
import { hasPendingRecompute, settlingStalePeriods } from '../../engine/run/pending-recompute.ts';
import { ingestPaths } from '../../ingest/ingest-paths.ts';
import { formatNumber, formatSeconds, t } from '../../views/messages.ts';
import type { CliIo } from '../cli-output.ts';
import { requireGemeente, runInit } from './init-command.ts';
import { BuildStatus } from '../../web/build-status.ts';
import { cubeSummary, type CubeSummary } from '../../web/cube-summary.ts';
import { HOME_INDICATORS } from '../../web/pages/home-data.ts';
import { loadThemeOption, serveUntilStopped, startServer, type RunCli } from './serve-command.ts';
import { refreshOutlook } from '../../engine/outlook-refresh.ts';

export const DEMO_GEMEENTE = 'GM0637';

export interface DemoCommandOptions {
  data: string;
  size: DemoSize;
  seed: number;
  emit?: string | undefined;
  serve: boolean;
  port: number;
  host: string;
  allXml?: boolean | undefined;
  /** A theme folder for the served dashboard (`--theme <dir>`). */
  theme?: string | undefined;
}

/** The demo's areas from the shipped CBS reference data (real wijken and 2024 inhabitants). */
export function demoAreas(reference: GemeenteReference): DemoAreas {
  return {
    gemeente: { code: reference.gemeente.code, name: reference.gemeente.name },
    wijken: reference.wijken.map((w) => ({ code: w.code, name: w.name, inhabitants: w.inhabitants ?? 0 })),
  };
}

/**
 * True when `dir` already holds the files these options emit (the generator is deterministic), so they can be reused;
 * files of an older format version (e.g. without the re-integration export) are generated again.
 */
async function alreadyEmitted(dir: string, options: DemoOptions): Promise<boolean> {
  try {
    const manifest = JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8')) as Record<
      string,
      unknown
    >;
    return (
      manifest['version'] === DEMO_FORMAT_VERSION &&
      manifest['seed'] === options.seed &&
      manifest['size'] === options.size &&
      manifest['deliveryDate'] === options.deliveryDate &&
      (manifest['allXml'] === true) === (options.allXml === true)
    );
  } catch {
    return false;
  }
}

/** The time since `start` in Dutch style (3,9 s). */
const seconds = (start: number) => formatSeconds(performance.now() - start);

/**
 * `msd demo`: with serving on, the server starts right after `init` and shows the build's progress, so the
 * browser has a page at once; the figures appear when the cube is computed (the build runs in the server
 * process, which holds the database).
 */
export async function runDemo(options: DemoCommandOptions, io: CliIo, runCli: RunCli): Promise<void> {
  const started = performance.now();
  // A refused theme folder stops the demo before anything is built.
  const theme = options.serve ? await loadThemeOption(options.theme) : undefined;
  const reference = requireGemeente(DEMO_GEMEENTE);
  // The demo has one account per role instead of a first admin; their passwords are printed on every start.
  await runInit({ data: options.data, gemeente: DEMO_GEMEENTE, firstAdmin: false }, io);
  const accounts = await createApp({ dataDir: options.data });
  try {
    const created = await ensureDemoAccounts(accounts.store);
    io.out(t('accessDemoAccounts', { host: options.host }));
    for (const a of created) io.out(t('accessDemoAccount', { ...a }));
  } finally {
    accounts.close();
  }
  if (!options.serve) {
    await buildDemo(options, reference, io, new BuildStatus());
    io.out(t('cliDemoReady', { seconds: seconds(started) }));
    return;
  }
  const status = new BuildStatus();
  const server = await startServer(
    { data: options.data, port: options.port, host: options.host },
    io,
    runCli,
    status,
    theme,
  );
  try {
    await buildDemo(options, reference, io, status);
    io.out(t('cliDemoReadyAt', { seconds: seconds(started), url: server.url }));
  } catch (error) {
    status.to('failed', (error as Error).message);
    io.err(`msd: ${t('cliDemoFailed', { detail: (error as Error).message })}`);
  }
  await serveUntilStopped(server);
}

/** The build log's line about the cube, in the words and counts of `/health` (cube-summary.ts). */
export function describeCube(summary: CubeSummary): string {
  const { indicators, indicatorsWithValues, indicatorValues } = summary;
  return t('cliCube', {
    withValues: formatNumber(indicatorsWithValues),
    indicators: formatNumber(indicators),
    values: formatNumber(indicatorValues),
  });
}

/**
 * Generate (or reuse) the source files, ingest them and compute the cube, reporting each step to `io` and `status`.
 * Never blocks the event loop for long (generation on a worker thread, appends in slices), so a server started
 * with `status` answers throughout.
 */
export async function buildDemo(
  options: DemoCommandOptions,
  reference: GemeenteReference,
  io: CliIo,
  status: BuildStatus,
): Promise<void> {
  const demoOptions: DemoOptions = {
    ...DEFAULT_DEMO_OPTIONS,
    size: options.size,
    seed: options.seed,
    ...(options.allXml ? { allXml: true } : {}),
  };
  const emitDir = resolve(options.emit ?? join(options.data, 'demo-bronbestanden'));
  let step = performance.now();
  status.to('generate');
  if (await alreadyEmitted(emitDir, demoOptions)) {
    io.out(t('cliDemoReused', { size: options.size, seed: options.seed, dir: emitDir }));
  } else {
    // On a worker thread: the simulation runs for seconds without a pause, and the server must keep answering.
    const files = await emitDemoSourcesOffThread(demoOptions, demoAreas(reference), emitDir);
    const rows = files.reduce((sum, f) => sum + f.rows, 0);
    io.out(
      t('cliDemoGenerated', {
        name: reference.gemeente.name,
        size: options.size,
        seed: options.seed,
        files: formatNumber(files.length),
        rows: formatNumber(rows),
        dir: emitDir,
        seconds: seconds(step),
      }),
    );
  }

  const app = await createApp({ dataDir: options.data });
  try {
    step = performance.now();
    status.to('ingest');
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
      t('cliDemoIngested', {
        stored: formatNumber(stored),
        duplicates: formatNumber(duplicates),
        rejected: formatNumber(rejected.length),
        seconds: seconds(step),
      }),
    );
    for (const r of rejected) io.err(t('cliRejected', { reason: r.error ?? '' }));

    step = performance.now();
    status.to('compute-core');
    const before = await cubeSummary(app.store);
    // Figures an earlier, interrupted build left pending (stale marks) are computed too, not taken as up to date.
    if (stored === 0 && before.indicatorValues > 0 && !(await hasPendingRecompute(app.store))) {
      io.out(t('cliDemoUpToDate'));
    } else {
      // The start page's indicators first, so the browser shows figures while the rest is computed.
      const catalogue = await loadCatalogue(app.store);
      const core = await settlingStalePeriods(app.store, async () => {
        const core = await computeCube(app.store, { catalogue, indicators: [...HOME_INDICATORS] });
        status.to('compute-rest');
        const coreIds = new Set<string>(HOME_INDICATORS);
        await computeCube(app.store, {
          catalogue,
          indicators: catalogue.map((d) => d.id).filter((id) => !coreIds.has(id)),
        });
        return core;
      });
      io.out(t('cliDemoComputed', { seconds: seconds(step), core: formatSeconds(core.ms) }));
      io.out((await refreshOutlook(app.store)).summary);
    }
    const { loadDemoGoalTree } = await import('../../demo/demo-goal-tree.ts');
    const treeVersion = await loadDemoGoalTree(
      app.store,
      await app.gemeente(),
      await loadCatalogue(app.store),
      app.actor,
    );
    if (treeVersion !== undefined) io.out(t('cliDemoGoalTree', { version: treeVersion }));
    // The shipped social-return examples, linked to the demo tree's effects, so /rendement has content.
    const { loadExample } = await import('./rendement-command.ts');
    const examples: string[] = [];
    for (const which of ['overbetuwe', 'zoetermeer'] as const)
      examples.push(...(await loadExample(app, which, { out: () => {}, err: io.err })));
    io.out(t('cliDemoSocialReturn', { names: examples.join(', ') }));
    const { loadDemoBudget } = await import('../../demo/demo-budget.ts');
    const budget = await loadDemoBudget(app.store, options.data);
    if (budget?.ok)
      io.out(
        t('budgetImported', {
          file: budget.file,
          lines: budget.lines,
          years: budget.years.join(', '),
          replaced: '',
        }),
      );
    // Counted in the cube, as /health counts (the compute results count rows written, and indicators a second
    // pass recomputes as dependencies twice).
    io.out(describeCube(await cubeSummary(app.store)));
    status.to('ready');
  } finally {
    app.close();
  }
}
