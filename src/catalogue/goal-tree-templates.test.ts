import { describe, expect, it } from 'vitest';
import { nodesById, periodKindsOf } from '../domain/goal-tree.ts';
import { parseGoalTree } from '../domain/goal-tree-validation.ts';
import { GOAL_TREE_TEMPLATES, readGoalTreeTemplate } from './goal-tree-templates.ts';
import { findIndicator, STANDARD_CATALOGUE } from './standard-catalogue.ts';

const load = async (name: (typeof GOAL_TREE_TEMPLATES)[number]) =>
  parseGoalTree(name, await readGoalTreeTemplate(name), STANDARD_CATALOGUE);

describe('the shipped goal tree templates', () => {
  it.each(GOAL_TREE_TEMPLATES)('%s is a valid tree against the standard catalogue', async (name) => {
    const tree = await load(name);
    expect(tree.template).toBe(name);
    expect(nodesById(tree).size).toBe(1 + tree.goals.length + tree.effects.length + tree.indicators.length);
  });

  it('Voorschoten has the five main goals, and effects that serve several goals', async () => {
    const tree = await load('voorschoten');
    expect(tree.goals.map((g) => g.title)).toEqual([
      'Inwoners zijn zelfredzaam en kunnen zo lang mogelijk de regie over hun eigen leven houden',
      'Inwoners groeien gezond en veilig op en kunnen zich maximaal ontwikkelen',
      'Voorschoten is veilig en er is sociale cohesie',
      'Er is een duurzaam systeem voor zorg en ondersteuning; de ondersteuning vindt dicht bij huis plaats',
      'Inwoners die hulp nodig hebben krijgen de juiste ondersteuning op tijd',
    ]);
    const parents = (effect: string) =>
      tree.goals.filter((g) => g.effects?.includes(effect)).map((g) => g.id);
    expect(parents('clienttevredenheid')).toEqual(['doel-2', 'doel-4']);
    expect(parents('preventie-verslaving')).toEqual(['doel-2', 'doel-3']);
    expect(parents('snellere-toeleiding')).toEqual(['doel-4', 'doel-5']);
    expect(parents('zorg-in-de-buurt')).toEqual(['doel-4', 'doel-5']);
  });

  it('Zoetermeer has the four themes of the bestuurlijke monitor jeugdhulp', async () => {
    const tree = await load('zoetermeer-jeugd');
    expect(tree.goals.map((g) => g.title)).toEqual([
      'Vroegtijdig signaleren',
      'Efficiënte doorlooptijd',
      'Effectieve jeugdhulp',
      'Kostenontwikkeling',
    ]);
    expect(tree.indicators.find((n) => n.id === 'instroom')?.indicator).toBe('youth.inflow');
  });

  it('Dalfsen has the six process lines and rolls up by weighted share', async () => {
    const tree = await load('dalfsen');
    expect(tree.goals).toHaveLength(6);
    expect(tree.rollup).toEqual({ rule: 'weighted-share' });
  });

  it.each(GOAL_TREE_TEMPLATES)(
    '%s: an effect whose indicators are all imported says that no catalogue indicator fits',
    async (name) => {
      const tree = await load(name);
      const byId = new Map(tree.indicators.map((n) => [n.id, n]));
      for (const effect of tree.effects) {
        const slots = (effect.indicators ?? []).map((id) => byId.get(id));
        if (slots.every((s) => s && !findIndicator(s.indicator))) {
          expect(effect.note, effect.id).toMatch(/^Geen indicator in de catalogus/);
          for (const s of slots) expect(s?.imported?.source, s?.id).toBeTruthy();
        }
      }
    },
  );

  it.each(GOAL_TREE_TEMPLATES)(
    '%s: every computed indicator has a desired direction of its own',
    async (name) => {
      const tree = await load(name);
      for (const node of tree.indicators) {
        expect(node.direction, node.id).toBeDefined();
        expect(periodKindsOf(node, findIndicator(node.indicator))).toContain('year');
      }
    },
  );
});
