import { describe, expect, it } from 'vitest';
import type { CaseAnalysisResult } from '../social-return/case-analysis.ts';
import { caseDistributionSpec, renderCaseDistributionChart } from './case-distribution-chart.ts';

const perCase = (
  id: string,
  kind: 'bestaand' | 'nieuw',
  current: number,
  without: number,
  after: number,
) => ({
  id,
  kind,
  wellbeingBefore: null,
  wellbeingAfter: null,
  currentYearlyCost: current,
  costIfNothingDone: without,
  oneOffCost: 0,
  newYearlyCost: after,
  differencePerYear: (kind === 'bestaand' ? current : without) - after,
  differenceInclOneOff: (kind === 'bestaand' ? current : without) - after,
});

const result = {
  kind: 'casusanalyse',
  name: 'proef',
  title: 'Proef',
  caseCount: 3,
  perCase: [
    perCase('C-1', 'bestaand', 1_000_00, 2_000_00, 400_00),
    perCase('C-2', 'nieuw', 0, 5_000_00, 1_000_00),
    perCase('C-3', 'bestaand', 300_00, 300_00, 500_00),
  ],
} as unknown as CaseAnalysisResult;

describe('the cases chart', () => {
  it('joins each case’s cost without the solution (current for existing, if nothing is done for new) to its cost after', () => {
    const spec = caseDistributionSpec(result) as unknown as {
      layer: { data: { values: unknown[] }; encoding: { y: { sort: string[] } } }[];
    };
    expect(spec.layer[0]!.data.values).toEqual([
      { id: 'C-1', from: 1000, to: 400 },
      { id: 'C-2', from: 5000, to: 1000 },
      { id: 'C-3', from: 300, to: 500 },
    ]);
    expect(spec.layer[1]!.data.values).toContainEqual({
      id: 'C-2',
      situation: 'zonder de oplossing',
      euros: 5000,
    });
    // Largest saving on top; a case that costs more at the bottom.
    expect(spec.layer[0]!.encoding.y.sort).toEqual(['C-2', 'C-1', 'C-3']);
  });

  it('renders an accessible SVG with a Dutch title', async () => {
    expect(await renderCaseDistributionChart(result)).toMatch(
      /^<svg[^>]* role="img" focusable="false"><title>Kosten per casus: Proef<\/title><desc>Per casus \(de 3 casussen/,
    );
  });
});
