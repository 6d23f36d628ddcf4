/** @module `msd forecast <indicator>`: history and forecast of one series with 80 % and 95 % intervals, as a Dutch table or JSON rows `{indicator, area, period, value, forecast, lower80, upper80, lower95, upper95, method}`; `msd forecast track-record`: how often outcomes fell inside the bands. */
import { createApp } from '../../app.ts';
import type { PeriodKind } from '../../domain/period.ts';
import {
  DEFAULT_HORIZON,
  groupSeries,
  outlookOfSeries,
  pointsForFit,
  readPublishedValues,
  seriesNowcast,
} from '../../engine/forecast-service.ts';
import { readIndicatorNowcast } from '../../engine/nowcast-service.ts';
import { resolveIndicatorQuery } from '../../engine/query-context.ts';
import { CliError } from '../../errors.ts';
import { FORECAST_HEADERS, methodSummary, NO_FORECAST, nowcastNote } from '../../outlook/outlook-reasons.ts';
import { coverageText, TRACK_RECORD_HEADERS } from '../../outlook/track-record.ts';
import { readTrackRecord } from '../../engine/track-record-service.ts';
import { formatNumber, t } from '../../views/messages.ts';
import { formatTable, type CliIo } from '../cli-output.ts';
import { forecastRows, type ForecastRow } from '../../engine/forecast-rows.ts';

export interface ForecastOptions {
  data: string;
  /** An area code or name; default: the gemeente. */
  area?: string;
  periodKind: PeriodKind;
  horizon?: number;
  format: 'table' | 'json';
}

/** Runs the command; the forecast is made from the published values now in the cube (the same fit the compute stores). */
export async function runForecast(id: string, options: ForecastOptions, io: CliIo): Promise<void> {
  const app = await createApp({ dataDir: options.data, readOnly: true });
  try {
    const { resolution, context } = await resolveIndicatorQuery(app.store, {
      indicator: id,
      area: options.area,
    });
    if (!resolution.ok) throw new CliError(resolution.error.message, 2);
    const query = resolution.query;
    const kinds = query.definition?.periodKinds;
    if (kinds !== undefined && !kinds.includes(options.periodKind))
      throw new CliError(
        `${query.indicator} kent geen --period-kind ${options.periodKind}; kies uit: ${kinds.join(', ')}`,
        2,
      );
    const area = query.area ?? context.areas.find((a) => a.level === 'gemeente');
    if (area === undefined)
      throw new CliError('geen gemeente in de database; begin met msd init --gemeente', 2);
    const horizon = options.horizon ?? DEFAULT_HORIZON[options.periodKind];
    const values = await readPublishedValues(app.store, query.indicator, context.catalogue, area.code);
    const points = groupSeries(values).get(`${area.code}|${options.periodKind}`) ?? [];
    if (points.length === 0) {
      if (options.format === 'json') io.out('[]');
      io.err(`msd: ${NO_FORECAST.noValues(query.indicator, area.name, options.periodKind)}`);
      return;
    }
    // Claim-based figures: recent periods are fitted at their expected final figure (verwacht definitief).
    const indicatorNowcast = await readIndicatorNowcast(app.store, query.definition, context.catalogue);
    const nowcast = seriesNowcast(points, indicatorNowcast);
    const fitted = pointsForFit(points, nowcast);
    const outlook = outlookOfSeries(query.indicator, area.code, options.periodKind, fitted, horizon);
    const { outcome } = outlook;
    const rows = forecastRows(points, outlook, nowcast);
    if (options.format === 'json') io.out(JSON.stringify(rows, null, 2));
    else io.out(forecastTable(rows));
    io.err(
      `msd: ${
        outcome.ok
          ? methodSummary(
              outcome.method,
              outcome.score.mase,
              outcome.score.coverage80,
              outcome.score.coverage95,
              outcome.score.forecasts,
            )
          : NO_FORECAST.tooShort(options.periodKind, outcome.length, outcome.minimum)
      }`,
    );
    const note = indicatorNowcast ? nowcastNote(nowcast, indicatorNowcast.correction.group) : '';
    if (note !== '') io.err(`msd: ${note}`);
  } finally {
    app.close();
  }
}

function forecastTable(rows: readonly ForecastRow[]): string {
  const n = (x: number | null): string => (x === null ? '' : formatNumber(x));
  const band = (lo: number | null, hi: number | null): string =>
    lo === null || hi === null ? '' : `${n(lo)} – ${n(hi)}`;
  const columns = ['period', 'value', 'forecast', 'band80', 'band95', 'method'] as const;
  return formatTable(
    rows.map((r) => ({
      period: r.period,
      value: r.value === null && r.forecast === null ? '.' : n(r.value),
      forecast: n(r.forecast),
      band80: band(r.lower80, r.upper80),
      band95: band(r.lower95, r.upper95),
      method: r.method ?? '',
    })),
    columns,
    columns.map((c) => FORECAST_HEADERS[c]),
  );
}

const KIND_WORDS: Record<PeriodKind, string> = {
  year: 'jaar',
  half: 'halfjaar',
  quarter: 'kwartaal',
  month: 'maand',
};

/** `msd forecast track-record`: how often final outcomes fell inside the bands of kept forecasts. */
export async function runForecastTrackRecord(
  options: { data: string; format: 'table' | 'json' },
  io: CliIo,
): Promise<void> {
  const app = await createApp({ dataDir: options.data, readOnly: true });
  try {
    const record = await readTrackRecord(app.store);
    if (options.format === 'json') io.out(JSON.stringify(record, null, 2));
    if (record.outcomes === 0) {
      io.err(`msd: ${t('trackRecordNone', { vintages: formatNumber(record.kept) })}`);
      return;
    }
    if (options.format === 'json') return;
    io.out(
      t('trackRecordLead', { outcomes: formatNumber(record.outcomes), vintages: formatNumber(record.kept) }),
    );
    const columns = ['method', 'kind', 'horizon', 'outcomes', 'band80', 'band95'] as const;
    io.out(
      formatTable(
        record.rows.map((r) => ({
          method: r.method,
          kind: KIND_WORDS[r.kind],
          horizon: r.horizon,
          outcomes: formatNumber(r.outcomes),
          band80: coverageText(r.inside80, r.outcomes),
          band95: coverageText(r.inside95, r.outcomes),
        })),
        columns,
        columns.map((c) => TRACK_RECORD_HEADERS[c]),
      ),
    );
  } finally {
    app.close();
  }
}
