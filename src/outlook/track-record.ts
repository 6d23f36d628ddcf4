/** @module The forecast track record: for kept forecasts whose outcome is now final, how often the outcome fell inside the stated 80 % and 95 % bands, per method, period kind and horizon — so a council can see how far to trust the forecasts. */
import type { PeriodKind } from '../domain/period.ts';
import { formatNumber } from '../views/messages.ts';

/** One kept forecast (a row of forecast_vintage). */
export interface KeptForecast {
  readonly indicator: string;
  readonly area: string;
  readonly kind: PeriodKind;
  /** The last complete period the forecast was made from. */
  readonly origin: string;
  readonly period: string;
  readonly horizon: number;
  readonly method: string;
  readonly madeAt: string;
  readonly forecast: number;
  readonly lower80: number;
  readonly upper80: number;
  readonly lower95: number;
  readonly upper95: number;
}

export interface TrackRecordRow {
  readonly method: string;
  readonly kind: PeriodKind;
  readonly horizon: number;
  /** Forecasts with a final outcome. */
  readonly outcomes: number;
  readonly inside80: number;
  readonly inside95: number;
  readonly coverage80: number;
  readonly coverage95: number;
}

export interface TrackRecord {
  /** Distinct forecasts considered (the latest made per series, origin and period). */
  readonly forecasts: number;
  readonly outcomes: number;
  readonly rows: TrackRecordRow[];
}

/**
 * Scores kept forecasts against final outcomes. A forecast made again from the same origin (because a provisional
 * figure changed) counts once, as last made. `outcome` gives the published final value of a series' period, or
 * undefined while it is not final or hidden (a hidden value never scores). Limits include their edges.
 */
export function trackRecord(
  kept: readonly KeptForecast[],
  outcome: (f: KeptForecast) => number | undefined,
): TrackRecord {
  const latest = new Map<string, KeptForecast>();
  for (const f of kept) {
    const key = `${f.indicator}|${f.area}|${f.kind}|${f.origin}|${f.period}`;
    const seen = latest.get(key);
    if (seen === undefined || seen.madeAt < f.madeAt) latest.set(key, f);
  }
  const cells = new Map<
    string,
    { method: string; kind: PeriodKind; horizon: number; n: number; in80: number; in95: number }
  >();
  let outcomes = 0;
  for (const f of latest.values()) {
    const value = outcome(f);
    if (value === undefined) continue;
    outcomes++;
    const key = `${f.method}|${f.kind}|${f.horizon}`;
    let cell = cells.get(key);
    if (cell === undefined)
      cells.set(key, (cell = { method: f.method, kind: f.kind, horizon: f.horizon, n: 0, in80: 0, in95: 0 }));
    cell.n++;
    if (value >= f.lower80 && value <= f.upper80) cell.in80++;
    if (value >= f.lower95 && value <= f.upper95) cell.in95++;
  }
  const kindOrder: readonly PeriodKind[] = ['year', 'half', 'quarter', 'month'];
  const rows = [...cells.values()]
    .map((c) => ({
      method: c.method,
      kind: c.kind,
      horizon: c.horizon,
      outcomes: c.n,
      inside80: c.in80,
      inside95: c.in95,
      coverage80: c.in80 / c.n,
      coverage95: c.in95 / c.n,
    }))
    .sort(
      (a, b) =>
        a.method.localeCompare(b.method) ||
        kindOrder.indexOf(a.kind) - kindOrder.indexOf(b.kind) ||
        a.horizon - b.horizon,
    );
  return { forecasts: latest.size, outcomes, rows };
}

/** "7 van 9 (78 %)": how many outcomes fell inside a band. */
export function coverageText(inside: number, outcomes: number): string {
  return `${formatNumber(inside)} van ${formatNumber(outcomes)} (${formatNumber(Math.round((inside / outcomes) * 100))} %)`;
}

/** Column headers of the track record as a table. */
export const TRACK_RECORD_HEADERS = {
  method: 'methode',
  kind: 'per',
  horizon: 'perioden vooruit',
  outcomes: 'uitkomsten',
  band80: 'binnen 80 %-band',
  band95: 'binnen 95 %-band',
} as const;
