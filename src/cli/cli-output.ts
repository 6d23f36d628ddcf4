/** @module Output helpers of the CLI: where lines go (testable), and table formatting of row objects. */

export interface CliIo {
  out(line: string): void;
  err(line: string): void;
  /** Standard input when it is not the process's own (a command handed to the server brings the CLI's). */
  readonly stdin?: string;
}

export const processIo: CliIo = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
};

type Cell = string | number | boolean | null | undefined;

/** A plain text table with aligned columns; `headers` (e.g. Dutch labels) default to the column keys. */
export function formatTable(
  rows: readonly Record<string, Cell>[],
  columns: readonly string[],
  headers: readonly string[] = columns,
): string {
  const text = (v: Cell) => (v === null || v === undefined ? '' : String(v));
  const head = columns.map((c, i) => headers[i] ?? c);
  const widths = columns.map((c, i) => Math.max(head[i]!.length, ...rows.map((r) => text(r[c]).length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd();
  return [
    line(head),
    line(widths.map((w) => '-'.repeat(w))),
    ...rows.map((r) => line(columns.map((c) => text(r[c])))),
  ].join('\n');
}
