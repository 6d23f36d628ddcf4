/** @module Engine benchmark (`npm run bench:engine`): demo data S/M/L built with the demo generator and ingest, full cube, incremental recompute after one extra month of claims, and five core indicators against one hand-written DuckDB query each (checked to give the engine's cells). */
import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { createApp } from '../../src/app.ts';
import { runInit } from '../../src/cli/commands/init-command.ts';
import { DEMO_GEMEENTE, demoAreas } from '../../src/cli/commands/demo-command.ts';
import { requireGemeente } from '../../src/cli/commands/init-command.ts';
import { DEFAULT_DEMO_OPTIONS, isDemoSize, type DemoSize } from '../../src/demo/demo-options.ts';
import { emitDemoSources } from '../../src/demo/emit-demo-sources.ts';
import { computeCube, recomputeAffected } from '../../src/engine/run/cube-builder.ts';
import { dropCubeContext } from '../../src/engine/run/cube-context.ts';
import { ingestPaths } from '../../src/ingest/ingest-paths.ts';
import type { SqlStore } from '../../src/store/sql-store.ts';
import { codeMappings } from '../../src/catalogue/code-mappings.ts';
import { deliveryDatesFromMeta } from '../../src/domain/delivery-sources.ts';
import { indicatorDataUntil } from '../../src/engine/compile/indicator-delivery.ts';
import { handWrittenQueries, type HandWrittenQuery } from './hand-written-queries.ts';

const arg = (name: string): string | undefined => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const sizes = (arg('sizes') ?? process.env['MSD_BENCH_SIZES'] ?? 'S,M')
  .split(',')
  .map((s) => s.trim().toUpperCase())
  .filter(isDemoSize);
const root = arg('dir') ?? process.env['MSD_BENCH_DIR'] ?? '/tmp/msd-bench-engine';
/**
 * Alternating engine / hand-written runs per indicator; the minimum of each is reported. More rounds on the small
 * sizes, whose single runs take tens of milliseconds and spread by a third from run to run (`--rounds` sets all).
 */
const DEFAULT_ROUNDS: Readonly<Record<DemoSize, number>> = { S: 7, M: 5, L: 3 };
const roundsOf = (size: DemoSize): number => Math.max(1, Number(arg('rounds') ?? DEFAULT_ROUNDS[size]));
/**
 * Rounds of the full cube (from an empty cube) and the incremental recompute after it, the fastest of each reported:
 * one run of each spread by 10-20 % on this machine (`--cube-rounds` sets all).
 */
const DEFAULT_CUBE_ROUNDS: Readonly<Record<DemoSize, number>> = { S: 3, M: 3, L: 2 };
const cubeRoundsOf = (size: DemoSize): number =>
  Math.max(1, Number(arg('cube-rounds') ?? DEFAULT_CUBE_ROUNDS[size]));
/** `--ratios-only`: skip the full and incremental cube (the database must hold a computed cube). */
const ratiosOnly = process.argv.includes('--ratios-only');
/** `--progress`: one line per indicator of the full cube (rows, wall ms). */
const progress = process.argv.includes('--progress');
const quiet = { out: () => undefined, err: (line: string) => console.error(line) };

/** Builds (or reuses) a demo data folder of one size: the demo generator's files, ingested as `msd demo` does. */
async function demoFolder(size: DemoSize): Promise<string> {
  const dir = join(root, size);
  if (existsSync(join(dir, 'msd.duckdb')) && existsSync(join(dir, 'ingested'))) return dir;
  const t = Date.now();
  await runInit({ data: dir, gemeente: DEMO_GEMEENTE }, quiet);
  const emitDir = join(dir, 'demo-bronbestanden');
  await emitDemoSources(
    { ...DEFAULT_DEMO_OPTIONS, size },
    demoAreas(requireGemeente(DEMO_GEMEENTE)),
    emitDir,
  );
  const app = await createApp({ dataDir: dir });
  try {
    await ingestPaths([emitDir], {
      store: app.store,
      pseudonymiser: await app.pseudonymiser(),
      gemeente: await app.gemeente(),
      by: 'bench',
    });
  } finally {
    app.close();
  }
  const { writeFile } = await import('node:fs/promises');
  await writeFile(join(dir, 'ingested'), new Date().toISOString());
  console.log(`  built ${size} demo data in ${((Date.now() - t) / 1000).toFixed(0)} s (${dir})`);
  return dir;
}

async function count(store: SqlStore, sql: string): Promise<number> {
  const [row] = await store.all<{ n: number }>(sql);
  return row?.n ?? 0;
}

interface Row {
  size: DemoSize;
  claims: number;
  fullMs: number;
  fullCpuMs: number;
  incrementalMs: number;
  incrementalCpuMs: number;
  recomputed: number;
  ratios: string;
}

/** Seconds with two decimals (an S recompute takes a few tenths). */
const seconds = (ms: number): string => (ms / 1000).toFixed(2);

/** Wall and CPU milliseconds of `work` (CPU of this process: DuckDB runs in it). */
async function timed<T>(work: () => Promise<T>): Promise<{ result: T; ms: number; cpuMs: number }> {
  const cpu = process.cpuUsage();
  const t = performance.now();
  const result = await work();
  const used = process.cpuUsage(cpu);
  return { result, ms: performance.now() - t, cpuMs: (used.user + used.system) / 1000 };
}

/**
 * Throws unless the hand-written cells (`bench_hand`) are exactly the engine's computed rows of the indicator
 * (same period, area, breakdown and value; sums may differ by one cent of rounding).
 */
async function checkSameCells(store: SqlStore, indicator: string): Promise<number> {
  const diff = await store.all<{
    period: string;
    area: string;
    bk: string;
    bv: string;
    e: number | null;
    h: number | null;
  }>(
    `WITH e AS (SELECT period, area, breakdown_key AS bk, breakdown_value AS bv, numerator AS v FROM indicator_value
                WHERE indicator = ? AND source = 'computed'),
      h AS (SELECT period, area, breakdown_key AS bk, breakdown_value AS bv, value AS v FROM bench_hand)
    SELECT period, area, bk, bv, e.v AS e, h.v AS h FROM e FULL JOIN h USING (period, area, bk, bv)
    WHERE e.v IS NULL OR h.v IS NULL OR abs(e.v - h.v) > 0.011 ORDER BY ALL LIMIT 5`,
    [indicator],
  );
  if (diff.length > 0)
    throw new Error(`hand-written ${indicator} differs from the engine, e.g. ${JSON.stringify(diff)}`);
  return count(store, 'SELECT count(*) AS n FROM bench_hand');
}

/**
 * Engine (computing one indicator, context included) against its hand-written query, in `rounds` rounds of a cold
 * engine run (no working tables kept on the connection), an engine run that reuses the working tables the cold run
 * kept (kept-context.ts; an indicator reading claims keeps none and rebuilds, one run inlined keeps none and inlines
 * again, ADR 0007) and the query, the minimum of each.
 */
async function ratio(store: SqlStore, hand: HandWrittenQuery, rounds: number): Promise<string> {
  let cold = { ms: Infinity, cpuMs: Infinity };
  let engine = { ms: Infinity, cpuMs: Infinity };
  let query = { ms: Infinity, cpuMs: Infinity };
  let cells = 0;
  const fastest = (a: { ms: number; cpuMs: number }, b: { ms: number; cpuMs: number }) => ({
    ms: Math.min(a.ms, b.ms),
    cpuMs: Math.min(a.cpuMs, b.cpuMs),
  });
  for (let round = 0; round < rounds; round++) {
    await dropCubeContext(store);
    cold = fastest(cold, await timed(() => computeCube(store, { indicators: [hand.indicator] })));
    engine = fastest(engine, await timed(() => computeCube(store, { indicators: [hand.indicator] })));
    query = fastest(
      query,
      await timed(() => store.run(`CREATE OR REPLACE TEMP TABLE bench_hand AS ${hand.sql}`)),
    );
    cells = await checkSameCells(store, hand.indicator);
  }
  await store.run('DROP TABLE IF EXISTS bench_hand');
  await dropCubeContext(store);
  const r = (a: number, b: number): string => (a / Math.max(1, b)).toFixed(1);
  return `${hand.indicator} ${r(engine.ms, query.ms)}x wall (${Math.round(engine.ms)} / ${Math.round(query.ms)} ms), ${r(engine.cpuMs, query.cpuMs)}x CPU (${Math.round(engine.cpuMs)} / ${Math.round(query.cpuMs)} ms), cold ${r(cold.ms, query.ms)}x (${Math.round(cold.ms)} ms), ${cells} cells identical`;
}

async function benchSize(size: DemoSize): Promise<Row> {
  const dir = await demoFolder(size);
  const app = await createApp({ dataDir: dir });
  const store = app.store;
  try {
    const claims = await count(store, 'SELECT count(*) AS n FROM claim');
    // The "extra month": the generator's last month of claims is held back, the full cube computed without it,
    // then the month is delivered and only the affected periods of the claim indicators are recomputed.
    const [last] = await store.all<{ m: string }>(
      "SELECT CAST(date_trunc('month', max(period_start)) AS VARCHAR) AS m FROM claim",
    );
    const month = String(last?.m ?? '').slice(0, 10);
    await store.run(
      'CREATE OR REPLACE TEMP TABLE bench_month AS SELECT * FROM claim WHERE period_start >= CAST(? AS DATE)',
      [month],
    );
    await store.run('DELETE FROM claim WHERE period_start >= CAST(? AS DATE)', [month]);
    const none = { result: { rows: 0, indicators: 0, ms: 0 }, ms: Infinity, cpuMs: Infinity };
    const faster = <T extends { ms: number }>(a: T, b: T): T => (b.ms < a.ms ? b : a);
    let full = none;
    let incremental = none;
    for (let round = 0; !ratiosOnly && round < cubeRoundsOf(size); round++) {
      if (round > 0) await store.run('DELETE FROM claim WHERE period_start >= CAST(? AS DATE)', [month]);
      // The full cube from an empty cube: every row computed and written (a later compute of unchanged figures
      // writes nothing, ADR 0006, and would be faster).
      await store.run("DELETE FROM indicator_value WHERE source = 'computed'");
      await store.run('CHECKPOINT');
      full = faster(
        full,
        await timed(() =>
          computeCube(store, {
            ...(progress
              ? { onProgress: (id, rows, ms) => console.log(`    ${id} ${rows} rows ${ms} ms`) }
              : {}),
          }),
        ),
      );
      await store.run('INSERT INTO claim SELECT * FROM bench_month');
      incremental = faster(
        incremental,
        await timed(() => recomputeAffected(store, { fromDate: month, tables: ['claim'] })),
      );
    }
    if (ratiosOnly) await store.run('INSERT INTO claim SELECT * FROM bench_month');
    await store.run('DROP TABLE bench_month');
    // The ratios start from a checkpointed database, as a later process would find it.
    await store.run('CHECKPOINT');

    const [meta] = await store.all<{ first: string; last: string; gemeente: string; delivery: string }>(
      `SELECT min(period) AS first, max(period) AS last, (SELECT value FROM meta WHERE key = 'gemeente') AS gemeente,
         (SELECT value FROM meta WHERE key = 'delivery_date') AS delivery
       FROM indicator_value WHERE source = 'computed' AND length(period) = 4`,
    );
    // Each indicator's periods end at the delivery date of the sources it reads (per-source delivery dates).
    const dates = deliveryDatesFromMeta(
      await store.all<{ key: string; value: string }>(
        "SELECT key, value FROM meta WHERE key LIKE 'delivery_date.%'",
      ),
    );
    const context = {
      firstYear: Number(meta?.first),
      lastYear: Number(meta?.last),
      gemeente: meta?.gemeente ?? DEMO_GEMEENTE,
      mappings: codeMappings(),
    };
    const hands = handWrittenQueries({ ...context, deliveryDate: meta?.delivery ?? '' }).map(
      (hand) =>
        handWrittenQueries({
          ...context,
          deliveryDate: indicatorDataUntil(hand.indicator, dates, meta?.delivery) ?? meta?.delivery ?? '',
        }).find((h) => h.indicator === hand.indicator) ?? hand,
    );
    const ratios: string[] = [];
    for (const hand of hands) ratios.push(await ratio(store, hand, roundsOf(size)));
    return {
      size,
      claims,
      // --ratios-only: no cube runs, shown as 0.
      fullMs: ratiosOnly ? 0 : full.ms,
      fullCpuMs: ratiosOnly ? 0 : full.cpuMs,
      incrementalMs: ratiosOnly ? 0 : incremental.ms,
      incrementalCpuMs: ratiosOnly ? 0 : incremental.cpuMs,
      recomputed: incremental.result.indicators,
      ratios: ratios.join('; '),
    };
  } finally {
    app.close();
  }
}

console.log(
  `engine benchmark: sizes ${sizes.join(', ')} in ${root} (2 DuckDB threads, ${new Date().toISOString()}, load ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')})`,
);
const results: Row[] = [];
for (const size of sizes) {
  const r = await benchSize(size);
  console.log(
    `  ${size}: full ${seconds(r.fullMs)} s (${seconds(r.fullCpuMs)} s CPU), +1 month ${seconds(r.incrementalMs)} s (${seconds(r.incrementalCpuMs)} s CPU, ${r.recomputed} indicators); ${r.ratios}`,
  );
  results.push(r);
}
console.log(
  `\nload average at the end: ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}`,
);
console.log(
  '\n| size | claims | full cube (s, wall / CPU) | +1 month incremental (s, wall / CPU) | incremental / full (wall) |',
);
console.log('|---|---:|---:|---:|---:|');
for (const r of results)
  console.log(
    `| ${r.size} | ${r.claims.toLocaleString('en')} | ${seconds(r.fullMs)} / ${seconds(r.fullCpuMs)} | ${seconds(r.incrementalMs)} / ${seconds(r.incrementalCpuMs)} | ${((r.incrementalMs / r.fullMs) * 100).toFixed(1)} % |`,
  );
console.log(
  '\nengine time / hand-written DuckDB query (engine includes preparing its working tables, inlining them or reusing the kept ones; cold: none kept):',
);
for (const r of results) console.log(`- ${r.size}: ${r.ratios}`);
