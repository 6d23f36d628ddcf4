import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listAudit } from '../../src/access/audit-log.ts';
import { STANDARD_CATALOGUE } from '../../src/catalogue/standard-catalogue.ts';
import { importGoalTree } from '../../src/steering/goal-tree-service.ts';
import { steeringStatus, type SteeringNode } from '../../src/steering/steering-status.ts';
import { narrativeHistory, targetHistory } from '../../src/store/goal-tree-tables.ts';
import { DuckDbStore } from '../../src/store/duckdb-store.ts';
import { migrate } from '../../src/store/migrate.ts';
import type { SqlStore } from '../../src/store/sql-store.ts';
import { createWebServer } from '../../src/web/server.ts';
import { parseDutchNumber } from '../../src/web/routes/steering-edit-routes.ts';
import { loginAs, type TestLogin } from '../helpers/login.ts';

const TREE = {
  title: 'Proefboom',
  vision: { id: 'visie', title: 'Visie', goals: ['doel-jeugd'] },
  goals: [{ id: 'doel-jeugd', title: 'Jeugd groeit veilig op', effects: ['minder-instroom'] }],
  effects: [{ id: 'minder-instroom', title: 'Minder instroom', indicators: ['instroom'] }],
  indicators: [
    {
      id: 'instroom',
      indicator: 'youth.inflow',
      title: 'Instroom jeugdhulp',
      direction: 'down',
      targets: [{ period: '2018', value: 1200 }],
    },
  ],
};

const textOf = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&quot;/g, '"')
    .replace(/\s+/g, ' ');

describe('editing targets and narratives in the browser (policy)', () => {
  let store: SqlStore;
  let web: FastifyInstance;
  let policy: TestLogin;
  let viewer: TestLogin;

  beforeAll(async () => {
    store = await DuckDbStore.open(':memory:');
    await migrate(store);
    await importGoalTree(store, 'boom.yaml', TREE, STANDARD_CATALOGUE, 'test');
    await store.run(
      `INSERT INTO indicator_value VALUES ('youth.inflow', '2018', 'GM0637', '', '', 1000, NULL, 1000, 'final', 'computed', current_timestamp)`,
    );
    web = createWebServer({ store, version: 'test' });
    await web.ready();
    policy = await loginAs(store, 'policy');
    viewer = await loginAs(store, 'viewer');
  });

  afterAll(async () => {
    await web.close();
    store.close();
  });

  const post = (url: string, login: TestLogin, fields: Record<string, string>, csrf = login.csrfToken) =>
    web.inject({
      method: 'POST',
      url,
      headers: { ...login.headers, 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams({ ...fields, _csrf: csrf }).toString(),
    });
  const instroom = async () => {
    const view = await steeringStatus(store, {
      period: '2018',
      area: 'GM0637',
      catalogue: STANDARD_CATALOGUE,
    });
    const find = (node: SteeringNode): SteeringNode | undefined =>
      node.id === 'instroom' ? node : node.children.map(find).find(Boolean);
    return find(view.root);
  };

  it('changes the target steeringStatus returns and keeps the old value in the history', async () => {
    expect((await instroom())?.target).toBe(1200);
    const response = await post('/bewerken/streefwaarde', policy, {
      indicator: 'youth.inflow',
      period: '2018',
      value: '1.100,5',
    });
    expect(response.statusCode).toBe(200);
    expect(textOf(response.body)).toContain(
      'Streefwaarde youth.inflow 2018: 1.100,5 (doelenboom versie 1, knoop instroom).',
    );
    expect((await instroom())?.target).toBe(1100.5);
    const history = await targetHistory(store, 1, ['instroom']);
    expect(history.map((h) => [h.period, h.value, h.setBy])).toEqual([
      ['2018', 1100.5, 'test-policy'],
      ['2018', 1200, 'test'],
    ]);
    // The page lists both values, newest first.
    expect(textOf(response.body)).toMatch(
      /2018 1\.100,5 instroom .* test-policy 2018 1\.200 instroom .* test/,
    );
    const audit = await listAudit(store, { limit: 20, offset: 0 });
    expect(audit.find((e) => e.action === 'target.change')).toMatchObject({
      actor: 'user:test-policy',
      object: 'youth.inflow 2018: 1100.5',
    });
  });

  it('refuses a value that is not a number and a period of the wrong kind, in Dutch, storing nothing', async () => {
    const bad = await post('/bewerken/streefwaarde', policy, {
      indicator: 'youth.inflow',
      period: '2018',
      value: 'veel',
    });
    expect(bad.statusCode).toBe(400);
    expect(textOf(bad.body)).toContain('Niet opgeslagen. waarde: "veel" is geen getal.');
    const wrong = await post('/bewerken/streefwaarde', policy, {
      indicator: 'youth.inflow',
      period: '2018-13',
      value: '5',
    });
    expect(wrong.statusCode).toBe(400);
    expect(textOf(wrong.body)).toContain('Niet opgeslagen. periode:');
    expect(await targetHistory(store, 1, ['instroom'])).toHaveLength(2);
    expect((await instroom())?.target).toBe(1100.5);
  });

  it('renders a markdown preview on the server without saving, then saves versions with history', async () => {
    const preview = await post('/bewerken/verhaal', policy, {
      node: 'instroom',
      period: '2018',
      text: '# Duiding\n\nDe instroom **daalt**. <script>alert(1)</script>',
      status: 'concept',
      action: 'voorbeeld',
    });
    expect(preview.statusCode).toBe(200);
    expect(preview.body).toContain('<h1>Duiding</h1>');
    expect(preview.body).toContain('<strong>daalt</strong>');
    expect(preview.body).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(preview.body).not.toContain('<script>');
    expect(await narrativeHistory(store, 'instroom', '2018')).toEqual([]);

    const first = await post('/bewerken/verhaal', policy, {
      node: 'instroom',
      period: '2018',
      text: 'Eerste versie.',
      status: 'concept',
      action: 'opslaan',
    });
    expect(first.statusCode).toBe(200);
    expect(textOf(first.body)).toContain('Verhaal bij instroom over 2018 opgeslagen (concept, versie 1');
    const second = await post('/bewerken/verhaal', policy, {
      node: 'instroom',
      period: '2018',
      text: 'Tweede versie, *definitief*.',
      status: 'definitief',
      action: 'opslaan',
    });
    expect(second.statusCode).toBe(200);
    expect((await instroom())?.narrative).toMatchObject({
      text: 'Tweede versie, *definitief*.',
      status: 'definitief',
      author: 'test-policy',
    });
    const history = await narrativeHistory(store, 'instroom', '2018');
    expect(history.map((h) => [h.text, h.status])).toEqual([
      ['Eerste versie.', 'concept'],
      ['Tweede versie, *definitief*.', 'definitief'],
    ]);
    const page = await web.inject({
      url: '/bewerken/verhaal?node=instroom&period=2018',
      headers: policy.headers,
    });
    expect(textOf(page.body)).toMatch(
      /Versie 2, definitief, door test-policy .* Versie 1, concept, door test-policy/,
    );
    expect(page.body).toContain('<em>definitief</em>');
    const audit = await listAudit(store, { limit: 50, offset: 0 });
    expect(audit.filter((e) => e.action === 'narrative.change').map((e) => e.object)).toEqual(
      expect.arrayContaining(['instroom 2018 (concept, versie 1)', 'instroom 2018 (definitief, versie 2)']),
    );
  });

  it('refuses an empty narrative and keeps the form, storing nothing', async () => {
    const empty = await post('/bewerken/verhaal', policy, {
      node: 'instroom',
      period: '2019',
      text: '  ',
      status: 'concept',
      action: 'opslaan',
    });
    expect(empty.statusCode).toBe(400);
    expect(textOf(empty.body)).toContain('Niet opgeslagen.');
    expect(await narrativeHistory(store, 'instroom', '2019')).toEqual([]);
  });

  it('gives a viewer 403 and refuses a post without the session CSRF token', async () => {
    for (const url of ['/bewerken/verhaal', '/bewerken/streefwaarde'])
      expect((await web.inject({ url, headers: viewer.headers })).statusCode).toBe(403);
    const asViewer = await post('/bewerken/streefwaarde', viewer, {
      indicator: 'youth.inflow',
      period: '2018',
      value: '1',
    });
    expect(asViewer.statusCode).toBe(403);
    const noCsrf = await post(
      '/bewerken/streefwaarde',
      policy,
      { indicator: 'youth.inflow', period: '2018', value: '1' },
      'fout',
    );
    expect(noCsrf.statusCode).toBe(403);
    expect(textOf(noCsrf.body)).toContain('ontbrekend of ongeldig CSRF-token');
    expect((await instroom())?.target).toBe(1100.5);
  });

  it('reads Dutch and plain numbers', () => {
    expect(parseDutchNumber('12,5')).toBe(12.5);
    expect(parseDutchNumber('1.250,75')).toBe(1250.75);
    expect(parseDutchNumber('1250.75')).toBe(1250.75);
    expect(parseDutchNumber('1.250')).toBe(1250);
    expect(parseDutchNumber('1,2,3')).toBeUndefined();
    expect(parseDutchNumber('twaalf')).toBeUndefined();
    expect(parseDutchNumber('')).toBeUndefined();
  });
});

describe('the edit pages without a goal tree', () => {
  it('say in Dutch that there is no tree yet, and store nothing on a post', async () => {
    const store = await DuckDbStore.open(':memory:');
    await migrate(store);
    const web = createWebServer({ store, version: 'test' });
    try {
      const policy = await loginAs(store, 'policy');
      const page = await web.inject({ url: '/bewerken/streefwaarde', headers: policy.headers });
      expect(page.statusCode).toBe(200);
      expect(textOf(page.body)).toContain('Er is nog geen doelenboom.');
      const posted = await web.inject({
        method: 'POST',
        url: '/bewerken/verhaal',
        headers: { ...policy.headers, 'content-type': 'application/x-www-form-urlencoded' },
        payload: new URLSearchParams({
          node: 'x',
          period: '2018',
          text: 'Tekst',
          action: 'opslaan',
          _csrf: policy.csrfToken,
        }).toString(),
      });
      expect(posted.statusCode).toBe(400);
      expect(textOf(posted.body)).toContain('Er is nog geen doelenboom.');
      expect(await store.all('SELECT * FROM goal_narrative')).toEqual([]);
    } finally {
      await web.close();
      store.close();
    }
  });
});
