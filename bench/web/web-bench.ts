/**
 * @module Web benchmark (`npm run bench:web`): builds (or reuses) a demo data folder, starts `msd serve` on it as its
 * own process, and runs a loopback load generator — 20 concurrent keep-alive clients for 30 s over a mix of every
 * page type (start page, goals, effects, indicators with their filters, domains, wijken, /data, the JSON API) — as a
 * logged-in analyst (a session made in the data folder before the server starts), against the
 * targets of issue 17: p95 ≤ 150 ms, p99 ≤ 300 ms, 0 errors. Options: `--size S|M|L` (default L), `--data <dir>`,
 * `--clients n`, `--seconds n`, `--port n` (default 8632).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { request, Agent } from 'node:http';
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { createSession } from '../../src/access/session-store.ts';
import { addUser, findUser } from '../../src/access/user-store.ts';
import { createApp } from '../../src/app.ts';
import { SESSION_COOKIE } from '../../src/web/route-access.ts';

const arg = (name: string): string | undefined => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const root = fileURLToPath(new URL('../../', import.meta.url));
const size = (arg('size') ?? 'L').toUpperCase();
const data = resolve(arg('data') ?? `${root}bench/.out/web-demo-${size}`);
const clients = Number(arg('clients') ?? 20);
const seconds = Number(arg('seconds') ?? 30);
const port = Number(arg('port') ?? 8632);
const bin = `${root}bin/msd.js`;
const base = `http://127.0.0.1:${port}`;

const TARGETS = { p95: 150, p99: 300 } as const;

const agent = new Agent({ keepAlive: true, maxSockets: clients });
/** The analyst's session cookie (every page needs a login; /data needs the analyst role). */
let cookie = '';

/** Creates the bench account and a session in the folder, before `msd serve` holds it. */
async function benchSession(): Promise<string> {
  const app = await createApp({ dataDir: data });
  try {
    if (!(await findUser(app.store, 'bench-analyst')))
      await addUser(app.store, { username: 'bench-analyst', role: 'analyst' });
    const session = await createSession(app.store, 'bench-analyst', '127.0.0.1');
    return `${SESSION_COOKIE}=${session.id}`;
  } finally {
    app.close();
  }
}

/** One GET: status, body and milliseconds. */
function get(path: string): Promise<{ status: number; body: string; ms: number }> {
  const start = performance.now();
  return new Promise((done, fail) => {
    const req = request(`${base}${path}`, { agent, headers: { cookie } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        done({
          status: res.statusCode ?? 0,
          body: Buffer.concat(chunks).toString('utf8'),
          ms: performance.now() - start,
        }),
      );
      res.on('error', fail);
    });
    req.on('error', fail);
    req.end();
  });
}

const percentile = (sorted: readonly number[], p: number): number =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;

/** The URL mix: every page type, found through the pages' own links (as a user clicks). */
async function urlMix(): Promise<Map<string, string[]>> {
  const home = await get('/');
  const links = (html: string, pattern: RegExp) => [
    ...new Set([...html.matchAll(pattern)].map((m) => (m[1] ?? '').replaceAll('&amp;', '&'))),
  ];
  const goals = links(home.body, /href="(\/doel\/[^"]+)"/g);
  const effects = links(home.body, /href="(\/effect\/[^"]+)"/g);
  const domains = ['/domein/jeugd', '/domein/wmo', '/domein/participatie', '/domein/integraal'];
  const indicators: string[] = [];
  for (const domain of domains)
    indicators.push(...links((await get(domain)).body, /href="(\/indicator\/[^"]+)"/g));
  const ids = [...new Set(indicators.map((u) => u.split('?')[0] ?? ''))];
  const first = await get(ids[0] ?? '/indicator/youth.clients');
  const wijken = links(first.body, /href="(\/wijk\/[^"]+)"/g);
  // Per indicator the period kinds its own form offers, and one wijk: every filtered URL is one a user can choose.
  const filtered: string[] = [];
  const wijk = (wijken[1] ?? '').split('/').pop() ?? '';
  for (const id of ids) {
    const page = await get(id);
    const kinds = links(page.body, /<option value="(kwartaal|maand|halfjaar)"/g);
    filtered.push(...kinds.map((kind) => `${id}?soort=${kind}`), `${id}?gebied=${wijk}`);
  }
  return new Map([
    ['start', ['/']],
    ['doel', goals],
    ['effect', effects],
    ['indicator', ids],
    ['indicator met filters', filtered],
    ['domein', domains],
    ['wijk', wijken],
    ['data', ['/data']],
    [
      'api',
      [
        '/api/v1/indicators',
        ...ids.slice(0, 5).map((u) => `/api/v1${u.replace('/indicator/', '/indicators/')}`),
      ],
    ],
  ]);
}

async function main(): Promise<void> {
  if (!existsSync(`${data}/msd.duckdb`)) {
    console.log(`building demo ${size} in ${data} …`);
    const built = spawnSync(process.execPath, [bin, 'demo', '--size', size, '--no-serve', '--data', data], {
      stdio: 'inherit',
    });
    if (built.status !== 0) throw new Error(`demo ${size} failed`);
  }
  cookie = await benchSession();
  const server: ChildProcess = spawn(
    process.execPath,
    [bin, 'serve', '--data', data, '--port', String(port), '--host', '127.0.0.1'],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  try {
    await new Promise<void>((ready, fail) => {
      server.stdout?.on('data', (chunk: Buffer) => {
        if (chunk.toString().includes(`:${port}`)) ready();
      });
      server.on('exit', (code) => fail(new Error(`msd serve stopped (${code})`)));
    });
    const mix = await urlMix();
    const urls = [...mix.entries()].flatMap(([kind, list]) => list.map((url) => ({ kind, url })));
    // Cold: the first request of every URL renders it (charts, maps, tables) and fills the per-version cache.
    const cold: number[] = [];
    for (const { url } of urls) cold.push((await get(url)).ms);
    cold.sort((a, b) => a - b);
    console.log(
      `${urls.length} URLs (${[...mix].map(([k, l]) => `${l.length} ${k}`).join(', ')}); first request each: median ${percentile(cold, 50).toFixed(0)} ms, max ${percentile(cold, 100).toFixed(0)} ms`,
    );
    const times: number[] = [];
    const perKind = new Map<string, number[]>();
    let errors = 0;
    const end = performance.now() + seconds * 1000;
    let next = 0;
    const loadBefore = loadavg()[0] ?? 0;
    await Promise.all(
      Array.from({ length: clients }, async () => {
        while (performance.now() < end) {
          const { kind, url } = urls[next++ % urls.length]!;
          try {
            const answer = await get(url);
            if (answer.status !== 200) {
              errors++;
              if (errors <= 5) console.log(`  error ${answer.status} ${url}`);
            }
            times.push(answer.ms);
            (perKind.get(kind) ?? perKind.set(kind, []).get(kind)!).push(answer.ms);
          } catch {
            errors++;
          }
        }
      }),
    );
    times.sort((a, b) => a - b);
    const p95 = percentile(times, 95);
    const p99 = percentile(times, 99);
    console.log(
      `demo ${size}, ${clients} clients, ${seconds} s: ${times.length} requests (${(times.length / seconds).toFixed(0)}/s), ` +
        `p50 ${percentile(times, 50).toFixed(1)} ms, p95 ${p95.toFixed(1)} ms, p99 ${p99.toFixed(1)} ms, max ${percentile(times, 100).toFixed(1)} ms, errors ${errors}; load ${loadBefore.toFixed(1)} → ${(loadavg()[0] ?? 0).toFixed(1)}`,
    );
    for (const [kind, list] of perKind) {
      list.sort((a, b) => a - b);
      console.log(
        `  ${kind.padEnd(22)} n ${String(list.length).padStart(6)}  p95 ${percentile(list, 95).toFixed(1).padStart(6)} ms  p99 ${percentile(list, 99).toFixed(1).padStart(6)} ms`,
      );
    }
    const met = p95 <= TARGETS.p95 && p99 <= TARGETS.p99 && errors === 0;
    console.log(
      met ? 'targets met' : `targets NOT met (p95 ≤ ${TARGETS.p95} ms, p99 ≤ ${TARGETS.p99} ms, 0 errors)`,
    );
    process.exitCode = met ? 0 : 1;
  } finally {
    server.kill('SIGTERM');
    agent.destroy();
  }
}

await main();
