// @ts-check
/**
 * @module Whether dist/ (bin/build-dist.js) may run: only when what it was compiled from is unchanged. Otherwise
 * `msd` runs the sources, so an outdated build never runs (ADR 0008).
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export const SOURCE_DIR = 'src';
export const DIST_DIR = 'dist';
/** Written last by the build: `{ builtAt, sourceHash }` (see {@link distIsFresh}). */
export const BUILD_INFO = 'build-info.json';
/** Tests, and fixtures only tests read: never compiled, so editing them leaves the build current. */
export const isTestFile = (/** @type {string} */ name) => /\.test\.tsx?$|\.golden\.json$/.test(name);
/** Files outside src/ that change what the build emits. */
const BUILD_INPUTS = ['tsconfig.json', 'bin/build-dist.js'];

/** Every folder under src/ (with src/ itself) and the build's inputs: non-test files in src/ and the build inputs that exist. */
function sourceTree(/** @type {string} */ root) {
  const sourceDir = join(root, SOURCE_DIR);
  const entries = readdirSync(sourceDir, { recursive: true, withFileTypes: true });
  const path = (/** @type {import('node:fs').Dirent} */ entry) =>
    join(entry.parentPath ?? entry.path, entry.name);
  const folders = [sourceDir, ...entries.filter((entry) => entry.isDirectory()).map(path)];
  const sources = entries.filter((entry) => entry.isFile() && !isTestFile(entry.name)).map(path);
  const others = BUILD_INPUTS.map((file) => join(root, file)).filter((file) =>
    statSync(file, { throwIfNoEntry: false }),
  );
  return { folders, inputs: [...sources, ...others].sort() };
}

/** SHA-256 over the build's inputs: each one's path (relative to `root`) and content. */
export function sourceHash(/** @type {string} */ root) {
  const hash = createHash('sha256');
  for (const path of sourceTree(root).inputs) {
    hash.update(`${relative(root, path)}\0`);
    hash.update(readFileSync(path));
    hash.update('\0');
  }
  return hash.digest('hex');
}

/** The build's record, or undefined when there is no complete build. */
function buildInfo(/** @type {string} */ root) {
  try {
    const info = JSON.parse(readFileSync(join(root, DIST_DIR, BUILD_INFO), 'utf8'));
    return typeof info.builtAt === 'number' && typeof info.sourceHash === 'string' ? info : undefined;
  } catch {
    return undefined;
  }
}

/**
 * True when `<root>/dist` holds a complete build of the sources as they are now. First by modification times
 * (one stat per input, a few milliseconds): nothing in src/ (a folder changes when a file in it is added, renamed
 * or removed) nor a build input changed after the build began. Where times say otherwise (an edit, a checkout, or
 * an installed package, whose files get the time they were unpacked), the inputs' content decides: the same hash
 * as at the build (about 30 ms).
 */
export function distIsFresh(/** @type {string} */ root) {
  const info = buildInfo(root);
  if (info === undefined) return false;
  try {
    const newer = (/** @type {string} */ path) => statSync(path).mtimeMs > info.builtAt;
    const { folders, inputs } = sourceTree(root);
    if (![...folders, ...inputs].some(newer)) return true;
    return sourceHash(root) === info.sourceHash;
  } catch {
    return false;
  }
}
