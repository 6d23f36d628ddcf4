import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../src/app.ts';
import { main } from '../../src/cli/main.ts';
import { createWebServer } from '../../src/web/server.ts';
import { SESSION_COOKIE } from '../../src/web/route-access.ts';
import { axeCheck } from '../helpers/axe-check.ts';
import { chromiumAvailable, launchChromium } from '../helpers/chromium.ts';
import { loginAs } from '../helpers/login.ts';

const quiet = { out: () => {}, err: () => {} };

describe.skipIf(!chromiumAvailable())('WCAG 2.1 AA in real Chromium (axe-core)', () => {
  let app: App;
  let web: ReturnType<typeof createWebServer>;
  let base: string;
  let session: string;

  beforeAll(async () => {
    const data = join(await mkdtemp(join(tmpdir(), 'msd-a11y-')), 'data');
    await main(['node', 'msd', 'init', '--data', data, '--gemeente', 'GM0637'], quiet);
    await main(
      ['node', 'msd', 'ingest', '--data', data, new URL('../fixtures/csv/', import.meta.url).pathname],
      quiet,
    );
    await main(['node', 'msd', 'compute', '--data', data], quiet);
    // Writable: the test's login stores a session.
    app = await createApp({ dataDir: data });
    web = createWebServer({ store: app.store, version: 'test' });
    session = (await loginAs(app.store, 'admin')).headers.cookie.split('=')[1] ?? '';
    base = await web.listen({ port: 0, host: '127.0.0.1' });
  });

  afterAll(async () => {
    await web?.close();
    app?.close();
  });

  it.each([
    ['/', 200],
    ['/data', 200],
    ['/login', 200],
    ['/logout', 200],
    ['/admin/audit', 200],
    // The 404 page: the site layout with a Dutch explanation and a link home.
    ['/bestaat-niet', 404],
  ])('%s has no WCAG 2.1 A/AA violations and keeps its strict CSP', async (path, status) => {
    const browser = await launchChromium();
    try {
      // bypassCSP only lets the test inject axe; the page itself is checked for CSP violations below.
      const context = await browser.newContext({ bypassCSP: true });
      await context.addCookies([{ name: SESSION_COOKIE, value: session, url: base }]);
      const page = await context.newPage();
      const cspViolations: string[] = [];
      page.on('console', (m) => {
        if (/Content Security Policy/i.test(m.text())) cspViolations.push(m.text());
      });
      const response = await page.goto(`${base}${path}`);
      expect(response?.status()).toBe(status);
      const axe = await axeCheck(page);
      expect(axe.violations).toEqual([]);
      expect(axe.passes).toBeGreaterThan(10);
      expect(await page.locator('h1').count()).toBe(1);
      await page.screenshot({
        path: join(tmpdir(), `msd-page${path.replace('/', '-')}.png`),
        fullPage: true,
      });
      expect(cspViolations).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});
