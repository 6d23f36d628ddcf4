/** @module Corrected resends: a message or file whose earlier version was quarantined or rejected is ingested when sent again corrected (and says what it replaces); a copy stays a no-op; other content under a cleanly stored message identity is refused. */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { conflictingResend } from '../../src/ingest/batch-reasons.ts';
import type { AllocationInput } from '../../src/ingest/istandaarden/message-writer.ts';
import { writeAllocationMessage } from '../../src/ingest/istandaarden/message-writer.ts';
import { DuckDbStore } from '../../src/store/duckdb-store.ts';
import { msd } from '../helpers/run-cli.ts';
import { GEMEENTE, head, testBsn } from './istandaarden-helpers.ts';

let data: string;

beforeEach(async () => {
  data = join(await mkdtemp(join(tmpdir(), 'msd-resend-')), 'data');
  expect((await msd('init', '--data', data, '--gemeente', 'GM0637')).code).toBe(0);
});

/** Writes `text` as `name` in a new folder (a resend arrives as a new file with the same name). */
async function delivered(name: string, text: string): Promise<string> {
  const file = join(await mkdtemp(join(tmpdir(), 'msd-delivery-')), name);
  await writeFile(file, text);
  return file;
}

async function query<T extends Record<string, string | number | boolean | null>>(sql: string): Promise<T[]> {
  const store = await DuckDbStore.open(join(data, 'msd.duckdb'), { readOnly: true });
  try {
    return await store.all<T>(sql);
  } finally {
    store.close();
  }
}

const client = { bsn: testBsn(3), birthDate: '2012-05-17', gender: 'female' } as const;
const home = { soort: '01', postcode: '2711AB', huisnummer: 12 } as const;
const allocation = (no: number, startDate: string): AllocationInput => ({
  allocationNo: no,
  category: '45',
  productCode: '45A01',
  allocationDate: '2024-01-02',
  startDate,
  endDate: '2024-12-31',
});
/** JW301 T301-9 of gemeente 0637: allocation 1 from 1 January, allocation 2 from `secondStart`. */
const message301 = (secondStart: string): string =>
  writeAllocationMessage(
    head('youth', '301', 'T301-9', '2024-01-02'),
    client,
    [home],
    [allocation(1, '2024-01-01'), allocation(2, secondStart)],
  );

/** The message-type row (JW301 …) of `msd ingest`: read, stored, replaced, skipped, quarantined, duplicate. */
const jw301 = (out: string): number[] | undefined =>
  /^JW301\s+(.*)$/m.exec(out)?.[1]?.trim().split(/\s+/).map(Number);

describe('iJw / iWmo: the same message (BerichtIdentificatie, afzender, berichtsoort) sent again', () => {
  it('a corrected resend of a message with a quarantined record is ingested and replaces the earlier version', async () => {
    const first = await msd(
      'ingest',
      '--data',
      data,
      await delivered('toewijzing.xml', message301('2024-02-30')),
    );
    expect(first.code).toBe(0);
    expect(jw301(first.out)).toEqual([2, 1, 0, 0, 1, 0]);
    const corrected = await msd(
      'ingest',
      '--data',
      data,
      await delivered('toewijzing.xml', message301('2024-02-01')),
    );
    expect(corrected.code).toBe(0);
    expect(jw301(corrected.out)).toEqual([2, 2, 0, 0, 0, 0]);
    expect(corrected.out).toContain(
      'toewijzing.xml: vervangt eerder in quarantaine geplaatst bericht T301-9 (partij 1)',
    );
    // The earlier version's record stands no longer beside the corrected one.
    expect(
      await query('SELECT batch, allocation_no, start_date FROM istd_allocation ORDER BY allocation_no'),
    ).toEqual([
      { batch: 2, allocation_no: '1', start_date: '2024-01-01' },
      { batch: 2, allocation_no: '2', start_date: '2024-02-01' },
    ]);
    expect(await query('SELECT batch, message_id FROM istd_message')).toEqual([
      { batch: 2, message_id: 'T301-9' },
    ]);
    expect(await query('SELECT allocation_no, status FROM provision ORDER BY allocation_no')).toEqual([
      { allocation_no: '1', status: 'waiting' },
      { allocation_no: '2', status: 'waiting' },
    ]);
    const batches = JSON.parse((await msd('batches', '--data', data, '--format', 'json')).out) as {
      batches: Array<{ id: number; replaces: string | null }>;
    };
    expect(batches.batches.map((b) => [b.id, b.replaces])).toEqual([
      [1, null],
      [2, 'vervangt eerder in quarantaine geplaatst bericht T301-9 (partij 1)'],
    ]);
  });

  it('a byte-identical file is a duplicate, and the same message in another layout changes nothing', async () => {
    const text = message301('2024-02-01');
    const file = await delivered('toewijzing.xml', text);
    expect((await msd('ingest', '--data', data, file)).code).toBe(0);
    const again = await msd('ingest', '--data', data, file);
    expect(again.out).toMatch(/toewijzing\.xml\s+iJw\/iWmo-berichten\s+al ingelezen/);
    const relaid = await msd('ingest', '--data', data, await delivered('opnieuw.xml', `${text}\n\n`));
    expect(relaid.code).toBe(0);
    expect(jw301(relaid.out)).toEqual([0, 0, 0, 0, 0, 1]);
    expect(await query('SELECT count(*) AS n FROM istd_allocation')).toEqual([{ n: 2 }]);
  });

  it('other content under the identity of a message stored without problems is refused with a Dutch reason', async () => {
    expect(
      (await msd('ingest', '--data', data, await delivered('toewijzing.xml', message301('2024-02-01')))).code,
    ).toBe(0);
    const other = await msd(
      'ingest',
      '--data',
      data,
      await delivered('anders.xml', message301('2024-03-01')),
    );
    expect(other.code).toBe(0);
    expect(jw301(other.out)).toEqual([0, 0, 0, 0, 1, 0]);
    expect(await query('SELECT batch, file, message_id, position, reason FROM quarantine')).toEqual([
      {
        batch: 2,
        file: 'anders.xml',
        message_id: 'T301-9',
        position: 'Header/BerichtIdentificatie',
        reason: conflictingResend('T301-9', GEMEENTE, 1),
      },
    ]);
    expect(await query("SELECT start_date FROM istd_allocation WHERE allocation_no = '2'")).toEqual([
      { start_date: '2024-02-01' },
    ]);
    // With --strict a refused resend rejects its file.
    const strict = await msd(
      'ingest',
      '--strict',
      '--data',
      data,
      await delivered('anders2.xml', message301('2024-04-01')),
    );
    expect(strict.code).toBe(1);
  });
});

describe('iJw / iWmo: messages stored before content hashes were kept (schema 4)', () => {
  it('take a resend with other content as a duplicate, as before, unless the earlier version was quarantined', async () => {
    expect(
      (await msd('ingest', '--data', data, await delivered('toewijzing.xml', message301('2024-02-01')))).code,
    ).toBe(0);
    const store = await DuckDbStore.open(join(data, 'msd.duckdb'));
    await store.run('DELETE FROM istd_message_hash');
    store.close();
    const other = await msd(
      'ingest',
      '--data',
      data,
      await delivered('anders.xml', message301('2024-03-01')),
    );
    expect(jw301(other.out)).toEqual([0, 0, 0, 0, 0, 1]);
    expect(await query('SELECT count(*) AS n FROM quarantine')).toEqual([{ n: 0 }]);
  });
});

const HEADER =
  'bsn;geboortedatum;geslacht;postcode;huisnummer;huisletter;toevoeging;wet;productcategorie;productcode;aanbieder;toewijzingnummer;toewijzingsdatum;begindatum;einddatum;reden_einde';
const row = (no: string, start: string) =>
  `999990007;2010-05-10;M;2711AA;1;;;jeugd;45;45A01;12345678;${no};2019-02-20;${start};;`;

describe('CSV: a corrected export of a file that was quarantined or rejected', () => {
  it('is stored and says it replaces the quarantined file; the same bytes again are a duplicate', async () => {
    const bad = await delivered(
      'voorzieningen.csv',
      `${HEADER}\n${row('J-1', '2019-03-01')}\n${row('J-2', '2019-02-30')}\n`,
    );
    const first = await msd('ingest', '--data', data, bad);
    expect(first.out).toMatch(/voorzieningen\.csv\s+Voorzieningen \(CSV\)\s+opgeslagen\s+2\s+1\s+0\s+0\s+1/);
    const fixed = await delivered(
      'voorzieningen.csv',
      `${HEADER}\n${row('J-1', '2019-03-01')}\n${row('J-2', '2019-03-02')}\n`,
    );
    const second = await msd('ingest', '--data', data, fixed);
    expect(second.code).toBe(0);
    expect(second.out).toMatch(/voorzieningen\.csv\s+Voorzieningen \(CSV\)\s+opgeslagen\s+2\s+2\s+/);
    expect(second.out).toContain(
      'voorzieningen.csv: vervangt eerder in quarantaine geplaatst bestand voorzieningen.csv (partij 1)',
    );
    expect(await query('SELECT allocation_no, start_date FROM provision ORDER BY allocation_no')).toEqual([
      { allocation_no: 'J-1', start_date: '2019-03-01' },
      { allocation_no: 'J-2', start_date: '2019-03-02' },
    ]);
    const copy = await msd('ingest', '--data', data, fixed);
    expect(copy.out).toMatch(/voorzieningen\.csv\s+Voorzieningen \(CSV\)\s+al ingelezen/);
    expect(copy.out).not.toContain('vervangt');
  });

  it('after a rejected file, the corrected one says it replaces the rejected file', async () => {
    const broken = await delivered('voorzieningen.csv', `${HEADER.replace(';begindatum', '')}\n`);
    const first = await msd('ingest', '--data', data, broken);
    expect(first.code).toBe(1);
    const fixed = await delivered('voorzieningen.csv', `${HEADER}\n${row('J-1', '2019-03-01')}\n`);
    const second = await msd('ingest', '--data', data, fixed);
    expect(second.code).toBe(0);
    expect(second.out).toContain(
      'voorzieningen.csv: vervangt eerder geweigerd bestand voorzieningen.csv (partij 1)',
    );
  });
});
