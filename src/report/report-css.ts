/** @module The report's inline stylesheet: the NL Design System CSS (Utrecht tokens and components) cut down to the classes the document uses, our own layout and the report's print rules. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

let sources: { nlds: string; own: string } | undefined;

function readSources(): { nlds: string; own: string } {
  sources ??= {
    nlds: [
      require.resolve('@utrecht/design-tokens/dist/theme.css'),
      require.resolve('@utrecht/component-library-css/dist/index.css'),
    ]
      .map((path) => readFileSync(path, 'utf8'))
      .join('\n'),
    own: [new URL('../web/static/msd.css', import.meta.url), new URL('./static/report.css', import.meta.url)]
      .map((url) => readFileSync(url, 'utf8'))
      .join('\n'),
  };
  return sources;
}

/** Top-level blocks of a stylesheet: `prelude { body }` with nested braces kept whole; comments removed. */
function blocks(css: string): Array<{ prelude: string; body: string }> {
  const text = css.replace(/\/\*[\s\S]*?\*\//g, '');
  const out: Array<{ prelude: string; body: string }> = [];
  let start = 0;
  let depth = 0;
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '{') {
      if (depth === 0) open = i;
      depth++;
    } else if (c === '}') {
      depth--;
      if (depth === 0) {
        out.push({ prelude: text.slice(start, open).trim(), body: text.slice(open + 1, i) });
        start = i + 1;
      }
    } else if (c === ';' && depth === 0) {
      // A statement such as @charset or @import outside any block: dropped (nothing external may load).
      start = i + 1;
    }
  }
  return out;
}

/**
 * Keeps the rules whose selector names a class the document uses (or no class at all, e.g. `:root`), recursing
 * into @media/@supports/@layer; @font-face and @import are dropped so the document never requests anything.
 */
export function pruneCss(css: string, usedClasses: ReadonlySet<string>): string {
  const kept: string[] = [];
  for (const { prelude, body } of blocks(css)) {
    if (/^@(media|supports|layer|container)\b/.test(prelude)) {
      const inner = pruneCss(body, usedClasses);
      if (inner) kept.push(`${prelude}{${inner}}`);
      continue;
    }
    if (prelude.startsWith('@')) continue;
    const selectors = prelude.split(',').filter((selector) => {
      const classes = [...selector.matchAll(/\.([A-Za-z0-9_-]+)/g)].map((m) => m[1] ?? '');
      return classes.every((c) => usedClasses.has(c));
    });
    if (selectors.length > 0) kept.push(`${selectors.map((s) => s.trim()).join(',')}{${body.trim()}}`);
  }
  return kept.join('\n');
}

/** The classes used in an HTML text (every token of every class attribute). */
export function classesIn(html: string): Set<string> {
  const used = new Set<string>();
  for (const match of html.matchAll(/\bclass="([^"]*)"/g))
    for (const name of (match[1] ?? '').split(/\s+/)) if (name) used.add(name);
  return used;
}

/** The complete inline stylesheet for a document body using `usedClasses`. */
export function reportCss(usedClasses: ReadonlySet<string>): string {
  const { nlds, own } = readSources();
  return `${pruneCss(nlds, usedClasses)}\n${own}`;
}
