/** @module The goal tree (doelenboom) as data: vision → main goals → societal effects → indicators with baseline, targets, direction, band, weight and minimum size; the document schema (zod) and how to walk it (validation: goal-tree-validation.ts). */
import { z } from 'zod';
import * as R from './goal-reasons.ts';
import { DIRECTIONS, UNITS, type IndicatorDefinition } from './indicator-definition.ts';
import { parsePeriod, PERIOD_KINDS, type PeriodKind } from './period.ts';

export const GOAL_NODE_KINDS = ['vision', 'goal', 'effect', 'indicator'] as const;
export type GoalNodeKind = (typeof GOAL_NODE_KINDS)[number];

/** How a parent's status follows from its children's (goal-rollup.ts). */
export const ROLLUP_RULES = ['worst', 'weighted-share'] as const;
export type RollupRuleName = (typeof ROLLUP_RULES)[number];

/** Defaults that apply when a tree leaves a setting out (the document keeps only what the user wrote). */
export const GOAL_DEFAULTS = {
  tolerancePercent: 5,
  minimumSize: 20,
  weight: 1,
  onCoursePercent: 80,
  attentionPercent: 50,
} as const;

const nodeId = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, R.NODE_ID_FORMAT);
const indicatorId = z.string().regex(/^[a-z][A-Za-z0-9]*(\.[a-z][A-Za-z0-9]*)+$/, R.INDICATOR_ID_FORMAT);

/** A period id (`2018`, `2018-H1`, `2018-Q3`, `2018-07`); YAML's bare 2018 (a number) is read as the year. */
const periodId = z.union([z.string(), z.number().int()]).transform((v, ctx) => {
  const period = parsePeriod(String(v));
  if (!period) {
    ctx.addIssue({ code: 'custom', message: R.badPeriod(String(v)) });
    return z.NEVER;
  }
  return period.id;
});

const periodValueSchema = z.object({ period: periodId, value: z.number() }).strict();
export type PeriodValue = z.output<typeof periodValueSchema>;

const text = z.string().trim().min(1, R.EMPTY_TEXT);
const childList = z.array(nodeId).optional();

/** An indicator slot for figures that are imported, not computed (surveys, GGD, CBS): named, with its source. */
const importedSchema = z
  .object({
    name: text,
    source: text,
    unit: z.enum(UNITS),
    periodKinds: z.array(z.enum(PERIOD_KINDS)).min(1).optional(),
  })
  .strict();

const indicatorNodeSchema = z
  .object({
    id: nodeId,
    indicator: indicatorId,
    /** Shown instead of the catalogue name. */
    title: text.optional(),
    /** Desired direction; default the catalogue's. */
    direction: z.enum(DIRECTIONS).optional(),
    /** The counted unit in sentences ("jongeren"); default from the unit ("personen"). */
    unitLabel: text.optional(),
    baseline: periodValueSchema.optional(),
    targets: z.array(periodValueSchema).optional(),
    tolerancePercent: z.number().min(0).max(100).optional(),
    weight: z.number().positive().optional(),
    minimumSize: z.number().int().min(0).optional(),
    imported: importedSchema.optional(),
    note: text.optional(),
  })
  .strict();

const effectSchema = z
  .object({
    id: nodeId,
    title: text,
    description: text.optional(),
    /** Why no catalogue indicator fits, where that is so. */
    note: text.optional(),
    effects: childList,
    indicators: childList,
  })
  .strict();

const goalSchema = z
  .object({ id: nodeId, title: text, description: text.optional(), goals: childList, effects: childList })
  .strict();

const visionSchema = z.object({
  id: nodeId,
  title: text,
  description: text.optional(),
  goals: z.array(nodeId),
});

const rollupSchema = z
  .object({
    rule: z.enum(ROLLUP_RULES),
    onCoursePercent: z.number().min(0).max(100).optional(),
    attentionPercent: z.number().min(0).max(100).optional(),
  })
  .strict();
export type RollupSetting = z.output<typeof rollupSchema>;

export const goalTreeSchema = z
  .object({
    title: text,
    template: z.string().min(1).optional(),
    rollup: rollupSchema.optional(),
    vision: visionSchema.strict(),
    goals: z.array(goalSchema),
    effects: z.array(effectSchema),
    indicators: z.array(indicatorNodeSchema),
  })
  .strict();

export type GoalTreeDocument = z.output<typeof goalTreeSchema>;
export type GoalDoc = GoalTreeDocument['goals'][number];
export type EffectDoc = GoalTreeDocument['effects'][number];
export type IndicatorNodeDoc = GoalTreeDocument['indicators'][number];

/** A node with its kind, as the status service walks the tree. */
export type GoalTreeNode =
  | { kind: 'vision'; doc: GoalTreeDocument['vision'] }
  | { kind: 'goal'; doc: GoalDoc }
  | { kind: 'effect'; doc: EffectDoc }
  | { kind: 'indicator'; doc: IndicatorNodeDoc };

/** Which kinds a node of each kind may hold as children (goals may have sub-goals, effects sub-effects). */
export const CHILD_LISTS: Record<GoalNodeKind, readonly { field: string; kind: GoalNodeKind }[]> = {
  vision: [{ field: 'goals', kind: 'goal' }],
  goal: [
    { field: 'goals', kind: 'goal' },
    { field: 'effects', kind: 'effect' },
  ],
  effect: [
    { field: 'effects', kind: 'effect' },
    { field: 'indicators', kind: 'indicator' },
  ],
  indicator: [],
};

/** The children of a node in order: sub-goals before effects, sub-effects before indicators. */
export function childIds(node: GoalTreeNode): string[] {
  const doc = node.doc as Record<string, unknown>;
  return CHILD_LISTS[node.kind].flatMap(({ field }) => (doc[field] as string[] | undefined) ?? []);
}

/** Every node of the tree by id (ids are unique across kinds once validated). */
export function nodesById(tree: GoalTreeDocument): Map<string, GoalTreeNode> {
  const map = new Map<string, GoalTreeNode>();
  map.set(tree.vision.id, { kind: 'vision', doc: tree.vision });
  for (const doc of tree.goals) map.set(doc.id, { kind: 'goal', doc });
  for (const doc of tree.effects) map.set(doc.id, { kind: 'effect', doc });
  for (const doc of tree.indicators) map.set(doc.id, { kind: 'indicator', doc });
  return map;
}

/** The period kinds an indicator node accepts for baseline and targets: the catalogue's, or the imported slot's (default year). */
export function periodKindsOf(
  node: IndicatorNodeDoc,
  definition: IndicatorDefinition | undefined,
): readonly PeriodKind[] {
  return definition?.periodKinds ?? node.imported?.periodKinds ?? ['year'];
}
