/** @module What a view needs to show one indicator: its name and definition, published (disclosure-controlled) cells per period and area, and which periods are still running. */
import type { ValueStatus } from '../domain/indicator-status.ts';
import { formatDate, t, type Locale } from './messages.ts';

export interface PublishedCell {
  readonly period: string;
  readonly area: string;
  /** The published value; null when hidden or unknown (then `symbol` says why). */
  readonly value: number | null;
  /** CBS symbol for a hidden value: '.' secret/unknown. */
  readonly symbol: string | null;
  /** final | provisional | running (the period runs past the delivery date of a source the value reads). */
  readonly status: ValueStatus;
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
  /**
   * The date (ISO) up to which the indicator's data are delivered: the earliest delivery date among the sources it
   * reads. A running period is labelled with it ("t/m 15-02-2026"); null when unknown.
   */
  readonly dataUntil: string | null;
}

export const cellKey = (period: string, area: string): string => `${period}|${area}`;

export function indexCells(cells: readonly PublishedCell[]): Map<string, PublishedCell> {
  return new Map(cells.map((c) => [cellKey(c.period, c.area), c]));
}

/** The periods with a running value (in the view's order): drawn apart and never compared as if complete. */
export function runningPeriods(view: IndicatorView): Set<string> {
  return new Set(view.cells.filter((c) => c.status === 'running').map((c) => c.period));
}

/** A period's label in tables: "2026 (lopend, t/m 15-02-2026)" when it is running, else the period itself. */
export function periodLabel(view: IndicatorView, period: string, locale: Locale = 'nl'): string {
  if (!runningPeriods(view).has(period)) return period;
  if (view.dataUntil === null) return `${period} (${t('running', {}, locale)})`;
  return t('periodRunning', { period, date: formatDate(view.dataUntil, locale) }, locale);
}
