#!/usr/bin/env node
// @ts-check
/**
 * @module The `msd` command. Runs the compiled CLI in dist/ (bin/build-dist.js, made by `npm install`) while it
 * is a build of the current sources, else the sources through the tsx loader: always what src/ says, and at once
 * when the build is current (ADR 0008). Works from any working directory.
 */
import { fileURLToPath } from 'node:url';
import { distIsFresh } from './dist-freshness.js';

const root = fileURLToPath(new URL('../', import.meta.url));

/** @type {{ main: (argv: readonly string[]) => Promise<number> }} */
let cli;
if (process.env['MSD_FROM_SOURCE'] !== '1' && distIsFresh(root)) {
  cli = await import('../dist/cli/main.js');
} else {
  const { registerSourceLoader } = await import('./source-loader.js');
  registerSourceLoader();
  cli = await import('../src/cli/main.ts');
}
process.exitCode = await cli.main(process.argv);
