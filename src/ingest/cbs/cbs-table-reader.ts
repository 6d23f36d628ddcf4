/** @module Reads a CBS StatLine table as downloaded — the bulk CSV (`;`, quoted headers, space-padded codes) or the OData JSON (`{"value": [...]}`) — into rows of raw cells with their position. */
import { readFile } from 'node:fs/promises';
import { IngestError } from '../../errors.ts';
import { AGGREGATE_FILE } from '../aggregates/aggregate-reasons.ts';
import { decodeText, parseDelimitedText } from '../aggregates/delimited-text.ts';
import { POSITION, atLine, atRow, unreadable } from '../ingest-reasons.ts';

export type CbsCell = string | number | null;

export interface CbsRow {
  /** `line 7` (CSV) or `record 3` (JSON). */
  readonly position: string;
  readonly cells: Readonly<Record<string, CbsCell>>;
}

export interface CbsTable {
  readonly layout: 'csv' | 'odata';
  readonly columns: readonly string[];
  readonly rows: readonly CbsRow[];
}

function fromJson(file: string, text: string): CbsTable {
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch (error) {
    throw new IngestError(file, POSITION.content, unreadable('JSON', (error as Error).message));
  }
  const list = Array.isArray(input) ? input : (input as { value?: unknown } | null)?.value;
  if (!Array.isArray(list)) throw new IngestError(file, POSITION.content, AGGREGATE_FILE.notOData);
  const columns = new Set<string>();
  const rows = list.map((raw, i): CbsRow => {
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
      throw new IngestError(file, atRow(i + 1), AGGREGATE_FILE.rowNotObject);
    const cells: Record<string, CbsCell> = {};
    for (const [key, value] of Object.entries(raw as Record<string, unknown>)) {
      columns.add(key);
      cells[key] = typeof value === 'string' || typeof value === 'number' ? value : null;
    }
    return { position: atRow(i + 1), cells };
  });
  return { layout: 'odata', columns: [...columns], rows };
}

function fromCsv(text: string): CbsTable {
  const parsed = parseDelimitedText(text);
  return {
    layout: 'csv',
    columns: parsed.header,
    rows: parsed.records.map((r) => ({ position: atLine(r.line), cells: r.fields })),
  };
}

/** Reads a downloaded table; the layout follows from the content (JSON starts with `{` or `[`). */
export async function readCbsTable(file: string): Promise<CbsTable> {
  const text = decodeText(await readFile(file));
  const first = text.trimStart()[0];
  return first === '{' || first === '[' ? fromJson(file, text) : fromCsv(text);
}

/** CBS period keys (`2023JJ00` year, `2023HJ01` half, `2023KW03` quarter, `2023MM07` month) to period ids; other text is returned as is. */
export function cbsPeriodId(raw: string): string {
  const text = raw.trim();
  const m = /^(\d{4})(JJ|HJ|KW|MM)(\d{2})$/.exec(text);
  if (!m) return text;
  const [, year, kind, n] = m as unknown as [string, string, string, string];
  switch (kind) {
    case 'JJ':
      return year;
    case 'HJ':
      return `${year}-H${Number(n)}`;
    case 'KW':
      return `${year}-Q${Number(n)}`;
    default:
      return `${year}-${n}`;
  }
}
