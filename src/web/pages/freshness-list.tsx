/** @module Data freshness per source: the date up to which each source (claims, provisions, benefits, re-integration provisions, population, households) has delivered — no personal data, only dates. */
import type { JSX } from 'preact';
import { DELIVERY_SOURCES, type DeliveryDates, type DeliverySource } from '../../domain/delivery-sources.ts';
import { formatDate, t, type Locale, type MessageKey } from '../../views/messages.ts';

const SOURCE_NAMES: Record<DeliverySource, MessageKey> = {
  claim: 'dashSourceClaim',
  provision: 'dashSourceProvision',
  benefit: 'dashSourceBenefit',
  reintegration: 'dashSourceReintegration',
  population: 'dashSourcePopulation',
  households: 'dashSourceHouseholds',
};

export function FreshnessList({
  dates,
  locale = 'nl',
}: {
  dates: DeliveryDates;
  locale?: Locale;
}): JSX.Element {
  return (
    <dl class="msd-freshness">
      {DELIVERY_SOURCES.map((source) => {
        const date = dates[source];
        return (
          <div class="msd-freshness-item">
            <dt>{t(SOURCE_NAMES[source], {}, locale)}</dt>
            <dd>
              {date === undefined
                ? t('dashNotDelivered', {}, locale)
                : t('dashUpTo', { date: formatDate(date, locale) }, locale)}
            </dd>
          </div>
        );
      })}
    </dl>
  );
}
