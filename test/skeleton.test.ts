import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../src/app.ts';
import { exactValues, msd } from './helpers/run-cli.ts';
import { loginAs } from './helpers/login.ts';
import { createWebServer } from '../src/web/server.ts';

const FIXTURES = new URL('./fixtures/csv/', import.meta.url).pathname;
let data: string;

// The walking skeleton on the hand-made fixture of test/fixtures/csv (see its README for every person).
beforeAll(async () => {
  data = join(await mkdtemp(join(tmpdir(), 'msd-skeleton-')), 'data');
  expect((await msd('init', '--data', data, '--gemeente', 'GM0637')).code).toBe(0);
  expect((await msd('ingest', '--data', data, FIXTURES)).code).toBe(0);
  const compute = await msd('compute', '--data', data);
  expect(compute.code).toBe(0);
  // What compute prints, in Dutch: the count of the catalogue, values in Dutch digits, seconds with a comma.
  expect(compute.out.split('\n')).toEqual([
    expect.stringMatching(/^\d+ indicatoren berekend: \d{1,3}(\.\d{3})* waarden in \d+,\d s\.$/),
    expect.stringMatching(
      /^Vooruitblik: \d+ van \d+ reeksen opnieuw voorspeld \(\d+ voorspelde waarden, \d+ signalen\) in \d+,\d s; nowcast van \d+ declaratiegroepen per (\d{4}-\d{2}|—)\.$/,
    ),
  ]);
});

/** Exact values per area without the zeros (every wijk of the gemeente has a total; see the zero test below). */
const exact = async (id: string, period: string) =>
  (await exactValues(data, id, period)).filter(([, value]) => value !== 0);

describe('walking skeleton: fixture → ingest → compute → indicators show', () => {
  it('counts youth clients once per person, under 23 on their first day in the year, per wijk', async () => {
    // 2018: P2 (WK063706) and P3 (22, WK063700). 2019: P1 (two provisions, once; WK063700) and P2 (18 in 2019);
    // P3 is 23 on 2019-01-01 and no longer counts; P5's allocation never started.
    expect(await exact('youth.clients', '2018')).toEqual([
      ['GM0637', 2],
      ['WK063700', 1],
      ['WK063706', 1],
    ]);
    expect(await exact('youth.clients', '2019')).toEqual([
      ['GM0637', 2],
      ['WK063700', 1],
      ['WK063706', 1],
    ]);
  });

  it('reports a zero, not a missing figure, for every wijk of the gemeente without clients', async () => {
    const all = await exactValues(data, 'youth.clients', '2018');
    expect(all.map(([area]) => area)).toEqual([
      'GM0637',
      ...['00', '01', '02', '03', '04', '05', '06', '08', '09'].map((w) => `WK0637${w}`),
    ]);
    expect(all.filter(([, value]) => value === 0)).toHaveLength(7);
  });

  it('counts a Wmo client with an unknown postcode in the gemeente only', async () => {
    expect(await exact('support.clients', '2017')).toEqual([['GM0637', 1]]);
    expect(await exact('support.clients', '2019')).toEqual([['GM0637', 1]]);
  });

  it('counts the bijstand stock on 31 December, starting on the reference date included, IOAW excluded', async () => {
    expect(await exact('participation.benefits.stock', '2018')).toEqual([
      ['GM0637', 1],
      ['WK063700', 1],
    ]);
    expect(await exact('participation.benefits.stock', '2019')).toEqual([
      ['GM0637', 1],
      ['WK063706', 1],
    ]);
  });

  it('prints the contract shape, and hides counts below 8 without --exact', async () => {
    const result = await msd(
      'indicators',
      'show',
      'youth.clients',
      '--data',
      data,
      '--period',
      '2019',
      '--area',
      'GM0637',
      '--format',
      'json',
    );
    expect(JSON.parse(result.out)).toEqual([
      {
        indicator: 'youth.clients',
        period: '2019',
        area: 'GM0637',
        breakdown: null,
        value: null,
        numerator: null,
        denominator: null,
        // The provisions export's latest date is 2019-09-01 (J-2's start): 2019 runs past it, so it is running.
        status: 'running',
      },
    ]);
  });

  it('rejects an invalid period and an unknown indicator with one line and a non-zero exit', async () => {
    const badPeriod = await msd('indicators', 'show', 'youth.clients', '--data', data, '--period', '2019-13');
    expect(badPeriod).toMatchObject({
      code: 2,
      err: 'msd: ongeldige periode "2019-13" (gebruik 2019, 2019-H1, 2019-Q3 of 2019-07)',
    });
    const unknown = await msd('indicators', 'show', 'youth.nope', '--data', data);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toMatch(
      /^msd: onbekende indicator "youth\.nope"; kies uit: youth\.clients, youth\.clients\.pct, .*integral\.providersPerHousehold \(zie msd indicators list\)$/,
    );
  });
});

describe('web: /health and / over HTTP (in-process)', () => {
  it('reports health as JSON and serves the Dutch start page with chart and tables', async () => {
    // Writable: a login stores its session.
    const app = await createApp({ dataDir: data });
    const web = createWebServer({ store: app.store, version: 'test' });
    const { headers } = await loginAs(app.store, 'analyst');
    try {
      const health = await web.inject({ url: '/health' });
      expect(health.statusCode).toBe(200);
      expect(health.json()).toMatchObject({
        status: 'ok',
        gemeente: 'GM0637',
        deliveryDate: '2019-12-31',
        deliveryDates: { benefit: '2019-12-31', provision: '2019-09-01' },
        batches: 3,
      });
      const page = await web.inject({ url: '/', headers });
      expect(page.statusCode).toBe(200);
      expect(page.headers['content-security-policy']).toContain("default-src 'none'");
      expect(page.body).toContain('<html lang="nl">');
      expect(page.body).toContain('<h1 class="utrecht-heading-1">Kerncijfers sociaal domein Zoetermeer</h1>');
      for (const name of ['Jongeren met jeugdhulp', 'Wmo-cliënten', 'Personen met bijstand']) {
        expect(page.body).toContain(`<h2 class="utrecht-heading-2" id=`);
        expect(page.body).toContain(name);
      }
      expect(page.body.match(/<svg[^>]*role="img"/g)).toHaveLength(3);
      expect(page.body).toContain('<th scope="row" class="utrecht-table__header-cell">Oosterheem</th>');
      // Youth care's 2019 runs past its provisions' delivery (2019-09-01): marked in words, and the note says why.
      expect(page.body).toContain('2019 (lopend, t/m 01-09-2019)');
      expect(page.body).toContain('Lopend = de periode is nog niet voorbij de laatste levering');
      expect(page.body).toContain(
        'Gegevens per bron tot en met: toewijzingen en voorzieningen 01-09-2019, uitkeringen 31-12-2019.',
      );
      const dataPage = await web.inject({ url: '/data', headers });
      expect(dataPage.statusCode).toBe(200);
      expect(dataPage.body).toContain('<td class="utrecht-table__cell">voorzieningen.csv</td>');
      expect(dataPage.body).toContain('<td class="utrecht-table__cell">regel 8</td>');
      // Reasons are Dutch, like the page: no language of their own (WCAG 3.1.2 needs none).
      expect(dataPage.body).toContain(
        '<td class="utrecht-table__cell">start_date is geen geldige datum: 2027-06-31',
      );
      expect(dataPage.body).toContain('3 van 3 regels getoond.');
      // The quarantined row with the invalid BSN is described by position and reason only.
      expect(dataPage.body).not.toContain('123456789');
      const css = await web.inject({ url: '/static/nlds.css' });
      expect(css.headers['content-type']).toContain('text/css');
      expect(css.body).toContain('.utrecht-table');
    } finally {
      await web.close();
      app.close();
    }
  });
});

describe('incremental recompute after an ingest (runs last: it adds data)', () => {
  it('recomputes only from the earliest date the new file touches, and the new benefit counts', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'msd-skeleton-extra-'));
    const file = join(dir, 'uitkeringen-extra.csv');
    await writeFile(
      file,
      'bsn;geboortedatum;geslacht;postcode;huisnummer;huisletter;toevoeging;regeling;uitkeringsnummer;begindatum;einddatum;reden_uitstroom;instelling_of_dakloos\n' +
        '999990093;1985-05-05;V;2711AA;11;;;PW;U-9;2019-06-01;;;N\n',
    );
    const ingest = await msd('ingest', '--data', data, file);
    expect(ingest.code).toBe(0);
    expect(ingest.out).toMatch(
      /^Opnieuw berekend voor de perioden vanaf 01-06-2019: \d{1,3}(\.\d{3})* waarden van \d+ indicatoren die .+ lezen in \d+,\d s\.$/m,
    );
    expect(await exact('participation.benefits.stock', '2019')).toEqual([
      ['GM0637', 2],
      ['WK063700', 1],
      ['WK063706', 1],
    ]);
    expect(await exact('participation.benefits.stock', '2018')).toEqual([
      ['GM0637', 1],
      ['WK063700', 1],
    ]);
  });
});
