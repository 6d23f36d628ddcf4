/** @module File I/O for iStandaarden messages: one file as a byte stream, or every `.xml` message in a folder or zip archive (in memory, or yauzl for huge ones). */
import { createReadStream } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import yauzl from 'yauzl';
import type { IstandaardEvent } from './istandaard-events.ts';
import { FILE } from './istandaard-reasons.ts';
import { parseIstandaardMessage } from './message-parser.ts';
import { readZipDirectory } from './zip-directory.ts';

/** Chunk size for reading: large enough for throughput, small enough that memory stays flat. */
const CHUNK_BYTES = 256 * 1024;

/** One message file: its name (relative path inside a folder or archive) and a way to read it once. */
export interface MessageEntry {
  readonly name: string;
  /** Uncompressed size in bytes (as declared by the archive for zip entries). */
  readonly size: number;
  read(): AsyncIterable<Buffer> | Iterable<Buffer>;
}

export interface MessageSourceOptions {
  /** Refuse entries larger than this (zip bombs, runaway exports); default 2 GiB. */
  readonly maxEntryBytes?: number;
}

const DEFAULT_MAX_ENTRY_BYTES = 2 * 1024 ** 3;

const isXmlName = (name: string): boolean => /\.xml$/i.test(name) && !basename(name).startsWith('.');

/** Reads one file as a stream of Buffers. */
export function readIstandaardFile(path: string): AsyncIterable<Buffer> {
  return createReadStream(path, { highWaterMark: CHUNK_BYTES });
}

/** Parses one message file from disk (see {@link parseIstandaardMessage}). */
export function parseIstandaardFile(path: string): AsyncGenerator<IstandaardEvent, void, undefined> {
  return parseIstandaardMessage(readIstandaardFile(path), basename(path));
}

/**
 * The message entries of a path: a `.zip` archive (its `.xml` entries, in archive order), a folder (its `.xml`
 * files, sorted, not recursive), or a single `.xml` file. Entries must be read one after the other.
 */
export async function* listMessageEntries(
  path: string,
  options: MessageSourceOptions = {},
): AsyncGenerator<MessageEntry, void, undefined> {
  const maxBytes = options.maxEntryBytes ?? DEFAULT_MAX_ENTRY_BYTES;
  const info = await stat(path);
  if (info.isDirectory()) {
    const names = (await readdir(path, { withFileTypes: true }))
      .filter((entry) => entry.isFile() && isXmlName(entry.name))
      .map((entry) => entry.name)
      .sort();
    for (const name of names) {
      const file = join(path, name);
      const size = (await stat(file)).size;
      if (size > maxBytes) throw new RangeError(FILE.tooLarge(name, maxBytes));
      yield { name, size, read: () => readIstandaardFile(file) };
    }
  } else if (/\.zip$/i.test(path)) {
    const directory = await readZipDirectory(path, info.size);
    if (directory === null) {
      yield* zipEntries(path, maxBytes);
      return;
    }
    for (const entry of directory) {
      if (!isXmlName(entry.name)) continue;
      if (entry.size > maxBytes) throw new RangeError(FILE.tooLarge(entry.name, maxBytes));
      yield { name: entry.name, size: entry.size, read: () => [entry.inflate()] };
    }
  } else {
    yield { name: basename(path), size: info.size, read: () => readIstandaardFile(path) };
  }
}

async function* zipEntries(path: string, maxBytes: number): AsyncGenerator<MessageEntry, void, undefined> {
  // validateEntrySizes (default) makes yauzl fail a stream whose inflated size differs from the declared one.
  const zip = await yauzl.openPromise(path, { lazyEntries: true, autoClose: false, strictFileNames: false });
  try {
    for await (const entry of zip.eachEntry()) {
      if (entry.fileName.endsWith('/') || !isXmlName(entry.fileName)) continue;
      if (entry.uncompressedSize > maxBytes) {
        throw new RangeError(FILE.tooLarge(entry.fileName, maxBytes));
      }
      yield {
        name: entry.fileName,
        size: entry.uncompressedSize,
        read: () => streamOf(() => zip.openReadStreamPromise(entry)),
      };
    }
  } finally {
    zip.close();
  }
}

async function* streamOf(
  open: () => Promise<AsyncIterable<Buffer>>,
): AsyncGenerator<Buffer, void, undefined> {
  yield* await open();
}
