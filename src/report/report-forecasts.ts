/** @module The forecast bands of the report's indicator cards: per card indicator, its series for the report's area and period kind as /prognose and /indicator/<id> show it — only when the report period is the series' latest, so the bands start right after the figures the report is about. */
import type { Period } from '../domain/period.ts';
import { EXPECTED_FINAL_METHOD } from '../engine/forecast-rows.ts';
import { OUTLOOK_PERIOD_KINDS } from '../engine/forecast-service.ts';
import { readSeriesOutlook, type SeriesForecastView } from '../engine/outlook-read-service.ts';
import type { SqlStore } from '../store/sql-store.ts';
import { DOMAIN_HEADLINES, indicatorNodes } from './report-context.ts';
import type { ReportIndicator, ReportTree } from './report-snapshot.ts';

const isHistory = (method: string | null): boolean => method === null || method === EXPECTED_FINAL_METHOD;

/**
 * The forecasts of the cards that have a trend chart (the tree's indicator nodes, the domain headlines and the
 * integral indicators), keyed by indicator id; undefined when there is none — halves are not forecast, and a report
 * about an earlier period shows no bands (they would start years after its trend chart ends).
 */
export async function loadReportForecasts(
  store: SqlStore,
  period: Period,
  area: string,
  tree: ReportTree | null,
  indicators: readonly ReportIndicator[],
): Promise<Record<string, SeriesForecastView> | undefined> {
  if (!(OUTLOOK_PERIOD_KINDS as readonly string[]).includes(period.kind)) return undefined;
  const carded = new Set<string>([
    ...indicatorNodes(tree?.root).flatMap((n) => (n.indicator === undefined ? [] : [n.indicator])),
    ...Object.values(DOMAIN_HEADLINES),
    ...indicators.filter((i) => i.domain === 'integral').map((i) => i.id),
  ]);
  const forecasts: Record<string, SeriesForecastView> = {};
  for (const indicator of indicators) {
    if (!carded.has(indicator.id)) continue;
    const view = await readSeriesOutlook(store, indicator.id, area, period.kind);
    if (view === undefined || !view.rows.some((r) => r.period === period.id)) continue;
    // A shown figure after the report period (not a running one, which sits among the forecast rows) means the
    // report is about an earlier period: no bands.
    if (view.rows.some((r) => r.period > period.id && isHistory(r.method) && r.value !== null)) continue;
    forecasts[indicator.id] = view;
  }
  return Object.keys(forecasts).length > 0 ? forecasts : undefined;
}
