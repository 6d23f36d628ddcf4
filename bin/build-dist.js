#!/usr/bin/env node
// @ts-check
/**
 * @module Compiles src/ into dist/ (one JavaScript file per TypeScript file, same layout, shipped JSON and CSS
 * copied) so `msd` starts without the tsx loader (ADR 0008). Run by `npm install` (the `prepare` script) and
 * `npm run build`; bin/msd.js uses dist/ only while it matches the sources (bin/dist-freshness.js).
 */
import { createRequire } from 'node:module';
import { copyFileSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { BUILD_INFO, DIST_DIR, inputStats, isTestFile, SOURCE_DIR, sourceHash } from './dist-freshness.js';

const root = fileURLToPath(new URL('../', import.meta.url));
const sourceDir = join(root, SOURCE_DIR);
const distDir = join(root, DIST_DIR);

/** esbuild comes with tsx (a runtime dependency), so it is resolved from tsx's own folder, hoisted or not. */
const esbuild = /** @type {typeof import('esbuild')} */ (
  createRequire(import.meta.resolve('tsx/esm/api'))('esbuild')
);

/** Every file under `dir`, as paths relative to it. */
function listFiles(/** @type {string} */ dir) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath ?? entry.path, entry.name)));
}

/**
 * Keeps every import as it is written, but pointing at the compiled file: `./x.ts` becomes `./x.js`. Bundling
 * with every import external is how esbuild rewrites specifiers while it compiles each file on its own.
 */
const keepModules = {
  name: 'keep-modules',
  setup(/** @type {import('esbuild').PluginBuild} */ build) {
    build.onResolve({ filter: /.*/ }, (args) => {
      if (args.kind === 'entry-point') return undefined;
      const path = args.path.startsWith('.') ? args.path.replace(/\.tsx?$/, '.js') : args.path;
      return { path, external: true };
    });
  },
};

// Recorded before esbuild reads a source: one saved during the build makes the build count as outdated.
const builtAt = new Date().toISOString();
const inputs = inputStats(root);
const hash = sourceHash(root);
const started = performance.now();
const files = listFiles(sourceDir).filter((file) => !isTestFile(file));
const modules = files.filter((file) => /\.tsx?$/.test(file));
const assets = files.filter((file) => !/\.tsx?$/.test(file));

// Built beside dist/ and swapped in whole, so a process starting meanwhile sees the old build or the new one.
const staging = `${distDir}.building-${process.pid}`;
rmSync(staging, { recursive: true, force: true });
try {
  await esbuild.build({
    entryPoints: modules.map((file) => join(sourceDir, file)),
    outbase: sourceDir,
    outdir: staging,
    bundle: true,
    plugins: [keepModules],
    format: 'esm',
    platform: 'node',
    target: 'node20',
    tsconfig: join(root, 'tsconfig.json'),
    logLevel: 'warning',
  });
  for (const file of assets) {
    mkdirSync(dirname(join(staging, file)), { recursive: true });
    copyFileSync(join(sourceDir, file), join(staging, file));
  }
  writeFileSync(
    join(staging, BUILD_INFO),
    `${JSON.stringify({ builtAt, modules: modules.length, assets: assets.length, sourceHash: hash, inputs }, null, 1)}\n`,
  );
  const previous = `${distDir}.previous-${process.pid}`;
  rmSync(previous, { recursive: true, force: true });
  try {
    renameSync(distDir, previous);
  } catch (error) {
    if (/** @type {NodeJS.ErrnoException} */ (error).code !== 'ENOENT') throw error;
  }
  renameSync(staging, distDir);
  rmSync(previous, { recursive: true, force: true });
} finally {
  // A failed build leaves the previous dist/ (if any) in place and no half-written folder behind.
  rmSync(staging, { recursive: true, force: true });
}
console.log(
  `msd: compiled ${modules.length} modules and copied ${assets.length} files into ${DIST_DIR}/ in ${Math.round(performance.now() - started)} ms.`,
);
