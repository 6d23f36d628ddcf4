/** @module Engine benchmark (`npm run bench:engine`): demo data S/M/L built with the demo generator and ingest, full cube, incremental recompute after one extra month of claims, and five core indicators against one hand-written DuckDB query each. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createApp } from '../../src/app.ts';
import { runInit } from '../../src/cli/commands/init-command.ts';
import { DEMO_GEMEENTE, demoAreas } from '../../src/cli/commands/demo-command.ts';
import { requireGemeente } from '../../src/cli/commands/init-command.ts';
import { DEFAULT_DEMO_OPTIONS, isDemoSize, type DemoSize } from '../../src/demo/demo-options.ts';
import { emitDemoSources } from '../../src/demo/emit-demo-sources.ts';
import { computeCube, recomputeAffected } from '../../src/engine/cube-builder.ts';
import { ingestPaths } from '../../src/ingest/ingest-paths.ts';
import type { SqlStore } from '../../src/store/sql-store.ts';
import { HAND_WRITTEN } from './hand-written-queries.ts';

const arg = (name: string): string | undefined => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const sizes = (arg('sizes') ?? process.env['MSD_BENCH_SIZES'] ?? 'S,M')
  .split(',')
  .map((s) => s.trim().toUpperCase())
  .filter(isDemoSize);
const root = arg('dir') ?? process.env['MSD_BENCH_DIR'] ?? '/tmp/msd-bench-engine';
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
  fullS: number;
  incrementalS: number;
  ratios: string;
}

const seconds = (ms: number): number => Math.round(ms / 100) / 10;

async function benchSize(size: DemoSize): Promise<Row> {
  const dir = await demoFolder(size);
  const app = await createApp({ dataDir: dir });
  const store = app.store;
  try {
    const claims = await count(store, 'SELECT count(*) AS n FROM claim');
    // The "extra month": the generator's last month of claims is held back, the full cube computed without it,
    // then the month is delivered and only the affected periods are recomputed.
    const [last] = await store.all<{ m: string }>(
      "SELECT CAST(date_trunc('month', max(period_start)) AS VARCHAR) AS m FROM claim",
    );
    const month = String(last?.m ?? '').slice(0, 10);
    await store.run(
      'CREATE OR REPLACE TEMP TABLE bench_month AS SELECT * FROM claim WHERE period_start >= CAST(? AS DATE)',
      [month],
    );
    await store.run('DELETE FROM claim WHERE period_start >= CAST(? AS DATE)', [month]);
    const full = await computeCube(store);
    await store.run('INSERT INTO claim SELECT * FROM bench_month');
    const incremental = await recomputeAffected(store, { fromDate: month, tables: ['claim'] });
    await store.run('DROP TABLE bench_month');

    const ratios: string[] = [];
    for (const hand of HAND_WRITTEN) {
      const engine = await computeCube(store, { indicators: [hand.indicator] });
      const t = Date.now();
      const rows = await store.all(hand.sql);
      const handMs = Math.max(1, Date.now() - t);
      ratios.push(
        `${hand.indicator} ${(engine.ms / handMs).toFixed(1)}x (${engine.ms} ms / ${handMs} ms, ${rows.length} cells)`,
      );
    }
    return {
      size,
      claims,
      fullS: seconds(full.ms),
      incrementalS: seconds(incremental.ms),
      ratios: ratios.join('; '),
    };
  } finally {
    app.close();
  }
}

console.log(
  `engine benchmark: sizes ${sizes.join(', ')} in ${root} (2 DuckDB threads, ${new Date().toISOString().slice(0, 10)})`,
);
const results: Row[] = [];
for (const size of sizes) {
  const r = await benchSize(size);
  console.log(`  ${size}: full ${r.fullS} s, +1 month ${r.incrementalS} s; ${r.ratios}`);
  results.push(r);
}
console.log('\n| size | claims | full cube (s) | +1 month incremental (s) | incremental / full |');
console.log('|---|---:|---:|---:|---:|');
for (const r of results)
  console.log(
    `| ${r.size} | ${r.claims.toLocaleString('en')} | ${r.fullS} | ${r.incrementalS} | ${Math.round((r.incrementalS / r.fullS) * 100)} % |`,
  );
console.log('\nengine time / hand-written DuckDB query (engine includes preparing its working tables):');
for (const r of results) console.log(`- ${r.size}: ${r.ratios}`);
