/**
 * @module Themes: the neutral default, the example theme folder (name, logo, tokens, extra CSS) served from the server
 * itself under a strict CSP, and refused folders with every problem named (file, field or line, reason) in Dutch —
 * by the loader and by `msd serve --theme`.
 */
import { readFile, mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isThemeError, type ThemeProblem } from '../../src/errors.ts';
import { createWebServer } from '../../src/web/server.ts';
import { loadThemeFolder } from '../../src/web/theme/theme-folder.ts';
import type { PageTheme } from '../../src/web/theme/page-theme.ts';
import { withFixtureDb } from '../helpers/fixture-db.ts';
import { loginAs } from '../helpers/login.ts';
import { msd } from '../helpers/run-cli.ts';

const EXAMPLE = resolve('examples/theme-voorbeeld');
const CSP =
  "default-src 'none'; style-src 'self'; img-src 'self' data:; font-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

async function withServer(
  theme: PageTheme | undefined,
  fn: (
    get: (url: string) => Promise<{ status: number; type: string; csp: string; body: string; raw: Buffer }>,
  ) => Promise<void>,
): Promise<void> {
  await withFixtureDb(async (store) => {
    const web = createWebServer({ store, version: 'test', ...(theme ? { theme } : {}) });
    const { headers } = await loginAs(store, 'analyst');
    try {
      await fn(async (url) => {
        const r = await web.inject({ url, headers });
        return {
          status: r.statusCode,
          type: String(r.headers['content-type']),
          csp: String(r.headers['content-security-policy']),
          body: r.body,
          raw: r.rawPayload,
        };
      });
    } finally {
      await web.close();
    }
  });
}

/** The problems a folder is refused with. */
async function refusal(files: Record<string, string | Buffer>): Promise<ThemeProblem[]> {
  const dir = await mkdtemp(join(tmpdir(), 'msd-theme-'));
  for (const [name, content] of Object.entries(files)) await writeFile(join(dir, name), content);
  try {
    await loadThemeFolder(dir);
  } catch (error) {
    if (isThemeError(error)) return [...error.problems];
    throw error;
  }
  throw new Error('the folder was accepted');
}

describe('the neutral default theme', () => {
  it('serves the default tokens and shows no gemeente name or logo', async () => {
    await withServer(undefined, async (get) => {
      const page = await get('/');
      const href = /<link rel="stylesheet" href="(\/theme\/theme\.css\?v=[\w-]+)"\/>/.exec(page.body)?.[1];
      expect(href).toBeDefined();
      expect(page.body).not.toContain('msd-gemeente-name');
      expect(page.body).not.toContain('msd-logo');
      const css = await get(href!);
      expect(css.status).toBe(200);
      expect(css.type).toBe('text/css; charset=utf-8');
      expect(css.body).toContain('--msd-color-primary: #1f4e79;');
      expect(css.body).toContain('--utrecht-page-footer-background-color: transparent;');
    });
  });
});

describe('the example theme (examples/theme-voorbeeld)', () => {
  it('puts the name and logo in the header of every page, error pages too', async () => {
    const theme = await loadThemeFolder(EXAMPLE);
    expect(theme.name).toBe('Gemeente Voorbeeld');
    await withServer(theme, async (get) => {
      for (const url of ['/', '/data', '/bestaat-niet']) {
        const page = await get(url);
        expect(page.body, url).toContain('<p class="msd-gemeente-name">Gemeente Voorbeeld</p>');
        expect(page.body, url).toMatch(
          /<img class="msd-logo" src="\/theme\/logo\.svg\?v=[\w-]+" alt="Logo Gemeente Voorbeeld"\/>/,
        );
        expect(page.csp).toBe(CSP);
      }
    });
  });

  it('serves the logo from the server itself with its content type, under the strict CSP', async () => {
    const theme = await loadThemeFolder(EXAMPLE);
    await withServer(theme, async (get) => {
      const logo = await get(theme.logo!.url);
      expect(logo.status).toBe(200);
      expect(logo.type).toBe('image/svg+xml');
      expect(logo.csp).toBe(CSP);
      expect(logo.raw.equals(await readFile(join(EXAMPLE, 'logo.svg')))).toBe(true);
    });
  });

  it('serves the tokens after the defaults, rewritten under .utrecht-theme, then the extra CSS', async () => {
    const theme = await loadThemeFolder(EXAMPLE);
    await withServer(theme, async (get) => {
      const css = (await get(theme.cssUrl)).body;
      const defaults = css.indexOf('--msd-color-primary: #1f4e79;');
      const own = css.indexOf('.utrecht-theme {\n  --msd-color-primary: #00594f;');
      const extra = css.indexOf('text-transform: uppercase;');
      expect(defaults).toBeGreaterThan(-1);
      expect(own).toBeGreaterThan(defaults);
      expect(extra).toBeGreaterThan(own);
      expect(css).not.toContain(':root');
    });
  });

  it('a folder with only tokens.css is a theme without a name', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'msd-theme-'));
    await writeFile(join(dir, 'tokens.css'), '.utrecht-theme { --msd-color-primary: #6b2c91; }\n');
    const theme = await loadThemeFolder(dir);
    expect(theme.name).toBeUndefined();
    expect(theme.css).toContain('--msd-color-primary: #6b2c91;');
  });
});

describe('a refused theme folder names every problem in Dutch', () => {
  it('a missing or empty folder', async () => {
    const empty = await mkdtemp(join(tmpdir(), 'msd-theme-'));
    await expect(loadThemeFolder(join(empty, 'nergens'))).rejects.toThrow(
      'de themamap bestaat niet of is geen map',
    );
    await expect(loadThemeFolder(empty)).rejects.toThrow(
      'de themamap bevat geen theme.json en geen tokens.css (zie docs/theming.md)',
    );
  });

  it('theme.json: bad JSON, a missing name, unknown fields, file names with a folder, missing files', async () => {
    expect((await refusal({ 'theme.json': '{"name": "X",}' }))[0]!.reason).toMatch(/^geen geldige JSON: /);
    expect(await refusal({ 'theme.json': '["Gemeente"]' })).toEqual([
      { file: 'theme.json', reason: 'moet een JSON-object zijn, zoals {"name": "Gemeente Voorbeeld"}' },
    ]);
    expect(
      await refusal({ 'theme.json': JSON.stringify({ naam: 'X', logo: '../logo.svg', css: 'extra.css' }) }),
    ).toEqual([
      { file: 'theme.json', reason: 'veld name: is verplicht' },
      {
        file: 'theme.json',
        reason: 'veld logo: moet de naam van een bestand in de themamap zijn, zonder map (../logo.svg)',
      },
      { file: 'theme.json', reason: 'veld naam: onbekend veld; toegestaan: name, logo, css' },
    ]);
    expect(await refusal({ 'theme.json': JSON.stringify({ name: ' ', css: 'extra.css' }) })).toEqual([
      { file: 'theme.json', reason: 'veld name: mag niet leeg zijn' },
    ]);
    expect(
      await refusal({ 'theme.json': JSON.stringify({ name: 'X'.repeat(81), logo: 'logo.gif' }) }),
    ).toEqual([{ file: 'theme.json', reason: 'veld name: mag ten hoogste 80 tekens hebben' }]);
    expect(
      await refusal({ 'theme.json': JSON.stringify({ name: 'X', logo: 'logo.svg', css: 'extra.css' }) }),
    ).toEqual([
      { file: 'extra.css', reason: 'bestand extra.css staat niet in de themamap' },
      { file: 'logo.svg', reason: 'bestand logo.svg staat niet in de themamap' },
    ]);
  });

  it('tokens.css: other properties, other selectors, external references, stray text (with the line)', async () => {
    const tokens = [
      ':root {',
      '  --utrecht-link-color: #004;',
      '  --huisstijl-rood: #c00;',
      '  color: red;',
      '}',
      'body { --msd-color-primary: #123; }',
      '.utrecht-theme { --msd-logo: url(https://cdn.example.org/logo.png); }',
      '@import "https://fonts.example.org/font.css";',
    ].join('\n');
    expect(await refusal({ 'tokens.css': tokens })).toEqual([
      {
        file: 'tokens.css',
        reason:
          'regel 7: url(…) is niet toegestaan: het dashboard doet geen verzoeken buiten de eigen server',
      },
      {
        file: 'tokens.css',
        reason:
          'regel 8: @import is niet toegestaan: het dashboard doet geen verzoeken buiten de eigen server',
      },
      {
        file: 'tokens.css',
        reason: 'regel 3: alleen eigenschappen --utrecht-* en --msd-* zijn toegestaan, niet --huisstijl-rood',
      },
      { file: 'tokens.css', reason: 'regel 4: verwacht "--naam: waarde;" binnen een blok {…}' },
      {
        file: 'tokens.css',
        reason: 'regel 6: selector body is niet toegestaan; gebruik :root of .utrecht-theme',
      },
      { file: 'tokens.css', reason: 'regel 8: verwacht "--naam: waarde;" binnen een blok {…}' },
    ]);
  });

  it('an SVG logo with a script, an event attribute or an external reference is refused; a PNG must be one', async () => {
    const svg = [
      '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)">',
      '  <script>alert(2)</script>',
      '  <image href="https://tracker.example.org/p.png" />',
      '</svg>',
    ].join('\n');
    const config = (logo: string) => JSON.stringify({ name: 'Gemeente X', logo });
    const why =
      'is niet toegestaan in een SVG-logo (geen scripts, gebeurtenisattributen, externe verwijzingen of ingesloten HTML)';
    expect(await refusal({ 'theme.json': config('logo.svg'), 'logo.svg': svg })).toEqual([
      { file: 'logo.svg', reason: `regel 2: <script> ${why}` },
      { file: 'logo.svg', reason: `regel 1: het attribuut onload ${why}` },
      { file: 'logo.svg', reason: `regel 3: de verwijzing href="https://tracker.example.org/p.png" ${why}` },
    ]);
    expect(await refusal({ 'theme.json': config('logo.svg'), 'logo.svg': '<html>geen svg</html>' })).toEqual([
      { file: 'logo.svg', reason: 'de inhoud van logo.svg is geen SVG-afbeelding' },
    ]);
    expect(await refusal({ 'theme.json': config('logo.png'), 'logo.png': Buffer.from('GIF89a') })).toEqual([
      { file: 'logo.png', reason: 'de inhoud van logo.png is geen PNG-afbeelding' },
    ]);
    expect(await refusal({ 'theme.json': config('logo.gif'), 'logo.gif': Buffer.from('GIF89a') })).toEqual([
      { file: 'logo.gif', reason: 'een logo moet .svg, .png, .jpg, .jpeg of .webp zijn, niet logo.gif' },
    ]);
  });

  it('msd serve --theme with a refused folder stops at once with exit 2 and every problem', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'msd-theme-'));
    const theme = join(dir, 'thema');
    await mkdir(theme);
    await writeFile(join(theme, 'theme.json'), JSON.stringify({ name: 'X', kleur: 'rood' }));
    const result = await msd('serve', '--data', join(dir, 'data'), '--port', '8649', '--theme', theme);
    expect(result).toEqual({
      code: 2,
      out: '',
      err: `msd: thema ${theme} geweigerd:\n  - theme.json: veld kleur: onbekend veld; toegestaan: name, logo, css`,
    });
  });
});
