/** @module `msd budget import`: reads a budget file (CSV or the first worksheet of an XLSX), refuses it whole with every problem's line and column, or stores it in one transaction — replacing the stored budget of the years it holds. */
import { basename, extname } from 'node:path';
import type { SqlParam, SqlStore } from '../../store/sql-store.ts';
import { readDelimitedFile } from '../aggregates/delimited-text.ts';
import { withCsvCopy } from '../csv/xlsx-to-csv.ts';
import { atLine, missingColumns, POSITION } from '../ingest-reasons.ts';
import {
  readBudgetLines,
  REQUIRED_BUDGET_COLUMNS,
  type BudgetLine,
  type BudgetProblem,
} from './budget-lines.ts';
import { BUDGET_FILE } from './budget-reasons.ts';

export interface BudgetProblemAt {
  /** `regel 4` (CSV) or `rij 4` (XLSX, the worksheet row), or the header. */
  readonly position: string;
  readonly reason: string;
}

export type BudgetImportResult =
  | {
      readonly ok: true;
      readonly file: string;
      readonly lines: number;
      readonly years: number[];
      /** Lines of those years stored before and now replaced. */
      readonly replaced: number;
    }
  | { readonly ok: false; readonly file: string; readonly problems: BudgetProblemAt[] };

/** Reads the file's records (an XLSX through a private CSV copy, so rows keep their numbers). */
async function readRecords(file: string) {
  const ext = extname(file).toLowerCase();
  if (ext === '.xlsx') return withCsvCopy(file, readDelimitedFile);
  return readDelimitedFile(file);
}

/** Validates and stores a budget file; nothing is stored unless every line is usable. */
export async function importBudget(store: SqlStore, file: string): Promise<BudgetImportResult> {
  const name = basename(file);
  const ext = extname(file).toLowerCase();
  const refuse = (problems: BudgetProblemAt[]): BudgetImportResult => ({ ok: false, file: name, problems });
  if (ext !== '.csv' && ext !== '.xlsx' && ext !== '.txt')
    return refuse([{ position: POSITION.file, reason: BUDGET_FILE.notCsvOrXlsx }]);
  const text = await readRecords(file);
  const header = text.header.map((h) => h.trim().toLowerCase());
  const missing = REQUIRED_BUDGET_COLUMNS.filter((c) => !header.includes(c));
  if (missing.length > 0)
    return refuse([
      {
        position: POSITION.headerLine,
        reason: `${missingColumns(missing)} (verwacht: ${BUDGET_FILE.expected})`,
      },
    ]);
  // Header names are matched case-insensitively: records are keyed by the header as written.
  const records = text.records.map((r) => ({
    line: r.line,
    fields: Object.fromEntries(Object.entries(r.fields).map(([k, v]) => [k.trim().toLowerCase(), v])),
  }));
  const reading = readBudgetLines(records);
  const at = ext === '.xlsx' ? (line: number) => `rij ${line}` : atLine;
  if (!reading.ok)
    return refuse(reading.problems.map((p: BudgetProblem) => ({ position: at(p.line), reason: p.reason })));
  const years = [...new Set(reading.lines.map((l) => l.year))].sort((a, b) => a - b);
  const importedAt = new Date().toISOString();
  const replaced = await store.transaction(async () => {
    const before = await store.all<{ n: number }>(
      'SELECT count(*)::INTEGER AS n FROM budget_line WHERE list_contains(?::INTEGER[], year)',
      [`[${years.join(',')}]`],
    );
    await store.run('DELETE FROM budget_line WHERE list_contains(?::INTEGER[], year)', [
      `[${years.join(',')}]`,
    ]);
    await store.append(
      'budget_line',
      reading.lines.map((l) => budgetRow(name, importedAt, l)),
    );
    return before[0]?.n ?? 0;
  });
  return { ok: true, file: name, lines: reading.lines.length, years, replaced };
}

const budgetRow = (file: string, importedAt: string, l: BudgetLine): SqlParam[] => [
  file,
  l.line,
  importedAt,
  l.year,
  l.domain,
  l.category,
  l.taakveld,
  l.kind,
  l.amountCents,
  l.description,
];
