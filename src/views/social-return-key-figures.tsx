/** @module The key figures of a case analysis or programme as a small two-column table (measure, amount). */
import type { JSX } from 'preact';
import type { CaseAnalysisResult } from '../social-return/case-analysis.ts';
import type { ProgrammeResultData } from '../social-return/social-return-result.ts';
import { DataTable } from './data-table.tsx';
import { t, type Locale } from './messages.ts';
import { formatEuro, formatOneDecimal } from './social-return-format.ts';

/** The measures and their Dutch values, in reading order. */
export function keyFigures(
  result: CaseAnalysisResult | ProgrammeResultData,
  locale: Locale = 'nl',
): [string, string][] {
  if (result.kind === 'casusanalyse') {
    const c = result.totals;
    return [
      [t('srCurrentYearlyCost', {}, locale), formatEuro(c.currentYearlyCost)],
      [t('srCostIfNothingDone', {}, locale), formatEuro(c.costIfNothingDone)],
      [t('srOneOffCost', {}, locale), formatEuro(c.oneOffCost)],
      [t('srNewYearlyCost', {}, locale), formatEuro(c.newYearlyCost)],
      [t('srDifferencePerYear', {}, locale), formatEuro(c.differencePerYear)],
      [t('srDifferenceInclOneOff', {}, locale), formatEuro(c.differenceInclOneOff)],
    ];
  }
  const p = result.totals;
  return [
    [t('srPvCosts', {}, locale), formatEuro(p.pvCosts)],
    [t('srPvBenefits', {}, locale), formatEuro(p.pvBenefits)],
    [t('srNpv', {}, locale), formatEuro(p.npv)],
    [
      t('srRatio', {}, locale),
      p.ratio === null ? t('srNoRatio', {}, locale) : formatOneDecimal(p.ratio, locale),
    ],
    [
      t('srPayback', {}, locale),
      p.paybackYear === null
        ? t('srNoPayback', { years: result.horizonYears }, locale)
        : String(p.paybackYear),
    ],
  ];
}

export function SocialReturnKeyFigures({
  result,
  locale = 'nl',
}: {
  result: CaseAnalysisResult | ProgrammeResultData;
  locale?: Locale;
}): JSX.Element {
  return (
    <DataTable
      caption={`${t('srKeyFigures', {}, locale)}: ${result.title}`}
      columns={[
        { label: t('srKeyFigures', {}, locale) },
        { label: t('srAmount', {}, locale), numeric: true },
      ]}
      rows={keyFigures(result, locale)}
    />
  );
}
