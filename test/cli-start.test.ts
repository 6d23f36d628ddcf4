/** @module What `msd --version`, `msd --help` and a command handed to a server load: the CLI only, not DuckDB or the web stack. */
import { spawnSync } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

const BIN = new URL('../bin/msd.js', import.meta.url).pathname;
/** Packages a command module pulls in, which starting the CLI must not. */
const HEAVY = ['@duckdb/', 'fastify', 'vega', 'preact', 'exceljs', 'zod', 'yauzl', 'xmllint-wasm'];

let register: string;

// A module hook that names every module loaded (after the TypeScript loader, when msd runs the sources).
beforeAll(async () => {
  const dir = await mkdtemp(join(tmpdir(), 'msd-start-'));
  const hooks = join(dir, 'hooks.mjs');
  await writeFile(
    hooks,
    'export async function load(url, context, next) { process.stderr.write(`loaded ${url}\\n`); return next(url, context); }\n',
  );
  register = join(dir, 'register.mjs');
  await writeFile(
    register,
    `import { register } from 'node:module';\nregister(${JSON.stringify(pathToFileURL(hooks).href)});\n`,
  );
});

/** Runs msd with the hook; returns its exit code, stdout and the URLs it loaded. */
function loadedBy(args: string[]): { code: number | null; out: string; loaded: string[] } {
  const child = spawnSync(process.execPath, ['--import', register, BIN, ...args], { encoding: 'utf8' });
  const loaded = child.stderr
    .split('\n')
    .filter((line) => line.startsWith('loaded '))
    .map((line) => line.slice('loaded '.length));
  return { code: child.status, out: child.stdout, loaded };
}

describe('starting msd', () => {
  it('--version prints the version and loads no command module or heavy package', () => {
    const { code, out, loaded } = loadedBy(['--version']);
    expect(code).toBe(0);
    expect(out.trim()).toMatch(/^\d+\.\d+\.\d+$/);
    expect(loaded.some((url) => /\/cli\/main\.(ts|js)$/.test(url))).toBe(true);
    expect(loaded.filter((url) => url.includes('/cli/commands/'))).toEqual([]);
    expect(loaded.filter((url) => HEAVY.some((name) => url.includes(`/node_modules/${name}`)))).toEqual([]);
  });

  it('--help lists the commands and loads no command module or heavy package', () => {
    const { code, out, loaded } = loadedBy(['--help']);
    expect(code).toBe(0);
    for (const command of ['init', 'demo', 'ingest', 'compute', 'indicators', 'serve', 'batches']) {
      expect(out).toMatch(new RegExp(`^  ${command}\\b`, 'm'));
    }
    expect(loaded.filter((url) => url.includes('/cli/commands/'))).toEqual([]);
    expect(loaded.filter((url) => HEAVY.some((name) => url.includes(`/node_modules/${name}`)))).toEqual([]);
  });

  it('a command loads its own module only', () => {
    // A data folder of its own: no running server (of ./data) takes the command over.
    const data = join(tmpdir(), 'msd-start-no-data');
    const { code, loaded } = loadedBy([
      'indicators',
      'show',
      'youth.clients',
      '--data',
      data,
      '--period',
      '2019-13',
    ]);
    // The query is checked against the data folder's catalogue, so a folder without a database ends it (exit 1).
    expect(code).toBe(1);
    expect(
      loaded.filter((url) => url.includes('/cli/commands/')).map((url) => url.replace(/.*\//, '')),
    ).toEqual([expect.stringMatching(/^indicators-command\.(ts|js)$/)]);
  });
});
