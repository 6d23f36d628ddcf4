// @ts-check
/**
 * @module Registers tsx for running the TypeScript sources, with this package's tsconfig.json whatever the working
 * directory is: tsx would otherwise look for a tsconfig from the working directory, and without the JSX settings
 * found there every page fails (`React is not defined`).
 */
import { register } from 'tsx/esm/api';
import { fileURLToPath } from 'node:url';

/** The package's tsconfig.json (absolute path). */
export const TSCONFIG = fileURLToPath(new URL('../tsconfig.json', import.meta.url));

/** Registers the loader for this thread (call it in a worker thread too). */
export function registerSourceLoader() {
  register({ tsconfig: TSCONFIG });
}
