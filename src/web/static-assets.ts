/** @module Static assets: the NL Design System CSS (Utrecht design tokens + component library, from npm) and our own stylesheet, read once. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

let cache: Map<string, string> | undefined;

/** CSS files (and the upload page's progress script) served under `/static/<name>`. */
export function staticAssets(): Map<string, string> {
  if (cache) return cache;
  const nlds = [
    require.resolve('@utrecht/design-tokens/dist/theme.css'),
    require.resolve('@utrecht/component-library-css/dist/index.css'),
  ]
    .map((path) => readFileSync(path, 'utf8'))
    .join('\n');
  cache = new Map([
    ['nlds.css', nlds],
    ['msd.css', readFileSync(new URL('./static/msd.css', import.meta.url), 'utf8')],
    ['dashboard.css', readFileSync(new URL('./static/dashboard.css', import.meta.url), 'utf8')],
    ['upload-progress.js', readFileSync(new URL('./static/upload-progress.js', import.meta.url), 'utf8')],
  ]);
  return cache;
}
