/** @module Reads and writes the goal tree tables (migration 6): tree versions as validated documents, targets per node and period, narratives with their history. */
import type { GoalTreeDocument, PeriodValue } from '../domain/goal-tree.ts';
import { parsePeriod } from '../domain/period.ts';
import type { SqlStore } from './sql-store.ts';

export interface TreeVersionInfo {
  version: number;
  title: string;
  template: string | null;
  createdAt: string;
  createdBy: string;
  note: string | null;
}

export const NARRATIVE_STATUSES = ['concept', 'definitief'] as const;
export type NarrativeStatus = (typeof NARRATIVE_STATUSES)[number];

export interface NarrativeRow {
  id: number;
  node: string;
  period: string;
  text: string;
  author: string;
  status: NarrativeStatus;
  writtenAt: string;
}

/** Child lists per parent kind, in the order the document writes them. */
const CHILD_FIELDS = {
  vision: ['goals'],
  goal: ['goals', 'effects'],
  effect: ['effects', 'indicators'],
} as const;

/** False for a database opened read-only before migration 6 ran (no tree can exist there yet). */
export async function hasGoalTables(store: SqlStore): Promise<boolean> {
  const [row] = await store.all<{ n: number }>(
    "SELECT count(*) AS n FROM information_schema.tables WHERE table_name = 'goal_tree_version'",
  );
  return (row?.n ?? 0) > 0;
}

export async function listTreeVersions(store: SqlStore): Promise<TreeVersionInfo[]> {
  if (!(await hasGoalTables(store))) return [];
  const rows = await store.all<{
    version: number;
    title: string;
    template: string | null;
    created_at: string;
    created_by: string;
    note: string | null;
  }>(
    `SELECT version, title, template, CAST(created_at AS VARCHAR) AS created_at, created_by, note
     FROM goal_tree_version ORDER BY version`,
  );
  return rows.map((r) => ({
    version: r.version,
    title: r.title,
    template: r.template,
    createdAt: r.created_at,
    createdBy: r.created_by,
    note: r.note,
  }));
}

/** Splits a node document into its own settings (stored as JSON) and its child lists (stored as links). */
function settingsOf(doc: Record<string, unknown>, fields: readonly string[]): Record<string, unknown> {
  const settings: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(doc))
    if (key !== 'id' && key !== 'targets' && !fields.includes(key)) settings[key] = value;
  return settings;
}

/** Stores a validated tree as a new version in one transaction and returns its number. */
export async function saveTreeVersion(
  store: SqlStore,
  tree: GoalTreeDocument,
  by: string,
  note?: string,
): Promise<number> {
  return store.transaction(async () => {
    const [row] = await store.all<{ next: number }>(
      'SELECT CAST(coalesce(max(version), 0) + 1 AS INTEGER) AS next FROM goal_tree_version',
    );
    const version = row?.next ?? 1;
    await store.run('INSERT INTO goal_tree_version VALUES (?, ?, ?, ?, current_timestamp, ?, ?)', [
      version,
      tree.title,
      tree.template ?? null,
      tree.rollup ? JSON.stringify(tree.rollup) : null,
      by,
      note ?? null,
    ]);
    const nodes: (readonly [string, number, Record<string, unknown>, readonly string[]])[] = [
      ['vision', 0, tree.vision, CHILD_FIELDS.vision],
      ...tree.goals.map((g, i) => ['goal', i, g, CHILD_FIELDS.goal] as const),
      ...tree.effects.map((e, i) => ['effect', i, e, CHILD_FIELDS.effect] as const),
      ...tree.indicators.map((n, i) => ['indicator', i, n, []] as const),
    ];
    const nodeRows = nodes.map(([kind, position, doc, fields]) => [
      version,
      doc['id'] as string,
      kind,
      position,
      typeof doc['indicator'] === 'string' ? doc['indicator'] : null,
      JSON.stringify(settingsOf(doc, fields)),
    ]);
    await store.append('goal_node', nodeRows);
    const links = nodes.flatMap(([, , doc, fields]) =>
      fields.flatMap((field) =>
        ((doc[field] as string[] | undefined) ?? []).map((child, position) => [
          version,
          doc['id'] as string,
          field,
          child,
          position,
        ]),
      ),
    );
    if (links.length > 0) await store.append('goal_link', links);
    for (const node of tree.indicators)
      for (const t of node.targets ?? []) {
        await store.run('INSERT INTO goal_target VALUES (?, ?, ?, ?, current_timestamp, ?)', [
          version,
          node.id,
          t.period,
          t.value,
          by,
        ]);
        // The tree's own targets start each target's history (migration 13).
        await store.run(
          `INSERT INTO goal_target_change (version, node, period, value, set_at, set_by)
           VALUES (?, ?, ?, ?, current_timestamp, ?)`,
          [version, node.id, t.period, t.value, by],
        );
      }
    return version;
  });
}

const byPeriod = (a: PeriodValue, b: PeriodValue) =>
  (parsePeriod(a.period)?.start ?? '').localeCompare(parsePeriod(b.period)?.start ?? '') ||
  a.period.localeCompare(b.period);

/** Rebuilds the document of a version (undefined when it does not exist). */
export async function loadTreeVersion(
  store: SqlStore,
  version: number,
): Promise<GoalTreeDocument | undefined> {
  if (!(await hasGoalTables(store))) return undefined;
  const [head] = await store.all<{ title: string; template: string | null; rollup_json: string | null }>(
    'SELECT title, template, rollup_json FROM goal_tree_version WHERE version = ?',
    [version],
  );
  if (!head) return undefined;
  const nodes = await store.all<{ id: string; kind: string; settings_json: string }>(
    'SELECT id, kind, settings_json FROM goal_node WHERE version = ? ORDER BY kind, position',
    [version],
  );
  const links = await store.all<{ parent: string; field: string; child: string }>(
    'SELECT parent, field, child FROM goal_link WHERE version = ? ORDER BY parent, field, position',
    [version],
  );
  const targets = await store.all<{ node: string; period: string; value: number }>(
    'SELECT node, period, value FROM goal_target WHERE version = ?',
    [version],
  );
  const build = (node: { id: string; kind: string; settings_json: string }) => {
    const doc: Record<string, unknown> = { id: node.id, ...(JSON.parse(node.settings_json) as object) };
    const fields: readonly string[] = CHILD_FIELDS[node.kind as keyof typeof CHILD_FIELDS] ?? [];
    for (const field of fields) {
      const children = links.filter((l) => l.parent === node.id && l.field === field).map((l) => l.child);
      if (children.length > 0 || (node.kind === 'vision' && field === 'goals')) doc[field] = children;
    }
    if (node.kind === 'indicator') {
      const own = targets
        .filter((t) => t.node === node.id)
        .map((t) => ({ period: t.period, value: t.value }))
        .sort(byPeriod);
      if (own.length > 0) doc['targets'] = own;
    }
    return doc;
  };
  const ofKind = (kind: string) => nodes.filter((n) => n.kind === kind).map(build);
  return {
    title: head.title,
    ...(head.template !== null ? { template: head.template } : {}),
    ...(head.rollup_json !== null
      ? { rollup: JSON.parse(head.rollup_json) as GoalTreeDocument['rollup'] }
      : {}),
    vision: ofKind('vision')[0] as GoalTreeDocument['vision'],
    goals: ofKind('goal') as GoalTreeDocument['goals'],
    effects: ofKind('effect') as GoalTreeDocument['effects'],
    indicators: ofKind('indicator') as GoalTreeDocument['indicators'],
  };
}

/** Sets (or replaces) the target of indicator nodes for one period, in one transaction. */
export async function setTargets(
  store: SqlStore,
  version: number,
  nodes: readonly string[],
  period: string,
  value: number,
  by: string,
): Promise<void> {
  await store.transaction(async () => {
    for (const node of nodes) {
      await store.run('INSERT OR REPLACE INTO goal_target VALUES (?, ?, ?, ?, current_timestamp, ?)', [
        version,
        node,
        period,
        value,
        by,
      ]);
      // Migration 14: every value set is kept, so the earlier target stays visible after a change.
      await store.run(
        `INSERT INTO goal_target_change (version, node, period, value, set_at, set_by)
         VALUES (?, ?, ?, ?, current_timestamp, ?)`,
        [version, node, period, value, by],
      );
    }
  });
}

export interface TargetChangeRow {
  version: number;
  node: string;
  period: string;
  value: number;
  setAt: string;
  setBy: string;
}

/** Every value set for the targets of the indicator nodes `nodes` in a tree version, newest first. */
export async function targetHistory(
  store: SqlStore,
  version: number,
  nodes: readonly string[],
): Promise<TargetChangeRow[]> {
  if (nodes.length === 0) return [];
  const rows = await store.all<{
    version: number;
    node: string;
    period: string;
    value: number;
    set_at: string;
    set_by: string;
  }>(
    `SELECT version, node, period, value, CAST(set_at AS VARCHAR) AS set_at, set_by FROM goal_target_change
     WHERE version = ? AND node IN (${nodes.map(() => '?').join(', ')}) ORDER BY id DESC`,
    [version, ...nodes],
  );
  return rows.map((r) => ({
    version: r.version,
    node: r.node,
    period: r.period,
    value: r.value,
    setAt: r.set_at,
    setBy: r.set_by,
  }));
}

/** Adds a narrative version (earlier ones stay as history) and returns its id. */
export async function addNarrative(
  store: SqlStore,
  narrative: { node: string; period: string; text: string; author: string; status: NarrativeStatus },
): Promise<number> {
  const [row] = await store.all<{ id: number }>(
    `INSERT INTO goal_narrative (node, period, text, author, status, written_at)
     VALUES (?, ?, ?, ?, ?, current_timestamp) RETURNING id`,
    [narrative.node, narrative.period, narrative.text, narrative.author, narrative.status],
  );
  return row?.id ?? 0;
}

type NarrativeDbRow = {
  id: number;
  node: string;
  period: string;
  text: string;
  author: string;
  status: string;
  written_at: string;
};
const toNarrative = (r: NarrativeDbRow): NarrativeRow => ({
  id: r.id,
  node: r.node,
  period: r.period,
  text: r.text,
  author: r.author,
  status: r.status as NarrativeStatus,
  writtenAt: r.written_at,
});

/** Every version of the narratives of a node (optionally one period), oldest first. */
export async function narrativeHistory(
  store: SqlStore,
  node: string,
  period?: string,
): Promise<NarrativeRow[]> {
  if (!(await hasGoalTables(store))) return [];
  const rows = await store.all<NarrativeDbRow>(
    `SELECT id, node, period, text, author, status, CAST(written_at AS VARCHAR) AS written_at FROM goal_narrative
     WHERE node = ? ${period === undefined ? '' : 'AND period = ?'} ORDER BY period, id`,
    period === undefined ? [node] : [node, period],
  );
  return rows.map(toNarrative);
}

/** The current (latest) narrative per node for one period. */
export async function currentNarratives(store: SqlStore, period: string): Promise<Map<string, NarrativeRow>> {
  if (!(await hasGoalTables(store))) return new Map();
  const rows = await store.all<NarrativeDbRow>(
    `SELECT id, node, period, text, author, status, CAST(written_at AS VARCHAR) AS written_at FROM goal_narrative
     WHERE period = ? QUALIFY row_number() OVER (PARTITION BY node ORDER BY id DESC) = 1`,
    [period],
  );
  return new Map(rows.map((r) => [r.node, toNarrative(r)]));
}
