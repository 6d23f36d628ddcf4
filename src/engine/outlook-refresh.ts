/** @module After each compute (and the recompute after an ingest): refresh the nowcast of late declarations and the forecasts and signals — one call for the compute paths. */
import type { SqlStore } from '../store/sql-store.ts';
import { refreshForecasts, type ForecastRefreshResult } from './forecast-service.ts';
import { refreshNowcast, type NowcastRefreshResult } from './nowcast-service.ts';

export interface OutlookRefreshResult {
  readonly nowcast: NowcastRefreshResult;
  readonly forecasts: ForecastRefreshResult;
}

/** Refreshes the outlook; a one-line summary for the command line comes with it. */
export async function refreshOutlook(store: SqlStore): Promise<OutlookRefreshResult & { summary: string }> {
  const nowcast = await refreshNowcast(store);
  const forecasts = await refreshForecasts(store);
  const summary =
    `Outlook: ${forecasts.refitted} of ${forecasts.series} series forecast again ` +
    `(${forecasts.forecasts} forecast values, ${forecasts.signals} signals) in ${(forecasts.ms / 1000).toFixed(1)} s; ` +
    `nowcast of ${nowcast.groups - nowcast.tooLittleHistory} claim groups as of ${nowcast.asOf || '—'}.`;
  return { nowcast, forecasts, summary };
}
