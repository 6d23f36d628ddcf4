/** @module Engine profiling: times the cube context and every indicator of the standard catalogue on an existing database file. */
import { computeCube } from '../../src/engine/cube-builder.ts';
import { STANDARD_CATALOGUE } from '../../src/catalogue/standard-catalogue.ts';
import { DuckDbStore } from '../../src/store/duckdb-store.ts';

const path = process.argv[3];
if (!path) throw new Error('usage: profile-indicators.ts <msd.duckdb> [id ...]');
const only = process.argv.slice(4);
const store = await DuckDbStore.open(path);
const ids = only.length ? only : STANDARD_CATALOGUE.map((d) => d.id);
const times: [string, number][] = [];
for (const id of ids) {
  const r = await computeCube(store, { indicators: [id] });
  times.push([id, r.ms]);
  console.log(`${id.padEnd(45)} ${String(r.ms).padStart(8)} ms`);
}
console.log(
  'total',
  times.reduce((s, [, ms]) => s + ms, 0),
);
store.close();
