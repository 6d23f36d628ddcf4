/** @module The cases' distribution as a chart: per case its yearly cost without the solution and after, two dots joined by a line (Vega-Lite → SVG on the server). */
import type { TopLevelSpec } from 'vega-lite';
import type { CaseAnalysisResult } from '../social-return/case-analysis.ts';
import { baselineCost } from './case-distribution.tsx';
import { t, type Locale } from './messages.ts';
import { renderVegaLiteSvg } from './vega-svg.ts';

const WITHOUT_COLOUR = '#b3541e';
const AFTER_COLOUR = '#24578f';

/** The Vega-Lite spec (pure); cases sorted by their difference per year, largest saving on top; amounts in euros. */
export function caseDistributionSpec(result: CaseAnalysisResult, locale: Locale = 'nl'): TopLevelSpec {
  const without = t('srWithoutSolution', {}, locale);
  const after = t('srAfterSolution', {}, locale);
  const order = [...result.perCase]
    .sort((a, b) => b.differencePerYear - a.differencePerYear)
    .map((c) => c.id);
  const lines = result.perCase.map((c) => ({
    id: c.id,
    from: baselineCost(c) / 100,
    to: c.newYearlyCost / 100,
  }));
  const dots = result.perCase.flatMap((c) => [
    { id: c.id, situation: without, euros: baselineCost(c) / 100 },
    { id: c.id, situation: after, euros: c.newYearlyCost / 100 },
  ]);
  const y = { field: 'id', type: 'nominal' as const, title: t('srCase', {}, locale), sort: order };
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    width: 420,
    height: { step: 18 },
    layer: [
      {
        data: { values: lines },
        mark: { type: 'rule', color: '#8a8a8a', strokeWidth: 2 },
        encoding: {
          y,
          x: {
            field: 'from',
            type: 'quantitative',
            title: t('srEurosPerYear', {}, locale),
            axis: { format: '$,.0f', tickCount: 4 },
          },
          x2: { field: 'to' },
        },
      },
      {
        data: { values: dots },
        mark: { type: 'point', filled: true, size: 60, tooltip: false },
        encoding: {
          y,
          x: { field: 'euros', type: 'quantitative' },
          color: {
            field: 'situation',
            type: 'nominal',
            title: null,
            scale: { domain: [without, after], range: [WITHOUT_COLOUR, AFTER_COLOUR] },
            legend: { orient: 'top', labelLimit: 220 },
          },
        },
      },
    ],
  };
}

export function renderCaseDistributionChart(
  result: CaseAnalysisResult,
  locale: Locale = 'nl',
): Promise<string> {
  return renderVegaLiteSvg(caseDistributionSpec(result, locale), {
    title: t('srCasesChartTitle', { title: result.title }, locale),
    description: t('srCasesChartDescription', { cases: result.caseCount }, locale),
  });
}
