import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { axeCheck } from '../helpers/axe-check.ts';
import { chromiumAvailable, CHROMIUM_PATH, launchChromium } from '../helpers/chromium.ts';
import { msd } from '../helpers/run-cli.ts';
import { reportFixture } from '../report/report-fixture.ts';

/** poppler-utils (pdftotext, pdfinfo, pdftohtml): skipped locally without them, never under CI=true. */
function popplerAvailable(): boolean {
  const present = ['pdftotext', 'pdfinfo', 'pdftohtml'].every((tool) => {
    try {
      execFileSync(tool, ['-v'], { stdio: 'ignore' });
      return true;
    } catch {
      return false;
    }
  });
  if (!present && process.env['CI'] === 'true')
    throw new Error('poppler-utils (pdftotext, pdfinfo, pdftohtml) missing; CI must install them.');
  return present;
}

const hasChromium = chromiumAvailable();
const hasPoppler = popplerAvailable();

let html = '';
let pdf = '';
let hash = '';

beforeAll(async () => {
  if (!hasChromium) return;
  const data = await reportFixture();
  const base = ['--data', data, '--moment', 'jaarrekening', '--period', '2019'];
  const htmlFile = join(dirname(data), 'raad.html');
  const made = await msd('report', ...base, '--out', htmlFile);
  expect(made.code).toBe(0);
  html = readFileSync(htmlFile, 'utf8');
  hash = /<meta name="msd-snapshot" content="([0-9a-f]{64})">/.exec(html)?.[1] ?? '';
  pdf = join(dirname(data), 'raad.pdf');
  // The PDF of the same snapshot (a regeneration): the same figures and hash as the HTML.
  const printed = await msd(
    'report',
    '--data',
    data,
    '--snapshot',
    hash,
    '--format',
    'pdf',
    '--chromium',
    CHROMIUM_PATH,
    '--out',
    pdf,
  );
  expect(printed.err).toBe('');
  expect(printed.code).toBe(0);
});

describe.skipIf(!hasChromium)('the report HTML in real Chromium, offline', () => {
  it('requests nothing, resolves every table-of-contents link and has no WCAG 2.1 A/AA violation', async () => {
    const browser = await launchChromium();
    try {
      const context = await browser.newContext({ offline: true, bypassCSP: true });
      const requests: string[] = [];
      await context.route('**/*', async (route) => {
        requests.push(route.request().url());
        await route.abort();
      });
      const page = await context.newPage();
      await page.setContent(html, { waitUntil: 'load' });
      expect(requests).toEqual([]);

      const links = await page.$$eval('nav a[href^="#"]', (as) =>
        as.map((a) => a.getAttribute('href') ?? ''),
      );
      expect(links.length).toBeGreaterThan(10);
      for (const href of links) expect(await page.locator(`[id="${href.slice(1)}"]`).count(), href).toBe(1);
      // Following a link moves to its heading.
      await page.click('nav a[href="#bijlage"]');
      expect(await page.evaluate(() => location.hash)).toBe('#bijlage');

      const axe = await axeCheck(page);
      expect(axe.violations).toEqual([]);
      expect(axe.passes).toBeGreaterThan(10);
      expect(await page.locator('h1').count()).toBe(1);
    } finally {
      await browser.close();
    }
  });
});

describe.skipIf(!hasChromium || !hasPoppler)('the report PDF (poppler-utils)', () => {
  it('is A4 and tagged, with the headings, figures, running header and page numbers as text', () => {
    expect(existsSync(pdf)).toBe(true);
    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
    expect(info).toMatch(/Tagged:\s+yes/);
    expect(info).toMatch(/Page size:\s+59[45](\.\d+)? x 84[12](\.\d+)? pts \(A4\)/);
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    for (const heading of ['Inhoud', 'Leeswijzer', 'Samenvatting', 'Jeugd', 'Wmo', 'Participatie', 'Colofon'])
      expect(text).toContain(heading);
    expect(text).toContain('Gemeente Zoetermeer · Jaarrekening · 2019');
    expect(text).toMatch(/Pagina 1 van \d+/);
    expect(text).toContain(hash);
    // A figure of the report: the summary's statuses and a domain table's period columns.
    expect(text).toMatch(/te klein om te duiden|op koers|geen streefwaarde/);
    expect(text).toMatch(/2018\s+2019/);
  });

  it('has bookmarks from the headings and working internal links', () => {
    const xml = execFileSync('pdftohtml', ['-xml', '-stdout', '-i', '-q', pdf], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    const outline = /<outline>[\s\S]*<\/outline>/.exec(xml)?.[0] ?? '';
    expect(outline).toMatch(/<item page="\d+">Leeswijzer<\/item>/);
    expect(outline).toMatch(/<item page="\d+">Bijlage: definities en bronnen<\/item>/);
    // The table of contents links to pages inside the document (internal destinations, not URLs).
    const internal = [...xml.matchAll(/<a href="[^"]*\.html#(\d+)"/g)];
    expect(internal.length).toBeGreaterThan(10);
  });
});
