/**
 * @module Reads a theme folder (`msd serve --theme <dir>`): `theme.json` (name, logo, extra CSS) and/or `tokens.css`
 * (design tokens), checks every file and returns the theme, or refuses the folder as a whole with every problem
 * (file and reason, in Dutch). Nothing of a refused folder is served.
 */
import { readFile, stat } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';
import { ThemeError, type ThemeProblem } from '../../errors.ts';
import { t } from '../../views/messages.ts';
import { makeTheme, type PageTheme } from './page-theme.ts';
import { normaliseThemeConfig } from './theme-config.ts';
import { checkTokensCss, externalReferences } from './theme-css-check.ts';
import { svgLogoProblems } from './svg-logo-check.ts';

export const THEME_FILE = 'theme.json';
export const TOKENS_FILE = 'tokens.css';

const KB = 1024;
const LIMITS = { json: 16 * KB, css: 256 * KB, logo: 512 * KB };

/** Logo types by extension, with the bytes a file of that type starts with (none for SVG: it is text). */
const LOGO_TYPES: Record<string, { contentType: string; kind: string; magic?: (b: Buffer) => boolean }> = {
  svg: { contentType: 'image/svg+xml', kind: 'SVG' },
  png: {
    contentType: 'image/png',
    kind: 'PNG',
    magic: (b) => b.subarray(0, 4).toString('hex') === '89504e47',
  },
  jpg: {
    contentType: 'image/jpeg',
    kind: 'JPEG',
    magic: (b) => b.subarray(0, 3).toString('hex') === 'ffd8ff',
  },
  jpeg: {
    contentType: 'image/jpeg',
    kind: 'JPEG',
    magic: (b) => b.subarray(0, 3).toString('hex') === 'ffd8ff',
  },
  webp: {
    contentType: 'image/webp',
    kind: 'WebP',
    magic: (b) => b.subarray(0, 4).toString() === 'RIFF' && b.subarray(8, 12).toString() === 'WEBP',
  },
};

async function isFile(path: string): Promise<boolean> {
  return (await stat(path).catch(() => undefined))?.isFile() === true;
}

/** A file of the folder, or a problem when it is missing or over its size limit. */
async function readPart(dir: string, name: string, limit: number): Promise<Buffer | ThemeProblem> {
  const path = join(dir, name);
  const info = await stat(path).catch(() => undefined);
  if (!info?.isFile()) return { file: name, reason: t('themeFileMissing', { name }) };
  if (info.size > limit) return { file: name, reason: t('themeFileTooLarge', { name, max: limit / KB }) };
  return readFile(path);
}

const isProblem = (value: Buffer | ThemeProblem): value is ThemeProblem => !Buffer.isBuffer(value);

/** Reads and checks the folder; throws a ThemeError naming every problem. */
export async function loadThemeFolder(folder: string): Promise<PageTheme> {
  const dir = resolve(folder);
  const refuse = (problems: ThemeProblem[]) => new ThemeError(dir, problems);
  if (!(await stat(dir).catch(() => undefined))?.isDirectory())
    throw refuse([{ file: folder, reason: t('themeFolderMissing') }]);
  const hasConfig = await isFile(join(dir, THEME_FILE));
  const hasTokens = await isFile(join(dir, TOKENS_FILE));
  if (!hasConfig && !hasTokens) throw refuse([{ file: folder, reason: t('themeFolderEmpty') }]);

  const problems: ThemeProblem[] = [];
  let config: { name: string; logo?: string | undefined; css?: string | undefined } | undefined;
  if (hasConfig) {
    const raw = await readPart(dir, THEME_FILE, LIMITS.json);
    if (isProblem(raw)) problems.push(raw);
    else {
      let parsed: unknown;
      try {
        parsed = JSON.parse(raw.toString('utf8'));
      } catch (error) {
        problems.push({
          file: THEME_FILE,
          reason: t('themeInvalidJson', { detail: (error as Error).message }),
        });
      }
      if (parsed !== undefined) {
        const result = normaliseThemeConfig(parsed);
        problems.push(...result.problems.map((reason) => ({ file: THEME_FILE, reason })));
        config = result.config;
      }
    }
  }

  let tokens = '';
  if (hasTokens) {
    const raw = await readPart(dir, TOKENS_FILE, LIMITS.css);
    if (isProblem(raw)) problems.push(raw);
    else {
      const checked = checkTokensCss(raw.toString('utf8'));
      problems.push(...checked.problems.map((reason) => ({ file: TOKENS_FILE, reason })));
      tokens = checked.css;
    }
  }

  let extraCss = '';
  if (config?.css !== undefined) {
    const raw = await readPart(dir, config.css, LIMITS.css);
    if (isProblem(raw)) problems.push(raw);
    else {
      extraCss = raw.toString('utf8');
      problems.push(...externalReferences(extraCss).map((reason) => ({ file: config.css!, reason })));
    }
  }

  let logo: { extension: string; contentType: string; data: Buffer } | undefined;
  if (config?.logo !== undefined) {
    const name = config.logo;
    const extension = extname(name).slice(1).toLowerCase();
    const type = LOGO_TYPES[extension];
    if (!type) problems.push({ file: name, reason: t('themeLogoType', { name }) });
    else {
      const raw = await readPart(dir, name, LIMITS.logo);
      if (isProblem(raw)) problems.push(raw);
      else {
        const wrong =
          extension === 'svg'
            ? svgLogoProblems(raw.toString('utf8'), name)
            : type.magic?.(raw) === true
              ? []
              : [t('themeLogoContent', { name, kind: type.kind })];
        problems.push(...wrong.map((reason) => ({ file: name, reason })));
        logo = { extension, contentType: type.contentType, data: raw };
      }
    }
  }

  if (problems.length > 0) throw refuse(problems);
  return makeTheme({
    name: config?.name,
    logo,
    extraCss: [tokens, extraCss].filter((css) => css !== '').join('\n'),
  });
}
