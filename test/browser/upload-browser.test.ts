import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { mkdtemp, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AxeResults } from 'axe-core';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../src/app.ts';
import { runInit } from '../../src/cli/commands/init-command.ts';
import type { SqlStore } from '../../src/store/sql-store.ts';
import { SESSION_COOKIE } from '../../src/web/route-access.ts';
import { UPLOADS_FOLDER } from '../../src/web/routes/upload-routes.ts';
import { createWebServer } from '../../src/web/server.ts';
import { chromiumAvailable, launchChromium } from '../helpers/chromium.ts';
import { loginAs } from '../helpers/login.ts';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const CSV = new URL('../fixtures/csv/', import.meta.url).pathname;

async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  const results = (await page.evaluate(() =>
    (globalThis as unknown as { axe: { run: (o: object) => Promise<unknown> } }).axe.run({
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    }),
  )) as AxeResults;
  return results.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  );
}

describe.skipIf(!chromiumAvailable())('uploading in Chromium: form, progress, result, WCAG 2.1 AA', () => {
  let dir: string;
  let app: App;
  let readStore: SqlStore;
  let web: ReturnType<typeof createWebServer>;
  let base: string;
  let session: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'msd-upload-browser-'));
    await runInit({ data: dir, gemeente: 'GM0637', firstAdmin: false }, { out: () => {}, err: () => {} });
    app = await createApp({ dataDir: dir });
    readStore = await app.store.fork();
    web = createWebServer({ store: readStore, version: 'test', uploads: { app } });
    session = (await loginAs(app.store, 'analyst')).headers.cookie.split('=')[1] ?? '';
    base = await web.listen({ port: 0, host: '127.0.0.1' });
  });

  afterAll(async () => {
    await web?.close();
    readStore?.close();
    app?.close();
  });

  // With script (the progress script, under the real CSP) at 1280 px; without script (a plain form post) at 390 px.
  it.each([
    [1280, true, 'voorzieningen.csv'],
    [390, false, 'uitkeringen.csv'],
  ])('at %i px (script %s) uploads %s and reaches its result', async (width, script, file) => {
    const browser = await launchChromium();
    try {
      const context = await browser.newContext({
        javaScriptEnabled: script,
        viewport: { width, height: 900 },
      });
      await context.addCookies([{ name: SESSION_COOKIE, value: session, url: base }]);
      const page = await context.newPage();
      const errors: string[] = [];
      // Every resource the pages load answers (the browser's own favicon request aside), and no script error.
      page.on('pageerror', (e) => errors.push(e.message));
      const posts: string[] = [];
      page.on('request', (r) => {
        if (r.method() === 'POST') posts.push(r.resourceType());
      });
      page.on('response', (r) => {
        if (r.status() >= 400 && !r.url().endsWith('/favicon.ico')) errors.push(`${r.status()} ${r.url()}`);
      });
      expect((await page.goto(`${base}/gegevensleveringen/uploaden`))?.status()).toBe(200);
      // axe needs script: it runs on a copy of the page's markup in the script-enabled run only.
      if (script) expect(await axeViolations(page)).toEqual([]);
      const shots = process.env['MSD_SCREENSHOT_DIR'] ?? tmpdir();
      await page.screenshot({ path: join(shots, `msd-upload-form-${width}.png`), fullPage: true });
      await page.setInputFiles('#bestanden', join(CSV, file));
      await page.click('main button[type="submit"]');
      await page.waitForURL(/\/gegevensleveringen\/uploaden\/[0-9a-f]{16}$/);
      // The status page refreshes itself (meta refresh) until the ingest is done.
      await page.waitForSelector('[data-stage="klaar"]', { timeout: 60_000 });
      const text = (await page.locator('main').textContent()) ?? '';
      expect(text).toContain(file);
      if (file === 'voorzieningen.csv')
        expect(text).toContain('start_date is geen geldige datum: 2027-06-31');
      else expect(text).toContain('Geen enkele regel van deze upload is in quarantaine geplaatst.');
      expect(errors).toEqual([]);
      // With script the progress script sent the form (XHR, under the page's CSP); without, the browser did.
      expect(posts).toEqual([script ? 'xhr' : 'document']);
      await page.screenshot({ path: join(shots, `msd-upload-status-${width}.png`), fullPage: true });
      if (!script) {
        // Check the result page with axe in a context that runs script (the page itself has none).
        const checker = await browser.newContext({ viewport: { width, height: 900 } });
        await checker.addCookies([{ name: SESSION_COOKIE, value: session, url: base }]);
        const again = await checker.newPage();
        await again.goto(page.url());
        expect(await axeViolations(again)).toEqual([]);
        const form = await checker.newPage();
        await form.goto(`${base}/gegevensleveringen/uploaden`);
        expect(await axeViolations(form)).toEqual([]);
      } else expect(await axeViolations(page)).toEqual([]);
      expect(await readdir(join(dir, UPLOADS_FOLDER))).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});
