/** @module Times the steering view (goal tree status for a period and area) on an existing data folder with a computed cube and a tree, e.g. one built by `msd demo --size S --no-serve`. */
import { performance } from 'node:perf_hooks';
import { createApp } from '../../src/app.ts';
import { loadCatalogue } from '../../src/catalogue/local-catalogue.ts';
import { steeringStatus } from '../../src/steering/steering-status.ts';

// Arguments after this script's path (bin/run-ts.js passes the path on): data folder, period, number of runs.
const args = process.argv.slice(process.argv.findIndex((a) => a.endsWith('steering-status-bench.ts')) + 1);
const [dataDir = './data', period = '2024', runs = '5'] = args;
const app = await createApp({ dataDir, readOnly: true });
try {
  const catalogue = await loadCatalogue(app.store);
  const area = await app.gemeente();
  const [{ rows } = { rows: 0 }] = await app.store.all<{ rows: number }>(
    'SELECT count(*) AS rows FROM indicator_value',
  );
  const times: number[] = [];
  let nodes = 0;
  for (let i = 0; i < Number(runs); i++) {
    const start = performance.now();
    const view = await steeringStatus(app.store, { period, area, catalogue });
    times.push(performance.now() - start);
    const count = (n: { children: unknown[] }): number =>
      1 + (n.children as { children: unknown[] }[]).reduce((s, c) => s + count(c), 0);
    nodes = count(view.root);
  }
  const sorted = [...times].sort((a, b) => a - b);
  console.log(
    `steering view ${period} ${area}: ${nodes} nodes shown, cube ${rows.toLocaleString('en')} rows; ` +
      `runs ${times.map((t) => Math.round(t)).join(', ')} ms (median ${Math.round(sorted[Math.floor(sorted.length / 2)] ?? 0)} ms)`,
  );
} finally {
  app.close();
}
