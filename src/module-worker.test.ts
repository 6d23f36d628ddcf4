/** @module Tests for starting a worker thread on a TypeScript module (from source, as tests run). */
import { describe, expect, it } from 'vitest';
import { startModuleWorker } from './module-worker.ts';

describe('startModuleWorker', () => {
  it('runs a TypeScript module beside the given URL with its workerData', async () => {
    const beside = new URL('../test/fixtures/workers/any.ts', import.meta.url).href;
    const worker = startModuleWorker(beside, 'echo-worker', { text: 'tellen en vertellen' });
    expect(worker).toBeDefined();
    const reply = await new Promise<unknown>((resolve, reject) => {
      worker?.once('message', resolve);
      worker?.once('error', reject);
    });
    await worker?.terminate();
    expect(reply).toBe('TELLEN EN VERTELLEN');
  });
});
