/** @module Writes a large benefits export workbook (streaming writer, so making it costs little memory) for the bounded-memory XLSX test and the fuzz/bench run. */
import ExcelJS from 'exceljs';
import { BENEFIT_HEADER } from '../../src/demo/record-emitter.ts';

/** Test BSNs 999990000 + 11k pass the eleven-test for small k only; a fixed valid one is enough for volume. */
const BSN = '999990056';

/** Writes `rows` benefit rows (real date cells, unique benefit numbers) to `file`. */
export async function writeLargeBenefitWorkbook(file: string, rows: number): Promise<void> {
  const writer = new ExcelJS.stream.xlsx.WorkbookWriter({
    filename: file,
    useSharedStrings: false,
    useStyles: true,
  });
  const sheet = writer.addWorksheet('Uitkeringen');
  sheet.addRow([...BENEFIT_HEADER]).commit();
  const start = new Date('2019-01-01T00:00:00Z');
  for (let i = 0; i < rows; i++) {
    sheet.addRow([BSN, start, 'M', '2711AA', i % 200, '', '', 'PW', `U-${i}`, start, null, '', 'N']).commit();
  }
  sheet.commit();
  await writer.commit();
}
