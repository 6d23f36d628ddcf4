/** @module What a view needs to show one indicator: its name and definition, and published (disclosure-controlled) cells per period and area. */

export interface PublishedCell {
  readonly period: string;
  readonly area: string;
  /** The published value; null when hidden or unknown (then `symbol` says why). */
  readonly value: number | null;
  /** CBS symbol for a hidden value: '.' secret/unknown. */
  readonly symbol: string | null;
  readonly status: 'provisional' | 'final';
}

export interface IndicatorView {
  readonly id: string;
  readonly name: string;
  readonly definition: string;
  readonly unit: string;
  /** Areas in display order, gemeente first. */
  readonly areas: ReadonlyArray<{ readonly code: string; readonly name: string }>;
  readonly periods: readonly string[];
  readonly cells: readonly PublishedCell[];
}

export const cellKey = (period: string, area: string): string => `${period}|${area}`;

export function indexCells(cells: readonly PublishedCell[]): Map<string, PublishedCell> {
  return new Map(cells.map((c) => [cellKey(c.period, c.area), c]));
}
