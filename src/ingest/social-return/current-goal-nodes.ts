/** @module The current goal tree's nodes (id → kind and title) that social-return documents link to and are checked against. */
import { nodesById } from '../../domain/goal-tree.ts';
import { listTreeVersions, loadTreeVersion } from '../../store/goal-tree-tables.ts';
import type { SqlStore } from '../../store/sql-store.ts';
import type { GoalTreeNodes } from '../../social-return/social-return-model.ts';

/** The latest goal tree version's nodes; `version` null (and no nodes) when no tree has been loaded. */
export async function currentGoalTreeNodes(store: SqlStore): Promise<GoalTreeNodes> {
  const version = (await listTreeVersions(store)).at(-1)?.version;
  const tree = version === undefined ? undefined : await loadTreeVersion(store, version);
  if (version === undefined || tree === undefined) return { version: null, nodes: new Map() };
  const nodes = new Map<string, { kind: string; title: string }>();
  for (const [id, node] of nodesById(tree)) {
    const title = 'title' in node.doc && typeof node.doc.title === 'string' ? node.doc.title : id;
    nodes.set(id, { kind: node.kind, title });
  }
  return { version, nodes };
}
