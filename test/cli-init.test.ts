/** @module `msd init` speaks Dutch: the created folder, the loaded areas, the stored region (`--regio`) and bad codes. */
import { mkdtemp, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { msd } from './helpers/run-cli.ts';

const tempDir = () => mkdtemp(join(tmpdir(), 'msd-init-'));

describe('msd init in Dutch', () => {
  it('creates the folder, loads the gemeente and stores the region, each said in Dutch', async () => {
    const data = join(await tempDir(), 'data');
    const first = await msd(
      'init',
      '--data',
      data,
      '--gemeente',
      'GM0637',
      '--regio',
      'gm0638, GM0639,GM0638',
    );
    expect(first).toMatchObject({ code: 0, err: '' });
    const lines = first.out.split('\n');
    expect(lines[0]).toBe('Regio: berichten voor GM0638, GM0639 worden ook geaccepteerd.');
    expect(lines[1]).toMatch(/^GM0637 Zoetermeer geladen: \d+ gebieden, \d+ grenzen \(.+\)\.$/);
    expect(lines[2]).toMatch(
      new RegExp(
        `^${data.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')} ingericht: database schemaversie \\d+, geheime sleutel aangemaakt \\(bewaar hem goed: .+\\)\\.$`,
      ),
    );
    // The first admin, with a password shown this once (20 characters, base64url).
    expect(lines[3]).toMatch(
      /^Eerste beheerder aangemaakt: gebruiker admin, wachtwoord [A-Za-z0-9_-]{20} \(wordt maar één keer getoond; wijzig het met msd users reset\)\.$/,
    );
    expect(lines).toHaveLength(4);

    // Clearing the region is said too; nothing else changed.
    const cleared = await msd('init', '--data', data, '--regio', '');
    expect(cleared).toMatchObject({
      code: 0,
      out: 'Regio: berichten voor geen andere gemeente worden ook geaccepteerd.',
      err: '',
    });

    const again = await msd('init', '--data', data, '--gemeente', 'GM0637');
    expect(again).toMatchObject({
      code: 0,
      out: `${data} is al ingericht voor GM0637 Zoetermeer; er is niets gewijzigd.`,
      err: '',
    });

    const other = await msd('init', '--data', data, '--gemeente', 'GM0599');
    expect(other.code).toBe(2);
    expect(other.err).toBe(
      `msd: De gegevensmap ${data} hoort bij GM0637; daarin kan niet ook GM0599 staan. Kies een andere map met --data.`,
    );
  });

  it('an invalid --regio code exits 2 with a Dutch message naming the code, and creates nothing', async () => {
    const dir = await tempDir();
    const result = await msd('init', '--data', join(dir, 'data'), '--regio', 'GM0638,Delft');
    expect(result).toMatchObject({
      code: 2,
      out: '',
      err: 'msd: ongeldige --regio-code "DELFT" (verwacht CBS-gemeentecodes, bijv. GM0637,GM0638).',
    });
    expect(await readdir(dir)).toEqual([]);
  });
});
