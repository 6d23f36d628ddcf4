import { stringify } from 'yaml';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { GOAL_TREE_TEMPLATES, readGoalTreeTemplate } from '../../src/catalogue/goal-tree-templates.ts';
import { STANDARD_CATALOGUE } from '../../src/catalogue/standard-catalogue.ts';
import { canonicalGoalTree, parseGoalTree } from '../../src/domain/goal-tree-validation.ts';
import { GoalTreeError } from '../../src/errors.ts';
import { formatGoalTree } from '../../src/steering/goal-tree-file.ts';
import {
  importGoalTree,
  requireTree,
  setIndicatorTarget,
  setNodeNarrative,
} from '../../src/steering/goal-tree-service.ts';
import { steeringStatus, type SteeringNode } from '../../src/steering/steering-status.ts';
import { listTreeVersions, narrativeHistory } from '../../src/store/goal-tree-tables.ts';
import type { SqlStore } from '../../src/store/sql-store.ts';
import { withFixtureDb } from '../helpers/fixture-db.ts';

const CATALOGUE = STANDARD_CATALOGUE;

/** A tree over four computed indicators and one imported slot; rule worst unless a test changes it. */
const TREE = {
  title: 'Proefboom',
  vision: { id: 'visie', title: 'Visie', goals: ['doel-jeugd', 'doel-geld'] },
  goals: [
    { id: 'doel-jeugd', title: 'Jeugd groeit veilig op', effects: ['minder-instroom', 'duurzaam'] },
    { id: 'doel-geld', title: 'Zorg blijft betaalbaar', effects: ['betaalbaar', 'duurzaam'] },
  ],
  effects: [
    { id: 'minder-instroom', title: 'Minder instroom', indicators: ['instroom', 'tevredenheid'] },
    { id: 'duurzaam', title: 'Duurzame uitstroom', indicators: ['uitstroom', 'herintreders'] },
    { id: 'betaalbaar', title: 'Betaalbare jeugdhulp', indicators: ['kosten'] },
  ],
  indicators: [
    {
      id: 'instroom',
      indicator: 'youth.inflow',
      title: 'Instroom jeugdhulp',
      direction: 'down',
      unitLabel: 'jongeren',
      baseline: { period: '2015', value: 3795 },
      targets: [{ period: '2018', value: 1200 }],
    },
    {
      id: 'tevredenheid',
      indicator: 'imported.ceo.jeugd',
      direction: 'up',
      imported: { name: 'Tevreden ouders (%)', source: 'Cliëntervaringsonderzoek', unit: 'percent' },
    },
    {
      id: 'uitstroom',
      indicator: 'youth.outflow.noreturn',
      direction: 'up',
      targets: [{ period: 2018, value: 1500 }],
    },
    {
      id: 'herintreders',
      indicator: 'youth.reentry',
      direction: 'down',
      targets: [{ period: 2018, value: 100 }],
    },
    {
      id: 'kosten',
      indicator: 'youth.cost',
      direction: 'down',
      targets: [{ period: 2018, value: 30000000 }],
    },
  ],
};

async function cube(
  store: SqlStore,
  rows: [indicator: string, period: string, value: number, status?: string, numerator?: number | null][],
): Promise<void> {
  for (const [indicator, period, value, status = 'final', numerator = value] of rows)
    await store.run(
      `INSERT INTO indicator_value VALUES (?, ?, 'GM0637', '', '', ?, NULL, ?, ?, 'computed', current_timestamp)`,
      [indicator, period, numerator, value, status],
    );
}

const find = (node: SteeringNode, id: string): SteeringNode | undefined =>
  node.id === id ? node : node.children.map((c) => find(c, id)).find((n) => n !== undefined);

async function refusal(work: Promise<unknown>): Promise<string[]> {
  try {
    await work;
  } catch (error) {
    if (!(error instanceof GoalTreeError)) throw error;
    return error.problems.map((p) => `${error.source} | ${p.path} | ${p.message}`);
  }
  throw new Error('not refused');
}

describe('steeringStatus: every node with status, value, target, sentence and narrative', () => {
  it('computes indicator statuses on published values and rolls them up by the worst status', async () => {
    await withFixtureDb(async (store) => {
      await importGoalTree(store, 'boom.yaml', TREE, CATALOGUE, 'test');
      await cube(store, [
        ['youth.inflow', '2017', 1339],
        ['youth.inflow', '2018', 1151],
        ['youth.outflow.noreturn', '2018', 1413, 'provisional'],
        ['youth.reentry', '2018', 6],
        ['youth.cost', '2018', 32527330, 'final', null],
      ]);
      const view = await steeringStatus(store, { period: '2018', area: 'GM0637', catalogue: CATALOGUE });
      const node = (id: string) => find(view.root, id) as SteeringNode;

      // Published: 1151 rounds to 1150; the change against 2017 uses published 1340.
      expect(node('instroom')).toMatchObject({
        status: 'op koers',
        value: 1150,
        target: 1200,
        mark: null,
        sentence:
          'Instroom jeugdhulp 2018: 1.150 jongeren, 14 % minder dan in 2017; streefwaarde 1.200 of minder — op koers.',
      });
      expect(node('uitstroom')).toMatchObject({ status: 'uit koers', value: 1415, mark: 'voorlopig' });
      expect(node('herintreders')).toMatchObject({ status: 'te klein om te duiden', value: null });
      expect(node('herintreders').reason).toContain('geheim');
      expect(node('tevredenheid')).toMatchObject({
        status: 'nog geen gegevens',
        reason: 'nog geen cijfer voor 2018 ingelezen (bron: Cliëntervaringsonderzoek)',
        origin: 'imported',
      });
      expect(node('kosten')).toMatchObject({ status: 'uit koers', budget: true });
      expect(node('kosten').sentence).toBe(
        'Kosten jeugdhulp 2018: realisatie € 32.527.330; begroting € 30.000.000 (realisatie 108 % van de begroting) — uit koers.',
      );

      expect(node('minder-instroom')).toMatchObject({ status: 'op koers', causes: ['instroom'] });
      expect(node('duurzaam')).toMatchObject({
        status: 'uit koers',
        causes: ['uitstroom'],
        mark: 'voorlopig',
      });
      expect(node('doel-jeugd')).toMatchObject({ status: 'uit koers', causes: ['uitstroom'] });
      expect(node('doel-geld').causes).toEqual(['kosten', 'uitstroom']);
      expect(view.root).toMatchObject({ kind: 'vision', status: 'uit koers' });
      expect(view.root.causes).toEqual(['uitstroom', 'kosten']);
      // The effect shared by both goals appears under each of them with the same status.
      expect(view.root.children.map((g) => g.children.map((e) => e.id))).toEqual([
        ['minder-instroom', 'duurzaam'],
        ['betaalbaar', 'duurzaam'],
      ]);
    });
  });

  it('rolls up by weighted share when the tree says so', async () => {
    await withFixtureDb(async (store) => {
      const tree = {
        ...TREE,
        rollup: { rule: 'weighted-share', onCoursePercent: 60 },
        indicators: TREE.indicators.map((n) => (n.id === 'instroom' ? { ...n, weight: 3 } : n)),
      };
      await importGoalTree(store, 'boom.yaml', tree, CATALOGUE, 'test');
      await cube(store, [
        ['youth.inflow', '2018', 1151],
        ['youth.outflow.noreturn', '2018', 1413],
        ['youth.cost', '2018', 25000000, 'final', null],
      ]);
      const view = await steeringStatus(store, { period: '2018', area: 'GM0637', catalogue: CATALOGUE });
      // Doel jeugd: instroom (3, op koers) and uitstroom (1, uit koers) → effects: minder-instroom op koers,
      // duurzaam uit koers → 1 of 2 parts on course = 50 % → aandacht (between 50 and 60).
      expect(find(view.root, 'doel-jeugd')).toMatchObject({ status: 'aandacht', causes: ['uitstroom'] });
      expect(find(view.root, 'doel-geld')?.status).toBe('aandacht');
      expect(view.root.reason).toBe(
        'gewogen 0 % op koers (0 van 2 onderdelen met gegevens); regel: op koers vanaf 60 %, aandacht vanaf 50 %; niet op koers: Jeugd groeit veilig op, Zorg blijft betaalbaar',
      );
    });
  });

  it('marks running periods lopend and says when there is no target or no data at all', async () => {
    await withFixtureDb(async (store) => {
      await importGoalTree(store, 'boom.yaml', TREE, CATALOGUE, 'test');
      await cube(store, [['youth.inflow', '2019', 640, 'running']]);
      const view = await steeringStatus(store, { period: '2019', area: 'GM0637', catalogue: CATALOGUE });
      expect(find(view.root, 'instroom')).toMatchObject({
        status: 'geen streefwaarde',
        mark: 'lopend',
        reason:
          'geen streefwaarde voor 2019; 640 is 83 % lager dan de nulmeting 2015 (3.795); geen trend: er is geen ' +
          'getoond cijfer voor de nulmeting 2015; lopende periode: het cijfer kan nog veranderen',
      });
      expect(find(view.root, 'betaalbaar')).toMatchObject({
        status: 'nog geen gegevens',
        reason: 'geen onderdeel met een kleur; nog geen gegevens: Kosten jeugdhulp',
      });
    });
  });

  it('attaches the current narrative as safe HTML and keeps every version', async () => {
    await withFixtureDb(async (store) => {
      await importGoalTree(store, 'boom.yaml', TREE, CATALOGUE, 'test');
      await setNodeNarrative(store, {
        node: 'doel-jeugd',
        period: '2018',
        text: 'Eerste versie',
        status: 'concept',
        author: 'A. Adviseur',
      });
      await setNodeNarrative(store, {
        node: 'doel-jeugd',
        period: '2018',
        text: '**Instroom daalt** <script>alert(1)</script> [meer](javascript:alert(1))',
        status: 'definitief',
        author: 'B. Beleid',
      });
      const view = await steeringStatus(store, { period: '2018', area: 'GM0637', catalogue: CATALOGUE });
      const narrative = find(view.root, 'doel-jeugd')?.narrative;
      expect(narrative).toMatchObject({ author: 'B. Beleid', status: 'definitief' });
      expect(narrative?.html).toBe(
        '<p><strong>Instroom daalt</strong> &lt;script&gt;alert(1)&lt;/script&gt; [meer](javascript:alert(1))</p>\n',
      );
      expect(find(view.root, 'doel-geld')?.narrative).toBeNull();
      const history = await narrativeHistory(store, 'doel-jeugd');
      expect(history.map((h) => [h.text.slice(0, 13), h.status, h.author])).toEqual([
        ['Eerste versie', 'concept', 'A. Adviseur'],
        ['**Instroom da', 'definitief', 'B. Beleid'],
      ]);
    });
  });
});

describe('goal tree versions, targets and refusals', () => {
  it.each(GOAL_TREE_TEMPLATES)('%s: export → import gives the same tree (YAML and JSON)', async (name) => {
    await withFixtureDb(async (store) => {
      const original = parseGoalTree(name, await readGoalTreeTemplate(name), CATALOGUE);
      await importGoalTree(store, name, await readGoalTreeTemplate(name), CATALOGUE, 'test');
      const { tree } = await requireTree(store);
      expect(canonicalGoalTree(tree)).toEqual(original);
      for (const file of ['tree.yaml', 'tree.json']) {
        const text = formatGoalTree(canonicalGoalTree(tree), file);
        const again = await importGoalTree(store, file, parseYaml(text), CATALOGUE, 'test');
        expect(again).toMatchObject({ version: 1, unchanged: true });
      }
      expect(await listTreeVersions(store)).toHaveLength(1);
    });
  });

  it('a herijking adds a version; earlier versions keep their tree and targets', async () => {
    await withFixtureDb(async (store) => {
      await importGoalTree(store, 'boom.yaml', TREE, CATALOGUE, 'test');
      const herijkt = { ...TREE, title: 'Proefboom herijkt 2017' };
      expect(await importGoalTree(store, 'herijking.yaml', herijkt, CATALOGUE, 'test')).toMatchObject({
        version: 2,
        unchanged: false,
      });
      await setIndicatorTarget(
        store,
        { indicator: 'youth.inflow', period: '2025', value: 1000, by: 'test' },
        CATALOGUE,
      );
      const v1 = (await requireTree(store, 1)).tree;
      const v2 = (await requireTree(store, 2)).tree;
      expect(v1.title).toBe('Proefboom');
      expect(v1.indicators[0]?.targets).toEqual([{ period: '2018', value: 1200 }]);
      expect(v2.indicators[0]?.targets).toEqual([
        { period: '2018', value: 1200 },
        { period: '2025', value: 1000 },
      ]);
    });
  });

  it('refuses a bad tree and stores nothing of it', async () => {
    await withFixtureDb(async (store) => {
      const bad = { ...TREE, effects: [...TREE.effects, { id: 'instroom', title: 'Dubbel' }] };
      expect(await refusal(importGoalTree(store, 'boom.yaml', bad, CATALOGUE, 'test'))).toEqual([
        'boom.yaml | indicators[0] (instroom) | knoop instroom komt twee keer voor (eerder bij effects[3] (instroom))',
      ]);
      expect(await listTreeVersions(store)).toEqual([]);
      const [nodes] = await store.all<{ n: number }>('SELECT count(*) AS n FROM goal_node');
      expect(nodes?.n).toBe(0);
    });
  });

  it('refuses targets for unknown indicators, wrong period kinds and missing trees', async () => {
    await withFixtureDb(async (store) => {
      const target = (indicator: string, period: string, version?: number) =>
        setIndicatorTarget(
          store,
          { indicator, period, value: 1, by: 'test', ...(version ? { version } : {}) },
          CATALOGUE,
        );
      expect(await refusal(target('youth.inflow', '2025'))).toEqual([
        'doelenboom |  | er is nog geen doelenboom; begin met msd goals init --template voorschoten',
      ]);
      await importGoalTree(store, 'boom.yaml', TREE, CATALOGUE, 'test');
      expect(await refusal(target('youth.clients', '2025'))).toEqual([
        'streefwaarde youth.clients | versie 1 | indicator youth.clients staat niet in doelenboom versie 1; voeg hem toe met msd goals import',
      ]);
      expect(await refusal(target('youth.reentry', '2025-Q2'))).toEqual([
        'streefwaarde youth.reentry | knoop herintreders | periode 2025-Q2: indicator youth.reentry kent geen kwartalen (wel: jaren)',
      ]);
      expect(await refusal(target('youth.inflow', '2025-13'))).toEqual([
        'streefwaarde youth.inflow | periode | "2025-13" is geen periode (gebruik 2019, 2019-H1, 2019-Q3 of 2019-07)',
      ]);
      expect(await refusal(target('youth.inflow', '2025', 7))).toEqual([
        'doelenboom | versie 7 | versie 7 bestaat niet (versies 1 tot en met 1)',
      ]);
      expect((await requireTree(store)).tree.indicators[0]?.targets).toEqual([
        { period: '2018', value: 1200 },
      ]);
    });
  });

  it('refuses a narrative for an unknown node or without text', async () => {
    await withFixtureDb(async (store) => {
      await importGoalTree(store, 'boom.yaml', TREE, CATALOGUE, 'test');
      const narrative = (node: string, text: string) =>
        setNodeNarrative(store, { node, period: '2024', text, status: 'concept', author: 'test' });
      expect(await refusal(narrative('doel-9', 'Tekst'))).toEqual([
        'verhaal bij doel-9 | versie 1 | knoop doel-9 bestaat niet in doelenboom versie 1 (zie msd goals show)',
      ]);
      expect(await refusal(narrative('doel-jeugd', '  \n'))).toEqual([
        'verhaal bij doel-jeugd | tekst | de tekst is leeg',
      ]);
      const [rows] = await store.all<{ n: number }>('SELECT count(*) AS n FROM goal_narrative');
      expect(rows?.n).toBe(0);
    });
  });

  it('writes YAML that reads back as the same document', () => {
    const tree = parseGoalTree('boom.yaml', TREE, CATALOGUE);
    expect(parseGoalTree('again', parseYaml(formatGoalTree(tree, 'x.yaml')), CATALOGUE)).toEqual(tree);
    expect(stringify(tree)).toContain('title: Proefboom');
  });
});

describe('steeringStatus: turn the curve for an indicator without a target', () => {
  const baselineYears: [string, string, number][] = [
    ['youth.inflow', '2011', 1000],
    ['youth.inflow', '2012', 1010],
    ['youth.inflow', '2013', 1000],
    ['youth.inflow', '2014', 1010],
    ['youth.inflow', '2015', 1000],
  ];

  it.each([
    [700, 'op koers', 'better', 'beter dan de trend: 700 ligt onder de band van 992 tot 1.013,3 (80 %)'],
    [
      1005,
      'aandacht',
      'withinBand',
      'zoals de trend verwachtte: 1.005 ligt binnen de band van 992 tot 1.013,3 (80 %)',
    ],
    [
      1400,
      'uit koers',
      'worse',
      'slechter dan de trend: 1.400 ligt boven de band van 992 tot 1.013,3 (80 %)',
    ],
  ])('judges %d in 2019 against the forecast from 2011–2015: %s', async (value, status, curve, clause) => {
    await withFixtureDb(async (store) => {
      await importGoalTree(store, 'boom.yaml', TREE, CATALOGUE, 'test');
      await cube(store, [...baselineYears, ['youth.inflow', '2019', value]]);
      const view = await steeringStatus(store, { period: '2019', area: 'GM0637', catalogue: CATALOGUE });
      const node = find(view.root, 'instroom') as SteeringNode;
      // ets(A,N,N) on 1000, 1010, 1000, 1010, 1000: 1.002,6 four years ahead, 80 % band 992,0 – 1.013,3.
      expect(node.status).toBe(status);
      expect(node.trend).toMatchObject({ status: curve, baselinePeriod: '2015', method: 'ets(A,N,N)' });
      expect(node.trend?.forecast.forecast).toBeCloseTo(1002.624, 3);
      expect(node.trend?.forecast.lower80).toBeCloseTo(991.964, 3);
      expect(node.trend?.forecast.upper80).toBeCloseTo(1013.284, 3);
      expect(node.reason).toBe(
        `geen streefwaarde voor 2019; vergeleken met de trend uit de basisjaren tot en met 2015 (methode ets(A,N,N)): ${clause} ` +
          `${status === 'aandacht' ? 'van de voorspelling uit de basisjaren' : 'die de voorspelling uit de basisjaren gaf'}`,
      );
      expect(node.sentence).toContain(clause.charAt(0).toUpperCase() + clause.slice(1));
    });
  });

  it('says why there is no trend when the baseline years are too few', async () => {
    await withFixtureDb(async (store) => {
      await importGoalTree(store, 'boom.yaml', TREE, CATALOGUE, 'test');
      await cube(store, [baselineYears[3]!, baselineYears[4]!, ['youth.inflow', '2019', 700]]);
      const view = await steeringStatus(store, { period: '2019', area: 'GM0637', catalogue: CATALOGUE });
      const node = find(view.root, 'instroom') as SteeringNode;
      expect(node.status).toBe('geen streefwaarde');
      expect(node.trend).toBeUndefined();
      expect(node.reason).toBe(
        'geen streefwaarde voor 2019; 700 is 82 % lager dan de nulmeting 2015 (3.795); geen trend uit de basisjaren: ' +
          'de reeks telt 2 jaren op rij met een getoonde waarde (na de laatste geheime waarde); nodig zijn er minstens 3',
      );
    });
  });
});
