/**
 * @module Receives a browser upload (multipart/form-data) by streaming each file straight to disk in its own folder
 * (`<data>/uploads/<id>/`), never holding a whole file in memory. Refuses, before anything is ingested and with
 * the folder removed: more than `limitBytes` in the request (413, told by Content-Length before reading or
 * counted while reading), a file of a kind `msd ingest` does not read (415), unusable or repeated names, no file.
 */
import { createWriteStream } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import type { IncomingHttpHeaders, IncomingMessage } from 'node:http';
import { extname, join } from 'node:path';
import busboy from 'busboy';
import { HttpError } from '../errors.ts';
import { INGESTIBLE_EXTENSIONS } from '../ingest/ingest-paths.ts';
import { formatNumber, t } from '../views/messages.ts';

/** At most this many files in one upload (a folder's worth of messages: zip them). */
export const MAX_UPLOAD_FILES = 50;

export interface ReceivedFile {
  /** The file's own name (no folder), as the batch log and quarantine will show it. */
  readonly name: string;
  readonly path: string;
  readonly bytes: number;
}

export interface ReceivedUpload {
  readonly files: readonly ReceivedFile[];
  /** The form's text fields (`profiel`). */
  readonly fields: Readonly<Record<string, string>>;
}

/** A byte count for people: 200 MB, 64 kB. */
export const sizeText = (bytes: number): string =>
  bytes >= 1024 * 1024
    ? `${formatNumber(bytes / (1024 * 1024))} MB`
    : bytes >= 1024
      ? `${formatNumber(bytes / 1024)} kB`
      : `${formatNumber(bytes)} bytes`;

/** The name part of what the browser sent, or undefined when it is not usable as a file name here. */
export function uploadFileName(given: string): string | undefined {
  // Old browsers send the whole client path: only the last part counts.
  const name = given.split(/[\\/]/).pop()?.trim() ?? '';
  // eslint-disable-next-line no-control-regex
  if (name === '' || name === '.' || name === '..' || name.length > 200 || /[\u0000-\u001f]/.test(name))
    return undefined;
  return name;
}

const tooLarge = (limitBytes: number) =>
  new HttpError(413, t('uploadTooLarge', { limit: sizeText(limitBytes) }), 'body_too_large');

/**
 * Streams the upload in `request` into `dir` (created here). On any refusal the folder is removed and the error
 * (an HttpError with a Dutch message) is thrown; the rest of the request body is then read and discarded, so the
 * browser receives the answer.
 */
export async function receiveUpload(
  request: IncomingMessage,
  headers: IncomingHttpHeaders,
  dir: string,
  limitBytes: number,
): Promise<ReceivedUpload> {
  const declared = Number(headers['content-length']);
  if (Number.isFinite(declared) && declared > limitBytes) throw tooLarge(limitBytes);
  if (!String(headers['content-type'] ?? '').startsWith('multipart/form-data'))
    throw new HttpError(415, t('uploadNotMultipart'));
  await mkdir(dir, { recursive: true, mode: 0o700 });
  try {
    return await streamParts(request, headers, dir, limitBytes);
  } catch (error) {
    request.unpipe();
    request.resume();
    await rm(dir, { recursive: true, force: true });
    throw error;
  }
}

function streamParts(
  request: IncomingMessage,
  headers: IncomingHttpHeaders,
  dir: string,
  limitBytes: number,
): Promise<ReceivedUpload> {
  return new Promise((resolve, reject) => {
    const files: ReceivedFile[] = [];
    const fields: Record<string, string> = {};
    const writes: Promise<void>[] = [];
    let total = 0;
    let failed = false;
    let parser: busboy.Busboy;
    try {
      parser = busboy({
        headers,
        limits: { files: MAX_UPLOAD_FILES, fields: 10, fieldSize: 1024, parts: MAX_UPLOAD_FILES + 10 },
      });
    } catch {
      reject(new HttpError(415, t('uploadNotMultipart')));
      return;
    }
    const fail = (error: Error) => {
      if (failed) return;
      failed = true;
      request.unpipe(parser);
      reject(error);
    };
    parser.on('field', (name, value) => {
      fields[name] = value;
    });
    parser.on('file', (_field, stream, info) => {
      // An empty file input sends a part without a name: nothing chosen there.
      if (info.filename === undefined || info.filename === '') {
        stream.resume();
        return;
      }
      const name = uploadFileName(info.filename);
      const kind = extname(name ?? '').toLowerCase();
      const problem =
        name === undefined
          ? new HttpError(400, t('uploadBadName', { file: info.filename.slice(0, 80) }))
          : !INGESTIBLE_EXTENSIONS.includes(kind)
            ? new HttpError(
                415,
                t('uploadUnknownType', { file: name, types: INGESTIBLE_EXTENSIONS.join(', ') }),
              )
            : files.some((f) => f.name === name)
              ? new HttpError(400, t('uploadDuplicateName', { file: name }))
              : undefined;
      if (problem || name === undefined || failed) {
        stream.resume();
        fail(problem ?? new HttpError(400, t('uploadAborted')));
        return;
      }
      const path = join(dir, name);
      const entry = { name, path, bytes: 0 };
      files.push(entry);
      const out = createWriteStream(path, { mode: 0o600 });
      stream.on('data', (chunk: Buffer) => {
        entry.bytes += chunk.length;
        total += chunk.length;
        if (total > limitBytes) {
          stream.unpipe(out);
          stream.resume();
          out.destroy();
          fail(tooLarge(limitBytes));
        }
      });
      writes.push(
        new Promise((done, broken) => {
          out.on('close', done);
          out.on('error', broken);
        }),
      );
      stream.pipe(out);
    });
    parser.on('filesLimit', () =>
      fail(new HttpError(400, t('uploadTooManyFiles', { max: MAX_UPLOAD_FILES }))),
    );
    parser.on('error', () => fail(new HttpError(400, t('uploadAborted'))));
    request.on('aborted', () => fail(new HttpError(400, t('uploadAborted'))));
    parser.on('close', () => {
      if (failed) return;
      Promise.all(writes).then(
        () => {
          if (failed) return;
          if (files.length === 0) fail(new HttpError(400, t('uploadNoFiles')));
          else resolve({ files, fields });
        },
        (error: unknown) => fail(error instanceof Error ? error : new Error(String(error))),
      );
    });
    request.pipe(parser);
  });
}
