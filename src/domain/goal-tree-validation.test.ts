import { describe, expect, it } from 'vitest';
import { STANDARD_CATALOGUE } from '../catalogue/standard-catalogue.ts';
import { GoalTreeError } from '../errors.ts';
import { canonicalGoalTree, parseGoalTree, sameGoalTree } from './goal-tree-validation.ts';

/** A small valid tree: one goal with a sub-goal, one effect shared by both, one computed and one imported indicator. */
const tree = () => ({
  title: 'Proefboom',
  vision: { id: 'visie', title: 'Visie', goals: ['doel-1'] },
  goals: [
    { id: 'doel-1', title: 'Doel 1', goals: ['doel-2'], effects: ['effect-a'] },
    { id: 'doel-2', title: 'Doel 2', effects: ['effect-a'] },
  ],
  effects: [{ id: 'effect-a', title: 'Effect A', indicators: ['instroom', 'enquete'] }],
  indicators: [
    {
      id: 'instroom',
      indicator: 'youth.inflow',
      direction: 'down',
      baseline: { period: 2015, value: 3795 },
      targets: [
        { period: '2019', value: 1100 },
        { period: 2018, value: 1200 },
      ],
    },
    {
      id: 'enquete',
      indicator: 'imported.enquete.tevredenheid',
      imported: { name: 'Tevreden inwoners (%)', source: 'Burgerpeiling', unit: 'percent' },
    },
  ],
});

/** The problems of a tree that must be refused, as "place: message" lines. */
function problems(input: unknown): string[] {
  try {
    parseGoalTree('boom.yaml', input, STANDARD_CATALOGUE);
  } catch (error) {
    if (!(error instanceof GoalTreeError)) throw error;
    expect(error.source).toBe('boom.yaml');
    return error.problems.map((p) => `${p.path}: ${p.message}`);
  }
  throw new Error('the tree was accepted');
}

describe('parseGoalTree accepts a valid tree', () => {
  it('reads YAML numbers as years and sorts targets by period', () => {
    const parsed = parseGoalTree('boom.yaml', tree(), STANDARD_CATALOGUE);
    expect(parsed.indicators[0]?.baseline).toEqual({ period: '2015', value: 3795 });
    expect(parsed.indicators[0]?.targets).toEqual([
      { period: '2018', value: 1200 },
      { period: '2019', value: 1100 },
    ]);
  });
  it('treats empty lists as absent, so the canonical form is stable', () => {
    const input = tree();
    const withEmpty = { ...input, goals: [...input.goals.slice(0, 1), { ...input.goals[1], goals: [] }] };
    const a = parseGoalTree('a', input, STANDARD_CATALOGUE);
    const b = parseGoalTree('b', withEmpty, STANDARD_CATALOGUE);
    expect(b.goals[1]).toEqual({ id: 'doel-2', title: 'Doel 2', effects: ['effect-a'] });
    expect(sameGoalTree(a, b)).toBe(true);
    expect(canonicalGoalTree(a)).toEqual(a);
  });
});

describe('parseGoalTree refuses bad trees, naming place and field', () => {
  it('a duplicate node id', () => {
    const t = tree();
    t.effects.push({ id: 'doel-2', title: 'Dubbel', indicators: [] });
    expect(problems(t)).toEqual([
      'effects[1] (doel-2): knoop doel-2 komt twee keer voor (eerder bij goals[1] (doel-2))',
    ]);
  });
  it('a cycle between goals', () => {
    const t = tree();
    (t.goals[1] as { goals?: string[] }).goals = ['doel-1'];
    expect(problems(t)).toEqual([
      'goals[0] (doel-1): kringverwijzing in de boom: doel-1 → doel-2 → doel-1 (een knoop kan niet onder zichzelf hangen)',
    ]);
  });
  it('an unknown child and a child of the wrong kind', () => {
    const t = tree();
    t.goals[1] = { id: 'doel-2', title: 'Doel 2', effects: ['effect-b', 'instroom'] };
    expect(problems(t)).toEqual([
      'goals[1] (doel-2), veld effects[0]: verwijst naar onbekende knoop effect-b',
      'goals[1] (doel-2), veld effects[1]: instroom is een indicator, hier hoort een maatschappelijk effect',
    ]);
  });
  it('a node that hangs nowhere', () => {
    const t = tree();
    t.effects.push({ id: 'los', title: 'Los effect', indicators: [] });
    expect(problems(t)).toEqual([
      'effects[1] (los): knoop los hangt nergens onder (niet bereikbaar vanuit de visie)',
    ]);
  });
  it('an indicator id that does not exist (and is not declared as imported)', () => {
    const t = tree();
    t.indicators[0] = { ...t.indicators[0], indicator: 'youth.instroom' } as (typeof t.indicators)[0];
    expect(problems(t)).toEqual([
      'indicators[0] (instroom), veld indicator: indicator youth.instroom bestaat niet (zie msd indicators list); voor een ingelezen cijfer (enquête, GGD, CBS) geef imported op met name, source en unit',
    ]);
  });
  it('a target for a period kind the indicator does not have, and two targets for one period', () => {
    const t = tree();
    t.indicators[0] = {
      id: 'doorstroom',
      indicator: 'youth.continuing',
      targets: [
        { period: '2024-Q1', value: 1 },
        { period: '2024', value: 2 },
        { period: '2024', value: 3 },
      ],
    } as (typeof t.indicators)[0];
    t.effects[0] = { id: 'effect-a', title: 'Effect A', indicators: ['doorstroom', 'enquete'] };
    expect(problems(t)).toEqual([
      'indicators[0] (doorstroom), veld targets[0].period: periode 2024-Q1: indicator youth.continuing kent geen kwartalen (wel: jaren)',
      'indicators[0] (doorstroom), veld targets[2].period: twee streefwaarden voor 2024',
    ]);
  });
  it('an imported slot takes year targets only unless it says otherwise', () => {
    const t = tree();
    t.indicators[1] = {
      ...t.indicators[1],
      targets: [{ period: '2024-H1', value: 80 }],
    } as (typeof t.indicators)[1];
    expect(problems(t)).toEqual([
      'indicators[1] (enquete), veld targets[0].period: periode 2024-H1: indicator imported.enquete.tevredenheid kent geen halfjaren (wel: jaren)',
    ]);
  });
  it('schema errors: a bad period, a bad node id, an unknown field, a missing title', () => {
    const t = tree() as Record<string, unknown>;
    const indicators = t['indicators'] as Record<string, unknown>[];
    indicators[0] = { ...indicators[0], baseline: { period: '2015-13', value: 1 }, colour: 'rood' };
    t['vision'] = { id: 'Visie!', goals: ['doel-1'] };
    expect(problems(t)).toEqual([
      'vision, veld id: moet uit kleine letters, cijfers en streepjes bestaan, bijvoorbeeld doel-1',
      'vision, veld title: Invalid input: expected string, received undefined',
      'indicators[0] (instroom), veld baseline.period: "2015-13" is geen periode (gebruik 2019, 2019-H1, 2019-Q3 of 2019-07)',
      'indicators[0] (instroom): Unrecognized key: "colour"',
    ]);
  });
});
