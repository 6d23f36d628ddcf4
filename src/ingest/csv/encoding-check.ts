/** @module Checks that a CSV file is UTF-8 before DuckDB reads it, so a Windows-1252/Latin-1 export is called an encoding problem with its line, not a parse error. */
import { isUtf8 } from 'node:buffer';
import { open } from 'node:fs/promises';
import { IngestError } from '../../errors.ts';
import { atLine } from '../ingest-reasons.ts';
import { LINE_CONVENTION, NOT_UTF8 } from './csv-reasons.ts';

const CHUNK = 1 << 20;
const NEWLINE = 0x0a;

/** Bytes at the end of `bytes` that start a UTF-8 sequence not yet complete (0–3), to carry to the next chunk. */
function incompleteTail(bytes: Uint8Array): number {
  for (let back = 1; back <= Math.min(3, bytes.length); back++) {
    const byte = bytes[bytes.length - back]!;
    if ((byte & 0xc0) === 0x80) continue; // continuation byte: look further back
    const need = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
    return need > back ? back : 0;
  }
  return 0;
}

/** Offset of the first byte that is not valid UTF-8 (the chunk is known to be invalid). */
function firstInvalid(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length;) {
    const byte = bytes[i]!;
    const need =
      byte < 0x80
        ? 1
        : byte >= 0xc2 && byte < 0xe0
          ? 2
          : byte >= 0xe0 && byte < 0xf0
            ? 3
            : byte >= 0xf0 && byte < 0xf5
              ? 4
              : 0;
    if (need === 0 || i + need > bytes.length) return i;
    if (!isUtf8(bytes.subarray(i, i + need))) return i;
    i += need;
  }
  return bytes.length;
}

const countLines = (bytes: Uint8Array, end: number): number => {
  let n = 0;
  for (let i = 0; i < end; i++) if (bytes[i] === NEWLINE) n++;
  return n;
};

/** Throws an {@link IngestError} naming the first line that is not UTF-8 (UTF-16 is named as such). */
export async function assertUtf8(file: string): Promise<void> {
  const handle = await open(file, 'r');
  try {
    const buffer = Buffer.allocUnsafe(CHUNK + 3);
    let carried = 0;
    let lines = 0;
    let first = true;
    for (;;) {
      const { bytesRead } = await handle.read(buffer, carried, CHUNK, null);
      const end = carried + bytesRead;
      if (
        first &&
        end >= 2 &&
        ((buffer[0] === 0xff && buffer[1] === 0xfe) || (buffer[0] === 0xfe && buffer[1] === 0xff))
      ) {
        throw new IngestError(file, atLine(1), 'bestand is UTF-16; sla het op als UTF-8');
      }
      first = false;
      const tail = bytesRead === 0 ? 0 : incompleteTail(buffer.subarray(0, end));
      const whole = buffer.subarray(0, end - tail);
      if (!isUtf8(whole)) {
        const at = firstInvalid(whole);
        throw new IngestError(
          file,
          `${atLine(lines + countLines(whole, at) + 1)} (${LINE_CONVENTION})`,
          NOT_UTF8,
        );
      }
      if (bytesRead === 0) return;
      lines += countLines(whole, whole.length);
      buffer.copy(buffer, 0, end - tail, end);
      carried = tail;
    }
  } finally {
    await handle.close();
  }
}
