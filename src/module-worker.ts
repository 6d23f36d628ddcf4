/**
 * @module Starts a worker thread on one of the product's modules the way this process runs: compiled (dist/, ADR 0008)
 * as it is, from source under the TypeScript loader (tsx) with the package's own tsconfig.json, whatever the working
 * directory.
 */
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';

/** The worker's first code: registers tsx when the module is TypeScript, then imports it. */
const BOOTSTRAP = `
const { workerData } = require('node:worker_threads');
const { loader, tsconfig, entry } = workerData.moduleWorker;
const loaded = loader ? import(loader).then((tsx) => tsx.register({ tsconfig })) : Promise.resolve();
loaded.then(() => import(entry));
`;

/** True when this module runs compiled (a `.js` file in dist/), not as TypeScript source. */
const COMPILED = import.meta.url.endsWith('.js');

/** The tsx loader's ESM entry (null when compiled: none needed), or undefined when it cannot be found. */
function loaderUrl(): string | null | undefined {
  if (COMPILED) return null;
  try {
    return import.meta.resolve('tsx/esm/api');
  } catch {
    return undefined;
  }
}

/**
 * Starts a worker on `name` (without extension) beside the module at `besideUrl` (pass `import.meta.url`), with
 * `data` as its `workerData` (plus a `moduleWorker` field the bootstrap reads). Undefined when the TypeScript loader
 * cannot be found, so the caller does the work on its own thread instead.
 */
export function startModuleWorker(besideUrl: string, name: string, data: object): Worker | undefined {
  const loader = loaderUrl();
  if (loader === undefined) return undefined;
  const moduleWorker = {
    loader,
    tsconfig: fileURLToPath(new URL('../tsconfig.json', import.meta.url)),
    entry: new URL(`./${name}.${COMPILED ? 'js' : 'ts'}`, besideUrl).href,
  };
  return new Worker(BOOTSTRAP, { eval: true, workerData: { ...data, moduleWorker } });
}
