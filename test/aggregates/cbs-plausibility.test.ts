/** @module `msd cbs import` on hostile cells: overflowing, negative and fractional counts quarantined per cell (never an internal error), and a column scaled by 10 (lost decimal point) refusing the file. */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../src/catalogue/local-catalogue.ts';
import { importCbsTable } from '../../src/ingest/cbs/cbs-import.ts';
import type { CbsMapping } from '../../src/ingest/cbs/cbs-mapping.ts';
import type { SqlStore } from '../../src/store/sql-store.ts';
import { importedRows, quarantined, withZoetermeer } from './aggregates-helpers.ts';

const HEADER =
  '"ID";"WijkenEnBuurten";"AantalInwoners_5";"PersonenPerSoortUitkeringBijstand_94";"JongerenMetJeugdzorgInNatura_98";"WmoClienten_100";"WmoClientenRelatief_101"';

async function importLines(store: SqlStore, lines: readonly string[]) {
  const file = join(await mkdtemp(join(tmpdir(), 'msd-cbs-')), 'kerncijfers.csv');
  await writeFile(file, [HEADER, ...lines].join('\n'));
  return importCbsTable(store, file, {
    catalogue: await loadCatalogue(store),
    by: 'test',
    gemeente: 'GM0637',
  });
}

describe('msd cbs import: plausibility', () => {
  it('quarantines an overflowing, a negative and a fractional count per cell and stores the rest', async () => {
    await withZoetermeer(async (store) => {
      const result = await importLines(store, [
        '1;"WK063700  ";21690;610;99999999999999999999;1645;76',
        '2;"WK063701  ";15915;-5;330;1120;70',
        '3;"WK063702  ";19985;470;3.5;1305;65',
      ]);
      expect(result.status).toBe('stored');
      expect(result.counts).toMatchObject({ read: 3, stored: 9, quarantined: 3 });
      expect(await quarantined(store)).toEqual([
        'regel 2, JongerenMetJeugdzorgInNatura_98: JongerenMetJeugdzorgInNatura_98 is geen plausibel getal (te groot)',
        'regel 3, PersonenPerSoortUitkeringBijstand_94: PersonenPerSoortUitkeringBijstand_94 is negatief (een aantal is 0 of meer)',
        'regel 4, JongerenMetJeugdzorgInNatura_98: JongerenMetJeugdzorgInNatura_98 is geen geheel aantal',
      ]);
      expect((await importedRows(store, 'youth.clients')).map((r) => [r.area, r.value])).toEqual([
        ['WK063701', 330],
      ]);
    });
  });

  it('refuses a table whose rate column lost its decimal point (ten times numerator/denominator), storing nothing', async () => {
    await withZoetermeer(async (store) => {
      const result = await importLines(store, [
        '1;"GM0637    ";128434;2990;2850;8005;623',
        '2;"WK063700  ";21690;610;455;1645;758',
      ]);
      expect(result.status).toBe('rejected');
      expect(result.error).toContain(
        '(kolom WmoClientenRelatief_101): kolom WmoClientenRelatief_101 lijkt met 10 vermenigvuldigd (decimaalteken verloren?)',
      );
      expect(await store.all("SELECT count(*) AS n FROM indicator_value WHERE source <> 'computed'")).toEqual(
        [{ n: 0 }],
      );
    });
  });

  it('refuses a percentage column with values of 100–167 % (the Almere Kerncijfers defect)', async () => {
    await withZoetermeer(async (store) => {
      const file = join(await mkdtemp(join(tmpdir(), 'msd-cbs-')), 'pct.csv');
      await writeFile(
        file,
        [
          '"ID";"WijkenEnBuurten";"JongerenMetJeugdzorgPct"',
          '1;"GM0637    ";123',
          '2;"WK063700  ";167',
          '3;"WK063701  ";100',
        ].join('\n'),
      );
      const mapping: CbsMapping = {
        table: '85984NED',
        source: 'CBS 85984NED',
        areaColumn: 'WijkenEnBuurten',
        period: '2024',
        columns: [
          {
            column: 'JongerenMetJeugdzorgPct',
            indicator: 'youth.clients.pct',
            status: 'final',
            nullMeans: 'secret',
          },
        ],
      };
      const result = await importCbsTable(store, file, {
        catalogue: await loadCatalogue(store),
        by: 'test',
        gemeente: 'GM0637',
        mapping,
      });
      expect(result.status).toBe('rejected');
      expect(result.error).toContain(
        'kolom JongerenMetJeugdzorgPct heeft waarden boven 100 (eenheid percent)',
      );
    });
  });
});
