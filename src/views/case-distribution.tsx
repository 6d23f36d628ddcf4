/** @module The cases of a case analysis one by one: yearly cost without the solution and after, one-off cost, well-being before and after — and how the differences are spread. */
import type { JSX } from 'preact';
import type { CaseAnalysisResult } from '../social-return/case-analysis.ts';
import { DataTable } from './data-table.tsx';
import { t, type Locale } from './messages.ts';
import { formatEuro, formatOneDecimal } from './social-return-format.ts';

type PerCase = CaseAnalysisResult['perCase'][number];

/** The yearly cost the solution is compared with: the current cost of an existing case, else the cost if nothing is done. */
export const baselineCost = (c: PerCase): number =>
  c.kind === 'bestaand' ? c.currentYearlyCost : c.costIfNothingDone;

/** How the cases' differences per year are spread: how many cost less, more or the same, and the range. */
export function caseSpread(result: CaseAnalysisResult): {
  better: number;
  worse: number;
  same: number;
  min: number;
  max: number;
} {
  const differences = result.perCase.map((c) => c.differencePerYear);
  return {
    better: differences.filter((d) => d > 0).length,
    worse: differences.filter((d) => d < 0).length,
    same: differences.filter((d) => d === 0).length,
    min: differences.length === 0 ? 0 : Math.min(...differences),
    max: differences.length === 0 ? 0 : Math.max(...differences),
  };
}

/** The sentence on experienced well-being (mean before, after, change), or that it was not measured. */
export function wellbeingSentence(result: CaseAnalysisResult, locale: Locale = 'nl'): string {
  const w = result.wellbeing;
  if (w.cases === 0 || w.meanBefore === null || w.meanAfter === null || w.meanChange === null)
    return t('srWellbeingNone', {}, locale);
  return t(
    'srWellbeing',
    {
      cases: w.cases,
      before: formatOneDecimal(w.meanBefore, locale),
      after: formatOneDecimal(w.meanAfter, locale),
      change: `${w.meanChange > 0 ? '+' : ''}${formatOneDecimal(w.meanChange, locale)}`,
    },
    locale,
  );
}

const score = (value: number | null, locale: Locale): string =>
  value === null ? t('srNotMeasured', {}, locale) : formatOneDecimal(value, locale);

export function CaseDistribution({
  result,
  chartSvg = null,
  locale = 'nl',
}: {
  result: CaseAnalysisResult;
  /** Pre-rendered SVG of the cases chart (trusted: our own renderer), if any. */
  chartSvg?: string | null;
  locale?: Locale;
}): JSX.Element {
  const spread = caseSpread(result);
  return (
    <>
      <p class="utrecht-paragraph">
        {t(
          'srCasesSpread',
          {
            ...spread,
            cases: result.caseCount,
            min: formatEuro(spread.min),
            max: formatEuro(spread.max),
          },
          locale,
        )}
      </p>
      <p class="utrecht-paragraph">{wellbeingSentence(result, locale)}</p>
      {chartSvg ? (
        <figure class="utrecht-figure msd-chart" dangerouslySetInnerHTML={{ __html: chartSvg }} />
      ) : null}
      <DataTable
        caption={t('srCasesCaption', {}, locale)}
        columns={[
          { label: t('srCase', {}, locale) },
          { label: t('srCaseKind', {}, locale) },
          { label: t('srCaseBaseline', {}, locale), numeric: true },
          { label: t('srNewYearlyCost', {}, locale), numeric: true },
          { label: t('srDifferencePerYear', {}, locale), numeric: true },
          { label: t('srOneOffCost', {}, locale), numeric: true },
          { label: t('srWellbeingBefore', {}, locale), numeric: true },
          { label: t('srWellbeingAfter', {}, locale), numeric: true },
        ]}
        rows={result.perCase.map((c) => [
          c.id,
          t(c.kind === 'bestaand' ? 'srCaseBestaand' : 'srCaseNieuw', {}, locale),
          formatEuro(baselineCost(c)),
          formatEuro(c.newYearlyCost),
          formatEuro(c.differencePerYear),
          formatEuro(c.oneOffCost),
          score(c.wellbeingBefore, locale),
          score(c.wellbeingAfter, locale),
        ])}
      />
    </>
  );
}
