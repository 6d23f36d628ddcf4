import { existsSync } from 'node:fs';
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { exactValues, msd } from '../helpers/run-cli.ts';
import { CSV_FIXTURES, reportFixture } from './report-fixture.ts';

/** Units of counted people and things: a published count is never 1–7 (those are secret, '.'). */
const COUNT_UNITS = ['personen', 'huishoudens', 'trajecten', 'maatwerkarrangementen', 'uitkeringen'];

let data: string;
let html: string;
let hash: string;

beforeAll(async () => {
  data = await reportFixture();
  // A social-return case analysis, so the report's chapter on it has figures (Overbetuwe, seed §A).
  expect((await msd('rendement', 'example', 'overbetuwe', '--data', data)).code).toBe(0);
  const out = join(dirname(data), 'raad-2019.html');
  const run = await msd(
    'report',
    '--data',
    data,
    '--moment',
    'jaarrekening',
    '--period',
    '2019',
    '--out',
    out,
  );
  expect(run.err).toBe('');
  expect(run.code).toBe(0);
  html = await readFile(out, 'utf8');
  hash = /momentopname ([0-9a-f]{64}) \(nieuw opgeslagen\)/.exec(run.out)?.[1] ?? '';
});

describe('msd report --format html', () => {
  it('writes one self-contained document with every chapter and the snapshot hash in the colophon', () => {
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(html).toContain(`<span class="msd-report-hash" data-snapshot="${hash}">${hash}</span>`);
    for (const id of ['inhoud', 'leeswijzer', 'samenvatting', 'jeugd', 'wmo', 'participatie', 'integraal'])
      expect(html).toContain(`id="${id}"`);
    for (const id of [
      'uit-koers',
      'vooruitblik',
      'rendement',
      'bijlage',
      'colofon',
      'bijlage-definities',
      'bijlage-onthullingsbeheersing',
    ])
      expect(html).toContain(`id="${id}"`);
    expect(html).toContain('Monitor Sociaal Domein Zoetermeer: Jaarrekening 2019</h1>');
    expect(html).toContain('Doelenboom: Monitor Sociaal Domein Voorschoten, versie 1');
    // The social-return chapter: the Overbetuwe case analysis with its yearly difference to the cent.
    const chapter = html.slice(html.indexOf('id="rendement"'), html.indexOf('id="bijlage"'));
    expect(chapter).toContain('Proeftuin Ruwaard — bestaande casussen (21)');
    expect(chapter).toContain('164.591,50');
    // Nothing external: no script, no source or stylesheet to fetch, no remote url() in the CSS.
    expect(html).not.toMatch(/<script|<link |<img |\bsrc=|@import|url\((?!#)/i);
    expect(html).not.toMatch(/href="(?!#)/);
  });

  it('links every table-of-contents entry to a heading in the document', () => {
    const nav = /<nav[\s\S]*?<\/nav>/.exec(html)?.[0] ?? '';
    const targets = [...nav.matchAll(/href="#([^"]+)"/g)].map((m) => m[1]);
    expect(targets.length).toBeGreaterThan(10);
    for (const id of targets) expect(html).toContain(`id="${id}"`);
  });

  it('shows each indicator figure exactly as msd indicators show publishes it', async () => {
    const rows = [
      ...html.matchAll(
        /<tr class="utrecht-table__row" data-indicator="([^"]+)"[^>]*>[\s\S]*?<td[^>]*>[^<]*<\/td><td[^>]*>([^<]*)<\/td><td[^>]*>([^<]*)<\/td><\/tr>/g,
      ),
    ];
    expect(rows.length).toBeGreaterThan(20);
    for (const [, id, previous, current] of rows) {
      for (const [period, shown] of [
        ['2018', previous],
        ['2019', current],
      ] as const) {
        const json = await msd(
          'indicators',
          'show',
          id!,
          '--data',
          data,
          '--period',
          period,
          '--area',
          'GM0637',
          '--format',
          'json',
        );
        const total = (
          JSON.parse(json.out || '[]') as Array<{
            breakdown: unknown;
            value: number | null;
            status: string;
          }>
        ).find((r) => r.breakdown === null);
        if (!total) {
          expect(shown, `${id} ${period}`).toBe('–');
          continue;
        }
        const text =
          total.value === null
            ? '.'
            : new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1 }).format(total.value);
        expect(shown, `${id} ${period}`).toBe(total.status === 'provisional' ? `${text}*` : text);
      }
    }
  });

  it('publishes no count between 1 and 7 anywhere in the report', () => {
    const parts = html.split(/(?=<(?:div|tr)[^>]* data-indicator=)/);
    let checked = 0;
    for (const part of parts) {
      const unit = /^<(?:div|tr)[^>]* data-unit="([^"]*)"/.exec(part)?.[1];
      if (!unit || !COUNT_UNITS.includes(unit)) continue;
      for (const [, text] of part.matchAll(
        /<td class="utrecht-table__cell utrecht-table__cell--numeric">([^<]*)<\/td>/g,
      )) {
        checked++;
        const n = Number((text ?? '').replace('*', '').replaceAll('.', '').replace(',', '.'));
        if ((text ?? '').replace('*', '') === '.' || text === '–' || text === '') continue;
        expect(n >= 1 && n <= 7, `${unit}: ${text}`).toBe(false);
      }
    }
    expect(checked).toBeGreaterThan(50);
  });
});

describe('the audit trail', () => {
  it('records each generated report with its moment, period, snapshot hash and file', async () => {
    const out = join(dirname(data), 'audit.csv');
    expect((await msd('audit', 'export', '--data', data, '--out', out)).code).toBe(0);
    const lines = (await readFile(out, 'utf8')).split(/\r?\n/).filter((l) => l.includes(hash));
    expect(lines.length).toBeGreaterThan(0);
    expect(lines[0]).toContain('report');
    expect(lines[0]).toContain(`jaarrekening 2019 ${hash}`);
  });
});

describe('frozen snapshots', () => {
  it('are listed as JSON rows {hash, moment, period, area, createdAt}', async () => {
    const run = await msd('snapshots', 'list', '--data', data, '--format', 'json');
    const rows = JSON.parse(run.out) as Array<Record<string, string>>;
    const row = rows.find((r) => r.hash === hash);
    expect(Object.keys(row ?? {}).sort()).toEqual(['area', 'createdAt', 'hash', 'moment', 'period']);
    expect(row).toMatchObject({ moment: 'jaarrekening', period: '2019', area: 'GM0637' });
    expect(row?.createdAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
  });

  it('regenerate byte-identical HTML after new data arrived', async () => {
    // An extra delivery: one more youth client in 2019 changes the store (and a new report's figures).
    const extra = join(dirname(data), 'extra');
    await mkdir(extra);
    const provisions = await readFile(join(CSV_FIXTURES, 'voorzieningen.csv'), 'utf8');
    const [header, first] = provisions.split('\n');
    await writeFile(
      join(extra, 'voorzieningen-extra.csv'),
      `${header}\n${first!.replace('999990007', '999990093')}\n`,
    );
    await copyFile(join(CSV_FIXTURES, 'postcodes.csv'), join(extra, 'postcodes.csv'));
    const clients = async () => new Map(await exactValues(data, 'youth.clients', '2019')).get('GM0637');
    expect(await clients()).toBe(2);
    const ingest = await msd('ingest', '--data', data, extra);
    expect(ingest.code).toBe(0);
    expect(await clients()).toBe(3);

    const again = join(dirname(data), 'opnieuw.html');
    const run = await msd('report', '--data', data, '--snapshot', hash.slice(0, 12), '--out', again);
    expect(run.code).toBe(0);
    expect(run.out).toContain(`momentopname ${hash}`);
    expect(await readFile(again, 'utf8')).toBe(html);
  });

  it('refuse an unknown hash in Dutch, exit 1, no file', async () => {
    const out = join(dirname(data), 'onbekend.html');
    const run = await msd('report', '--data', data, '--snapshot', 'deadbeefdeadbeef', '--out', out);
    expect(run.code).toBe(1);
    expect(run.err).toBe(
      'msd: Momentopname deadbeefdeadbeef bestaat niet in deze gegevensmap (zie msd snapshots list).',
    );
    expect(existsSync(out)).toBe(false);
  });
});

describe('msd report refusals', () => {
  it('without Chromium: says how to install it, exit 1, no partial file and no snapshot', async () => {
    const before = JSON.parse(
      (await msd('snapshots', 'list', '--data', data, '--format', 'json')).out,
    ) as unknown[];
    const out = join(dirname(data), 'raad.pdf');
    const run = await msd(
      'report',
      '--data',
      data,
      '--moment',
      'halfjaar',
      '--period',
      '2019-H1',
      '--format',
      'pdf',
      '--chromium',
      '/geen/chromium',
      '--out',
      out,
    );
    expect(run.code).toBe(1);
    expect(run.err).toContain('Voor een PDF is Chromium nodig en dat is niet gevonden (/geen/chromium)');
    expect(run.err).toContain('sudo apt-get install chromium');
    expect(existsSync(out)).toBe(false);
    const after = JSON.parse(
      (await msd('snapshots', 'list', '--data', data, '--format', 'json')).out,
    ) as unknown[];
    expect(after.length).toBe(before.length);
  });

  it('an unknown moment or a period without figures: a Dutch reason', async () => {
    const out = join(dirname(data), 'x.html');
    const moment = await msd(
      'report',
      '--data',
      data,
      '--moment',
      'begroting',
      '--period',
      '2019',
      '--out',
      out,
    );
    expect(moment.code).toBe(2);
    expect(moment.err).toContain(
      "fout: de waarde 'begroting' bij optie '--moment <moment>' is ongeldig. Toegestaan: jaarrekening, voorjaarsnota, najaarsnota, halfjaar.",
    );
    const empty = await msd(
      'report',
      '--data',
      data,
      '--moment',
      'jaarrekening',
      '--period',
      '2031',
      '--out',
      out,
    );
    expect(empty.code).toBe(1);
    expect(empty.err).toBe(
      'msd: Er zijn geen gepubliceerde cijfers over 2031; bereken eerst de indicatoren (msd compute) of kies een andere periode.',
    );
    const none = await msd('report', '--data', data, '--out', out);
    expect(none.code).toBe(2);
    expect(none.err).toContain('Geef --moment en --period voor een nieuwe rapportage');
    expect(existsSync(out)).toBe(false);
  });
});
