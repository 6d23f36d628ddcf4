/**
 * @module The /prognose page on the CSV fixtures with the example budget: Dutch sections with real sentences, filters
 * from the URL, a bad filter refused with 400, the start page's Vooruitblik summary — and in real Chromium (when present) no WCAG 2.1 AA violations and no
 * horizontal scrolling of the page at 1280 and 390 px.
 */
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../src/app.ts';
import { projectBudget } from '../../src/engine/budget-projection-service.ts';
import { VERSION_TTL_MS } from '../../src/web/cube-version.ts';
import { createWebServer } from '../../src/web/server.ts';
import { loginAs } from '../helpers/login.ts';
import { axeViolations } from '../helpers/axe-check.ts';
import { chromiumAvailable, launchChromium } from '../helpers/chromium.ts';
import { msd } from '../helpers/run-cli.ts';

const FIXTURES = new URL('../fixtures/csv/', import.meta.url).pathname;
const EXAMPLE_BUDGET = new URL('../../src/ingest/budget/begroting-voorbeeld.csv', import.meta.url).pathname;

let app: App;
let web: ReturnType<typeof createWebServer>;
/** A viewer's session cookie: every page needs a login (deny by default). */
let cookie = '';
let base: string;

beforeAll(async () => {
  const data = join(await mkdtemp(join(tmpdir(), 'msd-prognose-')), 'data');
  expect((await msd('init', '--data', data, '--gemeente', 'GM0637')).code).toBe(0);
  expect((await msd('ingest', '--data', data, FIXTURES)).code).toBe(0);
  expect((await msd('compute', '--data', data)).code).toBe(0);
  expect((await msd('budget', 'import', EXAMPLE_BUDGET, '--data', data)).code).toBe(0);
  app = await createApp({ dataDir: data });
  cookie = (await loginAs(app.store, 'viewer')).headers.cookie;
  web = createWebServer({ store: app.store, version: 'test' });
  base = await web.listen({ port: 0, host: '127.0.0.1' });
}, 120_000);

afterAll(async () => {
  await web?.close();
  app?.close();
});

describe('/prognose', () => {
  it('shows the year-end projection, forecast, signals, funnel and track record in Dutch', async () => {
    const response = await web.inject({
      url: '/prognose?year=2026&periodKind=year&indicator=youth.clients',
      headers: { cookie },
    });
    expect(response.statusCode).toBe(200);
    const html = response.body;
    for (const heading of [
      'Jaarprognose tegen de begroting',
      'Voorspelling: ',
      'Signalen: ',
      'Wijken vergeleken met de gemeente (trechter): ',
      'Trefzekerheid van eerdere voorspellingen',
    ])
      expect(html).toContain(heading);
    // The example budget holds participatie, whose costs the monitor does not read: said in words.
    expect(html).toContain(
      'Participatiewet 2026: geen jaarprognose, want er zijn geen declaraties van dit domein ingelezen',
    );
    expect(html).toContain('<option value="youth.clients" selected>');
    expect(html).toContain('<option value="year" selected>');
    expect(html).toContain('Nog geen voorspellingen met een bekende uitkomst');
  });

  it('refuses a period kind it cannot show with 400 and a Dutch message', async () => {
    const response = await web.inject({ url: '/prognose?periodKind=half', headers: { cookie } });
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain('De periodesoort kan niet: kies jaar, kwartaal of maand');
    expect((await web.inject({ url: '/prognose?year=twintig', headers: { cookie } })).statusCode).toBe(400);
  });
});

describe("the start page's Vooruitblik", () => {
  /** The text of a rendered sentence as the HTML holds it (Preact escapes quotes and ampersands). */
  const asHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
  /** The start page once the pages' data version has been read again (at most once per VERSION_TTL_MS). */
  const home = async () => {
    await new Promise((done) => setTimeout(done, VERSION_TTL_MS + 50));
    return (await web.inject({ url: '/', headers: { cookie } })).body;
  };

  it("shows each law's year-end projection in words, also why there is none", async () => {
    const budget = await projectBudget(app.store);
    const laws = budget.rows.filter((r) => r.category === '');
    expect(laws.map((r) => r.name)).toEqual(['Jeugdwet', 'Wmo', 'Participatiewet']);
    const html = await home();
    expect(html).toContain('<h2 class="utrecht-heading-2" id="vooruitblik">Vooruitblik</h2>');
    expect(html).toContain(`Verwacht jaartotaal ${budget.year} tegen de begroting`);
    // The fixtures hold no claims: every law says why it has no projection, and no verdict is claimed.
    for (const law of laws) {
      expect(law.projection).toBeNull();
      expect(html).toContain(asHtml(law.sentence));
    }
    expect(html).toContain(
      'Jeugdwet 2026: geen jaarprognose, want er zijn geen declaraties van dit domein ingelezen',
    );
    expect(html).not.toContain('<strong>');
    expect(html).not.toContain('Declaraties ingelezen tot en met');
  });

  it("lists the gemeente's signals, yearly and most recent first, six at most, and follows the store", async () => {
    const saved = await app.store.all<Record<string, string | number>>('SELECT * FROM outlook_signal');
    const signal = (indicator: string, area: string, kind: string, period: string, rule: string) => [
      indicator,
      area,
      kind,
      period,
      rule,
      'up',
      1,
      `${indicator} ${period} ${rule}: buiten de band.`,
    ];
    await app.store.run('DELETE FROM outlook_signal');
    try {
      expect(await home()).toContain('Geen signalen: geen laatste cijfer van Zoetermeer viel buiten de band');
      await app.store.append('outlook_signal', [
        signal('youth.clients', 'GM0637', 'month', '2019-11', 'outsideLimits'),
        signal('youth.clients', 'GM0637', 'year', '2018', 'outsideLimits'),
        signal('support.clients', 'GM0637', 'year', '2019', 'outsideLimits'),
        // Two rules on one series: one line, the first rule by name.
        signal('support.clients', 'GM0637', 'year', '2019', 'outsideForecast'),
        signal('youth.clients', 'GM0637', 'quarter', '2019-Q3', 'outsideLimits'),
        signal('participation.benefits.stock', 'GM0637', 'month', '2019-12', 'outsideLimits'),
        signal('support.arrangements.stock', 'GM0637', 'month', '2019-12', 'outsideLimits'),
        signal('youth.cost', 'GM0637', 'month', '2019-12', 'outsideLimits'),
        signal('youth.inflow', 'GM0637', 'month', '2019-10', 'outsideLimits'),
        // A wijk's signal stays on /prognose.
        signal('youth.clients', 'WK063701', 'year', '2019', 'outsideLimits'),
      ]);
      const html = await home();
      const listed = [...html.matchAll(/— ([\w.]+ [\dQ-]+ \w+): buiten de band\./g)].map((m) => m[1]);
      expect(listed).toEqual([
        'support.clients 2019 outsideForecast',
        'youth.clients 2018 outsideLimits',
        'youth.clients 2019-Q3 outsideLimits',
        'participation.benefits.stock 2019-12 outsideLimits',
        'support.arrangements.stock 2019-12 outsideLimits',
        'youth.cost 2019-12 outsideLimits',
      ]);
      expect(html).toContain('En nog 2 signalen voor Zoetermeer; de wijken staan op de pagina Prognose.');
      expect(html).toContain(
        '<a class="utrecht-link" href="/prognose?indicator=youth.clients&amp;area=GM0637&amp;periodKind=quarter">Jongeren met jeugdhulp</a>',
      );
    } finally {
      await app.store.run('DELETE FROM outlook_signal');
      if (saved.length > 0)
        await app.store.append(
          'outlook_signal',
          saved.map((r) => Object.values(r)),
        );
    }
  });
});

describe.skipIf(!chromiumAvailable())('/prognose in real Chromium', () => {
  it.each([1280, 390])(
    'has no WCAG 2.1 A/AA violations and no page-wide scrolling at %d px',
    async (width) => {
      const browser = await launchChromium();
      try {
        const context = await browser.newContext({
          bypassCSP: true,
          viewport: { width, height: 900 },
          extraHTTPHeaders: { cookie },
        });
        const page = await context.newPage();
        expect((await page.goto(`${base}/prognose`))?.status()).toBe(200);
        expect(await axeViolations(page)).toEqual([]);
        expect(await page.locator('h1').count()).toBe(1);
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        expect(overflow).toBe(0);
        await page.screenshot({ path: join(tmpdir(), `msd-prognose-${width}.png`), fullPage: true });
      } finally {
        await browser.close();
      }
    },
    60_000,
  );
});
