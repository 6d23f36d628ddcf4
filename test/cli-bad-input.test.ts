import { spawnSync } from 'node:child_process';
import { chmod, mkdir, mkdtemp, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { msd } from './helpers/run-cli.ts';

const BIN = new URL('../bin/msd.js', import.meta.url).pathname;
/** True when every folder above `file` can be entered, and the file read, by other users. */
function readableByOthers(file: string): boolean {
  let path = dirname(file);
  while (path !== dirname(path)) {
    if ((statSync(path).mode & 0o001) === 0) return false;
    path = dirname(path);
  }
  return (statSync(file).mode & 0o004) !== 0;
}

const tempDir = () => mkdtemp(join(tmpdir(), 'msd-bad-'));

describe('bad input to init and demo: one line naming the problem, non-zero exit, nothing created', () => {
  it('an unknown gemeente code', async () => {
    const dir = await tempDir();
    const result = await msd('init', '--data', join(dir, 'data'), '--gemeente', 'GM9999');
    expect(result.code).toBe(2);
    expect(result.err).toBe(
      'msd: onbekende gemeentecode "GM9999" (verwacht bijv. GM0637; zie de gemeentelijke indeling van het CBS).',
    );
    expect(await readdir(dir)).toEqual([]);
  });

  it('a data path that is a file', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'data'), 'not a folder');
    const result = await msd('init', '--data', join(dir, 'data'), '--gemeente', 'GM0637');
    expect(result.code).toBe(1);
    expect(result.err).toBe(
      `msd: ${join(dir, 'data')} is een bestand, geen map; kies een andere map met --data.`,
    );
    expect(await readdir(dir)).toEqual(['data']);
  });

  it('an unknown demo size', async () => {
    const dir = await tempDir();
    const result = await msd('demo', '--data', join(dir, 'data'), '--size', 'X', '--no-serve');
    expect(result.code).toBe(2);
    expect(result.err).toContain(
      "error: option '--size <S|M|L>' argument 'X' is invalid. size moet een van S, M, L zijn.",
    );
    expect(await readdir(dir)).toEqual([]);
  });

  // Root may write anywhere, so under root the CLI runs as `nobody` — which needs to be able to read the project.
  const asRoot = process.getuid?.() === 0;
  const nobodyCanRun = !asRoot || readableByOthers(BIN);

  it.skipIf(!nobodyCanRun)(
    'a folder the user cannot write (as an unprivileged user when the tests run as root)',
    async () => {
      const dir = await tempDir();
      const locked = join(dir, 'locked');
      await mkdir(locked);
      await chmod(dir, 0o755);
      await chmod(locked, 0o555);
      const child = spawnSync(process.execPath, [BIN, 'init', '--data', join(locked, 'data')], {
        encoding: 'utf8',
        ...(asRoot ? { uid: 65534, gid: 65534, env: { ...process.env, HOME: '/tmp' } } : {}),
      });
      expect(child.status).toBe(1);
      expect(child.stderr.trim()).toBe(
        `msd: in de map ${locked} mag niet worden geschreven; de gegevensmap ${join(locked, 'data')} kan niet worden gemaakt.`,
      );
      expect(await readdir(locked)).toEqual([]);
    },
  );
});
