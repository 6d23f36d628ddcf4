/** @module What the report's chapters render from: the snapshot, its hash and the pre-rendered charts (Vega renders asynchronously, the document synchronously). */
import type { SteeringNode } from '../steering/steering-status.ts';
import { renderTrendChart } from '../views/indicator-trend-chart.ts';
import {
  renderOutlookCharts,
  renderSeriesForecastChart,
  type OutlookCharts,
} from '../views/outlook-charts.ts';
import type { IndicatorView } from '../views/indicator-view-model.ts';
import { t, type MessageKey } from '../views/messages.ts';
import type { ReportIndicator, ReportMoment, ReportSnapshot } from './report-snapshot.ts';

/** One line of the table of contents: a heading's id and title, and the lines under it. */
export interface TocEntry {
  readonly id: string;
  readonly title: string;
  readonly children?: readonly TocEntry[];
}

export interface ReportContext {
  readonly snapshot: ReportSnapshot;
  readonly hash: string;
  readonly momentName: string;
  indicator(id: string): ReportIndicator | undefined;
  /** The trend chart SVG of a card (key from `chartKey`). */
  chart(key: string): string;
  /** A card's forecast chart SVG (with its 80 % and 95 % bands), by indicator id; '' when the card has none. */
  forecastChart(indicator: string): string;
  /** The outlook chapter's charts (forecast, funnel), drawn from the snapshot's outlook; absent without one. */
  readonly outlookCharts?: OutlookCharts;
}

const MOMENT_NAMES: Record<ReportMoment, MessageKey> = {
  jaarrekening: 'reportMomentJaarrekening',
  voorjaarsnota: 'reportMomentVoorjaarsnota',
  najaarsnota: 'reportMomentNajaarsnota',
  halfjaar: 'reportMomentHalfjaar',
};

export const momentName = (moment: ReportMoment): string => t(MOMENT_NAMES[moment]);

/** The headline indicator of each domain chapter (a card with map and breakdowns; the rest in the chapter table). */
export const DOMAIN_HEADLINES = {
  youth: 'youth.clients',
  support: 'support.clients',
  participation: 'participation.benefits.stock',
} as const;

/** A card's chart: a tree indicator node has its own (target band, baseline); elsewhere one per indicator. */
export const chartKey = (indicator: string, node?: string): string =>
  node ? `node:${node}` : `indicator:${indicator}`;

export function indicatorView(snapshot: ReportSnapshot, indicator: ReportIndicator): IndicatorView {
  const withCells = new Set(indicator.cells.map((c) => c.area));
  return {
    id: indicator.id,
    name: indicator.name,
    definition: indicator.definition,
    unit: indicator.unit,
    areas: snapshot.areas.filter((a) => withCells.has(a.code)),
    periods: indicator.periods,
    cells: indicator.cells,
    dataUntil: indicator.dataUntil,
  };
}

/** The indicator nodes of the tree, each once (a node shared by several goals is drawn with one chart). */
export function indicatorNodes(root: SteeringNode | undefined): SteeringNode[] {
  const seen = new Map<string, SteeringNode>();
  const walk = (node: SteeringNode): void => {
    if (node.kind === 'indicator') seen.set(node.id, node);
    node.children.forEach(walk);
  };
  if (root) walk(root);
  return [...seen.values()];
}

/** Renders every chart the chapters use, in a fixed order (the output depends only on the snapshot). */
export async function prepareReport(snapshot: ReportSnapshot, hash: string): Promise<ReportContext> {
  const byId = new Map(snapshot.indicators.map((i) => [i.id, i]));
  const charts = new Map<string, string>();
  for (const node of indicatorNodes(snapshot.tree?.root)) {
    const indicator = node.indicator === undefined ? undefined : byId.get(node.indicator);
    if (!indicator) continue;
    const settings = snapshot.tree?.targets[node.id];
    charts.set(
      chartKey(indicator.id, node.id),
      await renderTrendChart(indicatorView(snapshot, indicator), snapshot.area, 'nl', {
        targets: settings?.targets ?? [],
        tolerancePercent: settings?.tolerancePercent ?? 0,
        baseline: node.baseline ?? null,
      }),
    );
  }
  const plain = [
    ...Object.values(DOMAIN_HEADLINES),
    ...snapshot.indicators.filter((i) => i.domain === 'integral').map((i) => i.id),
  ];
  for (const id of plain) {
    const indicator = byId.get(id);
    if (indicator)
      charts.set(chartKey(id), await renderTrendChart(indicatorView(snapshot, indicator), snapshot.area));
  }
  const forecastCharts = new Map<string, string>();
  for (const [id, series] of Object.entries(snapshot.forecasts ?? {}))
    forecastCharts.set(id, await renderSeriesForecastChart(series));
  const outlookCharts = snapshot.outlook ? await renderOutlookCharts(snapshot.outlook) : undefined;
  return {
    snapshot,
    hash,
    ...(outlookCharts ? { outlookCharts } : {}),
    momentName: momentName(snapshot.moment),
    indicator: (id) => byId.get(id),
    chart: (key) => charts.get(key) ?? '',
    forecastChart: (id) => forecastCharts.get(id) ?? '',
  };
}
