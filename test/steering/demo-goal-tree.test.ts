import { describe, expect, it } from 'vitest';
import { STANDARD_CATALOGUE } from '../../src/catalogue/standard-catalogue.ts';
import { loadDemoGoalTree } from '../../src/demo/demo-goal-tree.ts';
import { requireTree } from '../../src/steering/goal-tree-service.ts';
import { steeringStatus } from '../../src/steering/steering-status.ts';
import { listTreeVersions, narrativeHistory } from '../../src/store/goal-tree-tables.ts';
import { withFixtureDb } from '../helpers/fixture-db.ts';

describe('the demo goal tree', () => {
  it('loads Voorschoten once, with baselines 2015 and targets from 2020 from published figures, and narratives', async () => {
    await withFixtureDb(async (store) => {
      // Youth care costs (euro, a budget) and the share with youth protection (a rate, direction down).
      for (const [indicator, period, value, numerator] of [
        ['youth.cost', '2015', 6000000, null],
        ['youth.cost', '2020', 7000000, null],
        ['youth.protection.pct', '2015', 1.5, 300],
        ['youth.protection.pct', '2020', 1.4, 280],
      ] as const)
        await store.run(
          `INSERT INTO indicator_value VALUES (?, ?, 'GM0637', '', '', ?, 20000, ?, 'final', 'computed', current_timestamp)`,
          [indicator, period, numerator, value],
        );
      expect(await loadDemoGoalTree(store, 'GM0637', STANDARD_CATALOGUE, 'test')).toBe(1);
      const { tree } = await requireTree(store);
      const cost = tree.indicators.find((n) => n.id === 'kosten-jeugdhulp');
      expect(cost?.baseline).toEqual({ period: '2015', value: 6000000 });
      // Budgets grow 4 % a year from the 2020 figure, in thousands.
      expect(cost?.targets?.slice(0, 3)).toEqual([
        { period: '2020', value: 7000000 },
        { period: '2021', value: 7280000 },
        { period: '2022', value: 7571000 },
      ]);
      expect(cost?.targets?.at(-1)).toEqual({ period: '2026', value: 8857000 });
      const protection = tree.indicators.find((n) => n.id === 'jeugdbescherming-pct');
      // The published rate comes from the rounded numerator: 300 / 20000 × 100 = 1,5; 280 / 20000 × 100 = 1,4.
      expect(protection?.baseline).toEqual({ period: '2015', value: 1.5 });
      expect(protection?.targets?.find((t) => t.period === '2024')).toEqual({ period: '2024', value: 1.32 });
      // Without published figures an indicator keeps no baseline and no targets.
      expect(tree.indicators.find((n) => n.id === 'uitstroom-bijstand')).toEqual({
        id: 'uitstroom-bijstand',
        indicator: 'participation.outflow',
        direction: 'up',
        unitLabel: 'uitkeringen',
      });
      expect((await narrativeHistory(store, 'doel-2')).map((n) => [n.period, n.status])).toEqual([
        ['2024', 'definitief'],
      ]);
      const view = await steeringStatus(store, {
        period: '2024',
        area: 'GM0637',
        catalogue: STANDARD_CATALOGUE,
      });
      expect(view.root.children[1]?.narrative?.html).toContain('<strong>Tellen en vertellen.</strong>');
      // A second build keeps the tree the folder already has.
      expect(await loadDemoGoalTree(store, 'GM0637', STANDARD_CATALOGUE, 'test')).toBeUndefined();
      expect(await listTreeVersions(store)).toHaveLength(1);
    });
  });
});
