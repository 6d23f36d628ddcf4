/**
 * @module The /prognose page on the CSV fixtures with the example budget: Dutch sections with real sentences, filters
 * from the URL, a bad filter refused with 400 — and in real Chromium (when present) no WCAG 2.1 AA violations and no
 * horizontal scrolling of the page at 1280 and 390 px.
 */
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../src/app.ts';
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
