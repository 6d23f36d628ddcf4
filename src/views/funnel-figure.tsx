/** @module A funnel plot as a figure: the chart (SVG) and per wijk its size, value, the limits at its size and where it lies — so small wijken are read with their wide limits. */
import { DataTable } from './data-table.tsx';
import type { JSX } from 'preact';
import type { FunnelPlot } from '../outlook/funnel-plot.ts';
import { POSITION_LABELS } from './funnel-chart.ts';
import { formatNumber } from './messages.ts';

export interface FunnelFigureProps {
  plot: FunnelPlot;
  indicator: string;
  /** Pre-rendered SVG (trusted: our own renderer). */
  chartSvg: string;
}

export function FunnelFigure({ plot, indicator, chartSvg }: FunnelFigureProps): JSX.Element {
  const caption = `${indicator} ${plot.period} per wijk, met de trechtergrenzen (99,8 %) bij de omvang van de wijk`;
  const outside = plot.points.filter((p) => p.position !== 'within').length;
  return (
    <div class="msd-funnel">
      <p class="utrecht-paragraph">
        {`Gemeente ${plot.period}: ${formatNumber(plot.rate)}. ${
          outside === 0
            ? `Alle ${plot.points.length} wijken met een getoond cijfer liggen binnen de trechter: geen wijk wijkt meer af dan toeval bij zijn omvang verklaart.`
            : `${outside} van de ${plot.points.length} wijken liggen buiten de trechter: daar is de afwijking groter dan toeval bij die omvang verklaart.`
        }`}
      </p>
      <figure class="utrecht-figure msd-chart" dangerouslySetInnerHTML={{ __html: chartSvg }} />
      <DataTable
        caption={caption}
        columns={[
          { label: 'wijk' },
          ...['omvang', 'cijfer', 'ondergrens', 'bovengrens'].map((label) => ({ label, numeric: true })),
          { label: 'ligt' },
        ]}
        rows={plot.points.map((p) => [
          p.name,
          formatNumber(p.denominator),
          formatNumber(p.value),
          formatNumber(p.lower),
          formatNumber(p.upper),
          POSITION_LABELS[p.position],
        ])}
      />
    </div>
  );
}
