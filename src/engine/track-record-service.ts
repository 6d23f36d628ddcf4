/** @module The track record service: keeps the forecasts a report snapshot shows as a vintage of their own, and scores every kept forecast whose outcome is now final against its stated bands. */
import { loadCatalogue } from '../catalogue/local-catalogue.ts';
import { parsePeriod, previousPeriod, type PeriodKind } from '../domain/period.ts';
import { trackRecord, type KeptForecast, type TrackRecord } from '../outlook/track-record.ts';
import type { SqlParam, SqlStore } from '../store/sql-store.ts';
import { readPublishedValues, vintageRow } from './forecast-service.ts';

/**
 * Keeps the forecasts stored now (after the last compute) under `vintage` — a report snapshot's id — so the snapshot
 * can show exactly them later and the track record scores what was published. Returns the number of rows kept;
 * keeping the same vintage twice replaces it.
 */
export async function keepPublishedForecasts(store: SqlStore, vintage: string): Promise<number> {
  const rows = await store.all<{
    indicator: string;
    area: string;
    kind: string;
    period: string;
    method: string;
    forecast: number;
    lower80: number;
    upper80: number;
    lower95: number;
    upper95: number;
  }>(
    `SELECT v.indicator, v.area, v.period_kind AS kind, v.period, s.method, v.forecast, v.lower80, v.upper80,
       v.lower95, v.upper95
     FROM forecast_value v JOIN forecast_series s USING (indicator, area, period_kind)
     WHERE s.method IS NOT NULL ORDER BY v.indicator, v.area, v.period_kind, v.period`,
  );
  const madeAt = new Date().toISOString();
  const kept: SqlParam[][] = [];
  let series = '';
  let origin = '';
  let horizon = 0;
  for (const r of rows) {
    const key = `${r.indicator}|${r.area}|${r.kind}`;
    if (key !== series) {
      // The forecast periods follow the last period the fit used: the origin is the one before the first.
      const first = parsePeriod(r.period);
      series = key;
      origin = first ? previousPeriod(first).id : '';
      horizon = 0;
    }
    horizon++;
    if (origin !== '')
      kept.push(
        vintageRow(
          vintage,
          madeAt,
          r.indicator,
          r.area,
          r.kind as PeriodKind,
          origin,
          r.period,
          horizon,
          r.method,
          r,
        ),
      );
  }
  await store.transaction(async () => {
    await store.run('DELETE FROM forecast_vintage WHERE vintage = ?', [vintage]);
    await store.append('forecast_vintage', kept);
  });
  return kept.length;
}

/** Every kept forecast. */
async function readKept(store: SqlStore): Promise<KeptForecast[]> {
  const rows = await store.all<{
    indicator: string;
    area: string;
    kind: string;
    origin: string;
    period: string;
    horizon: number;
    method: string;
    made_at: string;
    forecast: number;
    lower80: number;
    upper80: number;
    lower95: number;
    upper95: number;
  }>(
    `SELECT indicator, area, period_kind AS kind, origin, period, horizon, method, made_at, forecast,
       lower80, upper80, lower95, upper95 FROM forecast_vintage`,
  );
  return rows.map((r) => ({ ...r, kind: r.kind as PeriodKind, madeAt: r.made_at }));
}

/**
 * The track record over every kept forecast: the outcome of a period is its published (disclosure-controlled) value
 * once final; hidden values and periods not final yet do not count.
 */
export async function readTrackRecord(store: SqlStore): Promise<TrackRecord & { kept: number }> {
  const kept = await readKept(store);
  const catalogue = await loadCatalogue(store);
  const finals = new Map<string, number>();
  // Only series with a kept forecast for a period that is now final are read (and disclosure-controlled).
  const due = await store.all<{ indicator: string; area: string }>(
    `SELECT DISTINCT v.indicator, v.area FROM forecast_vintage v JOIN indicator_value i
       ON i.indicator = v.indicator AND i.area = v.area AND i.period = v.period
      AND i.breakdown_key = '' AND i.status = 'final'`,
  );
  for (const { indicator, area } of due)
    for (const v of await readPublishedValues(store, indicator, catalogue, area))
      if (v.status === 'final' && v.value !== null) finals.set(`${indicator}|${v.area}|${v.period}`, v.value);
  const record = trackRecord(kept, (f) => finals.get(`${f.indicator}|${f.area}|${f.period}`));
  return { ...record, kept: kept.length };
}
