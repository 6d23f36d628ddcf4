/**
 * @module Runs the demo generator (emit-demo-sources.ts) on a worker thread, so a server in the same process keeps
 * answering while the synthetic municipality is simulated and written (the simulation runs for seconds without a
 * pause). Same options, same files as calling the generator directly.
 */
import { Worker } from 'node:worker_threads';
import type { DemoAreas, DemoOptions } from './demo-options.ts';
import { emitDemoSources, type EmittedFile } from './emit-demo-sources.ts';

/** What the worker is started with (demo-generate-worker.ts). */
export interface GenerateWorkerData {
  readonly loader: string;
  readonly entry: string;
  readonly options: DemoOptions;
  readonly areas: DemoAreas;
  readonly dir: string;
}

/** The worker's one answer. */
export type GenerateReply =
  | { readonly kind: 'done'; readonly files: EmittedFile[] }
  | { readonly kind: 'error'; readonly message: string };

/** The worker runs under the same TypeScript loader as this process (tsx): the bootstrap registers it first. */
const BOOTSTRAP = `
const { workerData } = require('node:worker_threads');
import(workerData.loader).then((tsx) => { tsx.register(); return import(workerData.entry); });
`;

/** The tsx loader's ESM entry, or null when it cannot be found. */
function loaderUrl(): string | null {
  try {
    return import.meta.resolve('tsx/esm/api');
  } catch {
    return null;
  }
}

/**
 * Generates the demo sources into `dir` on a worker thread and resolves with the emitted files. Without the tsx
 * loader (not expected: it is a dependency) it generates on this thread instead, blocking it while it runs.
 */
export function emitDemoSourcesOffThread(
  options: DemoOptions,
  areas: DemoAreas,
  dir: string,
): Promise<EmittedFile[]> {
  const loader = loaderUrl();
  if (loader === null) return emitDemoSources(options, areas, dir);
  const workerData: GenerateWorkerData = {
    loader,
    entry: new URL('./demo-generate-worker.ts', import.meta.url).href,
    options,
    areas,
    dir,
  };
  return new Promise<EmittedFile[]>((resolve, reject) => {
    const worker = new Worker(BOOTSTRAP, { eval: true, workerData });
    let settled = false;
    worker.once('message', (reply: GenerateReply) => {
      settled = true;
      if (reply.kind === 'done') resolve(reply.files);
      else reject(new Error(reply.message));
      void worker.terminate();
    });
    worker.once('error', (error) => {
      settled = true;
      reject(error);
    });
    worker.once('exit', (code) => {
      if (!settled) reject(new Error(`the demo generator stopped (exit code ${code}) before it finished`));
    });
  });
}
