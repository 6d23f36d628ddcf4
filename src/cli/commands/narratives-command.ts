/** @module `msd narratives set|history`: the story behind the figures per node and period (markdown; concept or definitief), every change kept. */
import { auditCli } from '../cli-audit.ts';
import { readFile } from 'node:fs/promises';
import { createApp } from '../../app.ts';
import * as R from '../../domain/goal-reasons.ts';
import { GoalTreeError } from '../../errors.ts';
import { setNodeNarrative } from '../../steering/goal-tree-service.ts';
import { narrativeHistory } from '../../store/goal-tree-tables.ts';
import { t as msg } from '../../views/messages.ts';
import { formatTable, type CliIo } from '../cli-output.ts';
import { goalTreeCliError } from './goals-command.ts';

export interface NarrativesSetOptions {
  data: string;
  period: string;
  file: string;
  final?: boolean;
  author?: string;
  treeVersion?: number;
}

export async function runNarrativesSet(
  node: string,
  options: NarrativesSetOptions,
  io: CliIo,
): Promise<void> {
  let text: string;
  try {
    text = (await readFile(options.file, 'utf8')).replace(/^\uFEFF/, '');
  } catch (error) {
    throw goalTreeCliError(
      new GoalTreeError(options.file, [
        { path: '', message: R.unreadableFile((error as NodeJS.ErrnoException).code) },
      ]),
    );
  }
  const app = await createApp({ dataDir: options.data });
  try {
    const status = options.final ? 'definitief' : 'concept';
    const result = await setNodeNarrative(app.store, {
      node,
      period: options.period,
      text,
      status,
      author: options.author ?? app.actor,
      ...(options.treeVersion !== undefined ? { version: options.treeVersion } : {}),
    });
    await auditCli(
      app.store,
      'narrative.change',
      `${node} ${result.period} (${status}, versie ${result.id})`,
    );
    io.out(
      msg('narrativeSaved', { node, period: result.period, status, id: result.id, version: result.version }),
    );
  } catch (error) {
    throw goalTreeCliError(error);
  } finally {
    app.close();
  }
}

export async function runNarrativesHistory(
  node: string,
  options: { data: string; period?: string; format: 'table' | 'json' },
  io: CliIo,
): Promise<void> {
  const app = await createApp({ dataDir: options.data, readOnly: true });
  try {
    const rows = await narrativeHistory(app.store, node, options.period);
    if (options.format === 'json') {
      io.out(JSON.stringify(rows, null, 2));
      return;
    }
    if (rows.length === 0) {
      const period = options.period ? msg('narrativesPeriod', { period: options.period }) : '';
      io.out(msg('noNarratives', { node, period }));
      return;
    }
    io.out(
      formatTable(
        rows.map((r) => ({ ...r, text: r.text.trim().split('\n')[0] ?? '' })),
        ['id', 'period', 'status', 'author', 'writtenAt', 'text'],
      ),
    );
  } finally {
    app.close();
  }
}
