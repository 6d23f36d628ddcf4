/** @module Small delimited-text reader for aggregate files (figures, CBS tables, area lists): encoding and delimiter detection, quoted fields, file line numbers. */
import { readFile } from 'node:fs/promises';

/** One data record with the file line it starts on (the header is line 1). */
export interface TextRecord {
  readonly line: number;
  /** Field values by header name; fields are not trimmed (CBS pads codes with spaces). */
  readonly fields: Readonly<Record<string, string>>;
}

export interface DelimitedText {
  readonly delimiter: ';' | ',' | '\t';
  readonly header: readonly string[];
  readonly records: readonly TextRecord[];
}

/** Decodes UTF-8 (with or without BOM); files that are not valid UTF-8 are read as Windows-1252 (older Excel exports). */
export function decodeText(bytes: Uint8Array): string {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    text = new TextDecoder('windows-1252').decode(bytes);
  }
  return text.replace(/^\uFEFF/, '');
}

/** The delimiter of a header line: the most frequent of `;`, tab and `,` outside quotes (ties go to `;`, the Dutch Excel default). */
export function detectDelimiter(headerLine: string): ';' | ',' | '\t' {
  const counts = { ';': 0, ',': 0, '\t': 0 };
  let quoted = false;
  for (const ch of headerLine) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === ';' || ch === ',' || ch === '\t')) counts[ch]++;
  }
  if (counts['\t'] > counts[';'] && counts['\t'] > counts[',']) return '\t';
  return counts[','] > counts[';'] ? ',' : ';';
}

/** Splits text into rows of fields (RFC 4180 quoting, `""` inside quotes), with the line each row starts on. */
function splitRows(text: string, delimiter: string): { line: number; cells: string[] }[] {
  const rows: { line: number; cells: string[] }[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let rowLine = 1;
  let dirty = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i++;
        } else quoted = false;
      } else {
        if (ch === '\n') line++;
        cell += ch;
      }
      continue;
    }
    if (ch === '"') {
      quoted = true;
      dirty = true;
    } else if (ch === delimiter) {
      cells.push(cell);
      cell = '';
      dirty = true;
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      if (dirty || cell !== '') rows.push({ line: rowLine, cells: [...cells, cell] });
      cells = [];
      cell = '';
      dirty = false;
      line++;
      rowLine = line;
    } else {
      cell += ch;
      dirty = true;
    }
  }
  if (dirty || cell !== '') rows.push({ line: rowLine, cells: [...cells, cell] });
  return rows;
}

/**
 * Parses delimited text with a header row. Header names are trimmed; a record with more fields than the header
 * gets the extra fields under `#extra` so the caller can report the line.
 */
export function parseDelimitedText(text: string): DelimitedText {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const delimiter = detectDelimiter(firstLine);
  const [head, ...body] = splitRows(text, delimiter);
  const header = (head?.cells ?? []).map((h) => h.trim());
  const records = body.map(({ line, cells }) => {
    const fields: Record<string, string> = {};
    header.forEach((name, i) => (fields[name] = cells[i] ?? ''));
    if (cells.length > header.length) fields['#extra'] = cells.slice(header.length).join(delimiter);
    return { line, fields };
  });
  return { delimiter, header, records };
}

/** Reads and parses a delimited text file. */
export async function readDelimitedFile(file: string): Promise<DelimitedText> {
  return parseDelimitedText(decodeText(await readFile(file)));
}
