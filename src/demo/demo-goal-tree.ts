/** @module The demo's goal tree: the Voorschoten template with baselines (nulmeting 2015) from the demo's own published figures, yearly targets from a modest ambition, three indicators steered on the trend instead of a target, and a few narratives — so the steering view has something real to show. */
import { readGoalTreeTemplate } from '../catalogue/goal-tree-templates.ts';
import type { GoalTreeDocument } from '../domain/goal-tree.ts';
import { parseGoalTree } from '../domain/goal-tree-validation.ts';
import type { IndicatorDefinition } from '../domain/indicator-definition.ts';
import { formatIndicatorValues, queryIndicatorValues } from '../engine/indicator-query.ts';
import { importGoalTree, setNodeNarrative } from '../steering/goal-tree-service.ts';
import { listTreeVersions } from '../store/goal-tree-tables.ts';
import type { SqlStore } from '../store/sql-store.ts';

export const DEMO_BASELINE_YEAR = 2015;
/**
 * Targets run from the anchor year (the start of a council period) to 2026 and start from the anchor year's own
 * figure: the demo's first years build up from empty records, so a 2015 figure is a baseline, not a fair start.
 */
export const DEMO_ANCHOR_YEAR = 2020;
export const DEMO_TARGET_YEARS = { from: DEMO_ANCHOR_YEAR, to: 2026 } as const;
/** Yearly ambition against the anchor: 1.5 % better per year in the desired direction. */
const YEARLY_AMBITION = 0.015;
/** Budgets (cost indicators) grow 4 % a year with prices and volume. */
const YEARLY_BUDGET_GROWTH = 0.04;

/**
 * Indicators the demo steers on the trend ("turn the curve") instead of a target: Voorschoten reports on its effects
 * with a nulmeting and a herijking (seed-figures.md C) and names no number for most of them. These three get no
 * targets and a baseline in the trend's last baseline year, so their status compares the figure with the forecast
 * from the baseline years 2015–2018 (four years: the minimum of three plus one, past the demo's build-up in 2015):
 * bijstand per 10.000 inwoners falls below the trend (beter), the cost per youth-care client rises above it
 * (slechter), and the outflow without return stays within the band (zoals verwacht).
 */
export const DEMO_TREND_INDICATORS = [
  'participation.benefits.per10000',
  'youth.cost.perClient',
  'youth.outflow.noreturn',
] as const;
export const DEMO_TREND_BASELINE_YEAR = 2018;

const AUTHOR = 'Beleidsadviseur sociaal domein (demo)';

/** Narratives for 2024 (markdown); the figures themselves are in the generated sentences. */
const NARRATIVES: readonly { node: string; final: boolean; text: string }[] = [
  {
    node: 'doel-2',
    final: true,
    text: [
      '**Tellen en vertellen.** De cijfers laten zien hoeveel jongeren jeugdhulp krijgen en hoe vaak zij terugkomen;',
      'het verhaal erachter komt uit de gesprekken met het jeugdteam en de scholen.',
      '',
      '- Het jeugdteam werkt sinds 2023 met een praktijkondersteuner jeugd bij elke huisartsenpraktijk.',
      '- Jongeren die na een traject terugvallen, krijgen eerst een gesprek met hun vaste contactpersoon.',
    ].join('\n'),
  },
  {
    node: 'betaalbare-zorg',
    final: false,
    text: 'De kosten van jeugdhulp en Wmo-maatwerk lopen voor op de begroting. _Concept:_ de oorzaken worden met de aanbieders uitgezocht (volume, tarieven, zwaardere zorg).',
  },
  {
    node: 'kosten-jeugdhulp',
    final: true,
    text: 'Realisatie tegenover de begroting van de programmabegroting; de begroting groeit jaarlijks met loon- en prijsontwikkeling en volume.',
  },
];

/** The published gemeente total of an indicator for one year, or undefined when there is none (or it is secret). */
async function publishedTotal(
  store: SqlStore,
  indicator: string,
  period: string,
  area: string,
  catalogue: readonly IndicatorDefinition[],
): Promise<number | undefined> {
  const rows = await queryIndicatorValues(store, { indicator, period, area, breakdown: '' });
  const [value] = formatIndicatorValues(rows, { role: 'viewer', insideApp: false, catalogue });
  return value && value.symbol === '' && value.value !== null ? value.value : undefined;
}

const COUNTED = ['persons', 'households', 'trajectories', 'arrangements', 'benefits', 'provisions'];

/** Targets as a policy document writes them: budgets in thousands, counts whole, rates with two decimals. */
const rounded = (value: number, unit: string): number =>
  unit === 'euro'
    ? Math.round(value / 1000) * 1000
    : COUNTED.includes(unit)
      ? Math.round(value)
      : Math.round(value * 100) / 100;

/**
 * Baseline 2015 and yearly targets from the anchor year for every computed indicator with published figures; the
 * trend indicators get their trend baseline (2018) and no targets.
 */
async function withBaselinesAndTargets(
  store: SqlStore,
  tree: GoalTreeDocument,
  gemeente: string,
  catalogue: readonly IndicatorDefinition[],
): Promise<GoalTreeDocument> {
  const byId = new Map(catalogue.map((d) => [d.id, d]));
  const indicators = [];
  for (const node of tree.indicators) {
    const definition = byId.get(node.indicator);
    const published = (year: number) =>
      definition ? publishedTotal(store, node.indicator, String(year), gemeente, catalogue) : undefined;
    if (definition && (DEMO_TREND_INDICATORS as readonly string[]).includes(node.indicator)) {
      // The template names no targets; the node is kept as it is, with the trend's baseline when published.
      const trendBase = await published(DEMO_TREND_BASELINE_YEAR);
      indicators.push(
        trendBase === undefined
          ? node
          : { ...node, baseline: { period: String(DEMO_TREND_BASELINE_YEAR), value: trendBase } },
      );
      continue;
    }
    const base = await published(DEMO_BASELINE_YEAR);
    const anchor = (await published(DEMO_ANCHOR_YEAR)) ?? base;
    if (!definition || anchor === undefined) {
      indicators.push(node);
      continue;
    }
    const targets = [];
    for (let year = DEMO_TARGET_YEARS.from; year <= DEMO_TARGET_YEARS.to; year++) {
      const years = year - DEMO_ANCHOR_YEAR;
      const factor =
        definition.unit === 'euro'
          ? (1 + YEARLY_BUDGET_GROWTH) ** years
          : node.direction === 'down'
            ? 1 - YEARLY_AMBITION * years
            : node.direction === 'up'
              ? 1 + YEARLY_AMBITION * years
              : 1;
      targets.push({ period: String(year), value: rounded(anchor * factor, definition.unit) });
    }
    if (base === undefined) {
      indicators.push({ ...node, targets });
      continue;
    }
    indicators.push({ ...node, baseline: { period: String(DEMO_BASELINE_YEAR), value: base }, targets });
  }
  return { ...tree, indicators };
}

/**
 * Loads the Voorschoten tree into the demo once (a data folder that already has a tree keeps it), with baselines
 * and targets from the computed cube and three narratives for 2024. Returns the version, or undefined when kept.
 */
export async function loadDemoGoalTree(
  store: SqlStore,
  gemeente: string,
  catalogue: readonly IndicatorDefinition[],
  by: string,
): Promise<number | undefined> {
  if ((await listTreeVersions(store)).length > 0) return undefined;
  const template = parseGoalTree(
    'sjabloon voorschoten',
    await readGoalTreeTemplate('voorschoten'),
    catalogue,
  );
  const tree = await withBaselinesAndTargets(store, template, gemeente, catalogue);
  const { version } = await importGoalTree(store, 'demo', tree, catalogue, by, 'demo: nulmeting 2015');
  for (const n of NARRATIVES)
    await setNodeNarrative(store, {
      node: n.node,
      period: '2024',
      text: n.text,
      status: n.final ? 'definitief' : 'concept',
      author: AUTHOR,
    });
  return version;
}
