import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AxeResults } from 'axe-core';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { normaliseOidcSettings } from '../../src/access/oidc-settings.ts';
import { STANDARD_CATALOGUE } from '../../src/catalogue/standard-catalogue.ts';
import { importGoalTree } from '../../src/steering/goal-tree-service.ts';
import { DuckDbStore } from '../../src/store/duckdb-store.ts';
import { migrate } from '../../src/store/migrate.ts';
import type { SqlStore } from '../../src/store/sql-store.ts';
import { SESSION_COOKIE } from '../../src/web/route-access.ts';
import { createWebServer } from '../../src/web/server.ts';
import { chromiumAvailable, launchChromium } from '../helpers/chromium.ts';
import { loginAs } from '../helpers/login.ts';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

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

describe.skipIf(!chromiumAvailable())(
  'SSO login and edit pages: WCAG 2.1 AA in Chromium at 1280 and 390 px',
  () => {
    let store: SqlStore;
    let web: ReturnType<typeof createWebServer>;
    let base: string;
    let session: string;

    beforeAll(async () => {
      store = await DuckDbStore.open(':memory:');
      await migrate(store);
      await importGoalTree(store, 'boom.yaml', TREE, STANDARD_CATALOGUE, 'test');
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
        // MSD_SCREENSHOT_DIR keeps the screenshots after the run (the test run's temporary folder is removed).
        const shots = process.env['MSD_SCREENSHOT_DIR'] ?? tmpdir();
        await page.screenshot({ path: join(shots, `msd-edit${name}-${width}.png`), fullPage: true });
      } finally {
        await browser.close();
      }
    });
  },
);
