import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { msd } from '../helpers/run-cli.ts';

interface JsonNode {
  id: string;
  kind: string;
  title: string;
  status: string;
  reason: string;
  indicator?: string;
  value?: number | null;
  target?: number | null;
  sentence?: string;
  narrative: { text: string; html: string; status: string; author: string } | null;
  children: JsonNode[];
}

const find = (node: JsonNode, id: string): JsonNode | undefined =>
  node.id === id ? node : node.children.map((c) => find(c, id)).find((n) => n !== undefined);

/** A survey figure for an imported slot of the Voorschoten tree: defined locally, then imported as a value. */
const SURVEY_DEFINITION = {
  id: 'imported.burgerpeiling.zelfredzaamheid',
  nameNl: 'Inwoners die zich zelfredzaam voelen (%)',
  definitionNl: 'Percentage inwoners dat zich zelfredzaam voelt volgens de burgerpeiling.',
  domain: 'support',
  subject: 'person',
  measure: { kind: 'imported' },
  periodKinds: ['year'],
  areaLevels: ['gemeente'],
  unit: 'percent',
  direction: 'up',
  source: 'Burgerpeiling',
};

describe('msd goals, targets and narratives on a data folder without computed figures', () => {
  let dir: string;
  let data: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'msd-goals-'));
    data = join(dir, 'data');
    expect((await msd('init', '--data', data, '--gemeente', 'GM0637')).code).toBe(0);
  });

  it('says there is no tree yet, and refuses an unknown template', async () => {
    const show = await msd('goals', 'show', '--data', data, '--period', '2024');
    expect(show.code).toBe(1);
    expect(show.err).toBe(
      'msd: doelenboom:\n  - er is nog geen doelenboom; begin met msd goals init --template voorschoten',
    );
    const bad = await msd('goals', 'init', '--data', data, '--template', 'utrecht');
    expect(bad.code).toBe(2);
    expect(bad.err).toBe('msd: onbekend sjabloon utrecht (kies uit: voorschoten, zoetermeer-jeugd, dalfsen)');
  });

  it('loads the template, shows it as JSON with a status per node, and takes an imported survey figure', async () => {
    const init = await msd('goals', 'init', '--data', data, '--template', 'voorschoten');
    expect(init.out).toBe(
      'Sjabloon voorschoten: doelenboom versie 1 opgeslagen — Monitor Sociaal Domein Voorschoten (5 doelen, 24 effecten, 30 indicatoren).',
    );
    const definitions = join(dir, 'burgerpeiling.json');
    await writeFile(definitions, JSON.stringify(SURVEY_DEFINITION));
    expect((await msd('indicators', 'define', definitions, '--data', data)).code).toBe(0);
    const values = join(dir, 'burgerpeiling.csv');
    await writeFile(
      values,
      'indicator;period;area;value;numerator;denominator;unit;source;status\n' +
        'imported.burgerpeiling.zelfredzaamheid;2023;GM0637;74;;;percent;Burgerpeiling;final\n' +
        'imported.burgerpeiling.zelfredzaamheid;2024;GM0637;72,5;;;percent;Burgerpeiling;final\n',
    );
    expect((await msd('values', 'import', values, '--data', data)).code).toBe(0);
    const target = await msd(
      'targets',
      'set',
      'imported.burgerpeiling.zelfredzaamheid',
      '--year',
      '2024',
      '--value',
      '75',
      '--data',
      data,
    );
    expect(target.out).toBe(
      'Streefwaarde imported.burgerpeiling.zelfredzaamheid 2024: 75 (doelenboom versie 1, knoop zelfredzaamheid-burgerpeiling).',
    );

    const show = await msd('goals', 'show', '--data', data, '--period', '2024', '--format', 'json');
    expect(show.code).toBe(0);
    const view = JSON.parse(show.out) as { version: number; period: string; area: string; tree: JsonNode };
    expect(view).toMatchObject({ version: 1, period: '2024', area: 'GM0637' });
    expect(view.tree).toMatchObject({ id: 'visie', kind: 'vision' });
    expect(view.tree.children.map((g) => [g.id, g.kind])).toEqual([
      ['doel-1', 'goal'],
      ['doel-2', 'goal'],
      ['doel-3', 'goal'],
      ['doel-4', 'goal'],
      ['doel-5', 'goal'],
    ]);
    expect(find(view.tree, 'zelfredzaamheid-burgerpeiling')).toMatchObject({
      kind: 'indicator',
      indicator: 'imported.burgerpeiling.zelfredzaamheid',
      status: 'aandacht',
      value: 72.5,
      target: 75,
      sentence:
        'Inwoners die zich zelfredzaam voelen (%) 2024: 72,5 %, 1,5 procentpunt lager dan in 2023; streefwaarde 75 % of meer — aandacht.',
    });
    expect(find(view.tree, 'maatschappelijk-zelfredzaam')).toMatchObject({
      kind: 'effect',
      status: 'aandacht',
    });
    // Without computed figures the other indicators say why they have no status.
    expect(find(view.tree, 'jeugdbescherming-pct')).toMatchObject({
      status: 'nog geen gegevens',
      reason: 'nog geen cijfer voor 2024 in GM0637',
      value: null,
      target: null,
      sentence: '% jongeren met jeugdbescherming (BBV) 2024: nog geen gegevens.',
    });
    expect(find(view.tree, 'doel-1')).toMatchObject({ status: 'aandacht' });

    const wijk = await msd('goals', 'show', '--data', data, '--period', '2024', '--area', 'WK063706');
    expect(wijk.code).toBe(0);
    expect(wijk.out.split('\n')[0]).toContain('gebied WK063706');
    const unknownArea = await msd('goals', 'show', '--data', data, '--period', '2024', '--area', 'WK999999');
    expect(unknownArea.code).toBe(1);
    expect(unknownArea.err).toBe(
      'msd: gebied:\n  - gebied WK999999 bestaat niet in deze monitor (zie msd areas list)',
    );
    const badPeriod = await msd('goals', 'show', '--data', data, '--period', '2024-Q5');
    expect(badPeriod.err).toBe(
      'msd: periode:\n  - "2024-Q5" is geen periode (gebruik 2019, 2019-H1, 2019-Q3 of 2019-07)',
    );

    const table = await msd('goals', 'show', '--data', data, '--period', '2024');
    expect(table.out.split('\n').slice(0, 2)).toEqual([
      'Monitor Sociaal Domein Voorschoten — doelenboom versie 1, periode 2024, gebied GM0637 (samenvatten: slechtste status)',
      '[aandacht] Visie: Visie sociaal domein',
    ]);
  });

  it('refuses targets that do not fit, with a Dutch message and exit code 1', async () => {
    const unknown = await msd(
      'targets',
      'set',
      'youth.clients',
      '--year',
      '2025',
      '--value',
      '10',
      '--data',
      data,
    );
    expect(unknown.code).toBe(1);
    expect(unknown.err).toBe(
      'msd: streefwaarde youth.clients:\n  - versie 1: indicator youth.clients staat niet in doelenboom versie 1; voeg hem toe met msd goals import',
    );
    const quarter = await msd(
      'targets',
      'set',
      'youth.reentry',
      '--period',
      '2025-Q1',
      '--value',
      '10',
      '--data',
      data,
    );
    expect(quarter.err).toBe(
      'msd: streefwaarde youth.reentry:\n  - knoop herintreders-jeugdhulp: periode 2025-Q1: indicator youth.reentry kent geen kwartalen (wel: jaren)',
    );
    const both = await msd('targets', 'set', 'youth.reentry', '--value', '10', '--data', data);
    expect(both.code).toBe(2);
    expect(both.err).toBe(
      'msd: geef precies één van --year of --period op (bijvoorbeeld --year 2025 of --period 2025-H1)',
    );
  });

  it('keeps every narrative version and refuses one for an unknown node', async () => {
    const text = join(dir, 'verhaal.md');
    await writeFile(text, 'Eerste versie.');
    expect(
      (await msd('narratives', 'set', 'doel-1', '--period', '2024', '--file', text, '--data', data)).code,
    ).toBe(0);
    await writeFile(text, 'De burgerpeiling laat een **lichte daling** zien.\n\n<b>geen html</b>');
    const set = await msd(
      'narratives',
      'set',
      'doel-1',
      '--period',
      '2024',
      '--file',
      text,
      '--final',
      '--author',
      'J. de Vries',
      '--data',
      data,
    );
    expect(set.out).toMatch(
      /^Verhaal bij doel-1 over 2024 opgeslagen \(definitief, versie 2 in de geschiedenis/,
    );
    const unknown = await msd(
      'narratives',
      'set',
      'doel-9',
      '--period',
      '2024',
      '--file',
      text,
      '--data',
      data,
    );
    expect(unknown.code).toBe(1);
    expect(unknown.err).toBe(
      'msd: verhaal bij doel-9:\n  - versie 1: knoop doel-9 bestaat niet in doelenboom versie 1 (zie msd goals show)',
    );
    const history = await msd('narratives', 'history', 'doel-1', '--data', data, '--format', 'json');
    expect((JSON.parse(history.out) as { status: string; author: string }[]).map((h) => h.status)).toEqual([
      'concept',
      'definitief',
    ]);
    const show = await msd('goals', 'show', '--data', data, '--period', '2024', '--format', 'json');
    const doel = find((JSON.parse(show.out) as { tree: JsonNode }).tree, 'doel-1');
    expect(doel?.narrative).toMatchObject({ status: 'definitief', author: 'J. de Vries' });
    expect(doel?.narrative?.html).toBe(
      '<p>De burgerpeiling laat een <strong>lichte daling</strong> zien.</p>\n<p>&lt;b&gt;geen html&lt;/b&gt;</p>\n',
    );
  });

  it('exports and re-imports the same tree; a cycle in an edited file is refused, naming file and place', async () => {
    const file = join(dir, 'tree.yaml');
    expect((await msd('goals', 'export', '--data', data, '--out', file)).out).toBe(
      `Doelenboom versie 1 geschreven naar ${file}.`,
    );
    const again = await msd('goals', 'import', file, '--data', data);
    expect(again.out).toBe(
      `${file}: gelijk aan doelenboom versie 1 (Monitor Sociaal Domein Voorschoten); niets gewijzigd.`,
    );
    const text = await readFile(file, 'utf8');
    expect(text).toContain('- period: "2024"\n        value: 75');
    const cyclic = join(dir, 'kring.yaml');
    await writeFile(cyclic, text.replace('  - id: doel-5\n', '  - id: doel-5\n    goals:\n      - doel-5\n'));
    const refused = await msd('goals', 'import', cyclic, '--data', data);
    expect(refused.code).toBe(1);
    expect(refused.err).toBe(
      `msd: ${cyclic}:\n  - goals[4] (doel-5): kringverwijzing in de boom: doel-5 → doel-5 (een knoop kan niet onder zichzelf hangen)`,
    );
    const missing = await msd('goals', 'import', join(dir, 'bestaat-niet.yaml'), '--data', data);
    expect(missing.err).toBe(`msd: ${join(dir, 'bestaat-niet.yaml')}:\n  - bestand bestaat niet`);
    const edited = join(dir, 'herijking.yaml');
    await writeFile(
      edited,
      text.replace('title: Monitor Sociaal Domein Voorschoten', 'title: Herijking 2017'),
    );
    expect((await msd('goals', 'import', edited, '--data', data, '--note', 'herijking 2017')).out).toBe(
      `${edited}: doelenboom versie 2 opgeslagen — Herijking 2017 (5 doelen, 24 effecten, 30 indicatoren).`,
    );
    const v1 = await msd(
      'goals',
      'show',
      '--data',
      data,
      '--period',
      '2024',
      '--tree-version',
      '1',
      '--format',
      'json',
    );
    expect((JSON.parse(v1.out) as { title: string }).title).toBe('Monitor Sociaal Domein Voorschoten');
  });
});
