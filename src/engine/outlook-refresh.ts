/** @module After each compute (and the recompute after an ingest): refresh the nowcast of late declarations and the forecasts and signals — one call for the compute paths. */
import type { SqlStore } from '../store/sql-store.ts';
import { formatNumber, formatSeconds, t } from '../views/messages.ts';
import { refreshForecasts, type ForecastRefreshResult } from './forecast-service.ts';
import { refreshNowcast, type NowcastRefreshResult } from './nowcast-service.ts';

export interface OutlookRefreshResult {
  readonly nowcast: NowcastRefreshResult;
  readonly forecasts: ForecastRefreshResult;
}

/** Refreshes the outlook; a one-line Dutch summary for the command line comes with it. */
export async function refreshOutlook(store: SqlStore): Promise<OutlookRefreshResult & { summary: string }> {
  const nowcast = await refreshNowcast(store);
  const forecasts = await refreshForecasts(store);
  const summary = t('cliOutlook', {
    refitted: formatNumber(forecasts.refitted),
    series: formatNumber(forecasts.series),
    forecasts: formatNumber(forecasts.forecasts),
    signals: formatNumber(forecasts.signals),
    seconds: formatSeconds(forecasts.ms),
    groups: formatNumber(nowcast.groups - nowcast.tooLittleHistory),
    // A month (2026-02), written as the CLI's periods are.
    asOf: nowcast.asOf || '—',
  });
  return { nowcast, forecasts, summary };
}
