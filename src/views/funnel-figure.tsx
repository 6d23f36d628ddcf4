/** @module A funnel plot as a figure: the chart (SVG) and per wijk its size, value, the limits at its size and where it lies — so small wijken are read with their wide limits. */
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
      <div class="msd-table-scroll" tabIndex={0} role="region" aria-label={caption}>
        <table class="utrecht-table utrecht-table--html-table">
          <caption class="utrecht-table__caption">{caption}</caption>
          <thead class="utrecht-table__header">
            <tr class="utrecht-table__row">
              <th scope="col" class="utrecht-table__header-cell">
                wijk
              </th>
              {['omvang', 'cijfer', 'ondergrens', 'bovengrens'].map((h) => (
                <th scope="col" class="utrecht-table__header-cell utrecht-table__header-cell--numeric">
                  {h}
                </th>
              ))}
              <th scope="col" class="utrecht-table__header-cell">
                ligt
              </th>
            </tr>
          </thead>
          <tbody class="utrecht-table__body">
            {plot.points.map((p) => (
              <tr class="utrecht-table__row">
                <th scope="row" class="utrecht-table__header-cell">
                  {p.name}
                </th>
                <td class="utrecht-table__cell utrecht-table__cell--numeric">
                  {formatNumber(p.denominator)}
                </td>
                <td class="utrecht-table__cell utrecht-table__cell--numeric">{formatNumber(p.value)}</td>
                <td class="utrecht-table__cell utrecht-table__cell--numeric">{formatNumber(p.lower)}</td>
                <td class="utrecht-table__cell utrecht-table__cell--numeric">{formatNumber(p.upper)}</td>
                <td class="utrecht-table__cell">{POSITION_LABELS[p.position]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
