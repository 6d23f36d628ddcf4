/** @module A funnel plot as a figure: the chart (SVG) and per wijk its size, value, the limits at its size and where it lies — so small wijken are read with their wide limits. */
import { DataTable } from './data-table.tsx';
import type { JSX } from 'preact';
import type { FunnelPlot } from '../outlook/funnel-plot.ts';
import { POSITION_LABELS } from './funnel-chart.ts';
import { formatNumber, t } from './messages.ts';

export interface FunnelFigureProps {
  plot: FunnelPlot;
  indicator: string;
  /** Pre-rendered SVG (trusted: our own renderer). */
  chartSvg: string;
}

export function FunnelFigure({ plot, indicator, chartSvg }: FunnelFigureProps): JSX.Element {
  const caption = t('funnelCaption', { indicator, period: plot.period });
  const outside = plot.points.filter((p) => p.position !== 'within').length;
  return (
    <div class="msd-funnel">
      <p class="utrecht-paragraph">
        {t(outside === 0 ? 'funnelAllWithin' : 'funnelSomeOutside', {
          period: plot.period,
          rate: formatNumber(plot.rate),
          count: formatNumber(plot.points.length),
          outside: formatNumber(outside),
        })}
      </p>
      <figure class="utrecht-figure msd-chart" dangerouslySetInnerHTML={{ __html: chartSvg }} />
      <DataTable
        caption={caption}
        columns={[
          { label: t('funnelColWijk') },
          ...(['funnelColSize', 'funnelColValue', 'funnelColLower', 'funnelColUpper'] as const).map(
            (key) => ({
              label: t(key),
              numeric: true,
            }),
          ),
          { label: t('funnelColPosition') },
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
