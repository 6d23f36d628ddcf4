/** @module The start page: the goal tree with the status of each main goal and effect, the three core indicators per year (chart + table) for the gemeente and its wijken, the outlook summary, and data freshness per source. */
import type { JSX } from 'preact';
import { DELIVERY_SOURCES, type DeliveryDates } from '../../domain/delivery-sources.ts';
import { IndicatorCard } from '../../views/indicator-card.tsx';
import type { IndicatorView } from '../../views/indicator-view-model.ts';
import { DELIVERY_SOURCE_MESSAGES, formatDate, t, type Locale } from '../../views/messages.ts';
import type { SteeringView } from '../../steering/steering-status.ts';
import { FreshnessList } from './freshness-list.tsx';
import { GoalTreeList } from './goal-tree-list.tsx';
import type { HomeOutlook } from './home-outlook-data.ts';
import { HomeOutlookSection } from './home-outlook.tsx';
import { PageLayout } from './page-layout.tsx';

export interface HomePageProps {
  gemeente: { code: string; name: string };
  deliveryDate: string | null;
  /** Per-source delivery dates ("data t/m" per source). */
  deliveryDates?: DeliveryDates;
  cards: ReadonlyArray<{ view: IndicatorView; chartSvg: string }>;
  /** The goal tree's status for the default period and the gemeente; a note why when there is none. */
  steering?: { view: SteeringView } | { note: string };
  /** A status message above the figures (e.g. a demo still being built). */
  notice?: { kind: 'info' | 'error'; text: string };
  /** The year-end projection and latest signals (absent while there is no cube yet). */
  outlook?: HomeOutlook;
  locale?: Locale;
}

export function HomePage({
  gemeente,
  deliveryDate,
  deliveryDates = {},
  cards,
  steering,
  notice,
  outlook,
  locale = 'nl',
}: HomePageProps): JSX.Element {
  return (
    <PageLayout title={`${t('homeTitle', {}, locale)} ${gemeente.name}`} locale={locale}>
      <h1 class="utrecht-heading-1">{`${t('homeTitle', {}, locale)} ${gemeente.name}`}</h1>
      <p class="utrecht-paragraph utrecht-paragraph--lead">{t('homeLead', {}, locale)}</p>
      {notice ? (
        <div class={`utrecht-alert utrecht-alert--${notice.kind}`} role="status">
          <p class="utrecht-paragraph">{notice.text}</p>
        </div>
      ) : null}
      {steering ? (
        <section aria-labelledby="doelen">
          <h2 class="utrecht-heading-2" id="doelen">
            {'view' in steering
              ? t('dashGoalsHeading', { title: steering.view.title, period: steering.view.period }, locale)
              : t('dashGoalTree', {}, locale)}
          </h2>
          {'view' in steering ? (
            <GoalTreeList view={steering.view} locale={locale} />
          ) : (
            <p class="utrecht-paragraph">{steering.note}</p>
          )}
        </section>
      ) : null}
      <h2 class="utrecht-heading-2">{t('dashHeadlines', {}, locale)}</h2>
      {cards.length === 0 && !notice ? (
        <div class="utrecht-alert utrecht-alert--info" role="status">
          <p class="utrecht-paragraph">{t('noData', {}, locale)}</p>
        </div>
      ) : (
        cards.map((card) => <IndicatorCard view={card.view} chartSvg={card.chartSvg} locale={locale} />)
      )}
      {outlook ? <HomeOutlookSection outlook={outlook} gemeente={gemeente.name} locale={locale} /> : null}
      <div class="msd-notes">
        <p class="utrecht-paragraph">{t('statusLegend', {}, locale)}</p>
        {cards.some((card) => card.view.cells.some((c) => c.status === 'running')) ? (
          <p class="utrecht-paragraph">{t('runningLegend', {}, locale)}</p>
        ) : null}
        <p class="utrecht-paragraph">{t('disclosureNote', {}, locale)}</p>
        {deliveryDate ? (
          <p class="utrecht-paragraph">
            {t('deliveryDate', { date: formatDate(deliveryDate, locale) }, locale)}
          </p>
        ) : null}
        {sourceDates(deliveryDates, locale)}
        <h2 class="utrecht-heading-2">{t('dashFreshness', {}, locale)}</h2>
        <FreshnessList dates={deliveryDates} locale={locale} />
        <p class="utrecht-paragraph">{t('source', { gemeente: gemeente.name }, locale)}</p>
      </div>
    </PageLayout>
  );
}

/** "Gegevens per bron tot en met: declaraties 15-02-2026, …" — only the sources that have delivered. */
function sourceDates(dates: DeliveryDates, locale: Locale): JSX.Element | null {
  const list = DELIVERY_SOURCES.flatMap((source) => {
    const date = dates[source];
    return date === undefined
      ? []
      : [t(DELIVERY_SOURCE_MESSAGES[source], { date: formatDate(date, locale) }, locale)];
  });
  return list.length === 0 ? null : (
    <p class="utrecht-paragraph">{t('deliveryDates', { list: list.join(', ') }, locale)}</p>
  );
}
