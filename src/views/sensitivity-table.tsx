/** @module The sensitivity of a programme as text: the tornado chart's data for every assumption (range, result at low and high, whether the sign flips) and the conclusion. */
import type { JSX } from 'preact';
import type { TornadoBar } from '../social-return/sensitivity-analysis.ts';
import { PERCENT_ASSUMPTIONS } from '../social-return/social-return-model.ts';
import { DataTable } from './data-table.tsx';
import { t, type Locale } from './messages.ts';
import { formatCount, formatEuro, formatPercent } from './social-return-format.ts';

/** An assumption's value in the unit users enter it in: percentages, euros for costs, plain numbers otherwise. */
export function assumptionValue(assumption: string, value: number, locale: Locale = 'nl'): string {
  const key = assumption.split(':')[0] ?? '';
  if (PERCENT_ASSUMPTIONS.includes(key)) return formatPercent(value, locale);
  if (key === 'kosten') return formatEuro(Math.round(value));
  return formatCount(value, locale);
}

/** `0 % – 100 % (0 %)`: low – high (base). */
export const rangeText = (bar: TornadoBar, locale: Locale = 'nl'): string =>
  `${assumptionValue(bar.assumption, bar.low, locale)} – ${assumptionValue(bar.assumption, bar.high, locale)} (${assumptionValue(bar.assumption, bar.base, locale)})`;

export function SensitivityTable({
  bars,
  all = false,
  locale = 'nl',
}: {
  bars: readonly TornadoBar[];
  /** True for the table of every assumption, false for the chart's bars. */
  all?: boolean;
  locale?: Locale;
}): JSX.Element {
  return (
    <DataTable
      caption={t(all ? 'srTornadoCaptionAll' : 'srTornadoCaption', {}, locale)}
      columns={[
        { label: t('srAssumption', {}, locale) },
        { label: t('srRange', {}, locale) },
        { label: t('srNpvLow', {}, locale), numeric: true },
        { label: t('srNpvHigh', {}, locale), numeric: true },
        { label: t('srSignFlips', {}, locale) },
      ]}
      rows={bars.map((b) => [
        b.label,
        rangeText(b, locale),
        formatEuro(b.resultLow),
        formatEuro(b.resultHigh),
        t(b.decidesSign ? 'srYes' : 'srNo', {}, locale),
      ])}
    />
  );
}
