/**
 * @module `node bin/run-ts.js bench/serve/serve-bench.ts [--size S|M] [--dir <folder>]`: builds the demo with serving
 * in this process, as `msd demo` does, polls `/health` and `/` every ~100 ms and records the event loop's gaps (a
 * 10 ms timer). Prints per build step the longest gap and the slowest answers, the load average, and the totals.
 * The data folder is built afresh (the default folder is removed first).
 */
import { rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { createSession } from '../../src/access/session-store.ts';
import { addUser } from '../../src/access/user-store.ts';
import { createApp } from '../../src/app.ts';
import { buildDemo, DEMO_GEMEENTE } from '../../src/cli/commands/demo-command.ts';
import { requireGemeente, runInit } from '../../src/cli/commands/init-command.ts';
import { startServer } from '../../src/cli/commands/serve-command.ts';
import { main } from '../../src/cli/main.ts';
import { isDemoSize } from '../../src/demo/demo-options.ts';
import { BuildStatus } from '../../src/web/build-status.ts';
import { SESSION_COOKIE } from '../../src/web/route-access.ts';

// argv: node, run-ts.js, this file, then the options.
const { values } = parseArgs({
  args: process.argv.slice(3),
  options: { size: { type: 'string', default: 'S' }, dir: { type: 'string' } },
});
const size = (values.size ?? 'S').toUpperCase();
if (!isDemoSize(size)) throw new Error(`--size must be S, M or L, not ${values.size}`);
const data = values.dir ?? join(tmpdir(), `msd-bench-serve-${size}`);
await rm(data, { recursive: true, force: true });

interface StepFigures {
  gap: number;
  health: number;
  home: number;
  answers: number;
}
const perStep = new Map<string, StepFigures>();
const figures = (step: string): StepFigures => {
  let f = perStep.get(step);
  if (!f) perStep.set(step, (f = { gap: 0, health: 0, home: 0, answers: 0 }));
  return f;
};

const quiet = { out: (line: string) => console.log(line), err: (line: string) => console.error(line) };
await runInit({ data, gemeente: DEMO_GEMEENTE }, { out: () => {}, err: quiet.err });
const status = new BuildStatus();
const server = await startServer({ data, port: 0, host: '127.0.0.1' }, quiet, main, status);
const base = server.url.replace('localhost', '127.0.0.1');
// The start page needs a login: a viewer session on the server's own database (createApp returns the server's app).
const held = await createApp({ dataDir: data });
await addUser(held.store, { username: 'bench-viewer', role: 'viewer' });
const session = await createSession(held.store, 'bench-viewer', '127.0.0.1');
const headers = { cookie: `${SESSION_COOKIE}=${session.id}` };
const loadBefore = loadavg()[0] ?? 0;

const delay = monitorEventLoopDelay({ resolution: 10 });
delay.enable();
let last = performance.now();
const ticker = setInterval(() => {
  const now = performance.now();
  const f = figures(status.state.step);
  f.gap = Math.max(f.gap, now - last);
  last = now;
}, 10);
let building = true;
const polling = (async () => {
  while (building) {
    for (const path of ['/health', '/'] as const) {
      const step = status.state.step;
      const started = performance.now();
      const response = await fetch(`${base}${path}`, { headers, redirect: 'manual' });
      await response.text();
      const ms = performance.now() - started;
      const f = figures(step);
      if (path === '/health') f.health = Math.max(f.health, ms);
      else f.home = Math.max(f.home, ms);
      f.answers++;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
})();
const started = performance.now();
try {
  await buildDemo(
    { data, size, seed: 20150101, serve: true, port: 0, host: '127.0.0.1' },
    requireGemeente(DEMO_GEMEENTE),
    quiet,
    status,
  );
} finally {
  building = false;
  await polling;
  clearInterval(ticker);
  delay.disable();
  await server.stop();
}
const loadAfter = loadavg()[0] ?? 0;
console.log(
  `\ndemo ${size} served while building in ${((performance.now() - started) / 1000).toFixed(1)} s (load ${loadBefore.toFixed(1)} → ${loadAfter.toFixed(1)})`,
);
console.log('step          longest gap   slowest /health   slowest /   answers');
for (const [step, f] of perStep) {
  if (f.answers === 0 && f.gap === 0) continue;
  console.log(
    `${step.padEnd(13)} ${f.gap.toFixed(0).padStart(8)} ms ${f.health.toFixed(0).padStart(12)} ms ${f.home.toFixed(0).padStart(8)} ms ${String(f.answers).padStart(9)}`,
  );
}
console.log(
  `monitorEventLoopDelay: max ${(delay.max / 1e6).toFixed(0)} ms, p99 ${(delay.percentile(99) / 1e6).toFixed(0)} ms, p50 ${(delay.percentile(50) / 1e6).toFixed(0)} ms`,
);
await rm(data, { recursive: true, force: true });
