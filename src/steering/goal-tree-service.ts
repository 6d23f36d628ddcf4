/** @module Changes to the goal tree: import a tree (a new version, one transaction), set targets, write narratives — each validated first, with Dutch refusals naming the place. */
import { GoalTreeError } from '../errors.ts';
import * as R from '../domain/goal-reasons.ts';
import { nodesById, periodKindsOf, type GoalTreeDocument } from '../domain/goal-tree.ts';
import { parseGoalTree, sameGoalTree } from '../domain/goal-tree-validation.ts';
import type { IndicatorDefinition } from '../domain/indicator-definition.ts';
import { parsePeriod } from '../domain/period.ts';
import {
  addNarrative,
  listTreeVersions,
  loadTreeVersion,
  saveTreeVersion,
  setTargets,
  type NarrativeStatus,
} from '../store/goal-tree-tables.ts';
import type { SqlStore } from '../store/sql-store.ts';

const refuse = (source: string, path: string, message: string): GoalTreeError =>
  new GoalTreeError(source, [{ path, message }]);

/** The tree of a version (default: the latest), or a refusal saying there is none. */
export async function requireTree(
  store: SqlStore,
  version?: number,
): Promise<{ version: number; tree: GoalTreeDocument }> {
  const versions = await listTreeVersions(store);
  const latest = versions.at(-1)?.version;
  const wanted = version ?? latest;
  if (wanted === undefined) throw refuse('doelenboom', '', R.noTree);
  const tree = await loadTreeVersion(store, wanted);
  if (!tree) throw refuse('doelenboom', `versie ${wanted}`, R.noSuchVersion(wanted, latest));
  return { version: wanted, tree };
}

export interface ImportResult {
  version: number;
  /** True when the tree equals the latest version, which is then kept (no new version). */
  unchanged: boolean;
  tree: GoalTreeDocument;
}

/** Validates a tree document and stores it as a new version (a herijking); an unchanged tree adds nothing. */
export async function importGoalTree(
  store: SqlStore,
  source: string,
  input: unknown,
  catalogue: readonly IndicatorDefinition[],
  by: string,
  note?: string,
): Promise<ImportResult> {
  const tree = parseGoalTree(source, input, catalogue);
  const latest = (await listTreeVersions(store)).at(-1)?.version;
  if (latest !== undefined) {
    const current = await loadTreeVersion(store, latest);
    if (current && sameGoalTree(current, tree)) return { version: latest, unchanged: true, tree: current };
  }
  const version = await saveTreeVersion(store, tree, by, note);
  return { version, unchanged: false, tree };
}

/**
 * Sets the target of an indicator for one period in a tree version (default: the latest), on every node that shows
 * that indicator. Refuses an indicator the tree does not have and a period of a kind the indicator lacks.
 */
export async function setIndicatorTarget(
  store: SqlStore,
  request: { indicator: string; period: string; value: number; version?: number; by: string },
  catalogue: readonly IndicatorDefinition[],
): Promise<{ version: number; nodes: string[]; period: string }> {
  const source = `streefwaarde ${request.indicator}`;
  const period = parsePeriod(request.period);
  if (!period) throw refuse(source, 'periode', R.badPeriod(request.period));
  if (!Number.isFinite(request.value)) throw refuse(source, 'waarde', R.badNumber(String(request.value)));
  const { version, tree } = await requireTree(store, request.version);
  const nodes = tree.indicators.filter((n) => n.indicator === request.indicator);
  if (nodes.length === 0)
    throw refuse(source, `versie ${version}`, R.indicatorNotInTree(request.indicator, version));
  const definition = catalogue.find((d) => d.id === request.indicator);
  for (const node of nodes) {
    const kinds = periodKindsOf(node, definition);
    if (!kinds.includes(period.kind))
      throw refuse(source, `knoop ${node.id}`, R.wrongPeriodKind(request.indicator, period.id, kinds));
  }
  const ids = nodes.map((n) => n.id);
  await setTargets(store, version, ids, period.id, request.value, request.by);
  return { version, nodes: ids, period: period.id };
}

/** Adds a narrative for a node and period (a new version of it; earlier ones stay as history). */
export async function setNodeNarrative(
  store: SqlStore,
  request: {
    node: string;
    period: string;
    text: string;
    status: NarrativeStatus;
    author: string;
    version?: number;
  },
): Promise<{ id: number; version: number; period: string }> {
  const source = `verhaal bij ${request.node}`;
  const period = parsePeriod(request.period);
  if (!period) throw refuse(source, 'periode', R.badPeriod(request.period));
  if (request.text.trim() === '') throw refuse(source, 'tekst', R.emptyNarrative);
  const { version, tree } = await requireTree(store, request.version);
  if (!nodesById(tree).has(request.node))
    throw refuse(source, `versie ${version}`, R.unknownTreeNode(request.node, version));
  const id = await addNarrative(store, {
    node: request.node,
    period: period.id,
    text: request.text,
    author: request.author,
    status: request.status,
  });
  return { id, version, period: period.id };
}
