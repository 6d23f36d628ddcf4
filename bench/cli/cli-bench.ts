/** @module CLI start-up benchmark (`npm run bench:cli`): `msd --version`, `msd indicators show` and the same handed to a running `msd serve`, each as whole processes on demo M, against the targets of issue 12. */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { runningServer } from '../../src/cli/server-handoff.ts';

const arg = (name: string): string | undefined => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const root = fileURLToPath(new URL('../../', import.meta.url));
/** `--bin <msd.js>`: another checkout's entry point, for before/after comparisons (default: this one's). */
const bin = resolve(arg('bin') ?? fileURLToPath(new URL('../../bin/msd.js', import.meta.url)));
/** `--data <dir>`: a demo M folder to reuse (built there when it holds no database yet). */
const data = resolve(arg('data') ?? `${root}bench/.out/cli-demo-M`);
/** `--runs <n>`: measured runs per command (default 5), after one unmeasured run that warms the file cache. */
const runs = Math.max(1, Number(arg('runs') ?? 5));

const SHOW = ['indicators', 'show', 'youth.clients', '--period', '2019', '--area', 'GM0637', '--data', data];

interface Case {
  readonly label: string;
  readonly args: readonly string[];
  /** Target for the median, in seconds. */
  readonly target: number;
  /** What a correct run prints (stdout), and on stderr when the command is handed over. */
  readonly expectOut: RegExp;
  readonly expectErr?: RegExp;
}

const CASES: readonly Case[] = [
  { label: 'msd --version', args: ['--version'], target: 0.3, expectOut: /^\d+\.\d+\.\d+$/ },
  {
    label: 'msd indicators show youth.clients --period 2019 --area GM0637',
    args: SHOW,
    target: 1.0,
    expectOut: /youth\.clients\s+2019\s+GM0637\s+Zoetermeer\s+\d/,
  },
  {
    label: 'the same, handed to a running msd serve',
    args: SHOW,
    target: 1.0,
    expectOut: /youth\.clients\s+2019\s+GM0637\s+Zoetermeer\s+\d/,
    expectErr: /in gebruik door msd serve/,
  },
];

/**
 * Where bash is at hand, the command runs under it so its `times` builtin reports the CPU time (user + system) the
 * process used: unlike wall time, hardly affected by other work on the machine. The shell adds about 2 ms.
 */
const BASH = ['/bin/bash', '/usr/bin/bash'].find((path) => existsSync(path));
const WITH_TIMES = '"$@"; code=$?; times >&2; exit $code';

interface Measured {
  readonly wall: number;
  /** CPU seconds of the msd process (undefined without bash). */
  readonly cpu: number | undefined;
}

/** `times` prints the shell's own, then its children's `<user>m<s>s <sys>m<s>s`; the last line is msd's. */
function childCpu(stderr: string): { cpu: number | undefined; rest: string } {
  const lines = stderr.trimEnd().split('\n');
  const match = /^(\d+)m([\d.]+)s (\d+)m([\d.]+)s$/.exec(lines.at(-1) ?? '');
  if (!match) return { cpu: undefined, rest: stderr };
  const [, um = '0', us = '0', sm = '0', ss = '0'] = match;
  return {
    cpu: Number(um) * 60 + Number(us) + Number(sm) * 60 + Number(ss),
    rest: lines.slice(0, -2).join('\n'),
  };
}

/** Runs `node bin/msd.js <args>` as a whole process; returns its wall (and CPU) time, or throws on a wrong answer. */
function timeOnce(c: Case): Measured {
  const command = [process.execPath, bin, ...c.args];
  const started = performance.now();
  const child = BASH
    ? spawnSync(BASH, ['-c', WITH_TIMES, 'bash', ...command], { encoding: 'utf8' })
    : spawnSync(process.execPath, command.slice(1), { encoding: 'utf8' });
  const wall = (performance.now() - started) / 1000;
  const { cpu, rest: stderr } = BASH ? childCpu(child.stderr) : { cpu: undefined, rest: child.stderr };
  const answered = child.status === 0 && c.expectOut.test(child.stdout.trim());
  if (!answered || (c.expectErr !== undefined && !c.expectErr.test(stderr))) {
    throw new Error(`${c.label}: exit ${child.status}\n${child.stdout}${stderr}`);
  }
  return { wall, cpu };
}

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
};

function freePort(): Promise<number> {
  return new Promise((done) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => done(port));
    });
  });
}

/** Starts `msd serve` on the folder; resolves once it listens. */
async function startServe(): Promise<ChildProcess> {
  const port = await freePort();
  const server = spawn(process.execPath, [bin, 'serve', '--data', data, '--port', String(port)], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((ready, fail) => {
    server.stdout?.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('Ctrl+C')) ready();
    });
    server.on('exit', (code) => fail(new Error(`msd serve exited with ${code}`)));
  });
  return server;
}

async function stopServe(server: ChildProcess): Promise<void> {
  const exited = new Promise((done) => server.once('exit', done));
  server.kill('SIGTERM');
  await exited;
}

function ensureDemo(): void {
  if (existsSync(resolve(data, 'msd.duckdb'))) {
    console.log(`  reusing ${data}`);
    return;
  }
  console.log(`  building demo M in ${data} (several minutes) ...`);
  const built = spawnSync(process.execPath, [bin, 'demo', '--size', 'M', '--no-serve', '--data', data], {
    stdio: 'inherit',
  });
  if (built.status !== 0) throw new Error(`msd demo --size M failed (exit ${built.status})`);
}

async function main(): Promise<number> {
  console.log(
    `CLI start-up: ${runs} runs per command (after one warm-up run), median wall time of the whole process`,
  );
  console.log('  (CPU: the msd process only; a handed-over command also uses the server process)');
  const held = runningServer(data);
  if (held) {
    console.error(`${data} is held by msd serve (PID ${held.pid}); stop it first.`);
    return 2;
  }
  ensureDemo();
  const { distIsFresh } = (await import(new URL('../../bin/dist-freshness.js', import.meta.url).href)) as {
    distIsFresh: (root: string) => boolean;
  };
  const compiled = distIsFresh(resolve(bin, '../..'));
  console.log(
    compiled
      ? `  ${bin} runs the compiled build (dist/ is current)`
      : `  ${bin} runs the sources through tsx: dist/ is missing or outdated (npm run build)`,
  );
  const load = loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');
  console.log(`  load average before: ${load}`);

  const results: { c: Case; times: Measured[] }[] = [];
  for (const c of CASES) {
    const server = c.expectErr ? await startServe() : undefined;
    try {
      timeOnce(c);
      const times = Array.from({ length: runs }, () => timeOnce(c));
      results.push({ c, times });
    } finally {
      if (server) await stopServe(server);
    }
  }

  const fmt = (s: number) => s.toFixed(2);
  console.log('\n| command | wall per run (s) | median wall (s) | target (s) | met | median CPU (s) |');
  console.log('| --- | --- | ---: | ---: | --- | ---: |');
  let missed = 0;
  for (const { c, times } of results) {
    const wall = median(times.map((t) => t.wall));
    const cpus = times.flatMap((t) => (t.cpu === undefined ? [] : [t.cpu]));
    const met = wall <= c.target;
    if (!met) missed++;
    console.log(
      `| ${c.label} | ${times.map((t) => fmt(t.wall)).join(' ')} | ${fmt(wall)} | ${fmt(c.target)} | ${met ? 'yes' : 'NO'} | ${cpus.length > 0 ? fmt(median(cpus)) : 'n/a'} |`,
    );
  }
  console.log(
    `\nload average after: ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
  );
  if (missed > 0) console.error(`${missed} target(s) missed.`);
  return missed > 0 ? 1 : 0;
}

process.exitCode = await main();
