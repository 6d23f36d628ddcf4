/** @module Validation of a goal tree document: schema, structure (unique ids, children of the right kind, no cycle, nothing unreachable) and indicators (known or imported, periods of a kind they have), with every problem named by place and field; the canonical form export writes. */
import { GoalTreeError, type GoalTreeProblem } from '../errors.ts';
import * as R from './goal-reasons.ts';
import {
  CHILD_LISTS,
  childIds,
  goalTreeSchema,
  nodesById,
  periodKindsOf,
  type GoalTreeDocument,
  type GoalTreeNode,
  type PeriodValue,
} from './goal-tree.ts';
import type { IndicatorDefinition } from './indicator-definition.ts';
import { parsePeriod } from './period.ts';

const placeOf = (list: string, index: number, id: unknown): string =>
  typeof id === 'string' ? `${list}[${index}] (${id})` : `${list}[${index}]`;

/** A path as written in the file: `indicators[0].targets[1].period`. */
const pathText = (path: readonly PropertyKey[]): string =>
  path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? String(p) : `.${String(p)}`)).join('');

/** Zod's path (['effects', 3, 'indicators', 0]) as a place in the tree: `effects[3] (effect-x), veld indicators[0]`. */
function zodPlace(input: unknown, path: readonly PropertyKey[]): string {
  const [list, index, ...rest] = path;
  if (typeof list !== 'string') return '';
  if (list === 'vision' && path.length > 1) return `vision, ${R.field(pathText(path.slice(1)))}`;
  if (typeof index !== 'number') return R.field(pathText(path));
  const items = (input as Record<string, unknown>)[list];
  const id = Array.isArray(items) ? (items[index] as { id?: unknown } | undefined)?.id : undefined;
  const where = placeOf(list, index, id);
  return rest.length === 0 ? where : `${where}, ${R.field(pathText(rest))}`;
}

/** Finds every cycle entry point once: `a → b → a`. */
function findCycle(nodes: Map<string, GoalTreeNode>): string[] | undefined {
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (id: string): string[] | undefined => {
    const s = state.get(id);
    if (s === 'done') return undefined;
    if (s === 'open') return [...stack.slice(stack.indexOf(id)), id];
    const node = nodes.get(id);
    if (!node) return undefined;
    state.set(id, 'open');
    stack.push(id);
    for (const child of childIds(node)) {
      const cycle = visit(child);
      if (cycle) return cycle;
    }
    stack.pop();
    state.set(id, 'done');
    return undefined;
  };
  for (const id of nodes.keys()) {
    const cycle = visit(id);
    if (cycle) return cycle;
  }
  return undefined;
}

/** Structure: unique ids, known children of the right kind, no cycle, every node reachable from the vision. */
function structureProblems(tree: GoalTreeDocument): GoalTreeProblem[] {
  const problems: GoalTreeProblem[] = [];
  const first = new Map<string, string>();
  const note = (id: string, place: string) => {
    const earlier = first.get(id);
    if (earlier) problems.push({ path: place, message: R.duplicateNode(id, earlier) });
    else first.set(id, place);
  };
  note(tree.vision.id, 'vision');
  tree.goals.forEach((g, i) => note(g.id, placeOf('goals', i, g.id)));
  tree.effects.forEach((e, i) => note(e.id, placeOf('effects', i, e.id)));
  tree.indicators.forEach((n, i) => note(n.id, placeOf('indicators', i, n.id)));
  if (problems.length > 0) return problems;

  const nodes = nodesById(tree);
  const lists: [string, GoalTreeNode][] = [
    ['vision', { kind: 'vision', doc: tree.vision }],
    ...tree.goals.map((doc, i): [string, GoalTreeNode] => [
      placeOf('goals', i, doc.id),
      { kind: 'goal', doc },
    ]),
    ...tree.effects.map((doc, i): [string, GoalTreeNode] => [
      placeOf('effects', i, doc.id),
      { kind: 'effect', doc },
    ]),
  ];
  for (const [place, node] of lists) {
    for (const { field, kind } of CHILD_LISTS[node.kind]) {
      const ids = ((node.doc as Record<string, unknown>)[field] as string[] | undefined) ?? [];
      const seen = new Set<string>();
      ids.forEach((child, i) => {
        const at = `${place}, ${R.field(`${field}[${i}]`)}`;
        const target = nodes.get(child);
        if (seen.has(child)) problems.push({ path: at, message: R.duplicateChild(child) });
        seen.add(child);
        if (!target) problems.push({ path: at, message: R.unknownNode(child) });
        else if (target.kind !== kind)
          problems.push({ path: at, message: R.wrongKind(child, target.kind, kind) });
      });
    }
  }
  if (problems.length > 0) return problems;

  const cycle = findCycle(nodes);
  if (cycle) return [{ path: placeOfId(tree, cycle[0] ?? ''), message: R.cycle(cycle) }];

  const reached = new Set<string>();
  const walk = (id: string) => {
    if (reached.has(id)) return;
    reached.add(id);
    const node = nodes.get(id);
    if (node) childIds(node).forEach(walk);
  };
  walk(tree.vision.id);
  for (const id of nodes.keys())
    if (!reached.has(id)) problems.push({ path: placeOfId(tree, id), message: R.unreachable(id) });
  return problems;
}

function placeOfId(tree: GoalTreeDocument, id: string): string {
  if (tree.vision.id === id) return 'vision';
  for (const [list, items] of [
    ['goals', tree.goals],
    ['effects', tree.effects],
    ['indicators', tree.indicators],
  ] as const) {
    const index = items.findIndex((n) => n.id === id);
    if (index >= 0) return placeOf(list, index, id);
  }
  return id;
}

/** Indicators: known (catalogue) or declared as imported; baseline and targets in period kinds the indicator has. */
function indicatorProblems(
  tree: GoalTreeDocument,
  catalogue: readonly IndicatorDefinition[],
): GoalTreeProblem[] {
  const problems: GoalTreeProblem[] = [];
  const byId = new Map(catalogue.map((d) => [d.id, d]));
  tree.indicators.forEach((node, i) => {
    const place = placeOf('indicators', i, node.id);
    const definition = byId.get(node.indicator);
    if (!definition && !node.imported) {
      problems.push({
        path: `${place}, ${R.field('indicator')}`,
        message: R.unknownIndicator(node.indicator),
      });
      return;
    }
    const kinds = periodKindsOf(node, definition);
    const check = (where: string, period: string) => {
      const kind = parsePeriod(period)?.kind;
      if (kind && !kinds.includes(kind))
        problems.push({
          path: `${place}, ${R.field(where)}`,
          message: R.wrongPeriodKind(node.indicator, period, kinds),
        });
    };
    if (node.baseline) check('baseline.period', node.baseline.period);
    const seen = new Set<string>();
    (node.targets ?? []).forEach((t, j) => {
      check(`targets[${j}].period`, t.period);
      if (seen.has(t.period))
        problems.push({
          path: `${place}, ${R.field(`targets[${j}].period`)}`,
          message: R.duplicateTarget(t.period),
        });
      seen.add(t.period);
    });
  });
  return problems;
}

const comparePeriods = (a: PeriodValue, b: PeriodValue) =>
  (parsePeriod(a.period)?.start ?? '').localeCompare(parsePeriod(b.period)?.start ?? '') ||
  a.period.localeCompare(b.period);

/** Leaves out empty child lists (an empty list and no list mean the same). */
function withoutEmpty<T extends object>(doc: T, fields: readonly string[]): T {
  const copy = { ...doc } as Record<string, unknown>;
  for (const f of fields) if (Array.isArray(copy[f]) && (copy[f] as unknown[]).length === 0) delete copy[f];
  return copy as T;
}

/** One canonical form: targets sorted by period, empty lists left out (so export → import gives the same tree). */
function normalise(tree: GoalTreeDocument): GoalTreeDocument {
  return {
    ...tree,
    goals: tree.goals.map((g) => withoutEmpty(g, ['goals', 'effects'])),
    effects: tree.effects.map((e) => withoutEmpty(e, ['effects', 'indicators'])),
    indicators: tree.indicators.map((n) => {
      const { targets, ...rest } = n;
      return targets && targets.length > 0 ? { ...rest, targets: [...targets].sort(comparePeriods) } : rest;
    }),
  };
}

/**
 * Validates a goal tree document (parsed YAML or JSON) and returns it in canonical form; collects every problem
 * (schema, structure, indicators) and throws one GoalTreeError naming `source`, each place and field.
 */
export function parseGoalTree(
  source: string,
  input: unknown,
  catalogue: readonly IndicatorDefinition[],
): GoalTreeDocument {
  const result = goalTreeSchema.safeParse(input);
  if (!result.success) {
    throw new GoalTreeError(
      source,
      result.error.issues.map((issue) => ({ path: zodPlace(input, issue.path), message: issue.message })),
    );
  }
  const tree = normalise(result.data);
  const problems = structureProblems(tree);
  // Targets in file order, so a problem names the position the user wrote.
  problems.push(...indicatorProblems(result.data, catalogue));
  if (problems.length > 0) throw new GoalTreeError(source, problems);
  return tree;
}

/** A stored (already validated) tree in canonical form and field order, as export writes it. */
export function canonicalGoalTree(tree: GoalTreeDocument): GoalTreeDocument {
  return normalise(goalTreeSchema.parse(tree));
}

/** Compares two trees by content, whatever the order of fields. */
export function sameGoalTree(a: GoalTreeDocument, b: GoalTreeDocument): boolean {
  const sorted = (value: unknown): unknown =>
    Array.isArray(value)
      ? value.map(sorted)
      : typeof value === 'object' && value !== null
        ? Object.fromEntries(
            Object.entries(value)
              .filter(([, v]) => v !== undefined)
              .sort(([x], [y]) => x.localeCompare(y))
              .map(([k, v]) => [k, sorted(v)]),
          )
        : value;
  return JSON.stringify(sorted(canonicalGoalTree(a))) === JSON.stringify(sorted(canonicalGoalTree(b)));
}
