/** @module Crash recovery: an ingest killed (SIGKILL) at any step, followed by any command that reads or computes figures, leaves the same cube as an uninterrupted ingest — never figures silently missing. */
import { spawn, spawnSync } from 'node:child_process';
import { chmod, cp, mkdtemp, readdir } from 'node:fs/promises';
import { statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '../../src/cli/commands/serve-command.ts';
import { FIGURES_PENDING, pendingFinished } from '../../src/ingest/batch-reasons.ts';
import { DuckDbStore } from '../../src/store/duckdb-store.ts';
import { msd } from '../helpers/run-cli.ts';

const BIN = join(process.cwd(), 'bin', 'msd.js');
// Three CSV exports and a zip of iJw/iWmo messages (one with a quarantined record): four batches, in the order
// postcodes, voorzieningen, messages.zip, uitkeringen; all but the postcodes (undated) mark periods stale.
const FILES = [
  join(process.cwd(), 'test', 'fixtures', 'csv'),
  join(process.cwd(), 'test', 'fixtures', 'istandaarden', 'messages.zip'),
];

let root: string;
let base: string;
let reference: string[];

/** Every computed and imported cube row (without its timestamp), in a stable order. */
async function cube(data: string): Promise<string[]> {
  const store = await DuckDbStore.open(join(data, 'msd.duckdb'), { readOnly: true });
  try {
    const rows = await store.all('SELECT * EXCLUDE (computed_at) FROM indicator_value ORDER BY ALL');
    return rows.map((r) => JSON.stringify(r));
  } finally {
    store.close();
  }
}

async function staleMarks(data: string): Promise<number> {
  const store = await DuckDbStore.open(join(data, 'msd.duckdb'), { readOnly: true });
  try {
    const [row] = await store.all<{ n: number }>('SELECT count(*) AS n FROM stale_period');
    return row?.n ?? -1;
  } finally {
    store.close();
  }
}

/** A fresh copy of the initialised data folder (areas loaded, nothing ingested). */
async function freshData(): Promise<string> {
  const data = join(await mkdtemp(join(root, 'run-')), 'data');
  await cp(base, data, { recursive: true });
  return data;
}

/** Runs `msd ingest` of FILES in a child process that dies by SIGKILL at `crashAt` (or after `killAfterMs`). */
function ingestChild(
  data: string,
  crash: { at: string } | { afterMs: number },
): Promise<NodeJS.Signals | null> {
  const env = { ...process.env, ...('at' in crash ? { MSD_CRASH_AT: crash.at } : {}) };
  const child = spawn(process.execPath, [BIN, 'ingest', '--data', data, ...FILES], {
    env,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const timer = 'afterMs' in crash ? setTimeout(() => child.kill('SIGKILL'), crash.afterMs) : undefined;
  return new Promise((resolve) =>
    child.on('exit', (_code, signal) => {
      clearTimeout(timer);
      resolve(signal);
    }),
  );
}

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'msd-crash-'));
  base = join(root, 'base');
  expect((await msd('init', '--data', base, '--gemeente', 'GM0637')).code).toBe(0);
  const uninterrupted = join(root, 'reference');
  await cp(base, uninterrupted, { recursive: true });
  const ingest = await msd('ingest', '--data', uninterrupted, ...FILES);
  expect(ingest.code).toBe(0);
  reference = await cube(uninterrupted);
  // The fixture yields real figures: youth care, Wmo and benefits over several years.
  expect(reference.length).toBeGreaterThan(10_000);
  expect(await staleMarks(uninterrupted)).toBe(0);
}, 120_000);

describe('an ingest killed at a named step, then one command', () => {
  it(
    'killed inside the second batch transaction: ingesting again stores the rest and computes every figure',
    { timeout: 120_000 },
    async () => {
      const data = await freshData();
      expect(await ingestChild(data, { at: 'batch-before-commit:2' })).toBe('SIGKILL');
      const again = await msd('ingest', '--data', data, ...FILES);
      expect(again.code).toBe(0);
      expect(again.out).toMatch(/postcodes\.csv\s+Postcodetabel \(CSV\)\s+al ingelezen/);
      expect(again.out).toMatch(/voorzieningen\.csv\s+Voorzieningen \(CSV\)\s+opgeslagen/);
      expect(await cube(data)).toEqual(reference);
      expect(await staleMarks(data)).toBe(0);
    },
  );

  it(
    'killed after every batch committed, before the recompute: `indicators show` finishes it first',
    { timeout: 120_000 },
    async () => {
      const data = await freshData();
      expect(await ingestChild(data, { at: 'batch-committed:4' })).toBe('SIGKILL');
      expect(await staleMarks(data)).toBe(3);
      const show = await msd(
        'indicators',
        'show',
        'youth.clients',
        '--data',
        data,
        '--period',
        '2019',
        '--exact',
        '--format',
        'json',
      );
      expect(show.code).toBe(0);
      expect(show.err).toBe('');
      expect(JSON.parse(show.out)).toContainEqual(expect.objectContaining({ area: 'GM0637', value: 2 }));
      expect(await cube(data)).toEqual(reference);
      expect(await staleMarks(data)).toBe(0);
    },
  );

  it(
    'killed after the first recompute pass: ingesting the same files again (all duplicates) finishes the figures',
    { timeout: 120_000 },
    async () => {
      const data = await freshData();
      expect(await ingestChild(data, { at: 'compute-pass:1' })).toBe('SIGKILL');
      const again = await msd('ingest', '--data', data, ...FILES);
      expect(again.code).toBe(0);
      expect(again.out.match(/ al ingelezen /g)).toHaveLength(4);
      expect(again.out).toContain(pendingFinished([2, 3, 4]));
      expect(await cube(data)).toEqual(reference);
      expect(await staleMarks(data)).toBe(0);
    },
  );

  it(
    'killed after the recompute, before its marks were cleared: `msd compute` settles them',
    { timeout: 120_000 },
    async () => {
      const data = await freshData();
      expect(await ingestChild(data, { at: 'recompute-before-clear' })).toBe('SIGKILL');
      expect(await staleMarks(data)).toBe(3);
      expect((await msd('compute', '--data', data)).code).toBe(0);
      expect(await cube(data)).toEqual(reference);
      expect(await staleMarks(data)).toBe(0);
    },
  );

  it(
    'killed after the second batch: `msd serve` finishes the pending figures before it listens',
    { timeout: 120_000 },
    async () => {
      const data = await freshData();
      expect(await ingestChild(data, { at: 'batch-committed:2' })).toBe('SIGKILL');
      const out: string[] = [];
      const server = await startServer(
        { data, port: 8704, host: '127.0.0.1' },
        { out: (l) => out.push(l), err: () => {} },
        () => Promise.resolve(0),
      );
      await server.stop();
      expect(out[0]).toBe(pendingFinished([2]));
      expect(await staleMarks(data)).toBe(0);
      // The rest of the files, then the same cube as one uninterrupted ingest.
      expect((await msd('ingest', '--data', data, ...FILES)).code).toBe(0);
      expect(await cube(data)).toEqual(reference);
    },
  );
});

describe('an ingest killed after random delays', () => {
  it(
    'never leaves figures missing once the same files are ingested again',
    { timeout: 180_000 },
    async () => {
      for (const afterMs of [1_000 + Math.random() * 2_500, 3_500 + Math.random() * 4_000]) {
        const data = await freshData();
        await ingestChild(data, { afterMs });
        const again = await msd('ingest', '--data', data, ...FILES);
        expect(again.code, `killed after ${afterMs.toFixed(0)} ms`).toBe(0);
        expect(await cube(data), `killed after ${afterMs.toFixed(0)} ms`).toEqual(reference);
        expect(await staleMarks(data)).toBe(0);
      }
    },
  );
});

// Root may write anywhere: the read-only case runs as `nobody`, which must be able to read the project.
const asRoot = process.getuid?.() === 0;
function readableByOthers(file: string): boolean {
  for (let path = dirname(file); path !== dirname(path); path = dirname(path))
    if ((statSync(path).mode & 0o001) === 0) return false;
  return (statSync(file).mode & 0o004) !== 0;
}

describe.skipIf(asRoot && !readableByOthers(BIN))('pending figures where the command cannot write', () => {
  it(
    '`indicators show` says on stderr that figures are pending and how to finish them',
    { timeout: 120_000 },
    async () => {
      const data = await freshData();
      expect(await ingestChild(data, { at: 'batch-committed:4' })).toBe('SIGKILL');
      // Readable, not writable, for the user that runs the command (`nobody` under root, else the owner).
      for (let dir = data; dir !== dirname(root); dir = dirname(dir)) await chmod(dir, 0o755);
      for (const file of await readdir(data))
        if (file.startsWith('msd.duckdb')) await chmod(join(data, file), asRoot ? 0o644 : 0o444);
      if (!asRoot) await chmod(data, 0o555);
      const run = (user: object) =>
        spawnSync(
          process.execPath,
          [BIN, 'indicators', 'show', 'youth.clients', '--data', data, '--period', '2019'],
          {
            encoding: 'utf8',
            ...user,
          },
        );
      const child = run(asRoot ? { uid: 65534, gid: 65534, env: { ...process.env, HOME: '/tmp' } } : {});
      // First the pending figures; then the query's own note that it found no figures yet.
      expect(child.stderr.trim().split('\n')[0]).toBe(`msd: ${FIGURES_PENDING}`);
      expect(child.status).toBe(0);
      expect(await staleMarks(data)).toBe(3);
    },
  );
});
