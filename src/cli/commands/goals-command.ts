/** @module `msd goals init|show|export|import`: the goal tree from a template or a file (each import a new version), and the tree with statuses per period and area. */
import { auditCli } from '../cli-audit.ts';
import { writeFile } from 'node:fs/promises';
import { createApp } from '../../app.ts';
import { loadCatalogue } from '../../catalogue/local-catalogue.ts';
import {
  GOAL_TREE_TEMPLATES,
  isGoalTreeTemplate,
  readGoalTreeTemplate,
  templateFile,
} from '../../catalogue/goal-tree-templates.ts';
import * as R from '../../domain/goal-reasons.ts';
import { canonicalGoalTree } from '../../domain/goal-tree-validation.ts';
import { CliError, isGoalTreeError } from '../../errors.ts';
import { formatGoalTree, readGoalTreeFile } from '../../steering/goal-tree-file.ts';
import { importGoalTree, requireTree, type ImportResult } from '../../steering/goal-tree-service.ts';
import { answerSteeringQuery, steeringJson } from '../../steering/steering-query.ts';
import { type SteeringNode, type SteeringView } from '../../steering/steering-status.ts';
import { t as msg } from '../../views/messages.ts';
import type { CliIo } from '../cli-output.ts';

/** A refused tree, target or narrative as one CLI error: the source, then each place and reason on its own line. */
export function goalTreeCliError(error: unknown): unknown {
  if (!isGoalTreeError(error)) return error;
  const lines = error.problems.map((p) => `  - ${p.path ? `${p.path}: ` : ''}${p.message}`);
  return new CliError(`${error.source}:\n${lines.join('\n')}`, 1);
}

function reportImport(result: ImportResult, source: string, io: CliIo): void {
  const t = result.tree;
  io.out(
    result.unchanged
      ? msg('goalsUnchanged', { source, version: result.version, title: t.title })
      : msg('goalsStored', {
          source,
          version: result.version,
          title: t.title,
          goals: t.goals.length,
          effects: t.effects.length,
          indicators: t.indicators.length,
        }),
  );
}

export async function runGoalsInit(options: { data: string; template: string }, io: CliIo): Promise<void> {
  if (!isGoalTreeTemplate(options.template))
    throw new CliError(R.unknownTemplate(options.template, GOAL_TREE_TEMPLATES), 2);
  const app = await createApp({ dataDir: options.data });
  try {
    const catalogue = await loadCatalogue(app.store);
    const input = await readGoalTreeTemplate(options.template);
    const source = `sjabloon ${options.template} (${templateFile(options.template).pathname})`;
    const result = await importGoalTree(
      app.store,
      source,
      input,
      catalogue,
      app.actor,
      `sjabloon ${options.template}`,
    );
    await auditCli(app.store, 'goaltree.change', `sjabloon ${options.template}`);
    reportImport(result, `Sjabloon ${options.template}`, io);
  } catch (error) {
    throw goalTreeCliError(error);
  } finally {
    app.close();
  }
}

export async function runGoalsImport(
  file: string,
  options: { data: string; note?: string },
  io: CliIo,
): Promise<void> {
  const app = await createApp({ dataDir: options.data });
  try {
    const catalogue = await loadCatalogue(app.store);
    const result = await importGoalTree(
      app.store,
      file,
      await readGoalTreeFile(file),
      catalogue,
      app.actor,
      options.note ?? `import ${file}`,
    );
    await auditCli(app.store, 'goaltree.change', `import ${file}`);
    reportImport(result, file, io);
  } catch (error) {
    throw goalTreeCliError(error);
  } finally {
    app.close();
  }
}

export async function runGoalsExport(
  options: { data: string; out?: string; treeVersion?: number },
  io: CliIo,
): Promise<void> {
  const app = await createApp({ dataDir: options.data, readOnly: true });
  try {
    const { version, tree } = await requireTree(app.store, options.treeVersion);
    const text = formatGoalTree(canonicalGoalTree(tree), options.out ?? 'tree.yaml');
    if (options.out === undefined) io.out(text.trimEnd());
    else {
      await writeFile(options.out, text);
      io.out(msg('goalsExported', { version, file: options.out }));
    }
  } catch (error) {
    throw goalTreeCliError(error);
  } finally {
    app.close();
  }
}

const statusText = (n: SteeringNode) => `[${n.status}${n.mark ? `, ${n.mark}` : ''}]`;
const KIND_LABEL = { vision: 'goalsVision', goal: 'goalsGoal', effect: 'goalsEffect' } as const;

/** The view as indented lines: a node's status and title (an indicator's sentence), the reason of roll-ups, narratives. */
export function formatSteeringTable(view: SteeringView): string {
  const rule = msg(view.rollup.rule === 'worst' ? 'rollupWorst' : 'rollupWeightedShare');
  const lines = [
    msg('goalsHeader', {
      title: view.title,
      version: view.version,
      period: view.period,
      area: view.area,
      rule,
    }),
  ];
  const reason = msg('goalsReason');
  const walk = (node: SteeringNode, depth: number) => {
    const pad = '  '.repeat(depth);
    if (node.kind === 'indicator') {
      lines.push(`${pad}${statusText(node)} ${node.sentence ?? node.title}`);
      if (node.status !== 'op koers') lines.push(`${pad}    ${reason}: ${node.reason}`);
    } else {
      lines.push(`${pad}${statusText(node)} ${msg(KIND_LABEL[node.kind])}: ${node.title}`);
      lines.push(`${pad}    ${reason}: ${node.reason}`);
      if (node.note) lines.push(`${pad}    ${msg('goalsNote')}: ${node.note}`);
    }
    if (node.narrative) {
      const first = node.narrative.text.trim().split('\n')[0] ?? '';
      const label = msg('goalsNarrative', { status: node.narrative.status, author: node.narrative.author });
      lines.push(`${pad}    ${label}: ${first}`);
    }
    node.children.forEach((c) => walk(c, depth + 1));
  };
  walk(view.root, 0);
  return lines.join('\n');
}

export async function runGoalsShow(
  options: { data: string; period?: string; area?: string; treeVersion?: number; format: 'table' | 'json' },
  io: CliIo,
): Promise<void> {
  const app = await createApp({ dataDir: options.data, readOnly: true });
  try {
    const view = await answerSteeringQuery(app.store, options, () => app.gemeente());
    io.out(
      options.format === 'json' ? JSON.stringify(steeringJson(view), null, 2) : formatSteeringTable(view),
    );
  } catch (error) {
    throw goalTreeCliError(error);
  } finally {
    app.close();
  }
}
