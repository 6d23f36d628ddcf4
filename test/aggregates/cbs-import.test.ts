/** @module `importCbsTable` on real Zoetermeer rows of CBS 85984NED (bulk CSV and OData JSON): mapping, area filter, secrets, provisional status, batches. */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../src/catalogue/local-catalogue.ts';
import { importCbsTable, type CbsImportOptions } from '../../src/ingest/cbs/cbs-import.ts';
import { detectCbsMapping, parseCbsMapping, shippedCbsMappings } from '../../src/ingest/cbs/cbs-mapping.ts';
import { cbsPeriodId } from '../../src/ingest/cbs/cbs-table-reader.ts';
import type { SqlStore } from '../../src/store/sql-store.ts';
import { CBS, importedRows, quarantined, withZoetermeer } from './aggregates-helpers.ts';

const BULK = join(CBS, '85984NED-zoetermeer-bulk.csv');
const ODATA = join(CBS, '85984NED-zoetermeer-odata.json');

async function importTable(store: SqlStore, file: string, options: Partial<CbsImportOptions> = {}) {
  return importCbsTable(store, file, {
    catalogue: await loadCatalogue(store),
    by: 'test',
    gemeente: 'GM0637',
    ...options,
  });
}

const zoetermeerYouth = [
  ['GM0637', 2850],
  ['WK063700', 455],
  ['WK063701', 330],
  ['WK063702', 420],
  ['WK063703', 365],
  ['WK063704', 190],
  ['WK063705', 455],
  ['WK063706', 555],
  ['WK063708', 10],
  ['WK063709', null],
];

describe('msd cbs import', () => {
  it('ships a valid 85984NED mapping for the four social-domain columns, bijstand provisional', () => {
    const [mapping] = shippedCbsMappings();
    expect(mapping?.table).toBe('85984NED');
    expect(mapping?.columns.map((c) => [c.column, c.indicator, c.status])).toEqual([
      ['JongerenMetJeugdzorgInNatura_98', 'youth.clients', 'final'],
      ['WmoClienten_100', 'support.clients', 'final'],
      ['WmoClientenRelatief_101', 'support.clients.per1000', 'final'],
      ['PersonenPerSoortUitkeringBijstand_94', 'participation.benefits.stock', 'provisional'],
    ]);
    expect(detectCbsMapping(['WijkenEnBuurten', 'AantalInwoners_5'])).toBeUndefined();
  });

  it('imports the gemeente and its wijken from the bulk CSV, keeping "." as a secret figure', async () => {
    await withZoetermeer(async (store) => {
      const result = await importTable(store, BULK);
      expect(result.table).toBe('85984NED');
      expect(result.source).toBe('cbs:85984NED');
      // 12 rows: 10 of Zoetermeer × 4 columns; Zoeterwoude's 2 rows are outside the deployment.
      expect(result.counts).toEqual({ read: 12, stored: 40, replaced: 0, skipped: 2, quarantined: 0 });
      const youth = await importedRows(store, 'youth.clients');
      expect(youth.map((r) => [r.area, r.value])).toEqual(zoetermeerYouth);
      expect(new Set(youth.map((r) => `${r.period}|${r.status}|${r.source}`))).toEqual(
        new Set(['2024|final|CBS 85984NED']),
      );
      const rate = (await importedRows(store, 'support.clients.per1000')).find((r) => r.area === 'WK063700');
      expect(rate).toMatchObject({ value: 76, numerator: 1645, denominator: 21690 });
      const benefits = await importedRows(store, 'participation.benefits.stock');
      expect(benefits[0]).toMatchObject({ area: 'GM0637', value: 2990, status: 'provisional' });
    });
  });

  it('reads the OData JSON to the same figures as the bulk CSV', async () => {
    const read = (file: string) =>
      withZoetermeer(async (store) => {
        await importTable(store, file);
        return [
          ...(await importedRows(store, 'youth.clients')),
          ...(await importedRows(store, 'support.clients')),
          ...(await importedRows(store, 'support.clients.per1000')),
          ...(await importedRows(store, 'participation.benefits.stock')),
        ];
      });
    const fromCsv = await read(BULK);
    expect(fromCsv).toHaveLength(40);
    expect(await read(ODATA)).toEqual(fromCsv);
  });

  it('takes --period, imports every area with --all-areas, and treats the same file twice as a no-op', async () => {
    await withZoetermeer(async (store) => {
      const all = await importTable(store, ODATA, { period: '2019', allAreas: true });
      expect(all.counts).toMatchObject({ read: 12, stored: 48, skipped: 0 });
      expect((await importedRows(store, 'youth.clients')).filter((r) => r.area.includes('0638'))).toEqual([
        expect.objectContaining({ period: '2019', area: 'GM0638', value: 190 }),
        expect.objectContaining({ period: '2019', area: 'WK063800', value: 100 }),
      ]);
      expect((await importTable(store, ODATA, { period: '2019', allAreas: true })).status).toBe('duplicate');
    });
  });

  it('replaces figures of an earlier download of the same table and period', async () => {
    await withZoetermeer(async (store) => {
      await importTable(store, BULK);
      const second = await importTable(store, ODATA);
      expect(second.counts).toMatchObject({ stored: 40, replaced: 40 });
      expect(await importedRows(store, 'youth.clients')).toHaveLength(10);
    });
  });

  it('quarantines cells that are not numbers, skips blanks (cannot occur) and keeps buurten of the gemeente', async () => {
    await withZoetermeer(async (store) => {
      const dir = await mkdtemp(join(tmpdir(), 'msd-cbs-'));
      const file = join(dir, 'excerpt.csv');
      await writeFile(
        file,
        [
          '"ID";"WijkenEnBuurten";"AantalInwoners_5";"PersonenPerSoortUitkeringBijstand_94";"JongerenMetJeugdzorgInNatura_98";"WmoClienten_100";"WmoClientenRelatief_101"',
          '1;"BU06370001";1200;"       .";;40;33',
          '2;"WK063700  ";21690;610;"n.v.t.";1645;76',
        ].join('\n'),
      );
      const result = await importTable(store, file);
      expect(result.counts).toEqual({ read: 2, stored: 6, replaced: 0, skipped: 1, quarantined: 1 });
      expect(await quarantined(store)).toEqual([
        'regel 3, JongerenMetJeugdzorgInNatura_98: JongerenMetJeugdzorgInNatura_98 is geen getal',
      ]);
      expect(
        (await importedRows(store, 'participation.benefits.stock')).map((r) => [r.area, r.value]),
      ).toEqual([
        ['BU06370001', null],
        ['WK063700', 610],
      ]);
    });
  });

  it('rejects the file when a mapped indicator is not defined, and needs a gemeente unless --all-areas', async () => {
    await withZoetermeer(async (store) => {
      const mapping = parseCbsMapping(
        {
          table: '85984NED',
          source: 'CBS 85984NED',
          areaColumn: 'WijkenEnBuurten',
          period: '2024',
          columns: [{ column: 'WmoClienten_100', indicator: 'local.wmo.clients', status: 'final' }],
        },
        'mapping.json',
      );
      const result = await importTable(store, BULK, { mapping });
      expect(result.status).toBe('rejected');
      expect(result.error).toContain(
        '(mapping): onbekende indicator "local.wmo.clients", definieer die eerst (msd indicators define)',
      );
      await expect(importTable(store, BULK, { gemeente: undefined })).rejects.toThrow(
        /\(gebieden\): de installatie heeft nog geen gemeente \(msd init --gemeente\); of geef --all-areas op$/,
      );
    });
  });

  it('names the field of an invalid mapping', () => {
    expect(() =>
      parseCbsMapping({ table: '85984', source: 'x', areaColumn: 'a', columns: [] }, 'm.json'),
    ).toThrow(
      /m\.json \(mapping\): mapping is ongeldig: table: moet een StatLine-tabelnummer zijn, zoals 85984NED; columns: /,
    );
  });

  it('reads CBS period keys', () => {
    expect(['2023JJ00', '2023HJ02', '2023KW03', '2023MM07', '2023'].map(cbsPeriodId)).toEqual([
      '2023',
      '2023-H2',
      '2023-Q3',
      '2023-07',
      '2023',
    ]);
  });
});
