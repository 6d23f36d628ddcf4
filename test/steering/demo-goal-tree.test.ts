import { describe, expect, it } from 'vitest';
import { STANDARD_CATALOGUE } from '../../src/catalogue/standard-catalogue.ts';
import {
  DEMO_TREND_BASELINE_YEAR,
  DEMO_TREND_INDICATORS,
  loadDemoGoalTree,
} from '../../src/demo/demo-goal-tree.ts';
import { requireTree } from '../../src/steering/goal-tree-service.ts';
import { steeringStatus, type SteeringNode } from '../../src/steering/steering-status.ts';
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

  it('steers three indicators on the trend: no targets, a 2018 baseline, and "beter / slechter dan de trend" in the status', async () => {
    await withFixtureDb(async (store) => {
      // Bijstand per 10.000 (direction down) falls steadily to 2018, then drops far below that trend by 2024; the cost
      // per youth-care client (down) rises steadily, then jumps far above it; the outflow without return (up) stays
      // on its level. Rates are published from the rounded numerator over 20.000 inhabitants (× 10.000).
      const rows: [string, string, number | null, number][] = [
        ...[560, 555, 550, 545].map(
          (n, i) =>
            ['participation.benefits.per10000', String(2015 + i), n, n / 2] as [
              string,
              string,
              number,
              number,
            ],
        ),
        ['participation.benefits.per10000', '2024', 440, 220],
        ...[7000, 7105, 7195, 7310].map(
          (v, i) => ['youth.cost.perClient', String(2015 + i), null, v] as [string, string, null, number],
        ),
        ['youth.cost.perClient', '2024', null, 12000],
        ...[400, 410, 395, 405, 400].map(
          (v, i) =>
            ['youth.outflow.noreturn', i === 4 ? '2024' : String(2015 + i), null, v] as [
              string,
              string,
              null,
              number,
            ],
        ),
      ];
      for (const [indicator, period, numerator, value] of rows)
        await store.run(
          `INSERT INTO indicator_value VALUES (?, ?, 'GM0637', '', '', ?, 20000, ?, 'final', 'computed', current_timestamp)`,
          [indicator, period, numerator, value],
        );
      await loadDemoGoalTree(store, 'GM0637', STANDARD_CATALOGUE, 'test');
      const { tree } = await requireTree(store);
      const trendNodes = tree.indicators.filter((n) => n.targets === undefined || n.targets.length === 0);
      expect(trendNodes.map((n) => n.indicator).filter((i) => !i.startsWith('imported.'))).toEqual(
        expect.arrayContaining([...DEMO_TREND_INDICATORS]),
      );
      const benefits = tree.indicators.find((n) => n.id === 'bijstand-per-10000');
      expect(benefits?.targets).toBeUndefined();
      expect(benefits?.baseline).toEqual({ period: String(DEMO_TREND_BASELINE_YEAR), value: 272.5 });

      const view = await steeringStatus(store, {
        period: '2024',
        area: 'GM0637',
        catalogue: STANDARD_CATALOGUE,
      });
      const nodes = new Map<string, SteeringNode>();
      const walk = (n: SteeringNode): void => {
        if (n.kind === 'indicator') nodes.set(n.id, n);
        n.children.forEach(walk);
      };
      walk(view.root);
      const better = nodes.get('bijstand-per-10000');
      expect(better?.status).toBe('op koers');
      expect(better?.trend).toMatchObject({ status: 'better', baselinePeriod: '2018' });
      expect(better?.sentence).toMatch(
        /Beter dan de trend: 220 ligt onder de band van [\d.,]+ tot [\d.,]+ \(80 %\)/,
      );
      expect(better?.reason).toContain(
        'geen streefwaarde voor 2024; vergeleken met de trend uit de basisjaren tot en met 2018',
      );
      const worse = nodes.get('kosten-per-client-jeugd');
      expect(worse?.status).toBe('uit koers');
      expect(worse?.trend?.status).toBe('worse');
      expect(worse?.sentence).toMatch(
        /Slechter dan de trend: 12\.000 ligt boven de band van [\d.,]+ tot [\d.,]+ \(80 %\)/,
      );
      const level = nodes.get('uitstroom-zonder-terugval');
      expect(level?.status).toBe('aandacht');
      expect(level?.trend?.status).toBe('withinBand');
      expect(level?.sentence).toContain('Zoals de trend verwachtte: 400 ligt binnen de band');
    });
  });
});
