import { spawnSync } from 'node:child_process';
import { chmod, mkdir, mkdtemp, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dutchCommanderError } from '../src/cli/commander-messages.ts';
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
      "fout: de waarde 'X' bij optie '--size <S|M|L>' is ongeldig. size moet een van S, M, L zijn.",
    );
    expect(await readdir(dir)).toEqual([]);
  });

  it('commander argument errors in Dutch: bad number, bad choice, unknown option and command, missing value', async () => {
    const first = (err: string) => err.split('\n')[0];
    const port = await msd('serve', '--port', '0');
    expect(port.code).toBe(2);
    expect(first(port.err)).toBe(
      "fout: de waarde '0' bij optie '--port <n>' is ongeldig. port moet een geheel getal van 1 tot en met 65535 zijn.",
    );
    const format = await msd('indicators', 'list', '--format', 'xml');
    expect(format.code).toBe(2);
    expect(first(format.err)).toBe(
      "fout: de waarde 'xml' bij optie '--format <format>' is ongeldig. Toegestaan: table, json.",
    );
    const option = await msd('compute', '--bogus');
    expect(option.code).toBe(2);
    expect(first(option.err)).toBe("fout: onbekende optie '--bogus'");
    const command = await msd('computx');
    expect(command.code).toBe(2);
    expect(command.err.split('\n').slice(0, 2)).toEqual([
      "fout: onbekende opdracht 'computx'",
      '(Bedoelt u compute?)',
    ]);
    const missing = await msd('ingest');
    expect(missing.code).toBe(2);
    expect(first(missing.err)).toBe("fout: het argument 'paths' ontbreekt");
    const many = await msd('indicators', 'show', 'a', 'b');
    expect(many.code).toBe(2);
    expect(first(many.err)).toBe("fout: te veel argumenten voor 'show': verwacht 1, gekregen 2.");
  });

  it('a commander error it does not know is passed on as commander wrote it', () => {
    expect(dutchCommanderError("error: option '--a' cannot be used with option '--b'\n")).toBe(
      "error: option '--a' cannot be used with option '--b'",
    );
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
