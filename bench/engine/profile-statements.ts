/** @module Engine profiling: computes indicators on an existing database file and prints the wall and CPU time of every statement the engine runs (context, shared tables, indicator statements). */
import { computeCube } from '../../src/engine/run/cube-builder.ts';
import { DuckDbStore } from '../../src/store/duckdb-store.ts';
import type { SqlParam, SqlStore } from '../../src/store/sql-store.ts';

const path = process.argv[3];
if (!path) throw new Error('usage: profile-statements.ts <msd.duckdb> [id ...]');
const only = process.argv.slice(4);
const store = await DuckDbStore.open(path);
const cpuMs = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const statements: { sql: string; ms: number; cpu: number }[] = [];
const timed =
  <T>(work: (sql: string, params?: readonly SqlParam[]) => Promise<T>) =>
  async (sql: string, params?: readonly SqlParam[]): Promise<T> => {
    const c = cpuMs();
    const t = performance.now();
    const out = await work(sql, params);
    statements.push({ sql, ms: performance.now() - t, cpu: cpuMs() - c });
    return out;
  };
const profiled: SqlStore = {
  run: timed((sql, params) => store.run(sql, params)),
  all: timed((sql, params) => store.all(sql, params)) as SqlStore['all'],
  transaction: (work) => store.transaction(work),
  append: (table, rows) => store.append(table, rows),
  fork: () => store.fork(),
  close: () => store.close(),
};
const rounds = Number(process.env['ROUNDS'] ?? 3);
/** Minimum wall and CPU per statement position over the rounds (the same statements run in the same order). */
const best: { sql: string; ms: number; cpu: number }[] = [];
for (let round = 0; round < rounds; round++) {
  statements.length = 0;
  const c = cpuMs();
  const result = await computeCube(profiled, only.length ? { indicators: only } : {});
  statements.forEach((s, i) => {
    const b = best[i];
    best[i] = b ? { sql: s.sql, ms: Math.min(b.ms, s.ms), cpu: Math.min(b.cpu, s.cpu) } : { ...s };
  });
  console.log(
    `round ${round + 1}: ${result.indicators} indicators, ${result.ms} ms wall, ${Math.round(cpuMs() - c)} ms CPU`,
  );
}
console.log(`minimum per statement over ${rounds} rounds (statements under 5 ms CPU left out):`);
for (const s of best.filter((b) => b.cpu >= 5))
  console.log(
    `${s.ms.toFixed(0).padStart(7)} ms ${s.cpu.toFixed(0).padStart(7)} ms CPU  ${s.sql.replace(/\s+/g, ' ').trim().slice(0, 110)}`,
  );
store.close();
