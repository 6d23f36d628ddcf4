#!/usr/bin/env node
// Runs a TypeScript entry point (benchmarks, scripts) through the tsx loader, with the package's tsconfig.json.
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import { registerSourceLoader } from './source-loader.js';

registerSourceLoader();
const entry = process.argv[2];
if (!entry) {
  console.error('usage: run-ts.js <file.ts> [args...]');
  process.exit(2);
}
await import(pathToFileURL(resolve(entry)).href);
