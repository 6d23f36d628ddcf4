/**
 * @module Reads a whole (not too large) zip archive in one go: its central directory and each entry inflated at once
 * (`inflateRawSync`), far faster than a stream per entry for thousands of small messages. Archives this cannot read
 * exactly (zip64, encryption, other methods) are left to the streaming reader.
 */
import { readFile } from 'node:fs/promises';
import { inflateRawSync } from 'node:zlib';
import { FILE } from './istandaard-reasons.ts';

/** Archives up to this size are read into memory; larger ones are streamed. */
export const IN_MEMORY_ZIP_BYTES = 256 * 1024 * 1024;
/** Entries up to this uncompressed size are inflated in one call; larger ones are streamed. */
export const IN_MEMORY_ENTRY_BYTES = 32 * 1024 * 1024;

const END_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;

export interface ZipDirectoryEntry {
  readonly name: string;
  readonly size: number;
  /** The uncompressed bytes (checked against the declared size). */
  inflate(): Buffer;
}

/**
 * The entries of `zip` (the archive's bytes) in directory order, or null when the archive needs the streaming
 * reader: zip64, encrypted entries, a method other than stored/deflate, an entry above {@link IN_MEMORY_ENTRY_BYTES},
 * or a directory that does not add up.
 */
export function zipDirectory(zip: Buffer): ZipDirectoryEntry[] | null {
  let end = -1;
  for (let at = zip.length - 22; at >= Math.max(0, zip.length - 22 - 0xffff); at--) {
    if (zip.readUInt32LE(at) === END_SIGNATURE) {
      end = at;
      break;
    }
  }
  if (end < 0) return null;
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  if (count === 0xffff || at === 0xffffffff) return null;
  const entries: ZipDirectoryEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (at + 46 > zip.length || zip.readUInt32LE(at) !== CENTRAL_SIGNATURE) return null;
    const flags = zip.readUInt16LE(at + 8);
    const method = zip.readUInt16LE(at + 10);
    const compressed = zip.readUInt32LE(at + 20);
    const size = zip.readUInt32LE(at + 24);
    const nameLength = zip.readUInt16LE(at + 28);
    const extra = zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
    const offset = zip.readUInt32LE(at + 42);
    const name = zip.toString(flags & 0x800 ? 'utf8' : 'latin1', at + 46, at + 46 + nameLength);
    at += 46 + nameLength + extra;
    if (name.endsWith('/')) continue;
    if (flags & 1 || (method !== STORED && method !== DEFLATED)) return null;
    if (compressed === 0xffffffff || size === 0xffffffff || offset === 0xffffffff) return null;
    if (size > IN_MEMORY_ENTRY_BYTES) return null;
    if (offset + 30 > zip.length || zip.readUInt32LE(offset) !== LOCAL_SIGNATURE) return null;
    const start = offset + 30 + zip.readUInt16LE(offset + 26) + zip.readUInt16LE(offset + 28);
    if (start + compressed > zip.length) return null;
    const data = zip.subarray(start, start + compressed);
    entries.push({
      name,
      size,
      inflate: () => {
        const bytes = method === STORED ? data : inflateRawSync(data, { maxOutputLength: Math.max(size, 1) });
        if (bytes.length !== size) {
          throw new RangeError(FILE.inflatedSize(name, bytes.length, size));
        }
        return bytes;
      },
    });
  }
  return entries;
}

/** {@link zipDirectory} of the file at `path` when it is small enough to read at once, else null. */
export async function readZipDirectory(path: string, fileSize: number): Promise<ZipDirectoryEntry[] | null> {
  if (fileSize > IN_MEMORY_ZIP_BYTES) return null;
  return zipDirectory(await readFile(path));
}
