/** @module `importValuesFile` on the hand-made GGD fixture: stored figures, quarantined lines with reasons, replacement by key, the same file twice. */
import { copyFile, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defineIndicatorsFromFile, loadCatalogue } from '../../src/catalogue/local-catalogue.ts';
import { importValuesFile } from '../../src/ingest/aggregates/values-import.ts';
import type { SqlStore } from '../../src/store/sql-store.ts';
import { AGGREGATES, importedRows, quarantined, withZoetermeer } from './aggregates-helpers.ts';

async function importFile(store: SqlStore, file: string, source?: string) {
  return importValuesFile(store, file, { catalogue: await loadCatalogue(store), by: 'test', source });
}

async function withDefinitions(work: (store: SqlStore) => Promise<void>): Promise<void> {
  await withZoetermeer(async (store) => {
    await defineIndicatorsFromFile(store, join(AGGREGATES, 'local-indicators.json'), 'test');
    await work(store);
  });
}

describe('msd values import', () => {
  it('stores good lines as they are and quarantines bad lines with line number and reason', async () => {
    await withDefinitions(async (store) => {
      const result = await importFile(store, join(AGGREGATES, 'ggd-eenzaamheid.csv'));
      expect(result.status).toBe('stored');
      expect(result.counts).toEqual({ read: 12, stored: 6, replaced: 0, skipped: 0, quarantined: 6 });
      expect(
        (await importedRows(store, 'local.loneliness.pct')).map((r) => [r.period, r.area, r.value, r.status]),
      ).toEqual([
        ['2016', 'GM0637', 44, 'final'],
        ['2020', 'GM0637', 47.5, 'final'],
        ['2020', 'WK063700', 52.1, 'final'],
        ['2020', 'WK063706', 43.8, 'final'],
        ['2020', 'WK063709', null, 'final'],
      ]);
      expect(await importedRows(store, 'local.clientExperience.support.pct')).toEqual([
        {
          indicator: 'local.clientExperience.support.pct',
          period: '2019',
          area: 'GM0637',
          value: 78,
          numerator: 312,
          denominator: 400,
          status: 'provisional',
          source: 'Cliëntervaringsonderzoek Wmo 2019',
        },
      ]);
      expect(await quarantined(store)).toEqual([
        'regel 8: onbekende indicator "local.lonelines.pct", definieer die eerst (msd indicators define)',
        'regel 9: periode "2020-Q5" is geen periode (gebruik 2019, 2019-H1, 2019-Q3 of 2019-07)',
        'regel 10: onbekend gebied (waarde niet getoond) (geen gebied van deze installatie en geen CBS-code)',
        'regel 11: value is geen getal',
        'regel 12: eenheid per1000 past niet bij de eenheid van local.loneliness.pct (percent)',
        'regel 13: local.loneliness.pct heeft geen cijfers per halfjaar (alleen per jaar)',
      ]);
    });
  });

  it('is a no-op for the same file twice, and a correction replaces by (indicator, period, area, breakdown, source)', async () => {
    await withDefinitions(async (store) => {
      await importFile(store, join(AGGREGATES, 'ggd-eenzaamheid.csv'));
      const again = await importFile(store, join(AGGREGATES, 'ggd-eenzaamheid.csv'));
      expect(again.status).toBe('duplicate');
      // Comma-separated: 2022 provisional (*), 2020 GM0637 corrected, 2020 WK063700 blank = cannot occur (removed).
      const correction = await importFile(store, join(AGGREGATES, 'ggd-eenzaamheid-correctie.csv'));
      expect(correction.counts).toEqual({ read: 3, stored: 2, replaced: 2, skipped: 1, quarantined: 0 });
      expect(
        (await importedRows(store, 'local.loneliness.pct')).map((r) => [r.period, r.area, r.value, r.status]),
      ).toEqual([
        ['2016', 'GM0637', 44, 'final'],
        ['2020', 'GM0637', 47.9, 'final'],
        ['2020', 'WK063706', 43.8, 'final'],
        ['2020', 'WK063709', null, 'final'],
        ['2022', 'GM0637', 49.3, 'provisional'],
      ]);
    });
  });

  it('keeps figures of different sources for the same cell side by side', async () => {
    await withDefinitions(async (store) => {
      const dir = await mkdtemp(join(tmpdir(), 'msd-values-'));
      const file = join(dir, 'two-sources.csv');
      await writeFile(
        file,
        'indicator;period;area;value;source\nlocal.loneliness.pct;2020;GM0637;47,5;GGD\nlocal.loneliness.pct;2020;GM0637;45;Eigen peiling\n',
      );
      expect((await importFile(store, file)).counts.stored).toBe(2);
      expect((await importedRows(store, 'local.loneliness.pct')).map((r) => [r.source, r.value])).toEqual([
        ['Eigen peiling', 45],
        ['GGD', 47.5],
      ]);
    });
  });

  it('takes --source for empty source cells and quarantines lines without any source', async () => {
    await withDefinitions(async (store) => {
      const dir = await mkdtemp(join(tmpdir(), 'msd-values-'));
      const file = join(dir, 'no-source.csv');
      await writeFile(file, 'indicator;period;area;value\nlocal.loneliness.pct;2020;GM0637;47,5\n');
      const copy = join(dir, 'no-source-copy.csv');
      await copyFile(file, copy);
      const without = await importFile(store, file);
      expect(without.counts.quarantined).toBe(1);
      expect(await quarantined(store)).toEqual([
        'regel 2: source is leeg (vul de kolom of geef --source op)',
      ]);
      // The same content again is a duplicate of a stored batch, so the copy needs different bytes.
      await writeFile(copy, 'indicator;period;area;value\nlocal.loneliness.pct;2020;gm0637;47,5\n');
      const withSource = await importFile(store, copy, 'GGD Gezondheidsmonitor 2020');
      expect(withSource.counts.stored).toBe(1);
      expect((await importedRows(store, 'local.loneliness.pct'))[0]?.source).toBe(
        'GGD Gezondheidsmonitor 2020',
      );
    });
  });

  it('rejects a file without the required columns as a whole, naming them', async () => {
    await withDefinitions(async (store) => {
      const dir = await mkdtemp(join(tmpdir(), 'msd-values-'));
      const file = join(dir, 'wrong.csv');
      await writeFile(file, 'indicator;jaar;gebied;waarde\nlocal.loneliness.pct;2020;GM0637;47\n');
      const result = await importFile(store, file);
      expect(result.status).toBe('rejected');
      expect(result.error).toContain(
        '(regel 1 (kopregel)): kolommen period, area, value ontbreken (verwacht: indicator;period;area;value;numerator;denominator;unit;source;status)',
      );
      expect(await importedRows(store, 'local.loneliness.pct')).toEqual([]);
    });
  });
});
