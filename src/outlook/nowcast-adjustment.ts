/** @module Fits a claim-based series on what its recent periods are expected to become ("verwacht definitief") instead of their provisional figures, so late declarations do not read as a fall. */
import type { PublishedPoint } from './series-window.ts';

export interface ExpectedFinal {
  /** The care month ('2025-12'). */
  readonly period: string;
  /** Expected final figure and its 80 % interval, in the series' unit. */
  readonly expected: number;
  readonly lower80: number;
  readonly upper80: number;
}

export interface LagNowcast {
  readonly finals: ReadonlyMap<string, ExpectedFinal>;
  /** The last month with arrivals; months after the last nowcast month up to it have no claims yet. */
  readonly asOf: string;
  /** Periods with claims still to come but no expected final figure: not fitted, never a signal. */
  readonly withheld?: ReadonlySet<string>;
}

/**
 * The points a claim-based series is fitted on: a period with a nowcast counts at its expected final figure (with its
 * 80 % interval, for the signal rules); a withheld period, and a later month up to the last arrival month where
 * nothing has arrived yet, count as running (forecast, not fitted, no signal) — their provisional figure is not a
 * fall. Other points are unchanged.
 */
export function withExpectedFinals(points: readonly PublishedPoint[], nowcast: LagNowcast): PublishedPoint[] {
  const months = [...nowcast.finals.keys()].sort();
  const lastNowcast = months.at(-1);
  const withheld = nowcast.withheld ?? new Set<string>();
  if (lastNowcast === undefined && withheld.size === 0) return [...points];
  return points.map((p) => {
    const final = nowcast.finals.get(p.period);
    if (final !== undefined && p.value !== null)
      return {
        ...p,
        value: final.expected,
        status: 'provisional',
        lower80: final.lower80,
        upper80: final.upper80,
      };
    if (withheld.has(p.period)) return { ...p, status: 'running' };
    const month = /^\d{4}-\d{2}$/.test(p.period);
    if (month && lastNowcast !== undefined && p.period > lastNowcast && p.period <= nowcast.asOf)
      return { ...p, status: 'running' };
    return p;
  });
}
