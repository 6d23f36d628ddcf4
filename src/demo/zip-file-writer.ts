/**
 * @module A minimal deterministic zip writer (deflate, fixed timestamps, buffered writes) for the demo's message
 * archives; entries are compressed in batches on a {@link DeflateWorker} and written in the order they were added.
 */
import { closeSync, openSync, writevSync } from 'node:fs';
import type { DeflateWorker, PackedEntry } from './deflate-worker.ts';

/** 2026-01-01 00:00 in MS-DOS format: every entry gets it, so archives are byte-identical across runs. */
const DOS_DATE = ((2026 - 1980) << 9) | (1 << 5) | 1;
const DOS_TIME = 0;
/** Without zip64 an archive holds at most 65,535 entries. */
export const MAX_ZIP_ENTRIES = 0xffff;
/** Bytes gathered in memory before one write to disk, and uncompressed bytes per batch sent to the worker. */
const BATCH_BYTES = 1 << 20;

interface Written {
  readonly name: Buffer;
  readonly crc: number;
  readonly compressed: number;
  readonly size: number;
  readonly offset: number;
}

export class ZipFileWriter {
  readonly #fd: number;
  readonly #entries: Written[] = [];
  #added = 0;
  #offset = 0;
  #pending: Buffer[] = [];
  #pendingBytes = 0;
  /** Entries waiting to be sent to the worker: names, and their UTF-8 bytes one after the other in `#data`. */
  #names: Buffer[] = [];
  #ends: number[] = [];
  #data = Buffer.allocUnsafeSlow(2 * BATCH_BYTES);
  #batchBytes = 0;
  /** Writes of the batches sent so far, chained in order. */
  #tail: Promise<void> = Promise.resolve();

  constructor(
    path: string,
    private readonly deflater: DeflateWorker,
  ) {
    this.#fd = openSync(path, 'w');
  }

  /** True when another entry would not fit without zip64. */
  get full(): boolean {
    return this.#added >= MAX_ZIP_ENTRIES;
  }

  #write(buffer: Buffer): void {
    this.#pending.push(buffer);
    this.#pendingBytes += buffer.length;
    this.#offset += buffer.length;
    if (this.#pendingBytes >= BATCH_BYTES) this.#flush();
  }

  #flush(): void {
    if (this.#pendingBytes > 0) writevSync(this.#fd, this.#pending);
    this.#pending = [];
    this.#pendingBytes = 0;
  }

  /** Adds one file (UTF-8 text), deflated. */
  add(name: string, text: string): void {
    if (this.full) throw new RangeError(`more than ${MAX_ZIP_ENTRIES} entries need zip64`);
    this.#added++;
    // At most 3 UTF-8 bytes per UTF-16 unit: measure exactly only when it might not fit.
    if (this.#data.length - this.#batchBytes < text.length * 3) {
      const needed = this.#batchBytes + Buffer.byteLength(text, 'utf8');
      if (needed > this.#data.length) {
        const larger = Buffer.allocUnsafeSlow(Math.max(needed, 2 * this.#data.length));
        this.#data.copy(larger, 0, 0, this.#batchBytes);
        this.#data = larger;
      }
    }
    this.#batchBytes += this.#data.write(text, this.#batchBytes, 'utf8');
    this.#names.push(Buffer.from(name, 'utf8'));
    this.#ends.push(this.#batchBytes);
    if (this.#batchBytes >= BATCH_BYTES) this.#send();
  }

  #send(): void {
    const names = this.#names;
    const ends = this.#ends;
    if (names.length === 0) return;
    const data = this.#data.subarray(0, this.#batchBytes);
    this.#names = [];
    this.#ends = [];
    this.#data = Buffer.allocUnsafeSlow(2 * BATCH_BYTES);
    this.#batchBytes = 0;
    const packed = this.deflater.deflate(data, ends);
    const previous = this.#tail;
    this.#tail = (async () => {
      const results = await packed;
      await previous;
      let start = 0;
      names.forEach((name, i) => {
        const end = ends[i] ?? start;
        this.#writeEntry(name, end - start, results[i]!);
        start = end;
      });
    })();
    // A failure surfaces in close(); this only keeps it from counting as unhandled meanwhile.
    this.#tail.catch(() => undefined);
  }

  #writeEntry(name: Buffer, size: number, { crc, packed }: PackedEntry): void {
    const entry: Written = { name, crc, compressed: packed.length, size, offset: this.#offset };
    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt16LE(0x0800, 6); // UTF-8 names
    header.writeUInt16LE(8, 8); // deflate
    header.writeUInt16LE(DOS_TIME, 10);
    header.writeUInt16LE(DOS_DATE, 12);
    header.writeUInt32LE(entry.crc, 14);
    header.writeUInt32LE(entry.compressed, 18);
    header.writeUInt32LE(entry.size, 22);
    header.writeUInt16LE(entry.name.length, 26);
    header.writeUInt16LE(0, 28);
    this.#write(header);
    this.#write(entry.name);
    this.#write(packed);
    this.#entries.push(entry);
  }

  /** Writes the remaining entries and the central directory and closes the file; returns the number of entries. */
  async close(): Promise<number> {
    this.#send();
    await this.#tail;
    const start = this.#offset;
    for (const e of this.#entries) {
      const central = Buffer.alloc(46);
      central.writeUInt32LE(0x02014b50, 0);
      central.writeUInt16LE(20, 4);
      central.writeUInt16LE(20, 6);
      central.writeUInt16LE(0x0800, 8);
      central.writeUInt16LE(8, 10);
      central.writeUInt16LE(DOS_TIME, 12);
      central.writeUInt16LE(DOS_DATE, 14);
      central.writeUInt32LE(e.crc, 16);
      central.writeUInt32LE(e.compressed, 20);
      central.writeUInt32LE(e.size, 24);
      central.writeUInt16LE(e.name.length, 28);
      central.writeUInt32LE(e.offset, 42);
      this.#write(central);
      this.#write(e.name);
    }
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(this.#entries.length, 8);
    end.writeUInt16LE(this.#entries.length, 10);
    end.writeUInt32LE(this.#offset - start, 12);
    end.writeUInt32LE(start, 16);
    this.#write(end);
    this.#flush();
    closeSync(this.#fd);
    return this.#entries.length;
  }
}
