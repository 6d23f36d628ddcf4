import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, stat } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exactValues, msd } from './helpers/run-cli.ts';

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

const FIXTURES = new URL('./fixtures/csv/', import.meta.url).pathname;
const CBS_TABLE = new URL('./fixtures/cbs/85984NED-zoetermeer-bulk.csv', import.meta.url).pathname;
const BIN = new URL('../bin/msd.js', import.meta.url).pathname;
let data: string;
let server: ChildProcess;

beforeAll(async () => {
  data = join(await mkdtemp(join(tmpdir(), 'msd-handoff-')), 'data');
  expect((await msd('init', '--data', data, '--gemeente', 'GM0637')).code).toBe(0);
  const port = await freePort();
  server = spawn(process.execPath, [BIN, 'serve', '--data', data, '--port', String(port)], { stdio: 'pipe' });
  await new Promise<void>((ready, fail) => {
    server.stdout?.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('Ctrl+C')) ready();
    });
    server.on('exit', (code) => fail(new Error(`msd serve exited with ${code}`)));
  });
});

afterAll(() => {
  server?.kill('SIGTERM');
});

describe('while msd serve holds the data folder', () => {
  it('announces itself in a 0600 server.json', async () => {
    expect((await stat(join(data, 'server.json'))).mode & 0o777).toBe(0o600);
  });

  it('msd ingest hands the job to the server, which stores the files', async () => {
    const ingest = await msd('ingest', '--data', data, FIXTURES);
    expect(ingest.code).toBe(0);
    expect(ingest.err).toMatch(
      /de gegevensmap is in gebruik door msd serve \(PID \d+, http:\/\/127\.0\.0\.1:\d+\); de opdracht wordt daar uitgevoerd/,
    );
    expect(ingest.out).toMatch(/voorzieningen\.csv\s+Voorzieningen \(CSV\)\s+opgeslagen\s+9\s+6\s+0\s+0\s+3/);
    expect((await msd('compute', '--data', data)).code).toBe(0);
    expect(await exactValues(data, 'youth.clients', '2019')).toContainEqual(['GM0637', 2]);
  });

  it('msd cbs import and msd batches remove run in the server too', async () => {
    const cbs = await msd('cbs', 'import', '--data', data, CBS_TABLE);
    expect(cbs.code).toBe(0);
    const id = /^\s*(\d+)\s+\S+\s+\S+\s+cbs:85984NED/m.exec((await msd('batches', '--data', data)).out)?.[1];
    expect(id).toBeDefined();
    const removed = await msd('batches', 'remove', id!, '--data', data);
    expect(removed.code).toBe(0);
    expect(removed.err).toMatch(/de opdracht wordt daar uitgevoerd/);
    expect(removed.out).toContain(`partij ${id} (85984NED-zoetermeer-bulk.csv) verwijderd: 40 cijfers`);
    expect((await msd('batches', '--data', data)).out).not.toContain('cbs:85984NED');
  });

  it('msd purge runs in the server too, a dry run changing nothing', async () => {
    const dry = await msd('purge', '--data', data, '--older-than', '5y', '--dry-run');
    expect(dry.code).toBe(0);
    expect(dry.out).toContain('Proefdraai (--dry-run): er is niets verwijderd.');
    expect(dry.out).toMatch(/^voorzieningen \(jeugdhulp, Wmo\) +3$/m);
    const again = await msd('purge', '--data', data, '--older-than', '5y', '--dry-run');
    expect(again.out).toBe(dry.out);
  });

  it('never hands over demo, serve or init', async () => {
    const init = await msd('init', '--data', data);
    expect(init.code).not.toBe(0);
    expect(init.err).toMatch(/in gebruik door een ander proces \(.*PID \d+\)/);
  });

  it('removes server.json when stopped', async () => {
    server.kill('SIGTERM');
    await new Promise((done) => server.on('exit', done));
    expect(existsSync(join(data, 'server.json'))).toBe(false);
  });
});
