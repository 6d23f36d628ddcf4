import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../src/app.ts';
import { createWebServer } from '../../src/web/server.ts';
import { axeViolations } from '../helpers/axe-check.ts';
import { chromiumAvailable, launchChromium } from '../helpers/chromium.ts';
import { loginAs } from '../helpers/login.ts';
import { msd } from '../helpers/run-cli.ts';

let app: App;
let web: ReturnType<typeof createWebServer>;
/** A viewer's session cookie: every page needs a login (deny by default). */
let cookie = '';

/** The text of every cell of the table with this caption, row by row (tags stripped). */
function tableRows(page: string, caption: string): string[][] {
  const start = page.indexOf(`<caption class="utrecht-table__caption">${caption}`);
  if (start < 0) throw new Error(`no table captioned ${caption}`);
  const table = page.slice(start, page.indexOf('</table>', start));
  return [...table.matchAll(/<tr class="utrecht-table__row">(.*?)<\/tr>/g)].map((row) =>
    [...row[1]!.matchAll(/<t[hd][^>]*>(.*?)<\/t[hd]>/g)].map((cell) => cell[1]!.replace(/<[^>]+>/g, '')),
  );
}

const get = async (url: string) => web.inject({ url, headers: { cookie } });

beforeAll(async () => {
  const data = join(await mkdtemp(join(tmpdir(), 'msd-rendement-web-')), 'data');
  expect((await msd('init', '--data', data, '--gemeente', 'GM0637')).code).toBe(0);
  expect((await msd('goals', 'init', '--data', data, '--template', 'voorschoten')).code).toBe(0);
  for (const example of ['overbetuwe', 'zoetermeer', 'prijslijst'])
    expect((await msd('rendement', 'example', example, '--data', data)).code).toBe(0);
  app = await createApp({ dataDir: data });
  cookie = (await loginAs(app.store, 'viewer')).headers.cookie;
  web = createWebServer({ store: app.store, version: 'test' });
}, 60_000);

afterAll(async () => {
  await web?.close();
  app?.close();
});

describe('/rendement lists the stored analyses', () => {
  it('links each analysis by its title with its key result in Dutch notation', async () => {
    const response = await get('/rendement');
    expect(response.statusCode).toBe(200);
    expect(tableRows(response.body, 'Opgeslagen analyses met hun kernuitkomst').slice(1)).toEqual([
      [
        'Proeftuin Ruwaard — bestaande casussen (21)',
        'Casusanalyse',
        '2019',
        '€ 164.591,50 per jaar minder kosten (21 casussen)',
        expect.stringMatching(/^\d{4}-\d\d-\d\d \d\d:\d\d$/),
      ],
      [
        'Proeftuin Ruwaard — nieuwe casussen (4)',
        'Casusanalyse',
        '2019',
        '€ 119.000,00 per jaar minder kosten (4 casussen)',
        expect.any(String),
      ],
      [
        'Voorbeeld maatschappelijke prijslijst (bedragen zijn voorbeelden)',
        'Prijslijst',
        '2024',
        '17 prijsposten',
        expect.any(String),
      ],
      [
        'Zoetermeer — proeftuinen Uit eigen tuin (664 cliënten)',
        'Kosten-baten programma',
        '2019',
        'netto contante waarde € 5.342.200,00',
        expect.any(String),
      ],
    ]);
    expect(response.body).toContain('href="/rendement/zoetermeer-proeftuinen"');
    expect(response.body).toContain('<a class="utrecht-link msd-nav-link" href="/rendement">Rendement</a>');
  });
});

describe('/rendement/<name> for a case analysis', () => {
  it('shows the ledger per actor with the seed totals to the cent and who pays and who benefits', async () => {
    const page = (await get('/rendement/overbetuwe-ruwaard-bestaand')).body;
    const ledger = tableRows(page, 'Bedragen per kostendrager en in totaal');
    expect(ledger.at(-1)).toEqual([
      'Totaal',
      '€ 471.600,00',
      '€ 768.825,00',
      '€ 54.937,00',
      '€ 307.008,50',
      '€ 164.591,50',
      '€ 109.654,50',
    ]);
    expect(ledger[0]).toEqual([
      'Kostendrager',
      'Huidige kosten per jaar',
      'Kosten als we niks doen',
      'Eenmalige kosten',
      'Nieuwe kosten per jaar',
      'Verschil per jaar',
      'Verschil incl. eenmalig',
    ]);
    expect(page).toMatch(/Kosten: Gemeente \d+ % \(€ [\d.]+,\d\d\)[^.]*\. Baten: [^<]+\./);
  });

  it('shows every case with its yearly cost before and after and its well-being', async () => {
    const page = (await get('/rendement/overbetuwe-ruwaard-bestaand')).body;
    const cases = tableRows(page, 'Per casus: kosten per jaar zonder de oplossing');
    expect(cases).toHaveLength(22);
    const differences = cases.slice(1).map((row) => Number(row[4]!.replace(/[€ .]/g, '').replace(',', '.')));
    expect(differences.reduce((a, b) => a + b, 0)).toBeCloseTo(164_591.5, 2);
    expect(cases.slice(1).every((row) => row[1] === 'bestaand')).toBe(true);
    expect(page).toContain('gemiddeld 2,9 vóór en 7,6 na');
    expect(page).toContain('<title>Kosten per casus: Proeftuin Ruwaard — bestaande casussen (21)</title>');
  });

  it('links the goal-tree effects it serves to /effect/<id> with their titles', async () => {
    const page = (await get('/rendement/overbetuwe-ruwaard-bestaand')).body;
    expect(page).toContain(
      '<a class="utrecht-link" href="/effect/gecoordineerde-zorg">Effectieve zorg vanuit een gecoördineerde afweging (1 gezin, 1 plan, 1 regisseur)</a>',
    );
    expect(page).toContain('href="/effect/betaalbare-zorg"');
  });
});

describe('/rendement/<name> for a programme', () => {
  it('draws the tornado as an accessible SVG and gives its data and the sign conclusion as text', async () => {
    const page = (await get('/rendement/zoetermeer-proeftuinen')).body;
    expect(page).toMatch(
      /<svg[^>]* role="img" focusable="false"><title>Tornadodiagram: Zoetermeer — proeftuinen Uit eigen tuin \(664 cliënten\)<\/title>/,
    );
    const bars = tableRows(page, 'De gegevens van het tornadodiagram');
    expect(bars).toHaveLength(13);
    expect(bars[1]).toEqual([
      'Aantal — Procescoördinatie: vastgelopen huishoudens weer perspectief',
      '38 – 114 (76)',
      '€ 3.843.100,00',
      '€ 6.841.300,00',
      'nee',
    ]);
    expect(page).toContain(
      'De netto contante waarde blijft positief over alle bereiken: geen enkele aanname afzonderlijk bepaalt het teken.',
    );
    expect(page).toContain('<summary>Alle 44 aannames in een tabel');
  });

  it('shows every assumption: rate, horizon, corrections and shares per result, costs and prices', async () => {
    const page = (await get('/rendement/zoetermeer-proeftuinen')).body;
    expect(page).toContain('Disconteringsvoet 0 % per jaar; horizon 2 jaar; jaar 1 is het heden.');
    const results = tableRows(page, 'Resultaten met hun aannames en contante waarde');
    expect(results.find((r) => r[0] === 'Aandacht Werkt: uitgestroomd naar werk of opleiding')).toEqual([
      'Aandacht Werkt: uitgestroomd naar werk of opleiding',
      '42',
      '€ 45.000,00',
      '1',
      '39,05 %',
      '50 %',
      '0 %',
      '0 %',
      'kostendrager van de post',
      '20 %',
      '€ 576.000,00',
    ]);
    expect(page).toContain(
      'Baten: Gemeente 70 % (€ 4.779.466,69), Overig / niet toegedeeld 30 % (€ 2.062.733,31).',
    );
    expect(tableRows(page, 'Kosten van het programma')[1]).toEqual([
      'Inzet proeftuinen gedurende één jaar (aangenomen, niet uit de bron)',
      'eenmalig (jaar 1)',
      '€ 1.500.000,00',
      'Gemeente',
    ]);
  });

  it('downloads the export workbook, importable sheets and result sheets', async () => {
    const response = await get('/rendement/zoetermeer-proeftuinen/werkmap.xlsx');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(response.headers['content-disposition']).toBe(
      'attachment; filename="zoetermeer-proeftuinen.xlsx"',
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    expect(workbook.getWorksheet('Analyse')!.getRow(2).getCell(1).value).toBe('zoetermeer-proeftuinen');
    expect(workbook.worksheets.map((s) => s.name)).toContain('Tornado');
  });

  it('answers an unknown or malformed name with a Dutch 404 page', async () => {
    const unknown = await get('/rendement/bestaat-niet');
    expect(unknown.statusCode).toBe(404);
    expect(unknown.body).toContain(
      'Er is geen analyse met de naam bestaat-niet. Kies er een uit het overzicht op /rendement.',
    );
    const malformed = await get('/rendement/%3Cscript%3E/werkmap.xlsx');
    expect(malformed.statusCode).toBe(404);
    expect(malformed.body).toContain('Dit adres hoort niet bij een analyse.');
    expect(malformed.body).not.toContain('<script>');
  });
});

describe.skipIf(!chromiumAvailable())('/rendement in real Chromium', () => {
  let base: string;
  beforeAll(async () => {
    base = await web.listen({ port: 0, host: '127.0.0.1' });
  });

  it.each([
    ['/rendement', 1280],
    ['/rendement/overbetuwe-ruwaard-bestaand', 1280],
    ['/rendement/zoetermeer-proeftuinen', 1280],
    ['/rendement/zoetermeer-proeftuinen', 390],
    ['/rendement/overbetuwe-ruwaard-bestaand', 390],
  ])('%s at %i px has no WCAG 2.1 A/AA violations and no horizontal page scroll', async (path, width) => {
    const browser = await launchChromium();
    try {
      const context = await browser.newContext({
        bypassCSP: true,
        viewport: { width, height: 900 },
        extraHTTPHeaders: { cookie },
      });
      const page = await context.newPage();
      const response = await page.goto(`${base}${path}`);
      expect(response?.status()).toBe(200);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      expect(await axeViolations(page)).toEqual([]);
      expect(await page.locator('h1').count()).toBe(1);
    } finally {
      await browser.close();
    }
  });
});
