/** @module Aggregate imports as batches: the options are part of an import's identity (same file, other options → a new import), a wrong first import no longer blocks the file, and `msd batches remove` takes an aggregate batch out again. */
import { copyFile, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { msd } from '../helpers/run-cli.ts';
import { AGGREGATES, CBS } from './aggregates-helpers.ts';

const BULK = join(CBS, '85984NED-zoetermeer-bulk.csv');
const SHIPPED_MAPPING = new URL(
  '../../src/ingest/cbs/mappings/85984NED-kerncijfers-wijken-en-buurten-2024.json',
  import.meta.url,
).pathname;

async function initialised(): Promise<{ dir: string; data: string }> {
  const dir = await mkdtemp(join(tmpdir(), 'msd-aggregate-batches-'));
  const data = join(dir, 'data');
  expect((await msd('init', '--data', data, '--gemeente', 'GM0637')).code).toBe(0);
  return { dir, data };
}

/** The status word of the one file line a `cbs import` / `values import` prints. */
/** The Dutch result word of the summary's one file row (`opgeslagen`, `al ingelezen`, `geweigerd`). */
const statusOf = (out: string): string | undefined =>
  /\.(?:csv|json) +(opgeslagen|al ingelezen|geweigerd) /.exec(out)?.[1];

interface BatchJson {
  id: number;
  source: string;
  status: string;
  stored: number | null;
  quarantined: number | null;
  replaces: string | null;
}

async function batches(data: string): Promise<BatchJson[]> {
  const result = await msd('batches', '--data', data, '--format', 'json');
  return (JSON.parse(result.out) as { batches: BatchJson[] }).batches;
}

async function imported(data: string, indicator: string, period: string): Promise<unknown[]> {
  const result = await msd(
    'indicators',
    'show',
    indicator,
    '--data',
    data,
    '--period',
    period,
    '--source',
    'imported',
    '--exact',
    '--format',
    'json',
  );
  return (JSON.parse(result.out) as Array<{ area: string; value: number | null }>).map((r) => [
    r.area,
    r.value,
  ]);
}

describe('an aggregate import is identified by its file and its options', () => {
  it('imports the same CBS table again with another --period, --all-areas or mapping; the same options are a duplicate', async () => {
    const { dir, data } = await initialised();
    const cbs = (...options: string[]) => msd('cbs', 'import', '--data', data, ...options, BULK);
    expect(statusOf((await cbs()).out)).toBe('opgeslagen');
    expect(statusOf((await cbs()).out)).toBe('al ingelezen');
    // The shipped mapping under another file name is the same mapping: still a duplicate.
    const sameMapping = join(dir, 'kopie-mapping.json');
    await copyFile(SHIPPED_MAPPING, sameMapping);
    expect(statusOf((await cbs('--mapping', sameMapping)).out)).toBe('al ingelezen');
    expect(statusOf((await cbs('--period', '2023')).out)).toBe('opgeslagen');
    expect(statusOf((await cbs('--period', '2023')).out)).toBe('al ingelezen');
    expect(statusOf((await cbs('--all-areas')).out)).toBe('opgeslagen');
    expect(statusOf((await cbs('--all-areas')).out)).toBe('al ingelezen');
    const onlyYouth = join(dir, 'alleen-jeugd.json');
    await writeFile(
      onlyYouth,
      JSON.stringify({
        table: '85984NED',
        source: 'CBS 85984NED',
        areaColumn: 'WijkenEnBuurten',
        period: '2024',
        columns: [{ column: 'JongerenMetJeugdzorgInNatura_98', indicator: 'youth.clients', status: 'final' }],
      }),
    );
    expect(statusOf((await cbs('--mapping', onlyYouth)).out)).toBe('opgeslagen');
    expect((await batches(data)).map((b) => b.status)).toEqual(['stored', 'stored', 'stored', 'stored']);
    expect(await imported(data, 'youth.clients', '2023')).toContainEqual(['GM0637', 2850]);
  });

  it('lets a wrong first mapping (everything quarantined) be followed by the right one, which says what it replaces', async () => {
    const { dir, data } = await initialised();
    const wrong = join(dir, 'verkeerde-mapping.json');
    await writeFile(
      wrong,
      JSON.stringify({
        table: '85984NED',
        source: 'CBS 85984NED',
        areaColumn: 'WijkenEnBuurten',
        period: '2024',
        columns: [{ column: 'Gemeentenaam_1', indicator: 'youth.clients', status: 'final' }],
      }),
    );
    const first = await msd('cbs', 'import', '--data', data, '--mapping', wrong, BULK);
    expect(first.code).toBe(0);
    expect(first.out).toMatch(/opgeslagen\s+12\s+0\s+0\s+2\s+10/);
    const right = await msd('cbs', 'import', '--data', data, BULK);
    expect(right.code).toBe(0);
    expect(right.out).toMatch(/opgeslagen\s+12\s+40\s+0\s+2\s+0/);
    expect(right.out).toContain(
      '85984NED-zoetermeer-bulk.csv: vervangt eerder in quarantaine geplaatst bestand 85984NED-zoetermeer-bulk.csv (partij 1)',
    );
    expect((await batches(data)).map((b) => [b.id, b.quarantined, b.replaces])).toEqual([
      [1, 10, null],
      [2, 0, 'vervangt eerder in quarantaine geplaatst bestand 85984NED-zoetermeer-bulk.csv (partij 1)'],
    ]);
    expect(await imported(data, 'youth.clients', '2024')).toContainEqual(['GM0637', 2850]);
  });

  it('imports the same values file again under another --source, and the same --source as a duplicate', async () => {
    const { dir, data } = await initialised();
    expect(
      (await msd('indicators', 'define', '--data', data, join(AGGREGATES, 'local-indicators.json'))).code,
    ).toBe(0);
    const file = join(dir, 'telling.csv');
    await writeFile(file, 'indicator;period;area;value;unit\nyouth.clients;2024;WK063701;13;persons\n');
    const values = (source: string) => msd('values', 'import', '--data', data, '--source', source, file);
    expect(statusOf((await values('Eigen telling')).out)).toBe('opgeslagen');
    expect(statusOf((await values('Eigen telling')).out)).toBe('al ingelezen');
    expect(statusOf((await values('Wijkteam')).out)).toBe('opgeslagen');
    const sources = await msd(
      'indicators',
      'show',
      'youth.clients',
      '--data',
      data,
      '--period',
      '2024',
      '--area',
      'WK063701',
      '--source',
      'Wijkteam',
      '--exact',
      '--format',
      'json',
    );
    expect(JSON.parse(sources.out)).toEqual([expect.objectContaining({ area: 'WK063701', value: 13 })]);
  });
});

describe('msd batches remove', () => {
  it('removes an aggregate batch: its figures, quarantine rows and batch row, and says what it removed', async () => {
    const { dir, data } = await initialised();
    const bad = join(dir, 'telling.csv');
    await writeFile(
      bad,
      'indicator;period;area;value;unit;source\nyouth.clients;2024;WK063701;13;persons;Eigen telling\nyouth.clients;2024;WK063702;veel;persons;Eigen telling\n',
    );
    expect((await msd('values', 'import', '--data', data, bad)).code).toBe(0);
    expect((await msd('cbs', 'import', '--data', data, BULK)).code).toBe(0);
    expect(await imported(data, 'youth.clients', '2024')).toHaveLength(10);
    const removed = await msd('batches', 'remove', '2', '--data', data);
    expect(removed.code).toBe(0);
    expect(removed.out).toBe(
      'partij 2 (85984NED-zoetermeer-bulk.csv) verwijderd: 40 cijfers en 0 quarantaineregels\n' +
        'geen berekende cijfers hingen van deze cijfers af; waar een berekend cijfer bestaat, toont de monitor dat',
    );
    // The CBS figures are gone; the own count (another batch) stays.
    expect(await imported(data, 'youth.clients', '2024')).toEqual([['WK063701', 13]]);
    expect(await imported(data, 'support.clients', '2024')).toEqual([]);
    const one = await msd('batches', 'remove', '1', '--data', data);
    expect(one.out).toContain('partij 1 (telling.csv) verwijderd: 1 cijfer en 1 quarantaineregel');
    expect(await batches(data)).toEqual([]);
    expect((await msd('batches', '--data', data, '--format', 'json')).out).toContain('"quarantine": []');
    // Removed, the same file is no duplicate any more: it can be imported again.
    expect(statusOf((await msd('cbs', 'import', '--data', data, BULK)).out)).toBe('opgeslagen');
  });

  it('refuses a record-level batch and an unknown id with a Dutch message and exit code 1, removing nothing', async () => {
    const { data } = await initialised();
    expect((await msd('ingest', '--data', data, join(CBS, '..', 'csv', 'postcodes.csv'))).code).toBe(0);
    const refused = await msd('batches', 'remove', '1', '--data', data);
    expect(refused.code).toBe(1);
    expect(refused.err).toBe(
      'msd: partij 1 (csv:msd-standaard-postcodes) bevat records over personen; alleen partijen met geaggregeerde ' +
        'cijfers (CBS, msd values import) kunnen worden verwijderd. Records verwijderen valt onder de bewaartermijnen ' +
        'en kan (nog) niet.',
    );
    expect((await batches(data)).map((b) => b.id)).toEqual([1]);
    const unknown = await msd('batches', 'remove', '7', '--data', data);
    expect(unknown).toMatchObject({ code: 1, err: 'msd: partij 7 bestaat niet (zie `msd batches`)' });
  });
});
