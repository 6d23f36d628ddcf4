/** @module Engine profiling: one full cube on an existing database file, with the time and rows of every indicator. */
import { computeCube } from '../../src/engine/cube-builder.ts';
import { DuckDbStore } from '../../src/store/duckdb-store.ts';

const path = process.argv[3];
if (!path) throw new Error('usage: profile-indicators.ts <msd.duckdb> [id ...]');
const only = process.argv.slice(4);
const store = await DuckDbStore.open(path);
const result = await computeCube(store, {
  ...(only.length ? { indicators: only } : {}),
  onProgress: (id, rows, ms) =>
    console.log(`${id.padEnd(45)} ${String(rows).padStart(8)} rows ${String(ms).padStart(7)} ms`),
});
console.log(`total ${result.rows} rows, ${result.indicators} indicators, ${result.ms} ms`);
store.close();
