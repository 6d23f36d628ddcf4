/** @module Reads a social-return file (XLSX from the template, or YAML) into rows of named cells and hands them to the pure normaliser. */
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import ExcelJS from 'exceljs';
import { SocialReturnError } from '../../errors.ts';
import { normaliseWorkbook } from '../../social-return/social-return-normaliser.ts';
import {
  SHEET_NAMES,
  type CubeCounts,
  type RawRow,
  type RawWorkbook,
  type SheetKey,
} from '../../social-return/social-return-sheets.ts';
import type { GoalTreeNodes, SocialReturnDocument } from '../../social-return/social-return-model.ts';
import { formatPosition, REASON } from '../../social-return/social-return-reasons.ts';
import { cellText } from '../csv/xlsx-to-csv.ts';
import { parseYamlOffThread } from './yaml-parse-thread.ts';

const sheetKeyOf = (name: string): SheetKey | undefined =>
  (Object.keys(SHEET_NAMES) as SheetKey[]).find((key) => key === name.trim().toLowerCase());

const refuse = (file: string, position: string, reason: string): never => {
  throw new SocialReturnError(file, [{ position, reason }]);
};

/** YAML: each section a list of rows (`analyse` may be one mapping); item n is row n. Parsed on a worker thread. */
export async function yamlWorkbook(file: string, textContent: string): Promise<RawWorkbook> {
  let parsed: unknown;
  try {
    parsed = await parseYamlOffThread(textContent);
  } catch (error) {
    return refuse(file, '', REASON.unreadableYaml((error as Error).message));
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed))
    return refuse(file, '', REASON.notAnObject);
  const book: Record<string, RawRow[]> = {};
  for (const [name, section] of Object.entries(parsed as Record<string, unknown>)) {
    const key = sheetKeyOf(name);
    if (key === undefined) continue;
    const rows = Array.isArray(section) ? section : [section];
    book[key] = rows.map((cells, i): RawRow => {
      if (cells === null || typeof cells !== 'object' || Array.isArray(cells))
        return refuse(
          file,
          formatPosition({ sheet: name, row: i + 1, column: null }, 'yaml'),
          REASON.notAnObject,
        );
      const lower = Object.fromEntries(
        Object.entries(cells as Record<string, unknown>).map(([k, v]) => [k.toLowerCase(), v]),
      );
      return { row: i + 1, cells: lower };
    });
  }
  return book;
}

/** XLSX: sheets by name (case-insensitive); row 1 holds the column names; empty rows are skipped. */
export async function xlsxWorkbook(file: string, bytes: Buffer): Promise<RawWorkbook> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (error) {
    return refuse(file, '', REASON.unreadableXlsx((error as Error).message));
  }
  const book: Record<string, RawRow[]> = {};
  for (const sheet of workbook.worksheets) {
    const key = sheetKeyOf(sheet.name);
    if (key === undefined) continue;
    const header = sheet.getRow(1);
    const names: string[] = [];
    for (let c = 1; c <= header.cellCount; c++)
      names.push(cellText(header.getCell(c).value).trim().toLowerCase());
    const rows: RawRow[] = [];
    for (let r = 2; r <= sheet.rowCount; r++) {
      const row = sheet.getRow(r);
      const cells: Record<string, unknown> = {};
      let filled = false;
      names.forEach((name, i) => {
        const value = row.getCell(i + 1).value;
        const plain = typeof value === 'number' ? value : cellText(value);
        if (plain !== '') filled = true;
        if (name) cells[name] = plain;
      });
      if (filled) rows.push({ row: r, cells });
    }
    book[key] = rows;
  }
  return book;
}

/** Reads the counts a workbook asks for from the results cube (see countRequests). */
export type CountReader = (book: RawWorkbook) => Promise<CubeCounts>;

/**
 * Reads and validates a file; throws SocialReturnError naming sheet, row and column of every problem. With
 * `goalTree`, the goal-tree nodes the file names must be effects of that tree.
 */
export async function readSocialReturnFile(
  file: string,
  knownIndicators: ReadonlySet<string>,
  readCounts?: CountReader,
  goalTree?: GoalTreeNodes,
): Promise<SocialReturnDocument> {
  const extension = extname(file).toLowerCase();
  const format =
    extension === '.xlsx' ? 'xlsx' : extension === '.yaml' || extension === '.yml' ? 'yaml' : undefined;
  if (format === undefined) return refuse(file, '', REASON.unknownExtension);
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    return refuse(
      file,
      '',
      REASON.unreadableFile((error as NodeJS.ErrnoException).code ?? (error as Error).message),
    );
  }
  const book =
    format === 'xlsx' ? await xlsxWorkbook(file, bytes) : await yamlWorkbook(file, bytes.toString('utf8'));
  const outcome = normaliseWorkbook(
    book,
    knownIndicators,
    readCounts ? await readCounts(book) : undefined,
    goalTree,
  );
  if (!outcome.ok)
    throw new SocialReturnError(
      file,
      outcome.problems.map((p) => ({ position: formatPosition(p.position, format), reason: p.reason })),
    );
  return outcome.document;
}
