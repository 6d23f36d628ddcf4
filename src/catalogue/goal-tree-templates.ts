/** @module The shipped goal tree templates (Voorschoten, Zoetermeer bestuurlijke monitor jeugdhulp, Dalfsen process lines) as YAML data beside this module. */
import { readFile } from 'node:fs/promises';
import { parse as parseYaml } from 'yaml';

export const GOAL_TREE_TEMPLATES = ['voorschoten', 'zoetermeer-jeugd', 'dalfsen'] as const;
export type GoalTreeTemplate = (typeof GOAL_TREE_TEMPLATES)[number];

export const isGoalTreeTemplate = (name: string): name is GoalTreeTemplate =>
  (GOAL_TREE_TEMPLATES as readonly string[]).includes(name);

/** Where a template's file lives (named in messages, so a refused template says which file). */
export const templateFile = (name: GoalTreeTemplate): URL =>
  new URL(`./goal-tree-templates/${name}.yaml`, import.meta.url);

/** The template's document as parsed YAML (validate it with parseGoalTree before use). */
export async function readGoalTreeTemplate(name: GoalTreeTemplate): Promise<unknown> {
  return parseYaml(await readFile(templateFile(name), 'utf8')) as unknown;
}
