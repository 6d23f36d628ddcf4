/** @module One indicator in the report: the shared indicator card with its status, sentence, target and baseline, wijk map, breakdowns and narrative, taken from the snapshot. */
import type { JSX } from 'preact';
import type { SteeringNode } from '../steering/steering-status.ts';
import { PERIOD_KIND_NAMES } from '../domain/query-reasons.ts';
import { IndicatorCard } from '../views/indicator-card.tsx';
import { formatNumber, t } from '../views/messages.ts';
import { chartKey, indicatorView, type ReportContext } from './report-context.ts';
import type { ReportIndicator } from './report-snapshot.ts';

const withUnit = (value: number, unit: string): string =>
  unit === 'procent' ? `${formatNumber(value)}%` : `${formatNumber(value)} ${unit}`;

/** The card's id: unique per place in the document (a node shared by two goals appears under both). */
export const cardId = (place: string, indicator: string): string =>
  `${place}-${indicator.replaceAll('.', '-')}`;

function facts(node: SteeringNode | undefined, indicator: ReportIndicator, ctx: ReportContext): string[] {
  const { period, area } = ctx.snapshot;
  const cell = indicator.cells.find((c) => c.period === period && c.area === area.code);
  const lines: string[] = [];
  if (cell && cell.value !== null)
    lines.push(
      t('cardFigure', {
        period: `${period}${cell.status === 'final' ? '' : ` (${t(cell.status)})`}`,
        value: withUnit(cell.value, indicator.unit),
      }),
    );
  if (node?.target !== undefined && node.target !== null)
    lines.push(
      t(node.budget ? 'cardBudget' : 'cardTarget', { period, value: withUnit(node.target, indicator.unit) }),
    );
  if (node?.baseline)
    lines.push(
      t('cardBaseline', {
        period: node.baseline.period,
        value: withUnit(node.baseline.value, indicator.unit),
      }),
    );
  return lines;
}

export interface ReportCardProps {
  ctx: ReportContext;
  indicator: ReportIndicator;
  /** The goal-tree node when the card sits in a goal chapter (status, sentence, target, narrative). */
  node?: SteeringNode;
  place: string;
  headingLevel: 3 | 4;
}

export function ReportCard({ ctx, indicator, node, place, headingLevel }: ReportCardProps): JSX.Element {
  const { snapshot } = ctx;
  const view = indicatorView(snapshot, indicator);
  const forecast = snapshot.forecasts?.[indicator.id];
  const hasWijken =
    snapshot.boundaries.features.length > 1 &&
    indicator.cells.some((c) => c.period === snapshot.period && c.area !== snapshot.gemeente.code);
  return (
    <div data-indicator={indicator.id} data-unit={indicator.unit}>
      <IndicatorCard
        view={view}
        chartSvg={ctx.chart(chartKey(indicator.id, node?.id))}
        headingLevel={headingLevel}
        headingId={cardId(place, indicator.id)}
        {...(node
          ? {
              status: { status: node.status, mark: node.mark, reason: node.reason },
              ...(node.sentence ? { sentence: node.sentence } : {}),
              ...(node.narrative
                ? { narrative: { html: node.narrative.html, concept: node.narrative.status === 'concept' } }
                : {}),
            }
          : {})}
        facts={facts(node, indicator, ctx)}
        {...(forecast
          ? {
              forecast: {
                view: forecast,
                chartSvg: ctx.forecastChart(indicator.id),
                label: t('forecastHeading', {
                  kind: PERIOD_KIND_NAMES[forecast.kind].one,
                  area: forecast.area.name,
                }),
              },
            }
          : {})}
        {...(hasWijken
          ? {
              map: {
                view,
                period: snapshot.period,
                boundaries: snapshot.boundaries,
                idPrefix: `map-${cardId(place, indicator.id)}`,
              },
            }
          : {})}
        breakdowns={indicator.breakdowns.map((b) => ({
          name: indicator.name,
          breakdown: b.label,
          period: snapshot.period,
          area: snapshot.area.name,
          unit: indicator.unit,
          rows: b.rows,
        }))}
      />
      {indicator.source ? (
        <p class="utrecht-paragraph msd-notes">{t('reportSource', { source: indicator.source })}</p>
      ) : null}
    </div>
  );
}
