/**
 * @module Checks an SVG logo before it is served: refused (not cleaned) when it holds anything that could run or
 * fetch — scripts, event attributes, embedded HTML, entity declarations, or references outside the file. A logo
 * is a drawing; one that needs any of these is not one we serve.
 */
import { t } from '../../views/messages.ts';

/** What is refused, each with the words the reason names it by. */
const REFUSED: ReadonlyArray<{ pattern: RegExp; what: (m: RegExpExecArray) => string }> = [
  { pattern: /<script\b/gi, what: () => '<script>' },
  { pattern: /<foreignObject\b/gi, what: () => '<foreignObject>' },
  { pattern: /<(iframe|embed|object|audio|video|animate|set)\b/gi, what: (m) => `<${m[1]}>` },
  { pattern: /<!(DOCTYPE|ENTITY)\b/gi, what: (m) => `<!${m[1]}>` },
  { pattern: /\son[a-z]+\s*=/gi, what: (m) => `het attribuut ${m[0].trim().replace(/\s*=$/, '')}` },
  { pattern: /javascript:/gi, what: () => 'javascript:' },
  { pattern: /@import\b/gi, what: () => '@import' },
  {
    pattern: /\b(?:xlink:)?href\s*=\s*["'](?!#)([^"']*)["']/gi,
    what: (m) => `de verwijzing ${m[0].trim()}`,
  },
  { pattern: /url\(\s*(?!['"]?#)[^)]*\)/gi, what: (m) => `de verwijzing ${m[0]}` },
];

/** The reasons an SVG logo is refused; empty when it may be served. `name` is the file name for the reasons. */
export function svgLogoProblems(text: string, name: string): string[] {
  if (!/<svg[\s>]/i.test(text)) return [t('themeLogoContent', { name, kind: 'SVG' })];
  const problems: string[] = [];
  for (const { pattern, what } of REFUSED) {
    for (const match of text.matchAll(pattern)) {
      const line = text.slice(0, match.index).split('\n').length;
      problems.push(t('themeSvgRefused', { line, what: what(match as RegExpExecArray) }));
    }
  }
  return problems;
}
