/** @module The social-return workbook (exceljs): the input sheets of a document (the template is an example document) plus, on export, its result sheets. */
import ExcelJS from 'exceljs';
import { SHEET_COLUMNS, SHEET_NAMES, type SheetKey } from '../social-return/social-return-sheets.ts';
import { documentRows, type Cell } from '../social-return/social-return-rows.ts';
import type { SocialReturnDocument } from '../social-return/social-return-model.ts';
import type { SocialReturnResult } from '../social-return/social-return-result.ts';
import { ACTOR_LABELS } from '../social-return/social-return-reasons.ts';

const SHEET_ORDER: readonly SheetKey[] = [
  'analyse',
  'prijslijst',
  'indexcijfers',
  'casussen',
  'posten',
  'kosten',
  'resultaten',
  'gevoeligheid',
];

function addSheet(
  workbook: ExcelJS.Workbook,
  name: string,
  columns: readonly string[],
  rows: readonly Record<string, Cell>[],
): void {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((column) => ({
    header: column,
    key: column,
    width: Math.min(60, Math.max(column.length, ...rows.map((r) => String(r[column] ?? '').length)) + 2),
  }));
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) sheet.addRow(columns.map((c) => row[c] ?? null));
}

const euro = (cents: number): number => cents / 100;

/** Result sheets: totals, per actor, and for a programme the years and the tornado data. */
function addResultSheets(workbook: ExcelJS.Workbook, result: SocialReturnResult): void {
  if (result.kind === 'prijslijst') {
    addSheet(
      workbook,
      `Prijzen ${result.priceYear}`,
      ['code', 'prijs'],
      result.items.map((i) => ({ code: i.code, prijs: euro(i.indexedCents) })),
    );
    return;
  }
  const totals = Object.entries(result.totals).map(([measure, value]) => ({
    maat: measure,
    waarde: value === null ? null : measure === 'ratio' || measure === 'paybackYear' ? value : euro(value),
  }));
  addSheet(workbook, 'Resultaat', ['maat', 'waarde'], totals);
  const byActor = result.byActor.map((row) => {
    const { actor, ...values } = row;
    return {
      actor: ACTOR_LABELS[actor] ?? actor,
      ...Object.fromEntries(Object.entries(values).map(([k, v]) => [k, euro(v)])),
    };
  });
  const actorColumns = ['actor', ...Object.keys(result.byActor[0] ?? {}).filter((k) => k !== 'actor')];
  addSheet(workbook, 'Per actor', actorColumns, byActor);
  if (result.kind === 'programma') {
    addSheet(
      workbook,
      'Per jaar',
      ['jaar', 'kosten', 'baten', 'cumulatief_ncw'],
      result.years.map((y) => ({
        jaar: y.year,
        kosten: euro(y.costs),
        baten: euro(y.benefits),
        cumulatief_ncw: euro(y.cumulativeNpv),
      })),
    );
    addSheet(
      workbook,
      'Tornado',
      [
        'aanname',
        'omschrijving',
        'basis',
        'laag',
        'hoog',
        'ncw_laag',
        'ncw_hoog',
        'ncw_basis',
        'bepaalt_teken',
      ],
      result.sensitivity.bars.map((b) => ({
        aanname: b.assumption,
        omschrijving: b.label,
        basis: b.base,
        laag: b.low,
        hoog: b.high,
        ncw_laag: euro(b.resultLow),
        ncw_hoog: euro(b.resultHigh),
        ncw_basis: euro(b.resultBase),
        bepaalt_teken: b.decidesSign ? 'ja' : 'nee',
      })),
    );
  }
}

/**
 * The workbook as bytes: the document's input sheets (importable again as they are) and, when `result` is given,
 * the result sheets after them (ignored on import).
 */
export async function socialReturnWorkbook(
  doc: SocialReturnDocument,
  result?: SocialReturnResult,
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Monitor Sociaal Domein';
  const rows = documentRows(doc);
  for (const key of SHEET_ORDER) {
    const sheetRows = rows[key];
    if (sheetRows !== undefined) addSheet(workbook, SHEET_NAMES[key], SHEET_COLUMNS[key], sheetRows);
  }
  if (result) addResultSheets(workbook, result);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
