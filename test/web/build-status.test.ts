import { describe, expect, it } from 'vitest';
import { BuildStatus } from '../../src/web/build-status.ts';
import { createWebServer } from '../../src/web/server.ts';
import { withFixtureDb } from '../helpers/fixture-db.ts';
import { loginAs } from '../helpers/login.ts';

describe('a demo being built inside the server', () => {
  it('is reported by /health and on the start page until the figures are ready', async () => {
    await withFixtureDb(async (store) => {
      let now = 1_000_000;
      const status = new BuildStatus(() => now);
      const web = createWebServer({ store, version: 'test', buildStatus: status });
      const { headers } = await loginAs(store, 'viewer');
      status.to('ingest');
      now += 42_000;
      expect((await web.inject({ url: '/health' })).json()).toMatchObject({
        status: 'building',
        build: { step: 'ingest', seconds: 42 },
      });
      const page = await web.inject({ url: '/', headers });
      expect(page.body).toContain(
        'De demogemeente wordt opgebouwd: de bronbestanden worden ingelezen (42 seconden bezig).',
      );
      expect(page.body).not.toContain('Er zijn nog geen berekende cijfers');

      status.to('failed', 'disk full');
      expect((await web.inject({ url: '/health' })).json()).toMatchObject({ status: 'failed' });
      expect((await web.inject({ url: '/', headers })).body).toContain(
        'Het opbouwen van de demogemeente is mislukt: disk full',
      );

      status.to('ready');
      const ready = (await web.inject({ url: '/health' })).json() as Record<string, unknown>;
      expect(ready['status']).toBe('ok');
      expect(ready['build']).toBeUndefined();
      expect((await web.inject({ url: '/', headers })).body).toContain('Er zijn nog geen berekende cijfers');
      await web.close();
    });
  });
});
