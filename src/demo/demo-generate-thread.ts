/**
 * @module Runs the demo generator (emit-demo-sources.ts) on a worker thread, so a server in the same process keeps
 * answering while the synthetic municipality is simulated and written (the simulation runs for seconds without a
 * pause). Same options, same files as calling the generator directly.
 */
import { startModuleWorker } from '../module-worker.ts';
import type { DemoAreas, DemoOptions } from './demo-options.ts';
import { emitDemoSources, type EmittedFile } from './emit-demo-sources.ts';

/** What the worker is started with (demo-generate-worker.ts). */
export interface GenerateWorkerData {
  readonly options: DemoOptions;
  readonly areas: DemoAreas;
  readonly dir: string;
}

/** The worker's one answer. */
export type GenerateReply =
  | { readonly kind: 'done'; readonly files: EmittedFile[] }
  | { readonly kind: 'error'; readonly message: string };

/**
 * Generates the demo sources into `dir` on a worker thread and resolves with the emitted files. Without the tsx
 * loader (not expected: it is a dependency) it generates on this thread instead, blocking it while it runs.
 */
export function emitDemoSourcesOffThread(
  options: DemoOptions,
  areas: DemoAreas,
  dir: string,
): Promise<EmittedFile[]> {
  const worker = startModuleWorker(import.meta.url, 'demo-generate-worker', {
    options,
    areas,
    dir,
  } satisfies GenerateWorkerData);
  if (worker === undefined) return emitDemoSources(options, areas, dir);
  return new Promise<EmittedFile[]>((resolve, reject) => {
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
