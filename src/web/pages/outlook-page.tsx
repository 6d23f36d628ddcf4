/** @module The /prognose page: filters (indicator, area, period kind, funnel indicator, year) as a GET form, then the outlook's sections — year-end projection, forecast, signals, funnel and track record. */
import type { JSX } from 'preact';
import type { OutlookData } from '../../engine/outlook-read-service.ts';
import { OutlookSections } from '../../views/outlook-chapter.tsx';
import type { OutlookCharts } from '../../views/outlook-charts.ts';
import { t } from '../../views/messages.ts';
import { PageLayout } from './page-layout.tsx';

export interface OutlookPageProps {
  data: OutlookData;
  charts: OutlookCharts;
}

const KINDS = [
  ['year', 'jaar'],
  ['quarter', 'kwartaal'],
  ['month', 'maand'],
] as const;

function Select(props: {
  id: string;
  label: string;
  value: string;
  options: readonly { id: string; name: string }[];
}): JSX.Element {
  return (
    <div class="utrecht-form-field msd-filter">
      <label class="utrecht-form-label" for={props.id}>
        {props.label}
      </label>
      <select class="utrecht-select utrecht-select--html-select" id={props.id} name={props.id}>
        {props.options.map((o) => (
          <option value={o.id} selected={o.id === props.value}>
            {o.name}
          </option>
        ))}
      </select>
    </div>
  );
}

export function OutlookPage({ data, charts }: OutlookPageProps): JSX.Element {
  const r = data.request;
  return (
    <PageLayout title={t('outlookPageTitle')}>
      <h1 class="utrecht-heading-1">{t('outlookPageTitle')}</h1>
      <p class="utrecht-paragraph utrecht-paragraph--lead">{t('outlookPageLead')}</p>
      <form method="get" action="/prognose" class="msd-filters" aria-label={t('outlookFilter')}>
        <Select id="indicator" label={t('outlookIndicator')} value={r.indicator} options={data.indicators} />
        <Select
          id="area"
          label={t('outlookArea')}
          value={r.area}
          options={data.areas.map((a) => ({ id: a.id, name: a.name }))}
        />
        <Select
          id="periodKind"
          label={t('outlookPeriodKind')}
          value={r.periodKind}
          options={KINDS.map(([id, name]) => ({ id, name }))}
        />
        <Select id="funnel" label={t('outlookFunnelFor')} value={r.funnel} options={data.rateIndicators} />
        <div class="utrecht-form-field msd-filter">
          <label class="utrecht-form-label" for="year">
            {t('outlookBudgetYear')}
          </label>
          <input
            class="utrecht-textbox utrecht-textbox--html-input"
            id="year"
            name="year"
            type="number"
            inputMode="numeric"
            min={1900}
            max={2200}
            value={String(r.year)}
          />
        </div>
        <button type="submit" class="utrecht-button utrecht-button--primary-action">
          {t('outlookShow')}
        </button>
      </form>
      <OutlookSections data={data} charts={charts} level={2} />
    </PageLayout>
  );
}
