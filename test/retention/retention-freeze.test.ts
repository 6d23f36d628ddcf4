/** @module The retention freeze (ADR 0019): after a purge, no compute path changes a cube row of a frozen period, and a full compute changes no figure at all; later periods still compute. */
import { describe, expect, it } from 'vitest';
import { STANDARD_CATALOGUE } from '../../src/catalogue/standard-catalogue.ts';
import { loadCatalogue, storeLocalDefinitions } from '../../src/catalogue/local-catalogue.ts';
import { answerIndicatorQuery } from '../../src/engine/query-context.ts';
import { computeCube, recomputeAffected } from '../../src/engine/run/cube-builder.ts';
import { purgeRecords } from '../../src/retention/purge-service.ts';
import { withFixtureDb } from '../helpers/fixture-db.ts';
import { fixture, GM } from '../engine/engine-fixture.ts';
import { CUTOFF, exactCube, municipality, PURGED_ROWS, recordCounts, TODAY } from './retention-fixture.ts';

const span = { amount: 7, unit: 'y' } as const;
const purge = (store: Parameters<typeof purgeRecords>[0], dryRun = false) =>
  purgeRecords(store, { span, clock: () => TODAY, by: 'cli:test', dryRun });

/** Rows of periods beginning before the cut-off: frozen for every indicator. */
const BEFORE_CUTOFF = `CAST(substr(period, 1, 4) AS INTEGER) < 2017 OR period IN ('2017', '2017-H1', '2017-Q1', '2017-01', '2017-02', '2017-03')`;

describe('the retention freeze', () => {
  it('keeps every cube row through the purge, a full compute and an ingest recompute; new data still count', async () => {
    await withFixtureDb(async (store) => {
      await municipality(fixture(store));
      await computeCube(store, { now: TODAY });
      const before = await exactCube(store);
      const frozenBefore = await exactCube(store, BEFORE_CUTOFF);
      expect(frozenBefore.length).toBeGreaterThan(1000);

      const outcome = await purge(store);
      expect(outcome.rule).toEqual({ cutoff: CUTOFF, horizon: '2024-04-01' });
      const counts = Object.fromEntries(outcome.counts.map((c) => [c.table, c.rows]));
      expect(counts).toMatchObject(PURGED_ROWS);
      // The cube is untouched by the purge itself.
      expect(await exactCube(store)).toEqual(before);

      // A full compute afterwards (a later clock: rows it rewrote would carry it) changes no row at all: the
      // frozen periods are skipped, and the look-backs of the later periods find everything they read.
      await computeCube(store, { now: new Date('2024-04-02T00:00:00Z') });
      expect(await exactCube(store)).toEqual(before);

      // New claims for March 2024 arrive as batch 2 and are recomputed incrementally.
      await fixture(store).claim({
        pid: 'p2',
        law: 'youth',
        category: '41',
        from: '2024-03-01',
        to: '2024-03-31',
        cents: 99900,
      });
      await store.run('UPDATE claim SET batch = 2 WHERE amount_cents = 99900');
      await recomputeAffected(store, {
        fromDate: '2024-03-01',
        tables: ['claim'],
        now: new Date('2024-04-03T00:00:00Z'),
      });
      expect(await exactCube(store, BEFORE_CUTOFF)).toEqual(frozenBefore);
      const [march] = await store.all<{ value: number }>(
        "SELECT value FROM indicator_value WHERE indicator = 'youth.cost' AND period = '2024-03' AND area = ? AND breakdown_key = ''",
        [GM],
      );
      // Three youth claimants at € 400 plus the new line of € 999.
      expect(march?.value).toBe(3 * 400 + 999);
    });
  });

  it('freezes periods by look-back: first-ever care up to the purge, re-entry into benefits 12 months past the cut-off', async () => {
    await withFixtureDb(async (store) => {
      await municipality(fixture(store));
      await computeCube(store, { now: TODAY });
      await purge(store);
      // Wipe the computed rows of 2018 and 2019: a compute must give back only those it may compute.
      await store.run("DELETE FROM indicator_value WHERE period IN ('2018', '2019', '2017')");
      await computeCube(store, { now: TODAY });
      const years = async (indicator: string): Promise<string[]> =>
        (
          await store.all<{ period: string }>(
            `SELECT DISTINCT period FROM indicator_value WHERE indicator = ? AND period IN ('2017', '2018', '2019') ORDER BY period`,
            [indicator],
          )
        ).map((r) => r.period);
      // Period-local: 2017 straddles the cut-off (frozen), 2018 and 2019 compute again.
      expect(await years('youth.clients')).toEqual(['2018', '2019']);
      // Benefit starts look back 12 months (re-entry): frozen until 2018-04-01, so 2018 too.
      expect(await years('participation.inflow')).toEqual(['2019']);
      // Continuing care reads the previous year: frozen until 2018-04-01.
      expect(await years('youth.continuing')).toEqual(['2019']);
      // Trajectory starts look back 5 years (repeat care): frozen until 2022-04-01.
      expect(await years('youth.trajectories.started')).toEqual([]);
      // First-ever care reads all history: every period that had figures at the purge stays frozen.
      expect(await years('youth.inflow')).toEqual([]);
    });
  });

  it('gives a local indicator defined after the purge no figures for the frozen periods, and says why', async () => {
    await withFixtureDb(async (store) => {
      await municipality(fixture(store));
      await computeCube(store, { now: TODAY });
      await purge(store);
      const base = STANDARD_CATALOGUE.find((d) => d.id === 'youth.clients');
      if (!base) throw new Error('youth.clients missing');
      await storeLocalDefinitions(store, [{ ...base, id: 'local.youth.clients' }], 'cli:test');
      await computeCube(store, { now: TODAY, catalogue: await loadCatalogue(store) });
      const periods = (
        await store.all<{ period: string }>(
          "SELECT DISTINCT period FROM indicator_value WHERE indicator = 'local.youth.clients' AND length(period) = 4 ORDER BY period",
        )
      ).map((r) => r.period);
      expect(periods).toEqual(['2018', '2019', '2020', '2021', '2022', '2023', '2024']);
      const frozen = await answerIndicatorQuery(store, { indicator: 'local.youth.clients', period: '2016' });
      expect(frozen.ok && frozen.note).toBe(
        'geen cijfers voor 2016: gegevens vóór 01-04-2017 zijn verwijderd volgens de bewaartermijn',
      );
      const open = await answerIndicatorQuery(store, { indicator: 'local.youth.clients', period: '2018' });
      expect(open.ok && open.values.length).toBeGreaterThan(0);
      // The standard indicator keeps its 2016 figures.
      const kept = await answerIndicatorQuery(store, { indicator: 'youth.clients', period: '2016' });
      expect(kept.ok && kept.values.length).toBeGreaterThan(0);
    });
  });

  it('a dry run changes nothing and reports the same counts', async () => {
    await withFixtureDb(async (store) => {
      await municipality(fixture(store));
      await computeCube(store, { now: TODAY });
      const rows = await recordCounts(store);
      const dry = await purge(store, true);
      expect(dry.dryRun).toBe(true);
      expect(await recordCounts(store)).toEqual(rows);
      expect(await store.all('SELECT * FROM retention_cutoff')).toEqual([]);
      const real = await purge(store);
      expect(real.counts).toEqual(dry.counts);
      const after = await recordCounts(store);
      expect(rows['provision']! - after['provision']!).toBe(PURGED_ROWS.provision);
      expect(rows['claim']! - after['claim']!).toBe(PURGED_ROWS.claim);
      expect(after['indicator_value']).toBe(rows['indicator_value']);
    });
  });

  it('moves the cut-off only forward: a later purge removes more, an earlier one is refused', async () => {
    await withFixtureDb(async (store) => {
      await municipality(fixture(store));
      await computeCube(store, { now: TODAY });
      await purge(store);
      const later = await purgeRecords(store, {
        span: { amount: 6, unit: 'y' },
        clock: () => TODAY,
        by: 'cli:test',
        dryRun: false,
      });
      expect(later.rule.cutoff).toBe('2018-04-01');
      expect(later.previous).toBe(CUTOFF);
      // p1's second episode (until 2018-12-31) stays; claims of April 2017 … March 2018: 12 months × 4.
      expect(later.counts.find((c) => c.table === 'claim')?.rows).toBe(48);
      await expect(
        purgeRecords(store, {
          span: { amount: 8, unit: 'y' },
          clock: () => TODAY,
          by: 'cli:test',
          dryRun: false,
        }),
      ).rejects.toThrow('een grens kan alleen later worden, niet eerder');
      expect((await store.all('SELECT count(*) AS n FROM retention_cutoff'))[0]).toEqual({ n: 2 });
    });
  });
});
