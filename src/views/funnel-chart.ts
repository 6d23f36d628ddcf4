/** @module The funnel plot of one rate indicator: each wijk's value against its size (log scale), the gemeente's level as a line and the exact Poisson 99,8 % limits as a funnel — Vega-Lite rendered to SVG; the page gives the same numbers as a table. */
import type { TopLevelSpec } from 'vega-lite';
import type { FunnelPlot } from '../outlook/funnel-plot.ts';
import { renderVegaLiteSvg } from './vega-svg.ts';

export const POSITION_LABELS = {
  within: 'binnen de trechter',
  above: 'boven de trechter',
  below: 'onder de trechter',
} as const;

/** The spec (pure): funnel limits as two lines, the gemeente's rate as a rule, wijken as points coloured by position. */
export function funnelChartSpec(plot: FunnelPlot, unit: string): TopLevelSpec {
  const curve = plot.curve.flatMap((c) => [
    { denominator: c.denominator, limit: c.lower, side: 'ondergrens' },
    { denominator: c.denominator, limit: c.upper, side: 'bovengrens' },
  ]);
  const x = {
    field: 'denominator',
    type: 'quantitative' as const,
    scale: { type: 'log' as const },
    title: 'omvang (noemer)',
  };
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    width: 560,
    height: 260,
    layer: [
      {
        data: { values: curve },
        mark: { type: 'line', color: '#8a8a8a', strokeDash: [4, 3] },
        encoding: { x, y: { field: 'limit', type: 'quantitative', title: unit }, detail: { field: 'side' } },
      },
      {
        data: { values: [{ rate: plot.rate }] },
        mark: { type: 'rule', color: '#24578f' },
        encoding: { y: { field: 'rate', type: 'quantitative' } },
      },
      {
        data: {
          values: plot.points.map((p) => ({ ...p, position: POSITION_LABELS[p.position] })),
        },
        mark: { type: 'point', filled: true, size: 70 },
        encoding: {
          x,
          y: { field: 'value', type: 'quantitative' },
          color: {
            field: 'position',
            type: 'nominal',
            title: null,
            scale: {
              domain: Object.values(POSITION_LABELS),
              range: ['#24578f', '#b3261e', '#1b6e3a'],
            },
            legend: { orient: 'top' },
          },
          shape: { field: 'position', type: 'nominal', title: null, legend: { orient: 'top' } },
        },
      },
    ],
  };
}

export async function renderFunnelChart(
  plot: FunnelPlot,
  names: { indicator: string; unit: string },
): Promise<string> {
  return renderVegaLiteSvg(funnelChartSpec(plot, names.unit), {
    title: `${names.indicator} ${plot.period}: wijken vergeleken met de gemeente`,
    description:
      'Punten: de wijken, naar omvang (liggend, logaritmisch) en waarde (staand). Doorgetrokken lijn: het niveau van de ' +
      'gemeente. Stippellijnen: de trechter van exacte Poisson-grenzen (99,8 %), breder bij kleine wijken. De tabel ' +
      'onder de grafiek geeft alle getallen.',
  });
}
