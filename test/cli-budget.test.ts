/** @module `msd budget import|list|show` and `msd forecast track-record`: Dutch output, refused files with every problem and exit 1, JSON shapes, and an empty track record said in words. */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { msd } from './helpers/run-cli.ts';

const EXAMPLE = new URL('../src/ingest/budget/begroting-voorbeeld.csv', import.meta.url).pathname;
let dir: string;
let data: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'msd-budget-cli-'));
  data = join(dir, 'data');
  expect((await msd('init', '--data', data, '--gemeente', 'GM0637')).code).toBe(0);
});

describe('msd budget', () => {
  it('imports the example, lists it, and refuses a bad file with exit 1 keeping the stored budget', async () => {
    const imported = await msd('budget', 'import', EXAMPLE, '--data', data);
    expect(imported).toMatchObject({
      code: 0,
      out: 'Begroting begroting-voorbeeld.csv ingelezen: 7 regels voor 2026.',
    });

    const bad = join(dir, 'fout.csv');
    await writeFile(bad, 'jaar;domein;soort;bedrag\n2026;jeugd;begroting;10\n2026;wmo;begroting;veel\n');
    const refused = await msd('budget', 'import', bad, '--data', data);
    expect(refused.code).toBe(1);
    expect(refused.err.split('\n')).toEqual([
      'msd: fout.csv (regel 3): kolom bedrag is geen bedrag in euro’s (cijfers met hooguit twee decimalen na een komma of punt, zonder duizendtallen)',
      'msd: Begroting fout.csv geweigerd, er is niets opgeslagen: 1 probleem.',
    ]);

    const list = await msd('budget', 'list', '--data', data);
    expect(list.code).toBe(0);
    expect(list.out.split('\n').slice(0, 3)).toEqual([
      'jaar  domein           categorie  taakveld  begroting   wijzigingen  totaal',
      '----  ---------------  ---------  --------  ----------  -----------  ----------',
      '2026  Participatiewet  alle       6.3       € 48,0 mln  € 0          € 48,0 mln',
    ]);
  });

  it('shows the year without claims: budget per domain and, per domain, why there is no projection', async () => {
    const shown = await msd('budget', 'show', '--year', '2026', '--data', data, '--format', 'json');
    expect(shown.code).toBe(0);
    const json = JSON.parse(shown.out) as {
      year: number;
      budget: unknown[];
      projection: { domain: string; category: string; sentence: string }[];
    };
    expect(json.year).toBe(2026);
    expect(json.budget).toHaveLength(6);
    expect(json.projection.map((p) => `${p.domain}|${p.category}`)).toEqual([
      'youth|',
      'youth|43',
      'youth|45',
      'support|',
      'support|01',
      'participation|',
    ]);
    expect(json.projection[5]?.sentence).toBe(
      'Participatiewet 2026: geen jaarprognose, want er zijn geen declaraties van dit domein ingelezen (de monitor leest kosten uit iJw/iWmo-declaraties; uitkeringsbedragen leest hij niet).',
    );
  });

  it('refuses a year that is not a number in Dutch (exit 2)', async () => {
    const result = await msd('budget', 'show', '--year', 'volgend', '--data', data);
    expect(result.code).toBe(2);
    expect(result.err).toContain('year');
  });
});

describe('msd forecast track-record', () => {
  it('says in words that no forecast has a final outcome yet', async () => {
    const result = await msd('forecast', 'track-record', '--data', data);
    expect(result).toMatchObject({
      code: 0,
      out: '',
      err: 'msd: Nog geen voorspellingen met een bekende uitkomst: een voorspelling telt mee zodra de periode definitief is (0 voorspellingen bewaard).',
    });
  });
});
