import { mkdir, readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../src/app.ts';
import { createWebServer } from '../../src/web/server.ts';
import { loginAs } from '../helpers/login.ts';
import { axeViolations } from '../helpers/axe-check.ts';
import { chromiumAvailable, launchChromium } from '../helpers/chromium.ts';
import { queryFixture } from '../helpers/query-fixture.ts';
import { msd } from '../helpers/run-cli.ts';

/** Screenshots of every page type (git-ignored): look at them after a run. */
const ARTIFACTS = new URL('../../test-artifacts/dashboard/', import.meta.url).pathname;

const WIDTHS = [1280, 390] as const;

/** The figures the page shows, by cube cell. */
const shownCells = (page: Page) =>
  page.$$eval('td[data-cell]', (cells) =>
    cells.map((c) => ({ ref: c.getAttribute('data-cell') ?? '', text: (c.textContent ?? '').trim() })),
  );

describe.skipIf(!chromiumAvailable())('the dashboard in real Chromium', () => {
  let app: App;
  let web: ReturnType<typeof createWebServer>;
  let base: string;
  let cookie = '';
  let browser: Browser;
  /** One address of every page type, found by walking from the start page. */
  const pages = new Map<string, string>();

  beforeAll(async () => {
    const { data } = await queryFixture('msd-dash-browser-');
    expect((await msd('goals', 'init', '--data', data, '--template', 'zoetermeer-jeugd')).code).toBe(0);
    app = await createApp({ dataDir: data });
    // An analyst: every page type, /data included (deny by default; the session travels as a header).
    cookie = (await loginAs(app.store, 'analyst')).headers.cookie;
    web = createWebServer({ store: app.store, version: 'test' });
    base = await web.listen({ port: 0, host: '127.0.0.1' });
    browser = await launchChromium();
    await mkdir(ARTIFACTS, { recursive: true });
  }, 120_000);

  /** A browser context holding the analyst's session cookie, as a logged-in browser has it. */
  const loggedInContext = async (options: BrowserContextOptions) => {
    const context = await browser.newContext(options);
    const [name, value] = cookie.split('=') as [string, string];
    await context.addCookies([{ name, value, url: base }]);
    return context;
  };

  afterAll(async () => {
    await browser?.close();
    await web?.close();
    app?.close();
  });

  it('walks home → goal → effect → indicator → wijk, and downloads the figures shown', async () => {
    const context = await loggedInContext({ acceptDownloads: true });
    const page = await context.newPage();
    await page.goto(`${base}/`);
    pages.set('home', page.url());
    await page.locator('.msd-tree a[href^="/doel/"]').first().click();
    expect(await page.locator('h1').textContent()).toMatch(/^Doel: /);
    pages.set('doel', page.url());
    await page.locator('.msd-children a[href^="/effect/"]').first().click();
    expect(await page.locator('h1').textContent()).toMatch(/^Effect: /);
    pages.set('effect', page.url());
    await page.locator('.msd-children a[href^="/indicator/"]').first().click();
    expect(page.url()).toContain('/indicator/');
    pages.set('indicator', page.url());
    // The chart section carries the forecast figure: a sentence and its table, or the reason there is none.
    expect(await page.locator('.msd-forecast-section h3').textContent()).toMatch(/^Prognose per /);
    expect(await page.locator('.msd-forecast-section p').first().textContent()).toMatch(
      /^(Prognose met methode |Geen voorspelling: |Geen prognose per )/,
    );
    // The bands of a yearly series with a forecast, checked at both widths below (axe, nothing cut off).
    pages.set('prognose-band', `${base}/indicator/youth.clients?soort=jaar`);
    // The filters: choose the first wijk and a breakdown through the form (a GET: the choice becomes the link).
    await page.selectOption('#filter-gebied', { index: 1 });
    await page.click('.msd-filter-submit');
    expect(page.url()).toMatch(/gebied=WK/);
    const shown = await shownCells(page);
    expect(shown.length).toBeGreaterThan(3);
    // The forecast figure's rows are in the downloads too, after the series; the page shows them in the figure's own
    // table (bands as "lower – upper"), so test/web/dashboard-pages.test.ts checks them, not this test.
    const isForecastRow = (table: string) => table.endsWith(': cijfers en voorspelling');
    for (const [format, read] of [
      [
        'csv',
        async (file: string) =>
          (await readFile(file, 'utf8'))
            .replace(/^\uFEFF/, '')
            .trimEnd()
            .split('\r\n')
            .slice(1)
            .filter((l) => !isForecastRow(l.split(';')[0] ?? ''))
            .map((l) => l.split(';')[3] ?? ''),
      ],
      [
        'xlsx',
        async (file: string) => {
          const workbook = new ExcelJS.Workbook();
          await workbook.xlsx.readFile(file);
          const values: string[] = [];
          workbook.getWorksheet('Cijfers')?.eachRow((row, index) => {
            if (index > 1 && !isForecastRow(String(row.getCell(1).value)))
              values.push(String(row.getCell(4).value).replace('.', ','));
          });
          return values.map((v) => (v === ',' ? '.' : v));
        },
      ],
    ] as const) {
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.locator(`.msd-downloads a[href*="format=${format}"]`).click(),
      ]);
      const values = await read((await download.path()) ?? '');
      expect(values, format).toEqual(shown.map((c) => c.text.replace('*', '').replaceAll('.', '') || '.'));
    }
    await page.locator('#gebieden a[href^="/wijk/"]').nth(1).click();
    expect(page.url()).toContain('/wijk/WK');
    expect(await page.locator('h1').textContent()).toMatch(/^Wijkprofiel /);
    pages.set('wijk', page.url());
    pages.set('domein', `${base}/domein/jeugd`);
    pages.set('integraal', `${base}/domein/integraal`);
    pages.set('data', `${base}/data`);
    pages.set('niet-gevonden', `${base}/indicator/bestaat.niet`);
    await context.close();
  });

  it.each(WIDTHS)(
    'has no WCAG 2.1 A/AA violations on any page type at %i px, and nothing is cut off',
    async (width) => {
      expect(pages.size).toBe(10);
      const context = await loggedInContext({
        bypassCSP: true,
        viewport: { width, height: 900 },
      });
      try {
        const page = await context.newPage();
        for (const [name, url] of pages) {
          const response = await page.goto(url);
          expect(response?.status(), name).toBe(name === 'niet-gevonden' ? 404 : 200);
          expect(await axeViolations(page), `${name} @ ${width}`).toEqual([]);
          expect(await page.locator('h1').count(), name).toBe(1);
          // Headings in order: never a level skipped.
          const levels = await page.$$eval('h1, h2, h3, h4', (hs) => hs.map((h) => Number(h.tagName[1])));
          levels.forEach((level, i) =>
            expect(level - (levels[i - 1] ?? 0), `${name} heading ${i}`).toBeLessThanOrEqual(1),
          );
          // Nothing wider than the screen: tables scroll inside their own region, charts and maps shrink.
          const overflow = await page.evaluate(
            () => document.documentElement.scrollWidth - window.innerWidth,
          );
          expect(overflow, `${name} @ ${width}`).toBeLessThanOrEqual(0);
          await page.screenshot({ path: `${ARTIFACTS}${name}-${width}.png`, fullPage: true });
        }
      } finally {
        await context.close();
      }
    },
  );

  it('reaches every link, field, button and table region of the indicator page by keyboard, with a skip link', async () => {
    const context = await loggedInContext({
      viewport: { width: 1280, height: 900 },
    });
    try {
      const page = await context.newPage();
      await page.goto(pages.get('indicator') ?? `${base}/`);
      const focusable = await page.$$eval('a[href], select, button, [tabindex="0"]', (els) => els.length);
      const reached = new Set<string>();
      for (let i = 0; i < focusable + 5; i++) {
        await page.keyboard.press('Tab');
        const id = await page.evaluate(() => {
          const el = document.activeElement;
          if (!el || el === document.body) return '';
          const all = Array.from(document.querySelectorAll('a[href], select, button, [tabindex="0"]'));
          return String(all.indexOf(el));
        });
        if (i === 0)
          expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(
            'Direct naar de inhoud',
          );
        if (id !== '') reached.add(id);
      }
      expect(reached.size).toBe(focusable);
      // Focus is visible: the focused control has an outline.
      await page.focus('#filter-periode');
      const outline = await page.$eval('#filter-periode', (el) => getComputedStyle(el).outlineStyle);
      expect(outline).not.toBe('none');
    } finally {
      await context.close();
    }
  });
});
