/**
 * @module JSON API latency (`npm run bench:api -- --url http://localhost:8641`): against a running `msd serve` or
 * `msd demo`, each `/api/v1/` route answered sequentially, with and without a current If-None-Match (304), as
 * median and p95 in milliseconds, and the first answer (read from the cube, unless the server was asked before:
 * later ones come from the answer cache while the data version holds). Every answer's status is checked. The API
 * needs a personal token: `--token <t>` or `MSD_API_TOKEN` (`msd tokens create --username <u>`).
 */
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';

const arg = (name: string): string | undefined => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const base = arg('url') ?? 'http://localhost:8080';
/** Measured requests per case (default 100), after 5 unmeasured ones. */
const runs = Math.max(1, Number(arg('runs') ?? 100));
const token = arg('token') ?? process.env['MSD_API_TOKEN'];
if (!token) throw new Error('give a personal API token: --token <t> or MSD_API_TOKEN (msd tokens create)');
const auth = { authorization: `Bearer ${token}` };

const ROUTES = [
  '/api/v1/indicators',
  '/api/v1/indicators/youth.clients?period=2024&area=GM0637',
  '/api/v1/indicators/youth.clients?breakdown=careType',
  '/api/v1/indicators/support.cost?period=2024-Q2',
  '/api/v1/goals',
  '/api/v1/areas',
  '/api/v1/periods',
  '/api/v1/openapi.json',
];

const quantile = (sorted: readonly number[], q: number): number =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;

async function measure(url: string, headers: Record<string, string>, status: number): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < runs + 5; i++) {
    const start = performance.now();
    const response = await fetch(url, { headers: { ...auth, ...headers } });
    await response.arrayBuffer();
    const ms = performance.now() - start;
    if (response.status !== status) throw new Error(`${url}: status ${response.status}, expected ${status}`);
    if (i >= 5) times.push(ms);
  }
  return times.sort((a, b) => a - b);
}

const format = (ms: number) => ms.toFixed(1).padStart(7);
console.log(
  `API latency, ${runs} sequential requests per case, ${base}, load average ${loadavg()[0]!.toFixed(1)}`,
);
console.log(`${'route'.padEnd(60)}   first  200 p50  200 p95  304 p50  304 p95  (ms)  bytes`);
for (const route of ROUTES) {
  const started = performance.now();
  const first = await fetch(`${base}${route}`, { headers: auth });
  const bytes = (await first.arrayBuffer()).byteLength;
  const firstMs = performance.now() - started;
  const etag = first.headers.get('etag');
  if (first.status !== 200 || etag === null)
    throw new Error(`${route}: status ${first.status}, ETag ${etag}`);
  const full = await measure(`${base}${route}`, {}, 200);
  const cached = await measure(`${base}${route}`, { 'if-none-match': etag }, 304);
  console.log(
    `${route.padEnd(60)}${format(firstMs)}  ${format(quantile(full, 0.5))}  ${format(quantile(full, 0.95))}  ${format(quantile(cached, 0.5))}  ${format(quantile(cached, 0.95))}       ${bytes}`,
  );
}
