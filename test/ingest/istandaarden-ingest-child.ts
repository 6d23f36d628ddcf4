/** @module Child process for the robustness tests and the benchmark: ingests paths into a database file, reporting start, peak RSS and result as JSON lines. */
import { DuckDbStore } from '../../src/store/duckdb-store.ts';
import { migrate } from '../../src/store/migrate.ts';
import { ingestPaths } from '../../src/ingest/ingest-paths.ts';
import { Pseudonymiser } from '../../src/ingest/pseudonymise.ts';

const [dbPath, ...paths] = process.argv.slice(3);
if (dbPath === undefined || paths.length === 0) throw new Error('usage: <db> <path>...');
let peakRss = 0;
const sample = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 50);
const store = await DuckDbStore.open(dbPath);
await migrate(store);
process.stdout.write(`${JSON.stringify({ event: 'started' })}\n`);
const started = performance.now();
const results = await ingestPaths(paths, {
  store,
  pseudonymiser: new Pseudonymiser(Buffer.from('0123456789abcdef0123456789abcdef')),
  gemeente: 'GM0637',
  by: 'child',
});
const ms = performance.now() - started;
clearInterval(sample);
peakRss = Math.max(peakRss, process.memoryUsage().rss);
store.close();
process.stdout.write(
  `${JSON.stringify({ event: 'done', ms, peakRss, results: results.map((r) => ({ status: r.status, counts: r.counts, error: r.error })) })}\n`,
);
