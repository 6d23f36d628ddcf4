/** @module Every assumption of a social-return analysis made visible: a programme's discount rate, horizon, costs and per result the corrections and shares; the price list with actor and source. */
import type { JSX } from 'preact';
import type { PriceListResult, ProgrammeResultData } from '../social-return/social-return-result.ts';
import { DataTable } from './data-table.tsx';
import { t, type Locale } from './messages.ts';
import { actorName, formatCount, formatEuro, formatPercent } from './social-return-format.ts';

export function ProgrammeAssumptions({
  result,
  items,
  locale = 'nl',
}: {
  result: ProgrammeResultData;
  /** The price list in the analysis's price year (indexedItems). */
  items: PriceListResult['items'];
  locale?: Locale;
}): JSX.Element {
  const prices = new Map(items.map((i) => [i.code, i.indexedCents]));
  const pct = (v: number) => formatPercent(v, locale);
  return (
    <>
      <p class="utrecht-paragraph">
        {t('srProgrammeAssumptions', { rate: pct(result.discountRate), years: result.horizonYears }, locale)}
      </p>
      <DataTable
        caption={t('srResultsCaption', {}, locale)}
        columns={[
          { label: t('srResult', {}, locale) },
          { label: t('srCount', {}, locale), numeric: true },
          { label: t('srUnitPrice', {}, locale), numeric: true },
          { label: t('srDuration', {}, locale), numeric: true },
          { label: t('srDeadweight', {}, locale), numeric: true },
          { label: t('srAttribution', {}, locale), numeric: true },
          { label: t('srDisplacement', {}, locale), numeric: true },
          { label: t('srDropOff', {}, locale), numeric: true },
          { label: t('srMunicipalShare', {}, locale), numeric: true },
          { label: t('srFirstYearShare', {}, locale), numeric: true },
          { label: t('srPvBenefits', {}, locale), numeric: true },
        ]}
        rows={result.assumptions.map((a, i) => [
          a.label,
          formatCount(a.count, locale),
          formatEuro(prices.get(a.code) ?? 0),
          String(a.durationYears),
          pct(a.deadweight),
          pct(a.attribution),
          pct(a.displacement),
          pct(a.dropOff),
          a.municipalShare === null ? t('srShareOfActor', {}, locale) : pct(a.municipalShare),
          a.firstYearShare === null ? t('srAllAtOnce', {}, locale) : pct(a.firstYearShare),
          formatEuro(result.results[i]?.pvBenefits ?? 0),
        ])}
      />
      <DataTable
        caption={t('srCostsCaption', {}, locale)}
        columns={[
          { label: t('srCostLabel', {}, locale) },
          { label: t('srCostKind', {}, locale) },
          { label: t('srAmount', {}, locale), numeric: true },
          { label: t('srActor', {}, locale) },
        ]}
        rows={result.costs.map((c) => [
          c.label,
          t(c.kind === 'eenmalig' ? 'srCostEenmalig' : 'srCostJaarlijks', {}, locale),
          formatEuro(c.amountCents),
          actorName(c.actor),
        ])}
      />
    </>
  );
}

export function PriceListTable({
  items,
  priceYear,
  locale = 'nl',
}: {
  items: PriceListResult['items'];
  priceYear: number;
  locale?: Locale;
}): JSX.Element {
  return (
    <DataTable
      caption={t('srPriceListCaption', { year: priceYear }, locale)}
      columns={[
        { label: t('srCode', {}, locale) },
        { label: t('srDescription', {}, locale) },
        { label: t('srUnit', {}, locale) },
        { label: t('srPrice', {}, locale), numeric: true },
        { label: t('srActor', {}, locale) },
        { label: t('srSource', {}, locale) },
      ]}
      rows={items.map((i) => [
        i.code,
        i.description,
        i.unit,
        formatEuro(i.indexedCents),
        actorName(i.actor),
        i.source,
      ])}
    />
  );
}
