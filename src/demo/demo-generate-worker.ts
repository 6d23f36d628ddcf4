/** @module The worker-thread side of demo-generate-thread.ts: generates the demo sources once and posts the emitted files (or the error) back. */
import { parentPort, workerData } from 'node:worker_threads';
import type { GenerateReply, GenerateWorkerData } from './demo-generate-thread.ts';
import { emitDemoSources } from './emit-demo-sources.ts';

const { options, areas, dir } = workerData as GenerateWorkerData;
const reply = (message: GenerateReply) => parentPort?.postMessage(message);

emitDemoSources(options, areas, dir).then(
  (files) => reply({ kind: 'done', files }),
  (error: unknown) =>
    reply({ kind: 'error', message: error instanceof Error ? error.message : String(error) }),
);
