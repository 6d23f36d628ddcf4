import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../src/app.ts';
import { VERSION_TTL_MS } from '../../src/web/cube-version.ts';
import { createWebServer } from '../../src/web/server.ts';
import { loginAs } from '../helpers/login.ts';
import { cliRef, pageCells, shownText } from '../helpers/page-cells.ts';
import { queryFixture } from '../helpers/query-fixture.ts';
import { msd } from '../helpers/run-cli.ts';

interface CliRow {
  indicator: string;
  period: string;
  area: string;
  breakdown: { key: string; value: string } | null;
  value: number | null;
  status: string;
}

/** `msd indicators show … --format json` as rows (empty when the CLI says there is nothing). */
async function cliRows(data: string, id: string, ...filters: string[]): Promise<CliRow[]> {
  const run = await msd('indicators', 'show', id, '--data', data, '--format', 'json', ...filters);
  expect(run.code, run.err).toBe(0);
  return JSON.parse(run.out) as CliRow[];
}

describe('dashboard pages', () => {
  let data: string;
  let app: App;
  let web: ReturnType<typeof createWebServer>;
  /** A viewer's session cookie: every page needs a login (deny by default). */
  let cookie = '';
  /** Per indicator id: every total the CLI prints without filters. */
  const cliTotals = new Map<string, CliRow[]>();
  let cliBreakdown: CliRow[] = [];
  let indicatorIds: string[] = [];
  /** youth.clients by care type for the gemeente in the year with the most shown parts. */
  let year = '';
  let breakdownUrl = '';

  beforeAll(async () => {
    ({ data } = await queryFixture('msd-dash-'));
    expect((await msd('goals', 'init', '--data', data, '--template', 'zoetermeer-jeugd')).code).toBe(0);
    const list = await msd('indicators', 'list', '--data', data, '--format', 'json');
    indicatorIds = (JSON.parse(list.out) as Array<{ id: string }>).map((r) => r.id);
    // The CLI first (it opens the folder itself), then the server on the same folder.
    for (const id of indicatorIds) cliTotals.set(id, await cliRows(data, id));
    const byCareType = (
      await cliRows(data, 'youth.clients', '--area', 'GM0637', '--breakdown', 'careType')
    ).filter((r) => r.breakdown !== null && /^\d{4}$/.test(r.period));
    const counts = new Map<string, number>();
    for (const r of byCareType) counts.set(r.period, (counts.get(r.period) ?? 0) + 1);
    year = [...counts].sort((a, b) => b[1] - a[1])[0]![0];
    cliBreakdown = await cliRows(
      data,
      'youth.clients',
      '--period',
      year,
      '--area',
      'GM0637',
      '--breakdown',
      'careType',
    );
    breakdownUrl = `/indicator/youth.clients?soort=jaar&periode=${year}&gebied=GM0637&uitsplitsing=careType`;
    app = await createApp({ dataDir: data });
    cookie = (await loginAs(app.store, 'viewer')).headers.cookie;
    web = createWebServer({ store: app.store, version: 'test' });
  }, 120_000);

  afterAll(async () => {
    await web?.close();
    app?.close();
  });

  const get = (url: string) => web.inject({ method: 'GET', url, headers: { cookie } });

  it('shows on /indicator/<id> exactly the figures msd indicators show prints, for every indicator', async () => {
    let compared = 0;
    for (const id of indicatorIds) {
      const rows = cliTotals.get(id) ?? [];
      const response = await get(`/indicator/${id}?uitsplitsing=geen`);
      expect(response.statusCode, id).toBe(200);
      const cells = pageCells(response.body);
      if (rows.length === 0) {
        // No figures: the page says why instead of showing empty tables.
        expect(cells, id).toEqual([]);
        expect(response.body, id).toContain('Er zijn nog geen cijfers van deze indicator');
        continue;
      }
      const byRef = new Map(rows.map((r) => [cliRef(r), r]));
      expect(cells.length, id).toBeGreaterThan(0);
      for (const cell of cells) {
        const row = byRef.get(cell.ref);
        expect(row, `${id} ${cell.ref}`).toBeDefined();
        expect(cell.text, `${id} ${cell.ref}`).toBe(shownText(row!));
        compared++;
      }
      // The area table holds every area the CLI has a figure for in the period shown.
      const shownPeriod = cells.at(-1)?.ref.split('|')[0];
      const inPeriod = rows.filter((r) => r.period === shownPeriod).map(cliRef);
      expect(new Set(cells.map((c) => c.ref)), id).toEqual(
        new Set([...cells.map((c) => c.ref), ...inPeriod]),
      );
    }
    expect(compared).toBeGreaterThan(200);
  });

  it('shows the chosen period, area and breakdown as msd indicators show does for the same filters', async () => {
    const response = await get(breakdownUrl);
    expect(response.statusCode).toBe(200);
    const cells = pageCells(response.body);
    const parts = cliBreakdown.filter((r) => r.breakdown !== null);
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) {
      const cell = cells.find((c) => c.ref === cliRef(part));
      expect(cell?.text, cliRef(part)).toBe(shownText(part));
    }
    // The form keeps the choice: the link can be shared.
    expect(response.body).toMatch(/<option value="GM0637" selected/);
    expect(response.body).toMatch(/<option value="careType" selected/);
    expect(response.body).toContain(
      `href="/indicator/youth.clients?soort=jaar&amp;periode=${year}&amp;gebied=GM0637&amp;uitsplitsing=careType&amp;format=csv"`,
    );
  });

  it('downloads exactly the shown figures as CSV and XLSX', async () => {
    const page = pageCells((await get(breakdownUrl)).body);
    const csv = await get(`${breakdownUrl}&format=csv`);
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.headers['content-disposition']).toContain(
      `msd-youth.clients-jaar-${year}-GM0637-careType.csv`,
    );
    const lines = csv.body
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(lines[0]).toBe('tabel;rij;kolom;waarde;status');
    // The forecast figure's rows come right after the series (value, expected and both bands per period, the method
    // as status). In this small fixture every yearly figure of the gemeente is secret: rows of '.', no band, and the
    // page names the last complete year (2019 is running) whose secret value broke the series.
    const forecastCaption = 'Jongeren met jeugdhulp — Zoetermeer: cijfers en voorspelling;';
    const forecastLines = lines.filter((l) => l.startsWith(forecastCaption));
    expect(forecastLines.map((l) => l.split(';').slice(1))).toEqual([
      ['2017', 'cijfer', '.', ''],
      ['2018', 'cijfer', '.', ''],
      ['2019', 'cijfer', '.', ''],
    ]);
    expect((await get(breakdownUrl)).body).toContain(
      'Geen voorspelling: 2018 is geheim (onthullingsbeheersing) en een voorspelling slaat geen geheime waarde over; na 2018 telt de reeks 0 jaren met een getoonde waarde, nodig zijn er minstens 3.',
    );
    const csvValues = lines.slice(1).map((l) => l.split(';')[3]);
    const figureValues = lines
      .slice(1)
      .filter((l) => !l.startsWith(forecastCaption))
      .map((l) => l.split(';')[3]);
    // Page 1.234,5* ↔ CSV 1234,5 (no thousands dot, status in its own column).
    expect(figureValues).toEqual(page.map((c) => c.text.replace('*', '').replaceAll('.', '') || '.'));
    const xlsx = await get(`${breakdownUrl}&format=xlsx`);
    expect(xlsx.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Cijfers');
    const xlsxValues: string[] = [];
    sheet?.eachRow((row, index) => {
      if (index > 1) xlsxValues.push(String(row.getCell(4).value).replace('.', ','));
    });
    expect(xlsxValues.map((v) => (v === ',' ? '.' : v))).toEqual(csvValues);
  });

  it('answers an unknown indicator, area, domain or goal with the Dutch 404 page and the reason', async () => {
    const cases: Array<[string, string]> = [
      ['/indicator/youth.bestaatniet', 'De indicator &quot;youth.bestaatniet&quot; bestaat niet.'],
      ['/wijk/WK999999', 'Het gebied &quot;WK999999&quot; bestaat niet in deze monitor.'],
      [
        '/domein/sport',
        'Het domein &quot;sport&quot; bestaat niet; kies jeugd, wmo, participatie of integraal.',
      ],
      ['/doel/bestaat-niet', 'heeft geen doel &quot;bestaat-niet&quot;'],
    ];
    for (const [url, reason] of cases) {
      const response = await get(url);
      expect(response.statusCode, url).toBe(404);
      expect(response.body, url).toContain(reason);
      expect(response.body, url).toContain('<html lang="nl">');
    }
  });

  it('answers a bad period, period kind, area, breakdown or format with 400 and the reason', async () => {
    const cases: Array<[string, string]> = [
      ['/indicator/youth.clients?periode=2040', 'geen cijfers voor 2040; er zijn cijfers van'],
      ['/indicator/youth.clients?periode=twintig', 'ongeldige periode &quot;twintig&quot;'],
      ['/indicator/youth.clients?soort=week', 'onbekende soort periode &quot;week&quot;'],
      ['/indicator/youth.clients?soort=jaar&periode=2019-Q1', '2019-Q1 is geen jaar'],
      ['/indicator/youth.clients?gebied=Atlantis', 'onbekend gebied &quot;Atlantis&quot;'],
      ['/indicator/youth.clients?uitsplitsing=kleur', 'kent geen uitsplitsing &quot;kleur&quot;'],
      ['/indicator/youth.clients?format=pdf', 'Onbekend downloadformaat &quot;pdf&quot;'],
      ['/wijk/WK063706?periode=1990', 'geen cijfers voor 1990'],
    ];
    for (const [url, reason] of cases) {
      const response = await get(url);
      expect(response.statusCode, url).toBe(400);
      expect(response.body, url).toContain(reason);
    }
  });

  it('shows the goal tree with status on /, and each goal and effect on its own page', async () => {
    const home = await get('/');
    expect(home.statusCode).toBe(200);
    const links = [...home.body.matchAll(/href="(\/(?:doel|effect)\/[^"]+)"/g)].map((m) =>
      m[1]!.replaceAll('&amp;', '&'),
    );
    expect(links.some((l) => l.startsWith('/doel/'))).toBe(true);
    expect(links.some((l) => l.startsWith('/effect/'))).toBe(true);
    expect(home.body).toMatch(
      /class="msd-status[^"]*">(op koers|aandacht|uit koers|geen streefwaarde|te klein om te duiden|nog geen gegevens)/,
    );
    expect(home.body).toContain('Actualiteit per bron');
    for (const link of new Set(links)) {
      const page = await get(link);
      expect(page.statusCode, link).toBe(200);
      expect(page.body, link).toMatch(/<h1 class="utrecht-heading-1">(Doel|Effect): /);
    }
  });

  it('links policy users (never viewers) from node and indicator pages to the pre-filled edit pages', async () => {
    const policy = (await loginAs(app.store, 'policy')).headers.cookie;
    const as = (url: string, who: string) => web.inject({ method: 'GET', url, headers: { cookie: who } });
    const hrefs = (html: string, text: string) =>
      [...html.matchAll(/<a class="utrecht-link msd-edit-link" href="([^"]+)">([^<]+)</g)]
        .filter((m) => m[2] === text)
        .map((m) => m[1]!.replaceAll('&amp;', '&'));
    const effect = /href="(\/effect\/[^"?]+)/.exec((await get('/')).body)?.[1];
    expect(effect).toBeDefined();
    const effectUrl = effect!;
    const id = decodeURIComponent(effectUrl.slice('/effect/'.length));

    // The effect page: "Verhaal bewerken" for the effect, "Streefwaarde aanpassen" per indicator below it.
    const page = await as(effectUrl, policy);
    expect(page.statusCode).toBe(200);
    const period = / in ([\dA-Z-]+) voor /.exec(page.body)?.[1] ?? '';
    expect(period).toMatch(/^\d{4}/);
    const [narrativeLink] = hrefs(page.body, 'Verhaal bewerken');
    expect(narrativeLink).toBe(`/bewerken/verhaal?node=${encodeURIComponent(id)}&period=${period}`);
    // Screen readers hear which node the link is for (several links share their visible text).
    const title = /<h1 class="utrecht-heading-1">Effect: ([^<]+)<\/h1>/.exec(page.body)?.[1];
    expect(page.body).toContain(`Verhaal bewerken<span class="msd-visually-hidden">: ${title}</span></a>`);
    const targetLinks = hrefs(page.body, 'Streefwaarde aanpassen');
    expect(targetLinks.length).toBeGreaterThan(0);
    const narrative = await as(narrativeLink!, policy);
    expect(narrative.statusCode).toBe(200);
    expect(narrative.body).toContain(`<option value="${id}" selected>`);
    expect(narrative.body).toMatch(
      new RegExp(`id="period" name="period" type="text" required value="${period}"`),
    );
    const indicator = new URLSearchParams(targetLinks[0]!.split('?')[1]).get('indicator') ?? '';
    const target = await as(targetLinks[0]!, policy);
    expect(target.statusCode).toBe(200);
    expect(target.body).toContain(`<option value="${indicator}" selected>`);
    expect(target.body).toMatch(
      new RegExp(`id="period" name="period" type="text" required value="${period}"`),
    );

    // The indicator page: the target link and a narrative link per goal tree node, for the period shown.
    const indicatorUrl = `/indicator/${indicator}`;
    const indicatorPage = await as(indicatorUrl, policy);
    expect(indicatorPage.statusCode).toBe(200);
    const shown = /<option value="([^"]+)" selected>/.exec(
      indicatorPage.body.slice(indicatorPage.body.indexOf('name="periode"')),
    )?.[1];
    expect(hrefs(indicatorPage.body, 'Streefwaarde aanpassen')).toEqual([
      `/bewerken/streefwaarde?indicator=${encodeURIComponent(indicator)}&period=${shown}`,
    ]);
    const nodeLinks = hrefs(indicatorPage.body, 'Verhaal bewerken');
    expect(nodeLinks.length).toBeGreaterThan(0);
    expect((await as(nodeLinks[0]!, policy)).statusCode).toBe(200);

    // A viewer gets the same pages (kept apart in the page cache) without a single edit link.
    for (const url of ['/', effectUrl, indicatorUrl]) {
      const viewed = await get(url);
      expect(viewed.statusCode, url).toBe(200);
      expect(viewed.body, url).not.toContain('/bewerken/');
      expect(viewed.body, url).not.toContain('Verhaal bewerken');
      expect(viewed.body, url).not.toContain('Streefwaarde aanpassen');
    }
    // And the viewer still cannot open the edit pages themselves.
    expect((await get(narrativeLink!)).statusCode).toBe(403);
  });

  it('shows a changed cube within a second (pages are kept per cube version)', async () => {
    const url = `/indicator/youth.clients?soort=jaar&periode=${year}&uitsplitsing=geen`;
    const before = pageCells((await get(url)).body).find((c) => c.ref === `${year}|GM0637|`);
    expect(before?.text).toBe(
      shownText(cliTotals.get('youth.clients')!.find((r) => r.period === year && r.area === 'GM0637')!),
    );
    // A second server on the same store: it keeps its own page cache, which must follow the changed cube.
    const other = createWebServer({ store: app.store, version: 'test' });
    try {
      expect(
        pageCells((await other.inject({ url, headers: { cookie } })).body).find((c) => c.ref === before?.ref)
          ?.text,
      ).toBe(before?.text);
      await app.store.run(
        "UPDATE indicator_value SET value = 12345, numerator = 12345, computed_at = now() WHERE indicator = 'youth.clients' AND period = ? AND area = 'GM0637' AND breakdown_key = ''",
        [year],
      );
      // The version is read again at most once a second (cube-version.ts): then the page is new.
      await new Promise((done) => setTimeout(done, VERSION_TTL_MS + 50));
      const after = pageCells((await other.inject({ url, headers: { cookie } })).body).find(
        (c) => c.ref === before?.ref,
      );
      expect(after?.text).toBe('12.345');
    } finally {
      await other.close();
    }
  });

  it('shows every indicator of a wijk against the gemeente, and the law combinations on integraal', async () => {
    const wijk = await get('/wijk/WK063706?periode=2019');
    expect(wijk.statusCode).toBe(200);
    const cells = pageCells(wijk.body);
    const youth = cliTotals.get('youth.clients')!;
    for (const area of ['WK063706', 'GM0637']) {
      const row = youth.find((r) => r.period === '2019' && r.area === area)!;
      expect(cells.find((c) => c.ref === `2019|${area}|`)?.text).toBe(shownText(row));
    }
    const integral = await get('/domein/integraal?periode=2019');
    expect(integral.statusCode).toBe(200);
    expect(integral.body).toContain('Personen en huishoudens naar combinatie van wetten, Zoetermeer, 2019');
    expect(pageCells(integral.body).some((c) => c.ref.startsWith('2019|GM0637|combination='))).toBe(true);
  });
});
