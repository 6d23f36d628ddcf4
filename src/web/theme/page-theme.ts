/**
 * @module The look a page is rendered with: the municipality's name and logo and the theme stylesheet (neutral
 * default tokens, then the municipality's own). The server sets it per request (theme-routes.ts) in an
 * AsyncLocalStorage, so the page layout reads it without every page passing it on.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

export interface ThemeLogo {
  /** Served at this address from the server itself (no external requests). */
  readonly url: string;
  readonly contentType: string;
  readonly data: Buffer;
}

export interface PageTheme {
  /** The gemeente's display name shown in the header; none in the default theme. */
  readonly name?: string;
  readonly logo?: ThemeLogo;
  /** The whole theme stylesheet: the default tokens, then the folder's tokens and extra CSS. */
  readonly css: string;
  /** Address of the stylesheet, with a content hash so a changed theme is fetched anew. */
  readonly cssUrl: string;
}

let defaultCss: string | undefined;

/** The neutral default tokens (src/web/static/theme-default.css), read once. */
export function defaultThemeCss(): string {
  defaultCss ??= readFileSync(new URL('../static/theme-default.css', import.meta.url), 'utf8');
  return defaultCss;
}

const shortHash = (data: string | Buffer): string =>
  createHash('sha256').update(data).digest('base64url').slice(0, 12);

/** A theme from its parts: the stylesheet is the default tokens followed by `extraCss`. */
export function makeTheme(parts: {
  name?: string | undefined;
  logo?: { extension: string; contentType: string; data: Buffer } | undefined;
  extraCss?: string | undefined;
}): PageTheme {
  const css = parts.extraCss ? `${defaultThemeCss()}\n${parts.extraCss}` : defaultThemeCss();
  const logo = parts.logo
    ? {
        url: `/theme/logo.${parts.logo.extension}?v=${shortHash(parts.logo.data)}`,
        contentType: parts.logo.contentType,
        data: parts.logo.data,
      }
    : undefined;
  return {
    ...(parts.name !== undefined ? { name: parts.name } : {}),
    ...(logo ? { logo } : {}),
    css,
    cssUrl: `/theme/theme.css?v=${shortHash(css)}`,
  };
}

let neutral: PageTheme | undefined;

/** The neutral default theme: no name, no logo, the default tokens. */
export function defaultTheme(): PageTheme {
  neutral ??= makeTheme({});
  return neutral;
}

const current = new AsyncLocalStorage<PageTheme>();

/** Runs `fn` (a request's handling) with `theme` as the pages' theme. */
export const withPageTheme = (theme: PageTheme, fn: () => void): void => current.run(theme, fn);

/** The theme of the request being rendered; the default outside one (tests rendering a page directly). */
export const pageTheme = (): PageTheme => current.getStore() ?? defaultTheme();
