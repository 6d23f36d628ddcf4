/** @module The `msd` command from another working directory, compiled (dist/) and from source, in a copy of the package elsewhere. */
import { spawn, type ChildProcess } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, symlink, utimes, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginOverHttp } from './helpers/login.ts';

const REPO = new URL('../', import.meta.url).pathname;
const FIXTURES = new URL('./fixtures/', import.meta.url).pathname;

let pkg: string;
let cwd: string;
let bin: string;

interface Run {
  code: number | null;
  out: string;
  err: string;
}

/** Runs `node <pkg>/bin/msd.js …` in the other folder; MSD_FROM_SOURCE=1 makes it skip dist/. */
function msdThere(args: string[], fromSource = false): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [bin, ...args], {
      cwd,
      env: { ...process.env, MSD_FROM_SOURCE: fromSource ? '1' : '0' },
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.on('close', (code) => resolve({ code, out: out.trim(), err: err.trim() }));
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

/** Starts `msd serve` in the other folder; resolves with its address once it listens. */
async function serveThere(fromSource: boolean): Promise<{ url: string; server: ChildProcess }> {
  const port = await freePort();
  const server = spawn(process.execPath, [bin, 'serve', '--data', 'data', '--port', String(port)], {
    cwd,
    env: { ...process.env, MSD_FROM_SOURCE: fromSource ? '1' : '0' },
  });
  await new Promise<void>((ready, fail) => {
    let err = '';
    server.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    server.stdout.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('Ctrl+C')) ready();
    });
    server.on('exit', (code) => fail(new Error(`msd serve exited with ${code}: ${err}`)));
  });
  return { url: `http://127.0.0.1:${port}`, server };
}

async function stop(server: ChildProcess): Promise<void> {
  const exited = new Promise((done) => server.on('exit', done));
  server.kill('SIGTERM');
  await exited;
}

let servers: ChildProcess[] = [];

// A copy of the package (what `npm pack` ships, with the repository's node_modules) compiled there, and an
// unrelated working folder whose tsconfig.json would break the pages if tsx read it (classic React JSX).
beforeAll(async () => {
  const root = await mkdtemp(join(tmpdir(), 'msd-any-folder-'));
  pkg = join(root, 'pkg');
  cwd = join(root, 'elsewhere');
  bin = join(pkg, 'bin', 'msd.js');
  for (const part of ['bin', 'src', 'package.json', 'tsconfig.json']) {
    await cp(join(REPO, part), join(pkg, part), { recursive: true });
  }
  await symlink(join(REPO, 'node_modules'), join(pkg, 'node_modules'));
  await mkdir(cwd);
  await writeFile(join(cwd, 'tsconfig.json'), JSON.stringify({ compilerOptions: { jsx: 'react' } }));
  const build = await new Promise<number | null>((resolve) =>
    spawn(process.execPath, [join(pkg, 'bin', 'build-dist.js')], { stdio: 'ignore' }).on('close', resolve),
  );
  expect(build).toBe(0);
});

afterAll(() => servers.forEach((server) => server.kill('SIGTERM')));

describe('msd run from another working directory', () => {
  let adminPassword = '';
  it('initialises, ingests (shipped profiles, the parse worker) and computes with a relative --data', async () => {
    const init = await msdThere(['init', '--data', 'data', '--gemeente', 'GM0637']);
    expect(init).toMatchObject({ code: 0 });
    adminPassword = /wachtwoord ([A-Za-z0-9_-]{20})/.exec(init.out)?.[1] ?? '';
    expect(init.out).toContain('GM0637 Zoetermeer geladen: 10 gebieden, 10 grenzen');
    expect(init.out).toContain(`${join(cwd, 'data')} ingericht: database schemaversie`);
    const ingest = await msdThere([
      'ingest',
      '--data',
      'data',
      join(FIXTURES, 'csv'),
      join(FIXTURES, 'istandaarden', 'impossible-date-305.xml'),
      join(FIXTURES, 'istandaarden', 'unknown-category-wmo323.xml'),
    ]);
    expect(ingest.code).toBe(0);
    expect(ingest.out).toMatch(/voorzieningen\.csv\s+Voorzieningen \(CSV\)\s+opgeslagen\s+9\s+6\s+0\s+0\s+3/);
    expect(ingest.out).toMatch(
      /impossible-date-305\.xml\s+iJw\/iWmo-berichten\s+opgeslagen\s+2\s+1\s+1\s+0\s+1/,
    );
    expect(ingest.out).toMatch(/WMO323\s+4\s+2\s+0\s+0\s+2\s+0/);
    // Dutch headers on both tables, and where to read the quarantine reasons.
    expect(ingest.out).toMatch(
      /^bestand\s+bron\s+resultaat\s+gelezen\s+opgeslagen\s+vervangen\s+overgeslagen\s+quarantaine$/m,
    );
    expect(ingest.out).toMatch(
      /^bericht\s+gelezen\s+opgeslagen\s+vervangen\s+overgeslagen\s+quarantaine\s+dubbel$/m,
    );
    expect(ingest.out).toContain('\nRegels in quarantaine en hun redenen: msd batches\n');
  });

  for (const fromSource of [false, true]) {
    it(`serves every page with 200 ${fromSource ? 'from source (tsx)' : 'compiled (dist/)'}`, async () => {
      const { url, server } = await serveThere(fromSource);
      servers.push(server);
      const headers = await loginOverHttp(url, 'admin', adminPassword);
      const home = await fetch(`${url}/`, { headers });
      expect(home.status).toBe(200);
      const body = await home.text();
      expect(body).toContain('<h1 class="utrecht-heading-1">Kerncijfers sociaal domein Zoetermeer</h1>');
      expect(body).toContain('Jongeren met jeugdhulp');
      const data = await fetch(`${url}/data`, { headers });
      expect(data.status).toBe(200);
      expect(await data.text()).toContain('<td class="utrecht-table__cell">voorzieningen.csv</td>');
      const health = await fetch(`${url}/health`);
      expect(health.status).toBe(200);
      expect(await health.json()).toMatchObject({ status: 'ok', gemeente: 'GM0637' });
      for (const css of ['msd.css', 'nlds.css']) {
        const sheet = await fetch(`${url}/static/${css}`);
        expect(sheet.status).toBe(200);
        expect(sheet.headers.get('content-type')).toBe('text/css; charset=utf-8');
        expect((await sheet.text()).length).toBeGreaterThan(100);
      }
      // A command handed to the server from the other folder, with the same relative --data.
      const show = await msdThere([
        'indicators',
        'show',
        'youth.clients',
        '--data',
        'data',
        '--period',
        '2019',
      ]);
      expect(show.code).toBe(0);
      expect(show.err).toMatch(/de gegevensmap is in gebruik door msd serve \(PID \d+/);
      expect(show.out).toMatch(/youth\.clients\s+2019\s+GM0637\s+Zoetermeer\s+\.\s+definitief/);
      await stop(server);
      servers = servers.filter((s) => s !== server);
    });
  }
});

describe('the compiled build runs only while it matches the sources', () => {
  const version = async () => (await msdThere(['--version'])).out;

  it('runs dist/ while the sources are unchanged, also after they are touched', async () => {
    const packageVersion = (
      JSON.parse(await readFile(join(pkg, 'package.json'), 'utf8')) as { version: string }
    ).version;
    const versionTs = join(pkg, 'src', 'version.ts');
    const distVersion = join(pkg, 'dist', 'version.js');
    // Mark the compiled module, so the output tells which of the two ran.
    const compiled = await readFile(distVersion, 'utf8');
    await writeFile(distVersion, compiled.replace(/\.version;/, ".version + '-dist';"));
    expect(await version()).toBe(`${packageVersion}-dist`);
    // Saved again with the same content (newer time, same hash): still the build.
    await writeFile(versionTs, await readFile(versionTs, 'utf8'));
    expect(await version()).toBe(`${packageVersion}-dist`);
  });

  it('runs the sources once one of them changed', async () => {
    const versionTs = join(pkg, 'src', 'version.ts');
    const source = await readFile(versionTs, 'utf8');
    await writeFile(versionTs, source.replace(/\)\.version;/, ").version + '-source';"));
    expect(await version()).toMatch(/^\d+\.\d+\.\d+-source$/);
    // Also when the changed file comes with a time from before the build (rsync -a, tar).
    await utimes(versionTs, new Date('2000-01-01'), new Date('2000-01-01'));
    expect(await version()).toMatch(/^\d+\.\d+\.\d+-source$/);
    await writeFile(versionTs, source);
    expect(await version()).toMatch(/^\d+\.\d+\.\d+-dist$/);
  });

  it('runs the sources when a source file is added', async () => {
    await writeFile(join(pkg, 'src', 'added-later.ts'), 'export {};\n');
    expect(await version()).toMatch(/^\d+\.\d+\.\d+$/);
  });
});
