/** @module Goal tree files: reads a YAML or JSON document (refusing unreadable ones with file and reason) and writes a tree as YAML for `msd goals export`. */
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';
import { GoalTreeError } from '../errors.ts';
import * as R from '../domain/goal-reasons.ts';
import type { GoalTreeDocument } from '../domain/goal-tree.ts';

/** Reads a tree file: JSON for `.json`, otherwise YAML (a superset of JSON). */
export async function readGoalTreeFile(file: string): Promise<unknown> {
  let text: string;
  try {
    text = (await readFile(file, 'utf8')).replace(/^\uFEFF/, '');
  } catch (error) {
    throw new GoalTreeError(file, [
      { path: '', message: R.unreadableFile((error as NodeJS.ErrnoException).code) },
    ]);
  }
  try {
    return (extname(file).toLowerCase() === '.json' ? JSON.parse(text) : parseYaml(text)) as unknown;
  } catch (error) {
    throw new GoalTreeError(file, [
      { path: '', message: R.notYamlOrJson((error as Error).message.split('\n')[0] ?? '') },
    ]);
  }
}

/** The tree as YAML (or JSON for a `.json` file name), in the same shape `readGoalTreeFile` reads. */
export function formatGoalTree(tree: GoalTreeDocument, file: string): string {
  if (extname(file).toLowerCase() === '.json') return `${JSON.stringify(tree, null, 2)}\n`;
  return stringifyYaml(tree, { lineWidth: 0 });
}
