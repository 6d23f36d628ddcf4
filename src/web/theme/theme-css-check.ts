/**
 * @module Checks a theme's CSS before it is served: a tokens file may only set `--utrecht-*` and `--msd-*` custom
 * properties on `:root` or `.utrecht-theme` (and is served re-written from what was checked), and no CSS may
 * reach outside the server (`@import`, `url()` other than `data:` or `#`). The strict CSP blocks such requests
 * anyway; this check says so at start-up, with the line, instead of a silently missing style.
 */
import { t } from '../../views/messages.ts';

const TOKEN_SELECTORS = new Set([':root', '.utrecht-theme']);
const TOKEN_NAME = /^--(utrecht|msd)-[a-z0-9-]+$/;
const EXTERNAL = /@import\b|url\(\s*(?!['"]?\s*(?:data:|#))/gi;

/** The line (1-based) of an offset in `text`. */
const lineAt = (text: string, offset: number): number => text.slice(0, offset).split('\n').length;

/** Comments replaced by spaces (newlines kept), so offsets and line numbers stay those of the file. */
const withoutComments = (text: string): string =>
  text.replace(/\/\*[\s\S]*?\*\//g, (comment) => comment.replace(/[^\n]/g, ' '));

/** Every place the CSS would fetch something from elsewhere, as Dutch reasons. */
export function externalReferences(text: string): string[] {
  const css = withoutComments(text);
  return [...css.matchAll(EXTERNAL)].map((m) =>
    t('themeCssExternal', { line: lineAt(css, m.index), what: m[0].startsWith('@') ? '@import' : 'url(…)' }),
  );
}

/** A tokens file checked: its declarations re-written under `.utrecht-theme`, or the reasons it is refused. */
export function checkTokensCss(text: string): { css: string; problems: string[] } {
  const css = withoutComments(text);
  const problems: string[] = [...externalReferences(text)];
  const declarations: string[] = [];
  const block = /([^{}]*)\{([^{}]*)\}/g;
  // Text outside any block (an @import, a rule without braces): reported at its first character.
  const strayText = (from: number) =>
    t('themeTokenSyntax', { line: lineAt(css, from + css.slice(from).search(/\S/)) });
  let end = 0;
  for (const match of css.matchAll(block)) {
    if (css.slice(end, match.index).trim() !== '') problems.push(strayText(end));
    end = match.index + match[0].length;
    const selectorText = match[1]!;
    const selectorLine = lineAt(css, match.index + selectorText.search(/\S|$/));
    for (const selector of selectorText.split(',').map((s) => s.trim())) {
      if (!TOKEN_SELECTORS.has(selector))
        problems.push(t('themeTokenSelector', { line: selectorLine, selector: selector || '(leeg)' }));
    }
    let offset = match.index + selectorText.length + 1;
    for (const part of match[2]!.split(';')) {
      const line = lineAt(css, offset + part.search(/\S|$/));
      offset += part.length + 1;
      if (part.trim() === '') continue;
      const declaration = /^\s*(--[A-Za-z0-9_-]+)\s*:\s*([^]*?)\s*$/.exec(part);
      if (!declaration || declaration[2] === '' || /[<>\\]/.test(declaration[2]!)) {
        problems.push(t('themeTokenSyntax', { line }));
        continue;
      }
      if (!TOKEN_NAME.test(declaration[1]!)) {
        problems.push(t('themeTokenName', { line, name: declaration[1]! }));
        continue;
      }
      declarations.push(`  ${declaration[1]}: ${declaration[2]!.replace(/\s+/g, ' ')};`);
    }
  }
  if (css.slice(end).trim() !== '') problems.push(strayText(end));
  return { css: `.utrecht-theme {\n${declarations.join('\n')}\n}\n`, problems };
}
