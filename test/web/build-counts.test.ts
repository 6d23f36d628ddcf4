import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/app.ts';
import { describeCube } from '../../src/cli/commands/demo-command.ts';
import { BUILD_STEPS, BuildStatus } from '../../src/web/build-status.ts';
import { cubeSummary } from '../../src/web/cube-summary.ts';
import { createWebServer } from '../../src/web/server.ts';
import { withFixtureDb } from '../helpers/fixture-db.ts';
import { loginAs } from '../helpers/login.ts';
import { msd } from '../helpers/run-cli.ts';

const FIXTURES = new URL('../fixtures/csv/', import.meta.url).pathname;

describe('/health: step and status agree', () => {
  it('says building for every step before ready, ok when ready, failed when failed', async () => {
    await withFixtureDb(async (store) => {
      const status = new BuildStatus();
      const web = createWebServer({ store, version: 'test', buildStatus: status });
      const seen: Array<[string, unknown, unknown]> = [];
      for (const step of BUILD_STEPS) {
        status.to(step);
        const health = (await web.inject({ url: '/health' })).json() as {
          status: string;
          build?: { step: string };
        };
        seen.push([step, health.status, health.build?.step]);
      }
      expect(seen).toEqual([
        ['generate', 'building', 'generate'],
        ['ingest', 'building', 'ingest'],
        ['compute-core', 'building', 'compute-core'],
        ['compute-rest', 'building', 'compute-rest'],
        ['ready', 'ok', undefined],
        ['failed', 'failed', 'failed'],
      ]);
      await web.close();
    });
  });

  it('shows the step of the rest of the catalogue as still building on the start page', async () => {
    await withFixtureDb(async (store) => {
      const status = new BuildStatus();
      const web = createWebServer({ store, version: 'test', buildStatus: status });
      status.to('compute-rest');
      const { headers } = await loginAs(store, 'viewer');
      expect((await web.inject({ url: '/', headers })).body).toContain(
        'De demogemeente wordt opgebouwd: de kerncijfers hieronder zijn klaar, de overige indicatoren worden nog berekend',
      );
      await web.close();
    });
  });
});

describe('the build log, msd indicators list and /health count the same things', () => {
  let dir: string;
  let data: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'msd-counts-'));
    data = join(dir, 'data');
    expect((await msd('init', '--data', data, '--gemeente', 'GM0637')).code).toBe(0);
    expect((await msd('ingest', '--data', data, FIXTURES)).code).toBe(0);
    expect((await msd('compute', '--data', data)).code).toBe(0);
  });

  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('reports the catalogue size listed by msd indicators list, the indicators with values and the cube rows', async () => {
    const listed = JSON.parse((await msd('indicators', 'list', '--data', data, '--format', 'json')).out) as {
      id: string;
    }[];
    const app = await createApp({ dataDir: data, readOnly: true });
    try {
      const [cube] = await app.store.all<{ indicators: number; rows: number }>(
        'SELECT count(DISTINCT indicator) AS indicators, count(*) AS rows FROM indicator_value',
      );
      const summary = await cubeSummary(app.store);
      expect(summary).toEqual({
        indicators: listed.length,
        indicatorsWithValues: cube?.indicators,
        indicatorValues: cube?.rows,
      });
      // The fixture has values for some indicators, and not for the imported one(s) and those without inputs.
      expect(summary.indicatorsWithValues).toBeGreaterThan(0);
      expect(summary.indicatorsWithValues).toBeLessThan(listed.length);

      const web = createWebServer({ store: app.store, version: 'test' });
      const health = (await web.inject({ url: '/health' })).json() as Record<string, unknown>;
      expect(health).toMatchObject({
        status: 'ok',
        indicators: listed.length,
        indicatorsWithValues: summary.indicatorsWithValues,
        indicatorValues: summary.indicatorValues,
      });
      await web.close();

      expect(describeCube(summary)).toBe(
        `Kubus: ${summary.indicatorsWithValues} van de ${listed.length} indicatoren in de catalogus hebben waarden; ${summary.indicatorValues.toLocaleString('nl-NL')} indicatorwaarden in totaal.`,
      );
    } finally {
      app.close();
    }
  });
});
