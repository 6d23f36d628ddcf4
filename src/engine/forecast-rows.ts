/** @module One series' history and forecast as rows `{indicator, area, period, value, forecast, lower80, upper80, lower95, upper95, method}` — what `msd forecast` prints and the /prognose page draws. */
import type { LagNowcast } from '../outlook/nowcast-adjustment.ts';
import type { PublishedPoint } from '../outlook/series-window.ts';
import type { SeriesOutlook } from './forecast-service.ts';

/** The method named on a month whose expected final figure comes from the nowcast of late declarations. */
export const EXPECTED_FINAL_METHOD = 'verwacht definitief';

export interface ForecastRow {
  indicator: string;
  area: string;
  period: string;
  value: number | null;
  forecast: number | null;
  lower80: number | null;
  upper80: number | null;
  lower95: number | null;
  upper95: number | null;
  method: string | null;
}

/**
 * The rows of a series: every published period with its value (a recent month of claim costs also with its expected
 * final figure and 80 % interval, method "verwacht definitief"), then the forecast periods (a running period keeps
 * its incomplete value beside the forecast). `points` are the published points, `outlook` the fit made on them.
 */
export function forecastRows(
  points: readonly PublishedPoint[],
  outlook: SeriesOutlook,
  nowcast: LagNowcast | undefined,
): ForecastRow[] {
  const { window, outcome } = outlook;
  const published = new Map(points.map((p) => [p.period, p.value]));
  const method = outcome.ok ? outcome.method : null;
  const base = { indicator: outlook.indicator, area: outlook.area };
  const empty = { forecast: null, lower80: null, upper80: null, lower95: null, upper95: null, method: null };
  const running = new Set(window.points.slice(window.points.length - window.running).map((p) => p.period));
  const rows: ForecastRow[] = window.points
    .filter((p) => !running.has(p.period))
    .map((p) => {
      const value = published.get(p.period) ?? null;
      const expected = nowcast?.finals.get(p.period);
      return expected !== undefined && value !== null && p.status === 'provisional'
        ? {
            ...base,
            period: p.period,
            value,
            ...empty,
            forecast: expected.expected,
            lower80: expected.lower80,
            upper80: expected.upper80,
            method: EXPECTED_FINAL_METHOD,
          }
        : { ...base, period: p.period, value, ...empty };
    });
  if (outcome.ok)
    outcome.steps.forEach((step, i) => {
      const period = window.forecastPeriods[i];
      if (period !== undefined)
        rows.push({
          ...base,
          period,
          value: running.has(period) ? (published.get(period) ?? null) : null,
          ...step,
          method,
        });
    });
  else
    for (const period of running)
      rows.push({ ...base, period, value: published.get(period) ?? null, ...empty });
  return rows;
}
