/** @module Per-source delivery dates after ingesting fixture exports: stored as meta keys, the overall date the latest of the period sources. */
import { randomBytes } from 'node:crypto';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDeliveryDates, refreshDeliveryDate } from '../../src/ingest/delivery-date.ts';
import { ingestPaths } from '../../src/ingest/ingest-paths.ts';
import { Pseudonymiser } from '../../src/ingest/pseudonymise.ts';
import type { SqlStore } from '../../src/store/sql-store.ts';
import { withFixtureDb } from '../helpers/fixture-db.ts';

const FIXTURES = new URL('../fixtures/csv/', import.meta.url).pathname;
const secret = randomBytes(32);

const ingest = (store: SqlStore, paths: string[]) =>
  ingestPaths(paths, { store, pseudonymiser: new Pseudonymiser(secret), gemeente: 'GM0637', by: 'test' });

const CLAIMS_HEADER =
  'bsn;wet;toewijzingnummer;productcategorie;productcode;aanbieder;declaratienummer;indieningsdatum;periode_begin;periode_eind;volume;eenheid;bedrag_cent;debet_credit';

/** A folder with a claims export (submitted up to `submitted`) and a population count on 1 January 2020. */
async function laterExports(submitted: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'msd-delivery-'));
  await writeFile(
    join(dir, 'declaraties.csv'),
    `${CLAIMS_HEADER}\n999990007;jeugd;J-2;45;45A01;12345678;202001001;${submitted};2020-01-01;2020-01-31;10;uur;50000;D\n`,
  );
  await writeFile(
    join(dir, 'bevolking.csv'),
    'peildatum;wijk;leeftijd;geslacht;aantal\n2020-01-01;WK063706;8;V;120\n',
  );
  return dir;
}

const meta = async (store: SqlStore): Promise<Record<string, string>> =>
  Object.fromEntries(
    (
      await store.all<{ key: string; value: string }>(
        "SELECT key, value FROM meta WHERE key LIKE 'delivery_date%' ORDER BY key",
      )
    ).map((r) => [r.key, r.value]),
  );

describe('delivery dates per source', () => {
  it('stores each source its own date after an ingest and keeps the overall date the latest of them', async () => {
    await withFixtureDb(async (store) => {
      await ingest(store, [FIXTURES]);
      // uitkeringen.csv: the latest benefit date is U-2's start (2019-12-31); voorzieningen.csv: J-2's start
      // 2019-09-01 (J-6's end 2027-06-31 is quarantined); no claims and no population yet.
      expect(await meta(store)).toEqual({
        delivery_date: '2019-12-31',
        'delivery_date.benefit': '2019-12-31',
        'delivery_date.provision': '2019-09-01',
      });
      expect(await readDeliveryDates(store)).toEqual({ benefit: '2019-12-31', provision: '2019-09-01' });

      await ingest(store, [await laterExports('2020-02-14')]);
      expect(await readDeliveryDates(store)).toEqual({
        claim: '2020-02-14',
        provision: '2019-09-01',
        benefit: '2019-12-31',
        population: '2020-01-01',
      });
      // Claims are the latest period source now; the population's reference date does not count for the overall.
      expect((await meta(store))['delivery_date']).toBe('2020-02-14');
    });
  });

  it('moves a source forward when later records arrive and drops the key of a source without records', async () => {
    await withFixtureDb(async (store) => {
      await ingest(store, [await laterExports('2020-02-14')]);
      expect(await readDeliveryDates(store)).toMatchObject({ claim: '2020-02-14' });
      await ingest(store, [await laterExports('2020-03-16')]);
      expect(await readDeliveryDates(store)).toMatchObject({ claim: '2020-03-16' });
      await store.run('DELETE FROM population');
      expect(await refreshDeliveryDate(store)).toBe('2020-03-16');
      expect(await readDeliveryDates(store)).toEqual({ claim: '2020-03-16' });
    });
  });
});
