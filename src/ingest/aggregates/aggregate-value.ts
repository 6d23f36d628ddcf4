/** @module An imported aggregate figure (indicator value from CBS, GGD, a survey) and the pure readers of its cells: numbers, CBS symbols (`.`, blank, `*`, `**`), status and unit. */
import type { UNITS } from '../../domain/indicator-definition.ts';
import type { ValueStatus } from '../../domain/indicator-status.ts';

/** One figure as stored in `indicator_value` (source ≠ 'computed'); value null = secret/unknown (CBS `.`). */
export interface AggregateValue {
  indicator: string;
  period: string;
  area: string;
  breakdownKey: string;
  breakdownValue: string;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  status: ValueStatus;
  source: string;
}

/** A cell read as a figure: a number, CBS `.` (secret or unknown), blank (cannot occur), or not a number. */
export type FigureCell =
  | { kind: 'number'; value: number; marker: '' | '*' | '**' }
  | { kind: 'secret'; marker: '' | '*' | '**' }
  | { kind: 'impossible' }
  | { kind: 'invalid'; text: string };

/**
 * Reads a figure cell. Decimal comma or point, no thousands separators (`1.234` is one point two three four);
 * a trailing `*` / `**` is CBS's provisional / revised provisional marker.
 */
export function readFigure(
  raw: string | number | null | undefined,
  nullMeans: 'secret' | 'impossible' = 'secret',
): FigureCell {
  if (raw === null || raw === undefined)
    return nullMeans === 'secret' ? { kind: 'secret', marker: '' } : { kind: 'impossible' };
  if (typeof raw === 'number')
    return Number.isFinite(raw)
      ? { kind: 'number', value: raw, marker: '' }
      : { kind: 'invalid', text: String(raw) };
  let text = raw.trim();
  if (text === '') return { kind: 'impossible' };
  let marker: '' | '*' | '**' = '';
  const m = /^(.*?)\s*(\*{1,2})$/.exec(text);
  if (m) {
    text = m[1]!;
    marker = m[2] as '*' | '**';
  }
  if (text === '.') return { kind: 'secret', marker };
  if (!/^[-+]?\d+([.,]\d+)?$/.test(text)) return { kind: 'invalid', text: raw.trim() };
  return { kind: 'number', value: Number(text.replace(',', '.')), marker };
}

const STATUS_WORDS: Record<string, ValueStatus> = {
  provisional: 'provisional',
  voorlopig: 'provisional',
  '*': 'provisional',
  '**': 'provisional',
  final: 'final',
  definitief: 'final',
};

/** Reads a status cell (`provisional|final`, Dutch `voorlopig|definitief`, CBS `*`/`**`); empty = undefined; anything else = null. */
export function readStatus(raw: string | undefined): ValueStatus | undefined | null {
  const text = (raw ?? '').trim().toLowerCase();
  if (text === '') return undefined;
  return STATUS_WORDS[text] ?? null;
}

type Unit = (typeof UNITS)[number];

const UNIT_ALIASES: Record<string, Unit> = {
  '%': 'percent',
  procent: 'percent',
  'per 1000': 'per1000',
  'per 1 000': 'per1000',
  'per 1.000': 'per1000',
  'per 10000': 'per10000',
  'per 10 000': 'per10000',
  'per 10.000': 'per10000',
  '€': 'euro',
  eur: 'euro',
  personen: 'persons',
  huishoudens: 'households',
  dagen: 'days',
  jaren: 'years',
};

/** Reads a unit cell: a catalogue unit (`persons`, `percent`, ...) or a common Dutch/symbol alias (`%`, `per 1.000`, `€`); empty = undefined. */
export function readUnit(raw: string | undefined, units: readonly string[]): string | undefined | null {
  const text = (raw ?? '').trim();
  if (text === '') return undefined;
  if (units.includes(text)) return text;
  return UNIT_ALIASES[text.toLowerCase()] ?? null;
}

/** Strips CBS's provisional marker from a period cell (`2023*` → `2023`, provisional). */
export function readPeriodMarker(raw: string): { text: string; provisional: boolean } {
  const m = /^(.*?)\s*\*{1,2}$/.exec(raw.trim());
  return m ? { text: m[1]!, provisional: true } : { text: raw.trim(), provisional: false };
}
