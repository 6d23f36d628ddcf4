/** @module Prints the report's HTML to PDF with the system Chromium through playwright-core: A4, running header and page numbers, bookmarks from the headings (outline), tagged PDF, internal links kept. */
import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { ReportError } from '../errors.ts';
import { t } from '../views/messages.ts';

const CHROMIUM_NAMES = ['chromium', 'chromium-browser', 'google-chrome'];

/** The Chromium to use: the given path, else the first of `chromium`, `chromium-browser`, `google-chrome` on PATH. */
export function findChromium(
  explicit?: string,
  path: string = process.env['PATH'] ?? '',
): string | undefined {
  if (explicit !== undefined) return existsSync(explicit) ? explicit : undefined;
  for (const dir of path.split(delimiter).filter(Boolean))
    for (const name of CHROMIUM_NAMES) {
      const candidate = join(dir, name);
      if (existsSync(candidate)) return candidate;
    }
  return undefined;
}

export interface PdfOptions {
  /** The running header: gemeente, moment, period. */
  header: string;
  chromium?: string;
}

const escapeHtml = (text: string): string =>
  text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

/**
 * The PDF of a self-contained HTML document. Every network request is refused (the document needs none), so the
 * PDF shows exactly what the HTML holds. Throws a ReportError (Dutch) without Chromium.
 */
export async function renderPdf(html: string, options: PdfOptions): Promise<Uint8Array> {
  const executablePath = findChromium(options.chromium);
  if (!executablePath) throw new ReportError(t('reportNoChromium', { path: options.chromium ?? 'PATH' }));
  const { chromium } = await import('playwright-core');
  let browser;
  try {
    browser = await chromium.launch({
      executablePath,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--no-first-run',
        '--disable-background-networking',
      ],
    });
  } catch (error) {
    throw new ReportError(t('reportPdfFailed', { reason: (error as Error).message.split('\n')[0] ?? '' }));
  }
  try {
    const context = await browser.newContext({ offline: true, javaScriptEnabled: false });
    await context.route('**/*', (route) => route.abort());
    const page = await context.newPage();
    await page.setContent(html, { waitUntil: 'load' });
    await page.emulateMedia({ media: 'print' });
    const style = 'font-size:8pt;font-family:sans-serif;color:#1d1d1d;width:100%;margin:0 15mm;';
    const pageNumber = t('reportPageNumber', {
      page: '<span class="pageNumber"></span>',
      pages: '<span class="totalPages"></span>',
    });
    return await page.pdf({
      format: 'A4',
      preferCSSPageSize: true,
      printBackground: true,
      displayHeaderFooter: true,
      headerTemplate: `<div style="${style}">${escapeHtml(options.header)}</div>`,
      footerTemplate: `<div style="${style}text-align:right;">${pageNumber}</div>`,
      outline: true,
      tagged: true,
    });
  } finally {
    await browser.close();
  }
}
