/**
 * @module Spreadsheet exports (XLSX): the first worksheet is streamed (exceljs `WorkbookReader`, memory bounded
 * whatever the size) into a `;`-separated CSV in a private temporary folder (RAM-backed where the system has one),
 * read through the CSV path, and removed.
 */
import { createWriteStream, existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';
import ExcelJS from 'exceljs';
import { IngestError } from '../../errors.ts';
import { POSITION, unreadable } from '../ingest-reasons.ts';
import { NO_WORKSHEET } from './csv-reasons.ts';

const pad = (n: number) => String(n).padStart(2, '0');

/** A cell as text the CSV path understands: dates as ISO `YYYY-MM-DD` (Excel stores them as dates), numbers plain. */
export function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date)
    return Number.isNaN(value.getTime())
      ? ''
      : `${value.getUTCFullYear()}-${pad(value.getUTCMonth() + 1)}-${pad(value.getUTCDate())}`;
  if (typeof value === 'object') {
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('text' in value) return String(value.text);
    if ('error' in value) return '';
  }
  return String(value);
}

const csvField = (text: string): string => (/[";\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text);

/** The streaming reader's options: shared strings and styles (for dates) cached, everything else skipped. */
const READER_OPTIONS = {
  sharedStrings: 'cache',
  styles: 'cache',
  hyperlinks: 'ignore',
  worksheets: 'emit',
  entries: 'emit',
} as const;

/** A row's cells (1-based `values`, as exceljs gives them) as one CSV line of `width` fields. */
function csvLine(values: readonly ExcelJS.CellValue[], width: number): string {
  const cells: string[] = [];
  for (let c = 1; c <= width; c++) cells.push(csvField(cellText(values[c] ?? null).trim()));
  return cells.join(';');
}

/**
 * Streams the rows of the first worksheet as CSV lines to `line` (row 1 = header = line 1, so quarantine lines are
 * spreadsheet rows; an empty row keeps its line). The header's width is the width of every line. Stops when `line`
 * returns false. Only one row is held at a time (plus exceljs's shared-string table).
 */
async function streamRows(file: string, line: (text: string) => Promise<boolean> | boolean): Promise<void> {
  let reader: ExcelJS.stream.xlsx.WorkbookReader;
  try {
    reader = new ExcelJS.stream.xlsx.WorkbookReader(file, READER_OPTIONS);
  } catch (error) {
    throw new IngestError(file, POSITION.workbook, unreadable('XLSX', (error as Error).message));
  }
  let sawSheet = false;
  try {
    for await (const sheet of reader) {
      sawSheet = true;
      let width = 0;
      let next = 1;
      for await (const row of sheet) {
        const values = row.values as ExcelJS.CellValue[];
        if (next === 1) width = row.number === 1 ? values.length - 1 : 0;
        // Rows without cells are left out of the stream: write them as empty lines so line numbers stay rows.
        for (; next < row.number; next++) if (!(await line(';'.repeat(Math.max(width - 1, 0))))) return;
        next = row.number + 1;
        if (!(await line(csvLine(values, width)))) return;
      }
      break; // the first worksheet only
    }
  } catch (error) {
    if (error instanceof IngestError) throw error;
    throw new IngestError(file, POSITION.workbook, unreadable('XLSX', (error as Error).message));
  }
  if (!sawSheet) throw new IngestError(file, POSITION.workbook, NO_WORKSHEET);
}

/** The header row of the first worksheet as a `;`-separated line (reads no further than row 1). */
export async function xlsxHeaderLine(file: string): Promise<string> {
  let header = '';
  await streamRows(file, (text) => {
    header = text;
    return false;
  });
  return header;
}

/** Writes the first worksheet as CSV to `csvFile` (mode 0600), with the stream's back-pressure honoured. */
export async function xlsxToCsvFile(file: string, csvFile: string): Promise<void> {
  const out = createWriteStream(csvFile, { mode: 0o600 });
  const closed = once(out, 'close');
  try {
    await streamRows(file, async (text) => {
      if (!out.write(`${text}\n`)) await once(out, 'drain');
      return true;
    });
  } finally {
    out.end();
    await closed;
  }
}

/**
 * Runs `work` on a CSV copy of the workbook. The copy holds the export's personal data for the length of the
 * ingest only: in a 0700 folder, in RAM (`/dev/shm`) where available, removed afterwards whatever happens.
 */
export async function withCsvCopy<T>(file: string, work: (csvFile: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(join(existsSync('/dev/shm') ? '/dev/shm' : tmpdir(), 'msd-xlsx-'));
  try {
    const csvFile = join(dir, 'sheet.csv');
    await xlsxToCsvFile(file, csvFile);
    return await work(csvFile);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
