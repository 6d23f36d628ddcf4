/** @module Engine profiling: prepares the cube context on a database file and prints EXPLAIN ANALYZE for one indicator's compiled SQL. */
import { readFileSync } from 'node:fs';
import { codeMappings } from '../../src/catalogue/code-mappings.ts';
import { STANDARD_CATALOGUE } from '../../src/catalogue/standard-catalogue.ts';
import { PERIOD_KINDS, periodsOfKind } from '../../src/domain/period.ts';
import { deliveryTable, prepareCubeContext } from '../../src/engine/run/cube-context.ts';
import { compileIndicator } from '../../src/engine/compile/indicator-compiler.ts';
import { planIndicator } from '../../src/engine/compile/indicator-plan.ts';
import { createSharedFacts } from '../../src/engine/run/shared-facts.ts';
import { DuckDbStore } from '../../src/store/duckdb-store.ts';

const [path, id, firstYear = '2015', lastYear = '2026'] = process.argv.slice(3);
if (!path || !id)
  throw new Error('usage: explain-indicator.ts <msd.duckdb> <indicator> [firstYear lastYear]');
const store = await DuckDbStore.open(path);
const periods = PERIOD_KINDS.flatMap((k) => periodsOfKind(k, Number(firstYear), Number(lastYear)));
let t = Date.now();
await prepareCubeContext(store, { periods, mappings: codeMappings(), gemeente: 'GM0637' });
const def = STANDARD_CATALOGUE.find((d) => d.id === id);
if (!def) throw new Error(`unknown ${id}`);
const cfg = deliveryTable(new Map([[id, '2026-02-15']]));
await store.run(`CREATE OR REPLACE TEMP TABLE ${cfg.name} AS ${cfg.sql}`);
console.log(`context ${Date.now() - t} ms`);
const compiled = compileIndicator(planIndicator(def));
if (!compiled) throw new Error('imported');
for (const name of compiled.shared) await createSharedFacts(store, name);
t = Date.now();
const out = `/tmp/msd-profile-${process.pid}.json`;
await store.run(`PRAGMA enable_profiling = 'json'; PRAGMA profiling_output = '${out}'`);
await store.all(compiled.sql);
await store.run('PRAGMA disable_profiling');
console.log(`query ${Date.now() - t} ms`);
interface Node {
  operator_name?: string;
  operator_timing?: number;
  operator_cardinality?: number;
  extra_info?: Record<string, unknown>;
  children?: Node[];
}
const print = (n: Node, depth: number): void => {
  if (n.operator_name)
    console.log(
      `${'  '.repeat(depth)}${n.operator_name} ${(n.operator_timing ?? 0).toFixed(3)}s ${n.operator_cardinality ?? ''} ${JSON.stringify(n.extra_info ?? {}).slice(0, 160)}`,
    );
  for (const c of n.children ?? []) print(c, depth + 1);
};
print(JSON.parse(readFileSync(out, 'utf8')) as Node, 0);
store.close();
