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
 * the cell keeps the exact value). A text cell in a numeric column (`.` = geheim) is right-aligned like the numbers.
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
  sheet.addRow(columns.map((c) => c.header)).font = { bold: true };
  for (const row of rows) sheet.addRow([...row]);
  columns.forEach((column, index) => {
    const cells = rows.map((r) => r[index] ?? null);
    const sheetColumn = sheet.getColumn(index + 1);
    const widest = Math.max(column.header.length, ...cells.map((c) => (c === null ? 0 : String(c).length)));
    sheetColumn.width = Math.min(MAX_WIDTH, widest + 2);
    if (!column.numeric) return;
    const whole = cells.every((c) => typeof c !== 'number' || Number.isInteger(c));
    sheetColumn.eachCell({ includeEmpty: false }, (c, rowNumber) => {
      if (rowNumber === 1) return;
      if (typeof c.value === 'number') c.numFmt = whole ? '#,##0' : '#,##0.0';
      else c.alignment = { horizontal: 'right' };
    });
  });
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  if (notes.length > 0) {
    const about = workbook.addWorksheet('Toelichting');
    about.getColumn(1).width = 100;
    for (const note of notes) about.addRow([note]);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
