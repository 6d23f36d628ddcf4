/** @module The worker-thread side of yaml-parse-thread.ts: parses one YAML text and posts the value (or the parse error's message) back. */
import { parentPort, workerData } from 'node:worker_threads';
import { parse } from 'yaml';
import type { YamlParseReply, YamlParseWorkerData } from './yaml-parse-thread.ts';

const { text } = workerData as YamlParseWorkerData;
let reply: YamlParseReply;
try {
  reply = { ok: true, value: parse(text) as unknown };
} catch (error) {
  reply = { ok: false, message: error instanceof Error ? error.message : String(error) };
}
parentPort?.postMessage(reply);
