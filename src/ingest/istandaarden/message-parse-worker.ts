/**
 * @module The worker-thread side of parsing ahead (started by message-parse-thread.ts): parses one iJw / iWmo file
 * per request into rows held in memory and posts them back; pseudonymises with the secret it was started with.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { IngestError } from '../../errors.ts';
import { Pseudonymiser } from '../pseudonymise.ts';
import { parseMessagesInto } from './istandaard-ingest.ts';
import { HeldRows, STAGE_FULL } from './record-stage-loader.ts';
import type { ParseReply, ParseRequest, ParseWorkerData } from './message-parse-thread.ts';

const { secret } = workerData as ParseWorkerData;
const pseudonymiser = new Pseudonymiser(Buffer.from(secret));
const port = parentPort;

/** Parses one file and posts the reply; never rejects. */
function parseOne(request: ParseRequest): Promise<void> {
  const { id, path, maxRows, xsdDir } = request;
  const rows = new HeldRows(maxRows);
  const reply = (message: ParseReply) => port?.postMessage(message);
  return parseMessagesInto({ pseudonymiser, xsdDir }, path, rows).then(
    (parsed) => reply({ id, kind: 'parsed', rows: rows.rows, ...parsed }),
    (error: unknown) => {
      if (error === STAGE_FULL) reply({ id, kind: 'full' });
      else if (error instanceof IngestError) {
        reply({ id, kind: 'ingest-error', file: error.file, position: error.position, reason: error.reason });
      } else reply({ id, kind: 'error', message: error instanceof Error ? error.message : String(error) });
    },
  );
}

// One file at a time, in the order asked (a file's rows are held until posted).
let queue = Promise.resolve();
port?.on('message', (request: ParseRequest) => {
  queue = queue.then(() => parseOne(request));
});
