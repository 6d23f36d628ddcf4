/** @module Fits a cost series on what its recent months are expected to become ("verwacht definitief") instead of their provisional figures, so late declarations do not read as a fall. */
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
}

/**
 * The points a monthly cost series is fitted on: a month with a nowcast counts at its expected final figure; a later
 * month up to the last arrival month, where nothing has arrived yet, counts as running (forecast, not fitted) —
 * its provisional zero is not a fall. Other points are unchanged.
 */
export function withExpectedFinals(points: readonly PublishedPoint[], nowcast: LagNowcast): PublishedPoint[] {
  const months = [...nowcast.finals.keys()].sort();
  const lastNowcast = months.at(-1);
  if (lastNowcast === undefined) return [...points];
  return points.map((p) => {
    const final = nowcast.finals.get(p.period);
    if (final !== undefined && p.value !== null)
      return { ...p, value: final.expected, status: 'provisional' };
    if (p.period > lastNowcast && p.period <= nowcast.asOf) return { ...p, status: 'running' };
    return p;
  });
}
