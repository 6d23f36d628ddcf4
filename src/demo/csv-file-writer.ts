/** @module Streams rows of the msd standard export (UTF-8, `;`, header row, `\n`) to a file in ~1 MB chunks, so huge files need little memory. */

import { closeSync, openSync, writeSync } from 'node:fs';

const CHUNK_CHARS = 1 << 20;

/** Quotes a field only when it holds the separator, a quote or a line break (our generated values never do). */
export function csvField(value: string): string {
  return /[;"\n\r]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

export class CsvFileWriter {
  private readonly fd: number;
  private buffer: string[] = [];
  private bufferedChars = 0;
  rows = 0;

  constructor(
    readonly path: string,
    header: ReadonlyArray<string>,
  ) {
    this.fd = openSync(path, 'w');
    this.buffer.push(`${header.join(';')}\n`);
  }

  /** Writes one row of fields that are known to need no quoting (hot path). */
  plainRow(fields: ReadonlyArray<string | number>): void {
    const line = `${fields.join(';')}\n`;
    this.buffer.push(line);
    this.bufferedChars += line.length;
    this.rows++;
    if (this.bufferedChars >= CHUNK_CHARS) this.flush();
  }

  row(fields: ReadonlyArray<string | number>): void {
    this.plainRow(fields.map((f) => (typeof f === 'number' ? String(f) : csvField(f))));
  }

  private flush(): void {
    if (this.buffer.length === 0) return;
    writeSync(this.fd, this.buffer.join(''));
    this.buffer = [];
    this.bufferedChars = 0;
  }

  close(): number {
    this.flush();
    closeSync(this.fd);
    return this.rows;
  }
}
