/** @module Engine profiling: one full cube on an existing database file, with wall and CPU time and rows per indicator. */
import { computeCube } from '../../src/engine/run/cube-builder.ts';
import { DuckDbStore } from '../../src/store/duckdb-store.ts';

const path = process.argv[3];
if (!path) throw new Error('usage: profile-indicators.ts <msd.duckdb> [id ...]');
const only = process.argv.slice(4);
const store = await DuckDbStore.open(path);
const cpuMs = (): number => {
  const u = process.cpuUsage();
  return Math.round((u.user + u.system) / 1000);
};
const cpu0 = cpuMs();
let last = cpu0;
const result = await computeCube(store, {
  ...(only.length ? { indicators: only } : {}),
  onProgress: (id, rows, ms) => {
    const now = cpuMs();
    console.log(
      `${id.padEnd(45)} ${String(rows).padStart(8)} rows ${String(ms).padStart(7)} ms wall ${String(now - last).padStart(7)} ms cpu`,
    );
    last = now;
  },
});
console.log(
  `total ${result.rows} rows, ${result.indicators} indicators, ${result.ms} ms wall, ${cpuMs() - cpu0} ms cpu`,
);
store.close();
