import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { normaliseOidcSettings } from '../../src/access/oidc-settings.ts';
import { STANDARD_CATALOGUE } from '../../src/catalogue/standard-catalogue.ts';
import { importGoalTree } from '../../src/steering/goal-tree-service.ts';
import { DuckDbStore } from '../../src/store/duckdb-store.ts';
import { migrate } from '../../src/store/migrate.ts';
import type { SqlStore } from '../../src/store/sql-store.ts';
import { SESSION_COOKIE } from '../../src/web/route-access.ts';
import { createWebServer } from '../../src/web/server.ts';
import { axeViolations } from '../helpers/axe-check.ts';
import { chromiumAvailable, launchChromium } from '../helpers/chromium.ts';
import { loginAs } from '../helpers/login.ts';

const TREE = {
  title: 'Proefboom',
  vision: { id: 'visie', title: 'Visie', goals: ['doel-jeugd'] },
  goals: [{ id: 'doel-jeugd', title: 'Jeugd groeit veilig op', effects: ['minder-instroom'] }],
  effects: [{ id: 'minder-instroom', title: 'Minder instroom', indicators: ['instroom'] }],
  indicators: [
    {
      id: 'instroom',
      indicator: 'youth.inflow',
      title: 'Instroom jeugdhulp',
      targets: [{ period: '2018', value: 1200 }],
    },
  ],
};

describe.skipIf(!chromiumAvailable())(
  'SSO login, edit pages and the links to them: WCAG 2.1 AA in Chromium at 1280 and 390 px',
  () => {
    let store: SqlStore;
    let web: ReturnType<typeof createWebServer>;
    let base: string;
    let session: string;

    beforeAll(async () => {
      store = await DuckDbStore.open(':memory:');
      await migrate(store);
      await importGoalTree(store, 'boom.yaml', TREE, STANDARD_CATALOGUE, 'test');
      // One year of figures, so that the effect and indicator pages (with their edit links) have a period.
      await store.run(
        `INSERT INTO indicator_value VALUES ('youth.inflow', '2018', 'GM0637', '', '', 1000, NULL, 1000, 'final', 'computed', current_timestamp)`,
      );
      // Discovery happens at the first SSO click, so an issuer nobody answers on is fine for the login page.
      const oidc = normaliseOidcSettings(
        {
          issuer: 'http://127.0.0.1:9/realm',
          clientId: 'msd',
          redirectUri: 'http://127.0.0.1/login/oidc/callback',
          organisation: 'Gemeente Testdorp',
        },
        'geheim',
        'oidc.json',
      );
      web = createWebServer({ store, version: 'test', oidc });
      session = (await loginAs(store, 'policy')).headers.cookie.split('=')[1] ?? '';
      base = await web.listen({ port: 0, host: '127.0.0.1' });
    });

    afterAll(async () => {
      await web?.close();
      store?.close();
    });

    it.each([
      ['/login', 1280],
      ['/login', 390],
      ['/bewerken/verhaal?node=instroom&period=2018', 1280],
      ['/bewerken/verhaal?node=instroom&period=2018', 390],
      ['/bewerken/streefwaarde', 1280],
      ['/bewerken/streefwaarde', 390],
      ['/effect/minder-instroom', 1280],
      ['/effect/minder-instroom', 390],
      ['/indicator/youth.inflow', 1280],
      ['/indicator/youth.inflow', 390],
    ])('%s at %i px has no violations; the forms work without script', async (path, width) => {
      const browser = await launchChromium();
      try {
        const context = await browser.newContext({ bypassCSP: true, viewport: { width, height: 900 } });
        await context.addCookies([{ name: SESSION_COOKIE, value: session, url: base }]);
        const page = await context.newPage();
        const response = await page.goto(`${base}${path}`);
        expect(response?.status()).toBe(200);
        expect(await axeViolations(page)).toEqual([]);
        const name = path.split('?')[0]?.replaceAll('/', '-');
        // MSD_SCREENSHOT_DIR keeps the screenshots after the run (the test run's temporary folder is removed).
        const shots = process.env['MSD_SCREENSHOT_DIR'] ?? tmpdir();
        if (path.startsWith('/bewerken/verhaal')) {
          // Voorbeeld: the server renders the markdown; the text stays in the form.
          await page.fill(
            '#text',
            '# Duiding\n\nDe instroom **daalt** sinds 2016.\n\n- minder verwijzingen\n- meer preventie',
          );
          await page.click('button[value="voorbeeld"]');
          await expect.poll(() => page.locator('#voorbeeld').count()).toBe(1);
          expect(await page.locator('.msd-narrative strong').first().textContent()).toBe('daalt');
          expect(await axeViolations(page)).toEqual([]);
        }
        if (path.startsWith('/effect/') || path.startsWith('/indicator/')) {
          // The edit links sit inside the screen and lead to the form for this node or indicator and year.
          const overflow = await page.evaluate(
            () => document.documentElement.scrollWidth - window.innerWidth,
          );
          expect(overflow).toBeLessThanOrEqual(0);
          const link = page.locator('a.msd-edit-link', {
            hasText: path.startsWith('/effect/') ? 'Verhaal bewerken' : 'Streefwaarde aanpassen',
          });
          expect(await link.count()).toBe(1);
          await page.screenshot({ path: join(shots, `msd-links${name}-${width}.png`), fullPage: true });
          await Promise.all([page.waitForNavigation(), link.click()]);
          expect(await page.locator('h1').textContent()).toMatch(
            /^(Verhaal bij de cijfers bewerken|Streefwaarde instellen)$/,
          );
          expect(await page.inputValue('#period')).toBe('2018');
          const chosen = path.startsWith('/effect/') ? '#node' : '#indicator';
          expect(await page.inputValue(chosen)).toBe(
            path.startsWith('/effect/') ? 'minder-instroom' : 'youth.inflow',
          );
        }
        if (path.startsWith('/bewerken/streefwaarde') && width === 390) {
          await page.fill('#period', '2018');
          await page.fill('#value', 'veel');
          const [answer] = await Promise.all([
            page.waitForNavigation(),
            page.click('main button[type="submit"]'),
          ]);
          expect(answer?.status()).toBe(400);
          expect(await page.locator('#bewerk-fout').textContent()).toContain('"veel" is geen getal');
          expect(await axeViolations(page)).toEqual([]);
        }
        await page.screenshot({ path: join(shots, `msd-edit${name}-${width}.png`), fullPage: true });
      } finally {
        await browser.close();
      }
    });
  },
);
