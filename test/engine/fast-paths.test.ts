/** @module Differential test of the fast paths: the full catalogue computed with them and without them (`fastPaths: false`) gives identical cubes, on property-generated populations and (slow) on the S demo. */
import fc from 'fast-check';
import { join } from 'node:path';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/app.ts';
import { DEMO_GEMEENTE, demoAreas } from '../../src/cli/commands/demo-command.ts';
import { requireGemeente, runInit } from '../../src/cli/commands/init-command.ts';
import { DEFAULT_DEMO_OPTIONS } from '../../src/demo/demo-options.ts';
import { emitDemoSources } from '../../src/demo/emit-demo-sources.ts';
import { computeCube } from '../../src/engine/run/cube-builder.ts';
import { ingestPaths } from '../../src/ingest/ingest-paths.ts';
import type { SqlStore } from '../../src/store/sql-store.ts';
import { withFixtureDb } from '../helpers/fixture-db.ts';
import { cubeDifferences, snapshotCube } from './cube-comparer.ts';
import { fixture, GM, NOW, WK1, WK2 } from './engine-fixture.ts';

/** Computes the whole catalogue with and without the fast paths; returns the rows compared and the differences. */
async function fastAgainstGeneric(store: SqlStore, now: Date) {
  await computeCube(store, { now, fastPaths: true });
  const rows = await snapshotCube(store, 'cube_fast');
  await computeCube(store, { now, fastPaths: false });
  await snapshotCube(store, 'cube_generic');
  return { rows, differences: await cubeDifferences(store, 'cube_fast', 'cube_generic') };
}

describe('the cube comparer', () => {
  it('finds no difference between equal cubes and both sides of one changed row', async () => {
    await withFixtureDb(async (store) => {
      await store.run(`INSERT INTO indicator_value VALUES
        ('youth.clients', '2020', 'GM9999', '', '', 3, NULL, 3, 'final', 'computed', NOW()),
        ('youth.clients', '2020', 'WK999901', '', '', 2, NULL, 2, 'final', 'computed', NOW())`);
      expect(await snapshotCube(store, 'a')).toBe(2);
      await snapshotCube(store, 'b');
      expect(await cubeDifferences(store, 'a', 'b')).toEqual([]);
      // A figure off in the fourth decimal and a status are differences, shown from both sides.
      await store.run("UPDATE b SET value = 2.0001, status = 'provisional' WHERE area = 'WK999901'");
      const differences = await cubeDifferences(store, 'a', 'b');
      expect(differences).toMatchObject([
        { onlyIn: 'a', area: 'WK999901', value: 2, status: 'final' },
        { onlyIn: 'b', area: 'WK999901', value: 2.0001, status: 'provisional' },
      ]);
      // A row twice in one snapshot is a difference too (EXCEPT ALL).
      await store.run('INSERT INTO a SELECT * FROM a WHERE area = ?', [GM]);
      await store.run('DELETE FROM b WHERE area = ?', ['WK999901']);
      await store.run('INSERT INTO b SELECT * FROM a WHERE area = ?', ['WK999901']);
      expect(await cubeDifferences(store, 'a', 'b')).toMatchObject([{ onlyIn: 'a', area: GM, value: 3 }]);
    });
  });
});

const YOUTH = ['43', '40', '47', '48', '42'];
const SUPPORT = ['01', '02', '04', '08', '99'];
const date = (from: string, days: number): string =>
  new Date(Date.parse(`${from}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
/** Days from 2018-01-01 to the end of the data (2021-03-31). */
const SPAN = 1185;

const provision = fc.record({
  law: fc.constantFrom('youth' as const, 'support' as const),
  category: fc.nat(4),
  start: fc.nat(SPAN),
  days: fc.option(fc.nat(900), { nil: undefined }),
  provider: fc.constantFrom('11111111', '22222222', '33333333'),
  endReason: fc.constantFrom('31', '32', '35', null),
});
const claim = fc.record({
  law: fc.constantFrom('youth' as const, 'support' as const),
  category: fc.nat(4),
  start: fc.nat(SPAN),
  days: fc.constantFrom(0, 10, 27, 45, 80),
  cents: fc.integer({ min: 1, max: 500_000 }),
  provider: fc.constantFrom('11111111', '22222222'),
});
const benefit = fc.record({
  start: fc.nat(SPAN),
  days: fc.option(fc.nat(900), { nil: undefined }),
  kind: fc.constantFrom('PW', 'PW', 'IOAW'),
  exitReason: fc.constantFrom('werk', 'verhuizing', null),
  institution: fc.boolean(),
});
const person = fc.record({
  birth: fc.option(fc.integer({ min: 1950, max: 2020 }), { nil: undefined }),
  month: fc.integer({ min: 1, max: 12 }),
  /** Birthdays inside a month put age limits inside periods (exact ages). */
  day: fc.constantFrom(1, 9, 16, 28),
  gender: fc.constantFrom('female', 'male', 'unknown'),
  /** Addresses: from day, wijk (null: unknown), household. */
  moves: fc.array(
    fc.record({
      from: fc.nat(SPAN),
      wijk: fc.constantFrom(WK1, WK2, null),
      household: fc.constantFrom('h1', 'h2', 'h3', null),
    }),
    { maxLength: 2 },
  ),
  provisions: fc.array(provision, { maxLength: 3 }),
  claims: fc.array(claim, { maxLength: 3 }),
  benefits: fc.array(benefit, { maxLength: 2 }),
});

describe('the fast paths against the generic path', () => {
  it('give identical cubes for the whole catalogue on generated populations', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(person, { minLength: 1, maxLength: 8 }), async (persons) => {
        await withFixtureDb(async (store) => {
          const f = fixture(store);
          await f.meta('2021-03-31');
          await f.wijk(WK1);
          await f.wijk(WK2);
          await f.customArea('XX0001', [WK1]);
          for (const area of [GM, WK1, WK2])
            for (const ref of ['2019-01-01', '2020-01-01', '2021-01-01']) {
              await f.population(area, ref, 10, 40);
              await f.population(area, ref, 40, 60);
              await f.households(area, ref, 70);
            }
          for (const [i, p] of persons.entries()) {
            const pid = `p${i}`;
            const birth =
              p.birth === undefined
                ? null
                : `${p.birth}-${String(p.month).padStart(2, '0')}-${String(p.day).padStart(2, '0')}`;
            await f.person(pid, birth, p.gender);
            for (const m of p.moves) await f.residence(pid, date('2018-01-01', m.from), m.wijk, m.household);
            for (const v of p.provisions) {
              const start = date('2018-01-01', v.start);
              await f.provision({
                pid,
                law: v.law,
                category: (v.law === 'youth' ? YOUTH : SUPPORT)[v.category] ?? '99',
                start,
                end: v.days === undefined ? null : date(start, v.days),
                provider: v.provider,
                endReason: v.endReason,
              });
            }
            for (const c of p.claims) {
              const from = date('2018-01-01', c.start);
              await f.claim({
                pid,
                law: c.law,
                category: (c.law === 'youth' ? YOUTH : SUPPORT)[c.category] ?? '99',
                from,
                to: date(from, c.days),
                cents: c.cents,
                provider: c.provider,
              });
            }
            for (const b of p.benefits) {
              const start = date('2018-01-01', b.start);
              await f.benefit({
                pid,
                start,
                end: b.days === undefined ? null : date(start, b.days),
                kind: b.kind,
                household: p.moves[0]?.household ?? null,
                exitReason: b.exitReason,
                institution: b.institution,
              });
            }
          }
          const { rows, differences } = await fastAgainstGeneric(store, NOW);
          expect(rows).toBeGreaterThan(0);
          expect(differences).toEqual([]);
        });
      }),
      { numRuns: 5, seed: 20261206, endOnFailure: true },
    );
  }, 300_000);

  // Slow integration test: the S demo, generated and ingested into a temp folder, and the catalogue computed twice
  // (see docs/engine.md for its time; the timeout leaves room for a machine shared with other work).
  it('give identical cubes for the whole catalogue on the S demo (slow)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'msd-fast-paths-'));
    const quiet = { out: () => undefined, err: () => undefined };
    try {
      await runInit({ data: dir, gemeente: DEMO_GEMEENTE }, quiet);
      const sources = join(dir, 'demo-bronbestanden');
      await emitDemoSources(
        { ...DEFAULT_DEMO_OPTIONS, size: 'S' },
        demoAreas(requireGemeente(DEMO_GEMEENTE)),
        sources,
      );
      const app = await createApp({ dataDir: dir });
      try {
        await ingestPaths([sources], {
          store: app.store,
          pseudonymiser: await app.pseudonymiser(),
          gemeente: await app.gemeente(),
          by: 'test',
        });
        const { rows, differences } = await fastAgainstGeneric(app.store, new Date('2026-03-01'));
        expect(rows).toBeGreaterThan(100_000);
        expect(differences).toEqual([]);
      } finally {
        app.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 600_000);
});
