/** @module The outlook's sections (pure: takes the data and the rendered charts, returns markup), shown on /prognose and inside the council report's Vooruitblik chapter: year-end projection against the budget, signals, wijken in the funnel, the forecast of the chosen series and the track record. */
import type { JSX } from 'preact';
import type { OutlookData } from '../engine/outlook-read-service.ts';
import { BudgetProjectionTable } from './budget-projection-table.tsx';
import { ForecastFigure } from './forecast-figure.tsx';
import { FunnelFigure } from './funnel-figure.tsx';
import { t } from './messages.ts';
import type { OutlookCharts } from './outlook-charts.ts';
import { SignalList } from './signal-list.tsx';
import { TrackRecordTable } from './track-record-table.tsx';

export interface OutlookSectionsProps {
  data: OutlookData;
  charts: OutlookCharts;
  /** The level of the section headings: 2 on the /prognose page, 3 inside the report's chapter. */
  level: 2 | 3;
}

/** The five sections, shared by the page and the chapter. */
export function OutlookSections({ data, charts, level }: OutlookSectionsProps): JSX.Element {
  const H = level === 2 ? 'h2' : 'h3';
  const headingClass = `utrecht-heading-${level}`;
  const indicatorName =
    data.indicators.find((i) => i.id === data.request.indicator)?.name ?? data.request.indicator;
  const funnelName =
    data.rateIndicators.find((i) => i.id === data.request.funnel)?.name ?? data.request.funnel;
  const series = data.series;
  return (
    <>
      <H class={headingClass}>{t('outlookBudgetHeading')}</H>
      <BudgetProjectionTable projection={data.budget} />
      <H class={headingClass}>{t('outlookForecastHeadingOf', { indicator: indicatorName })}</H>
      {series ? (
        <ForecastFigure view={series} chartSvg={charts.forecastSvg} />
      ) : (
        <p class="utrecht-paragraph">{t('outlookNoData')}</p>
      )}
      <H class={headingClass}>{t('outlookSignalsHeadingOf', { indicator: indicatorName })}</H>
      <SignalList signals={data.signals} total={data.signalTotal} indicator={indicatorName} />
      <H class={headingClass}>{t('outlookFunnelHeadingOf', { indicator: funnelName })}</H>
      {data.funnel ? (
        <FunnelFigure plot={data.funnel} indicator={funnelName} chartSvg={charts.funnelSvg} />
      ) : (
        <p class="utrecht-paragraph">{t('outlookNoFunnel', { indicator: funnelName })}</p>
      )}
      <H class={headingClass}>{t('outlookTrackHeading')}</H>
      <TrackRecordTable record={data.trackRecord} />
    </>
  );
}
