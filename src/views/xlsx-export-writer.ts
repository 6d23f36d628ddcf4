/** @module A real XLSX workbook (exceljs) of a table: a bold, frozen header row with a filter, numbers as numeric cells with a Dutch-readable number format, and column widths that fit. */
import ExcelJS from 'exceljs';

export type XlsxCell = string | number | null;

export interface XlsxColumn {
  readonly header: string;
  readonly numeric: boolean;
}

/** Widths in characters: at least the header's, at most 60, plus a little room. */
const MAX_WIDTH = 60;

/**
 * The workbook as bytes. A numeric column shows whole numbers as `#,##0` and others with one decimal (`#,##0.0`;
 * the cell keeps the exact value); it is right-aligned, so a text cell in it (`.` = geheim) lines up with the numbers.
 */
export async function xlsxWorkbook(
  sheetName: string,
  columns: readonly XlsxColumn[],
  rows: readonly (readonly XlsxCell[])[],
  notes: readonly string[] = [],
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Monitor Sociaal Domein';
  const sheet = workbook.addWorksheet(sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  // Width and style per column, set before the rows so every cell takes them from its column (one style object
  // per column, not per cell).
  sheet.columns = columns.map((column, index) => {
    let widest = column.header.length;
    let whole = true;
    for (const row of rows) {
      const cell = row[index] ?? null;
      if (cell !== null) widest = Math.max(widest, String(cell).length);
      if (typeof cell === 'number' && !Number.isInteger(cell)) whole = false;
    }
    return {
      width: Math.min(MAX_WIDTH, widest + 2),
      ...(column.numeric
        ? { style: { numFmt: whole ? '#,##0' : '#,##0.0', alignment: { horizontal: 'right' } } }
        : {}),
    };
  });
  const header = sheet.addRow(columns.map((c) => c.header));
  header.font = { bold: true };
  header.alignment = { horizontal: 'left' };
  sheet.addRows(rows.map((row) => [...row]));
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  if (notes.length > 0) {
    const about = workbook.addWorksheet('Toelichting');
    about.getColumn(1).width = 100;
    for (const note of notes) about.addRow([note]);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
