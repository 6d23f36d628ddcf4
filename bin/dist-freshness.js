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
/** Written last by the build: `{ builtAt, sourceHash, inputs }` (see {@link distIsFresh}). */
export const BUILD_INFO = 'build-info.json';
/** Tests, and fixtures only tests read: never compiled, so editing them leaves the build current. */
export const isTestFile = (/** @type {string} */ name) => /\.test\.tsx?$|\.golden\.json$/.test(name);
/** Files outside src/ that change what the build emits. */
const BUILD_INPUTS = ['tsconfig.json', 'bin/build-dist.js'];

/** The build's inputs: every non-test file in src/ and the build inputs that exist, as sorted absolute paths. */
function buildInputs(/** @type {string} */ root) {
  const sources = readdirSync(join(root, SOURCE_DIR), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && !isTestFile(entry.name))
    .map((entry) => join(entry.parentPath ?? entry.path, entry.name));
  const others = BUILD_INPUTS.map((file) => join(root, file)).filter((file) =>
    statSync(file, { throwIfNoEntry: false }),
  );
  return [...sources, ...others].sort();
}

/** Each input's size and modification time, by path relative to `root`. */
export function inputStats(/** @type {string} */ root) {
  /** @type {Record<string, [number, number]>} */
  const stats = {};
  for (const path of buildInputs(root)) {
    const { size, mtimeMs } = statSync(path);
    stats[relative(root, path)] = [size, mtimeMs];
  }
  return stats;
}

/** SHA-256 over the build's inputs: each one's path (relative to `root`) and content. */
export function sourceHash(/** @type {string} */ root) {
  const hash = createHash('sha256');
  for (const path of buildInputs(root)) {
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
    return typeof info.sourceHash === 'string' && typeof info.inputs === 'object' ? info : undefined;
  } catch {
    return undefined;
  }
}

/**
 * True when `<root>/dist` holds a complete build of the sources as they are now. First by file system metadata (one
 * stat per input, a few milliseconds): the same inputs as at the build, each with the same size and modification
 * time. Where that differs (an edit, a checkout, a file added or removed, an installed package, whose files get
 * the time they were unpacked), their content decides: the same hash as at the build (about 30 ms).
 */
export function distIsFresh(/** @type {string} */ root) {
  const info = buildInfo(root);
  if (info === undefined) return false;
  try {
    /** @type {Record<string, [number, number]>} */
    const recorded = info.inputs;
    const current = Object.entries(inputStats(root));
    const unchanged =
      current.length === Object.keys(recorded).length &&
      current.every(([path, [size, mtime]]) => recorded[path]?.[0] === size && recorded[path]?.[1] === mtime);
    return unchanged || sourceHash(root) === info.sourceHash;
  } catch {
    return false;
  }
}
