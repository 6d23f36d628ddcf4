/** @module The report's appendix (definitions, sources, delivery dates per source, provisional/running marks, disclosure control, tree version) and colophon (the snapshot hash). */
import type { JSX } from 'preact';
import { DELIVERY_SOURCES, type DeliverySource } from '../domain/delivery-sources.ts';
import { formatDate, t, type MessageKey } from '../views/messages.ts';
import type { ReportContext } from './report-context.ts';

const SOURCE_LABELS: Record<DeliverySource, MessageKey> = {
  claim: 'sourceClaim',
  provision: 'sourceProvision',
  benefit: 'sourceBenefit',
  population: 'sourcePopulation',
  households: 'sourceHouseholds',
};

/** The date part of an ISO date-time, as the report prints it (dd-mm-jjjj). */
export const reportDate = (iso: string): string => formatDate(iso.slice(0, 10));

export function AppendixChapter({ ctx }: { ctx: ReportContext }): JSX.Element {
  const { snapshot } = ctx;
  const dates = DELIVERY_SOURCES.filter((s) => snapshot.deliveryDates[s] !== undefined);
  const sources = [...new Set(snapshot.indicators.map((i) => i.source).filter(Boolean))].sort();
  const tree = snapshot.tree;
  return (
    <>
      <h3 class="utrecht-heading-3" id="bijlage-definities">
        {t('reportDefinitions')}
      </h3>
      <dl>
        {snapshot.indicators.map((i) => (
          <>
            <dt>{`${i.name} (${i.id}, ${i.unit})`}</dt>
            <dd>{i.definition}</dd>
          </>
        ))}
      </dl>
      <h3 class="utrecht-heading-3" id="bijlage-bronnen">
        {t('reportSources')}
      </h3>
      <ul class="utrecht-unordered-list">
        {sources.map((source) => (
          <li class="utrecht-unordered-list__item">{source}</li>
        ))}
      </ul>
      {snapshot.deliveryDate ? (
        <p class="utrecht-paragraph">{t('deliveryDate', { date: formatDate(snapshot.deliveryDate) })}</p>
      ) : null}
      {dates.length > 0 ? (
        <ul class="utrecht-unordered-list">
          {dates.map((s) => (
            <li class="utrecht-unordered-list__item">
              {t(SOURCE_LABELS[s], { date: formatDate(snapshot.deliveryDates[s] ?? '') })}
            </li>
          ))}
        </ul>
      ) : null}
      <p class="utrecht-paragraph">{t('source', { gemeente: snapshot.gemeente.name })}</p>
      <h3 class="utrecht-heading-3" id="bijlage-markeringen">
        {t('reportMarks')}
      </h3>
      <p class="utrecht-paragraph">{t('statusLegend')}</p>
      <p class="utrecht-paragraph">{t('runningLegend')}</p>
      <h3 class="utrecht-heading-3" id="bijlage-onthullingsbeheersing">
        {t('reportDisclosure')}
      </h3>
      <p class="utrecht-paragraph">{t('reportDisclosureText')}</p>
      <p class="utrecht-paragraph">{t('disclosureNote')}</p>
      {tree ? (
        <p class="utrecht-paragraph">
          {t('reportTreeVersion', {
            title: tree.title,
            version: tree.version,
            rule: t(tree.rollupRule === 'worst' ? 'rollupWorst' : 'rollupWeightedShare'),
          })}
        </p>
      ) : (
        <p class="utrecht-paragraph">{t('reportNoTree')}</p>
      )}
    </>
  );
}

export function ColophonChapter({ ctx }: { ctx: ReportContext }): JSX.Element {
  const { snapshot, hash } = ctx;
  return (
    <>
      <p class="utrecht-paragraph">
        {t('reportColophonText', {
          version: snapshot.productVersion,
          date: reportDate(snapshot.generatedAt),
          hash: hash.slice(0, 12),
          short: hash.slice(0, 12),
        })}
      </p>
      <p class="utrecht-paragraph">
        {`${t('reportSnapshotLabel')}: `}
        <span class="msd-report-hash" data-snapshot={hash}>
          {hash}
        </span>
      </p>
    </>
  );
}
