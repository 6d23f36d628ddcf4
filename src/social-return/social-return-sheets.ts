/** @module The layout of a social-return workbook (sheets, columns) and a reader of one row's cells that collects problems with their position. */
import type { CountSource } from './social-return-model.ts';
import { REASON, type SheetPosition } from './social-return-reasons.ts';

/** One row of a sheet: its row number (as the user sees it) and cells by lower-case column name. */
export interface RawRow {
  readonly row: number;
  readonly cells: Readonly<Record<string, unknown>>;
}

/** Sheets by key (`analyse`, `prijslijst`, `indexcijfers`, `casussen`, `posten`, `kosten`, `resultaten`, `gevoeligheid`). */
export type RawWorkbook = Readonly<Record<string, readonly RawRow[]>>;

/** The sheet names users see, by key. */
export const SHEET_NAMES = {
  analyse: 'Analyse',
  prijslijst: 'Prijslijst',
  indexcijfers: 'Indexcijfers',
  casussen: 'Casussen',
  posten: 'Posten',
  kosten: 'Kosten',
  resultaten: 'Resultaten',
  gevoeligheid: 'Gevoeligheid',
} as const;
export type SheetKey = keyof typeof SHEET_NAMES;

/** The columns of each sheet, in template order. */
export const SHEET_COLUMNS: Record<SheetKey, readonly string[]> = {
  analyse: [
    'naam',
    'titel',
    'soort',
    'prijsjaar',
    'toelichting',
    'doelboom',
    'indicatoren',
    'horizon',
    'disconteringsvoet',
  ],
  prijslijst: ['code', 'omschrijving', 'eenheid', 'prijs', 'prijsjaar', 'actor', 'bron'],
  indexcijfers: ['jaar', 'index'],
  casussen: ['casus', 'soort', 'welbevinden_voor', 'welbevinden_na'],
  posten: ['casus', 'situatie', 'code', 'aantal'],
  kosten: ['omschrijving', 'soort', 'bedrag', 'actor'],
  resultaten: [
    'resultaat',
    'code',
    'aantal',
    'indicator',
    'periode',
    'gebied',
    'looptijd',
    'deadweight',
    'toerekening',
    'verplaatsing',
    'afname',
    'aandeel_gemeente',
    'aandeel_eerste_jaar',
  ],
  gevoeligheid: ['aanname', 'laag', 'hoog'],
};

/** The key of a count read from the cube. */
export const countKey = (indicator: string, period: string, area: string): string =>
  `${indicator}|${period}|${area}`;

/**
 * The counts a workbook asks to read from the cube: result rows with an empty `aantal` and an indicator and period
 * (area: `gebied`, else `defaultArea`). The edge reads them and hands them to normaliseWorkbook.
 */
export function countRequests(book: RawWorkbook, defaultArea: string): CountSource[] {
  return (book['resultaten'] ?? []).flatMap((raw) => {
    const indicator = text(raw.cells['indicator']);
    const period = text(raw.cells['periode']);
    if (text(raw.cells['aantal']) !== '' || indicator === '' || period === '') return [];
    return [{ indicator, period, area: text(raw.cells['gebied']) || defaultArea }];
  });
}

/** Counts read from the cube (key: countKey; null when the cube has no value) and the area used when none is named. */
export interface CubeCounts {
  readonly values: ReadonlyMap<string, number | null>;
  readonly defaultArea: string;
}

export interface Problem {
  readonly position: SheetPosition;
  readonly reason: string;
}

export const text = (value: unknown): string =>
  value === null || value === undefined ? '' : String(value).trim();

/** Reads cells of one row, collecting problems with their position. */
export class RowReader {
  constructor(
    private readonly sheet: SheetKey,
    private readonly raw: RawRow,
    private readonly problems: Problem[],
  ) {}

  fail(column: string | null, reason: string): undefined {
    this.problems.push({ position: { sheet: SHEET_NAMES[this.sheet], row: this.raw.row, column }, reason });
    return undefined;
  }

  text(column: string, required = true): string | undefined {
    const value = text(this.raw.cells[column]);
    if (value === '') return required ? this.fail(column, REASON.missing) : '';
    return value;
  }

  choice<T extends string>(column: string, choices: readonly T[]): T | undefined {
    const value = this.text(column);
    if (value === undefined) return undefined;
    return (choices as readonly string[]).includes(value)
      ? (value as T)
      : this.fail(column, REASON.notInList(value, choices));
  }

  /** A number with at most `decimals` decimals, or undefined (with a problem); empty gives `empty` when allowed. */
  number(
    column: string,
    options: { decimals?: number; negative?: boolean; empty?: number | null } = {},
  ): number | null | undefined {
    const raw = this.raw.cells[column];
    const shown = text(raw);
    if (shown === '') return 'empty' in options ? options.empty : this.fail(column, REASON.missing);
    const value = typeof raw === 'number' ? raw : Number(shown.replace(/\s/g, '').replace(',', '.'));
    if (!Number.isFinite(value)) return this.fail(column, REASON.notNumber(shown));
    if (!options.negative && value < 0) return this.fail(column, REASON.negative(shown));
    const decimals = options.decimals ?? 6;
    const scaled = value * 10 ** decimals;
    if (Math.abs(scaled - Math.round(scaled)) > 1e-6 * Math.max(1, Math.abs(scaled)))
      return decimals === 0
        ? this.fail(column, REASON.notWhole(shown))
        : this.fail(column, REASON.tooManyDecimals(shown, decimals));
    return value;
  }

  year(column: string): number | undefined {
    const value = this.number(column, { decimals: 0 });
    if (value === undefined || value === null) return undefined;
    return value >= 1900 && value <= 2200
      ? value
      : this.fail(column, REASON.yearOutOfRange(text(this.raw.cells[column])));
  }

  /** Euros with at most 2 decimals → whole cents. */
  cents(column: string): number | undefined {
    const value = this.number(column, { decimals: 2 });
    return value === undefined || value === null ? undefined : Math.round(value * 100);
  }

  /** A percentage 0–100 → a fraction; empty gives `empty`. */
  share(column: string, empty: number | null): number | null | undefined {
    const value = this.number(column, { empty, negative: true });
    if (value === undefined || value === null || value === empty) return value;
    if (value < 0 || value > 100)
      return this.fail(column, REASON.shareOutOfRange(text(this.raw.cells[column])));
    return value / 100;
  }

  list(column: string): string[] {
    return text(this.raw.cells[column])
      .split(/[,;\s]+/)
      .filter((part) => part !== '');
  }
}
