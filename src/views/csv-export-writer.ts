/** @module CSV as Dutch-locale Excel opens it in columns: UTF-8 with BOM, `;` separator, decimal comma, CRLF line ends, quoting where needed. */

export type CsvCell = string | number | null | undefined;

const BOM = '\uFEFF';
const CRLF = '\r\n';

/** A number with a decimal comma and no thousands separator (Excel nl-NL reads `1234,5` as a number). */
export function dutchDecimal(value: number): string {
  // Plain notation for very small or large numbers (String gives 1e-7), without trailing zeros.
  const text = /e/i.test(String(value)) ? value.toFixed(12).replace(/\.?0+$/, '') : String(value);
  return text.replace('.', ',');
}

/** A cell quoted when it holds the separator, a quote, a line break or leading/trailing spaces. */
function cell(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  const text = typeof value === 'number' ? dutchDecimal(value) : value;
  return /[;"\r\n]|^\s|\s$/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** The whole file: BOM, header row, one line per row, every line ended by CRLF. */
export function dutchCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  return BOM + [header, ...rows].map((r) => r.map(cell).join(';') + CRLF).join('');
}
