/** @module Spreadsheet exports (XLSX): the first worksheet is written as a `;`-separated CSV in a private temporary folder (RAM-backed where the system has one), read through the CSV path, and removed. */
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { IngestError } from '../../errors.ts';
import { POSITION, unreadable } from '../ingest-reasons.ts';
import { NO_WORKSHEET } from './csv-reasons.ts';

const pad = (n: number) => String(n).padStart(2, '0');

/** A cell as text the CSV path understands: dates as ISO `YYYY-MM-DD` (Excel stores them as dates), numbers plain. */
export function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date)
    return `${value.getUTCFullYear()}-${pad(value.getUTCMonth() + 1)}-${pad(value.getUTCDate())}`;
  if (typeof value === 'object') {
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('text' in value) return String(value.text);
    if ('error' in value) return '';
  }
  return String(value);
}

const csvField = (text: string): string => (/[";\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text);

/** The rows of the first worksheet as CSV lines (row 1 = header = line 1, so quarantine lines are spreadsheet rows). */
export async function xlsxToCsvText(file: string): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.readFile(file);
  } catch (error) {
    throw new IngestError(file, POSITION.workbook, unreadable('XLSX', (error as Error).message));
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new IngestError(file, POSITION.workbook, NO_WORKSHEET);
  const width = sheet.getRow(1).cellCount;
  const lines: string[] = [];
  for (let r = 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const cells: string[] = [];
    for (let c = 1; c <= width; c++) cells.push(csvField(cellText(row.getCell(c).value).trim()));
    lines.push(cells.join(';'));
  }
  return `${lines.join('\n')}\n`;
}

/**
 * Runs `work` on a CSV copy of the workbook. The copy holds the export's personal data for the length of the
 * ingest only: in a 0700 folder, in RAM (`/dev/shm`) where available, removed afterwards whatever happens.
 */
export async function withCsvCopy<T>(file: string, work: (csvFile: string) => Promise<T>): Promise<T> {
  const text = await xlsxToCsvText(file);
  const dir = await mkdtemp(join(existsSync('/dev/shm') ? '/dev/shm' : tmpdir(), 'msd-xlsx-'));
  try {
    const csvFile = join(dir, 'sheet.csv');
    await writeFile(csvFile, text, { mode: 0o600 });
    return await work(csvFile);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
