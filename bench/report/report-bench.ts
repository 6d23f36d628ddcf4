/** @module Council report benchmark (`npm run bench:report`): `msd report` as a whole process on demo M, HTML (target 10 s) and PDF (target 30 s), against issue 16. */
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync, statSync } from 'node:fs';
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

const arg = (name: string): string | undefined => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const root = fileURLToPath(new URL('../../', import.meta.url));
const bin = resolve(arg('bin') ?? `${root}bin/msd.js`);
/** `--data <dir>`: a demo M folder to reuse (built there when it holds no database yet). */
const data = resolve(arg('data') ?? `${root}bench/.out/report-demo-M`);
/** `--runs <n>`: measured runs per format (default 3). */
const runs = Math.max(1, Number(arg('runs') ?? 3));
/** `--period <p>`: the report period (default 2024, the demo's last complete year). */
const period = arg('period') ?? '2024';
const out = resolve(root, 'bench/.out');

const CASES = [
  { format: 'html', target: 10 },
  { format: 'pdf', target: 30 },
] as const;

/** CPU seconds of the child from bash's `times` (its last line), as in the CLI benchmark: hardly affected by load. */
const BASH = ['/bin/bash', '/usr/bin/bash'].find((path) => existsSync(path));
const WITH_TIMES = '"$@"; code=$?; times >&2; exit $code';

function childCpu(stderr: string): number | undefined {
  const match = /^(\d+)m([\d.]+)s (\d+)m([\d.]+)s$/.exec(stderr.trimEnd().split('\n').at(-1) ?? '');
  if (!match) return undefined;
  const [, um = '0', us = '0', sm = '0', ss = '0'] = match;
  return Number(um) * 60 + Number(us) + Number(sm) * 60 + Number(ss);
}

function timeOnce(format: 'html' | 'pdf'): { wall: number; cpu: number | undefined; bytes: number } {
  const file = resolve(out, `report-bench.${format}`);
  rmSync(file, { force: true });
  const command = [process.execPath, bin, 'report', '--data', data, '--moment', 'jaarrekening'];
  command.push('--period', period, '--format', format, '--out', file);
  const started = performance.now();
  const child = BASH
    ? spawnSync(BASH, ['-c', WITH_TIMES, 'bash', ...command], { encoding: 'utf8' })
    : spawnSync(process.execPath, command.slice(1), { encoding: 'utf8' });
  const wall = (performance.now() - started) / 1000;
  if (child.status !== 0 || !/geschreven naar/.test(child.stdout) || !existsSync(file))
    throw new Error(`msd report --format ${format}: exit ${child.status}\n${child.stdout}${child.stderr}`);
  return { wall, cpu: BASH ? childCpu(child.stderr) : undefined, bytes: statSync(file).size };
}

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
};

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

function main(): number {
  console.log(`Council report: msd report --moment jaarrekening --period ${period}, ${runs} runs per format`);
  ensureDemo();
  const load = () =>
    loadavg()
      .map((l) => l.toFixed(1))
      .join(' ');
  console.log(`  load average before: ${load()}`);
  const fmt = (s: number) => s.toFixed(2);
  const rows: string[] = [];
  let missed = 0;
  for (const c of CASES) {
    const times = Array.from({ length: runs }, () => timeOnce(c.format));
    const wall = median(times.map((t) => t.wall));
    const cpus = times.flatMap((t) => (t.cpu === undefined ? [] : [t.cpu]));
    const met = wall <= c.target;
    if (!met) missed++;
    rows.push(
      `| ${c.format} | ${times.map((t) => fmt(t.wall)).join(' ')} | ${fmt(wall)} | ${c.target} | ${met ? 'yes' : 'NO'} | ${cpus.length > 0 ? fmt(median(cpus)) : 'n/a'} | ${Math.round((times[0]?.bytes ?? 0) / 1024)} kB |`,
    );
  }
  console.log('\n| format | wall per run (s) | median wall (s) | target (s) | met | median CPU (s) | file |');
  console.log('| --- | --- | ---: | ---: | --- | ---: | ---: |');
  rows.forEach((row) => console.log(row));
  console.log(`\nload average after: ${load()}`);
  if (missed > 0) console.error(`${missed} target(s) missed.`);
  return missed > 0 ? 1 : 0;
}

process.exitCode = main();
