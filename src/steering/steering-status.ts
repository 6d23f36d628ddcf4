/** @module Status as data for the outputs: for a tree version, a period and an area, every node with its status, reason, published value, target, sentence and narrative — the one function the dashboard and the report both read. */
import { indicatorOrigin, type IndicatorOrigin } from '../catalogue/indicator-origin.ts';
import { GoalTreeError } from '../errors.ts';
import { valueKindOf } from '../domain/disclosure-control.ts';
import * as R from '../domain/goal-reasons.ts';
import { rollUp, type RollupPart } from '../domain/goal-rollup.ts';
import {
  indicatorStatus,
  type Direction,
  type GoalStatus,
  type PublishedFigure,
  type StatusMark,
} from '../domain/goal-status.ts';
import {
  childIds,
  nodesById,
  type GoalNodeKind,
  type GoalTreeNode,
  type IndicatorNodeDoc,
  type PeriodValue,
  type RollupSetting,
} from '../domain/goal-tree.ts';
import type { IndicatorDefinition } from '../domain/indicator-definition.ts';
import { indicatorSentence } from '../domain/indicator-sentence.ts';
import { parsePeriod, previousPeriod } from '../domain/period.ts';
import { formatIndicatorValues, queryIndicatorValues } from '../engine/indicator-query.ts';
import { currentNarratives, type NarrativeRow, type NarrativeStatus } from '../store/goal-tree-tables.ts';
import type { SqlStore } from '../store/sql-store.ts';
import { requireTree } from './goal-tree-service.ts';
import { narrativeHtml } from './narrative-markdown.ts';
import { CURVE_STATUS, trendReason, trendStatus, type TrendComparison } from './trend-status.ts';

export interface NodeNarrative {
  text: string;
  /** The text rendered as safe HTML (no raw HTML of the author passes through). */
  html: string;
  author: string;
  status: NarrativeStatus;
  writtenAt: string;
}

export interface SteeringNode {
  id: string;
  kind: GoalNodeKind;
  title: string;
  status: GoalStatus;
  reason: string;
  /** Voorlopig or lopend: the figure (or a deciding one below) may still change. */
  mark: StatusMark | null;
  /** The indicator nodes whose status decided this one (for an indicator: itself). */
  causes: string[];
  description?: string;
  note?: string;
  narrative: NodeNarrative | null;
  /** Indicator nodes only. */
  indicator?: string;
  /** computed = standard catalogue, local = the municipality's own computed definition, imported = figures read in. */
  origin?: IndicatorOrigin;
  source?: string;
  unit?: string;
  direction?: Direction;
  value?: number | null;
  target?: number | null;
  /** True for a cost total with a target: the target is a budget (begroting), the value its realisation. */
  budget?: boolean;
  baseline?: PeriodValue | null;
  previous?: { period: string; value: number | null } | null;
  sentence?: string;
  /** Without a target: the value against the forecast from the baseline years (turn the curve). */
  trend?: TrendComparison;
  children: SteeringNode[];
}

export interface SteeringView {
  version: number;
  title: string;
  period: string;
  area: string;
  rollup: RollupSetting;
  root: SteeringNode;
}

export interface SteeringRequest {
  period: string;
  area: string;
  version?: number;
  catalogue: readonly IndicatorDefinition[];
}

const COUNT_UNITS: readonly string[] = [
  'persons',
  'households',
  'trajectories',
  'arrangements',
  'benefits',
  'provisions',
];

/** Published figures of one indicator for an area, by period (totals only, disclosure control as for viewers). */
async function publishedByPeriod(
  store: SqlStore,
  indicator: string,
  area: string,
  catalogue: readonly IndicatorDefinition[],
): Promise<Map<string, PublishedFigure>> {
  const rows = await queryIndicatorValues(store, { indicator, area, breakdown: '' });
  const published = formatIndicatorValues(rows, { role: 'viewer', insideApp: false, catalogue });
  return new Map(
    published
      .filter((p) => p.breakdown === null)
      .map((p) => [
        p.period,
        { value: p.value, numerator: p.numerator, hidden: p.symbol === '.', valueStatus: p.status },
      ]),
  );
}

/** Whether "te klein om te duiden" by numerator applies: counts and rates of counted units, not amounts or means. */
function sizeApplies(node: IndicatorNodeDoc, definition: IndicatorDefinition | undefined): boolean {
  if (!definition) return COUNT_UNITS.includes(node.imported?.unit ?? '');
  const kind = valueKindOf(definition).kind;
  return kind === 'count' || kind === 'rate';
}

/**
 * The status of an indicator without a target but with a trend: better than the trend is op koers, within its 80 %
 * band aandacht (the curve has not turned), worse uit koers; for an indicator where higher is neither better nor
 * worse it stays geen streefwaarde. The reason names the comparison; a provisional or running mark stays.
 */
function trendJudgement(
  s: { status: GoalStatus; reason: string; mark?: StatusMark },
  trend: TrendComparison,
  period: string,
): { status: GoalStatus; reason: string } {
  const mark = s.mark ? `; ${s.reason.split('; ').at(-1) ?? ''}` : '';
  return {
    status: CURVE_STATUS[trend.status],
    reason: `${R.noTargetFor(period)}; ${trendReason(trend)}${mark}`,
  };
}

/** Adds a clause to a reason, before the closing provisional or running clause when there is one. */
function beforeMark(reason: string, clause: string, mark: StatusMark | undefined): string {
  if (!mark) return `${reason}; ${clause}`;
  const parts = reason.split('; ');
  return [...parts.slice(0, -1), clause, ...parts.slice(-1)].join('; ');
}

/** Builds the status view of a tree version for one period and area. */
export async function steeringStatus(store: SqlStore, request: SteeringRequest): Promise<SteeringView> {
  const period = parsePeriod(request.period);
  if (!period) throw new GoalTreeError('periode', [{ path: '', message: R.badPeriod(request.period) }]);
  const { version, tree } = await requireTree(store, request.version);
  const nodes = nodesById(tree);
  const rollup: RollupSetting = tree.rollup ?? { rule: 'worst' };
  const byId = new Map(request.catalogue.map((d) => [d.id, d]));
  const figures = new Map<string, Map<string, PublishedFigure>>();
  for (const id of new Set(tree.indicators.map((n) => n.indicator)))
    figures.set(id, await publishedByPeriod(store, id, request.area, request.catalogue));
  const narratives = await currentNarratives(store, period.id);
  const previous = previousPeriod(period).id;

  const narrativeOf = (id: string): NodeNarrative | null => {
    const n: NarrativeRow | undefined = narratives.get(id);
    return n
      ? {
          text: n.text,
          html: narrativeHtml(n.text),
          author: n.author,
          status: n.status,
          writtenAt: n.writtenAt,
        }
      : null;
  };

  const indicatorNode = (doc: IndicatorNodeDoc): SteeringNode => {
    const definition = byId.get(doc.indicator);
    const title = doc.title ?? definition?.nameNl ?? doc.imported?.name ?? doc.indicator;
    const unit = definition?.unit ?? doc.imported?.unit ?? '';
    const direction: Direction = doc.direction ?? definition?.direction ?? 'none';
    const own = figures.get(doc.indicator);
    const figure = own?.get(period.id);
    const before = own?.get(previous);
    const target = doc.targets?.find((t) => t.period === period.id)?.value;
    // A target on a cost total (a sum of declared amounts, or an imported amount) is a budget.
    const budget =
      unit === 'euro' && target !== undefined && (!definition || definition.measure.kind === 'sum');
    const s = indicatorStatus({
      period: period.id,
      area: request.area,
      figure,
      direction,
      target,
      baseline: doc.baseline,
      tolerancePercent: doc.tolerancePercent,
      minimumSize: doc.minimumSize,
      sizeApplies: sizeApplies(doc, definition),
      unit,
      importedSource: definition ? undefined : doc.imported?.source,
    });
    // Turn the curve: without a target, a shown figure is judged against the trend of its baseline years.
    const trend =
      s.status === 'geen streefwaarde' && doc.baseline && figure && figure.value !== null && !figure.hidden
        ? trendStatus(figure.value, period.id, doc.baseline, own ?? new Map(), direction)
        : undefined;
    const judged = trend?.ok ? trendJudgement(s, trend.comparison, period.id) : s;
    const withTrendReason =
      trend && !trend.ok ? { ...judged, reason: beforeMark(judged.reason, trend.reason, s.mark) } : judged;
    const sentence = indicatorSentence({
      name: title,
      period: period.id,
      unit,
      unitLabel: doc.unitLabel,
      figure,
      previous: { period: previous, figure: before },
      target,
      budget,
      direction,
      status: s.status,
      mark: s.mark,
    });
    return {
      id: doc.id,
      kind: 'indicator',
      title,
      status: withTrendReason.status,
      reason: withTrendReason.reason,
      mark: s.mark ?? null,
      causes: [doc.id],
      ...(doc.note ? { note: doc.note } : {}),
      narrative: narrativeOf(doc.id),
      indicator: doc.indicator,
      origin: indicatorOrigin(definition),
      source: definition?.source ?? doc.imported?.source ?? '',
      unit,
      direction,
      value: figure && !figure.hidden ? figure.value : null,
      target: target ?? null,
      budget,
      baseline: doc.baseline ?? null,
      previous: { period: previous, value: before && !before.hidden ? before.value : null },
      sentence: trend?.ok ? `${sentence} ${trend.comparison.sentence}` : sentence,
      ...(trend?.ok ? { trend: trend.comparison } : {}),
      children: [],
    };
  };

  // Statuses are computed once per node (an effect may serve several goals); the view repeats shared nodes.
  const memo = new Map<string, SteeringNode>();
  const build = (id: string): SteeringNode => {
    const cached = memo.get(id);
    if (cached) return cached;
    const node = nodes.get(id) as GoalTreeNode;
    let result: SteeringNode;
    if (node.kind === 'indicator') result = indicatorNode(node.doc);
    else {
      const children = childIds(node).map(build);
      const parts: RollupPart[] = children.map((c) => ({
        id: c.id,
        title: c.title,
        status: c.status,
        weight: c.kind === 'indicator' ? tree.indicators.find((n) => n.id === c.id)?.weight : undefined,
        mark: c.mark ?? undefined,
      }));
      const r = rollUp(parts, rollup);
      const causes = [...new Set(r.causes.flatMap((c) => children.find((x) => x.id === c)?.causes ?? []))];
      const doc = node.doc as { title: string; description?: string; note?: string };
      result = {
        id,
        kind: node.kind,
        title: doc.title,
        status: r.status,
        reason: r.reason,
        mark: r.mark ?? null,
        causes,
        ...(doc.description ? { description: doc.description } : {}),
        ...(doc.note ? { note: doc.note } : {}),
        narrative: narrativeOf(id),
        children,
      };
    }
    memo.set(id, result);
    return result;
  };

  return {
    version,
    title: tree.title,
    period: period.id,
    area: request.area,
    rollup,
    root: build(tree.vision.id),
  };
}
