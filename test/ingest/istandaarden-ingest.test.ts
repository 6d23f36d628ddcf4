/** @module Tests for iJw / iWmo ingestion into the store: official samples and the project's own messages, allocation/start/stop/claim semantics, provisions per indicators.md §1, idempotence. */
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  writeAllocationMessage,
  writeDeclarationMessage,
  writeStartMessage,
  writeStopMessage,
} from '../../src/ingest/istandaarden/message-writer.ts';
import type { ClientInput } from '../../src/ingest/istandaarden/message-writer.ts';
import { pseudonymiseBsn } from '../../src/ingest/pseudonymise.ts';
import { withFixtureDb } from '../helpers/fixture-db.ts';
import { readDeliveryDates } from '../../src/ingest/delivery-date.ts';
import { NOT_NEEDED, needsShared } from '../helpers/shared-folder.ts';
import {
  MESSAGES,
  SAMPLES,
  SECRET,
  head,
  ingest,
  recordCounts,
  testBsn,
  writeFolder,
} from './istandaarden-helpers.ts';

const samples = needsShared('the official iJw samples (istandaarden/jw/berichten)');

describe('iJw / iWmo ingestion: official samples', () => {
  it.skipIf(samples.absent)(
    samples.title('stores 301, 305, 307 and 323 of every official iJw sample and skips the others'),
    async () => {
      await withFixtureDb(async (store) => {
        // The samples are exchanged with gemeenten 0384 (301) and 0363 (305/307/323): a region that accepts both.
        await store.run("INSERT INTO meta VALUES ('regio', 'GM0384,GM0363')");
        const results = await ingest(store, [SAMPLES]);
        expect(
          results.map((r) => [r.file.split('/').pop(), r.status, r.counts.stored, r.counts.skipped]),
        ).toEqual([
          ['JW301.xml', 'stored', 2, 0],
          ['JW302.xml', 'stored', 0, 1],
          ['JW305.xml', 'stored', 2, 0],
          ['JW306.xml', 'stored', 0, 1],
          ['JW307.xml', 'stored', 2, 0],
          ['JW308.xml', 'stored', 0, 1],
          ['JW316.xml', 'stored', 0, 1],
          ['JW317.xml', 'stored', 0, 1],
          ['JW319.xml', 'stored', 0, 1],
          ['JW320.xml', 'stored', 0, 1],
          ['JW323.xml', 'stored', 5, 0],
          ['JW325.xml', 'stored', 0, 1],
        ]);
        expect(
          await store.all(
            'SELECT id, category, product, allocation_date, start_date, end_date, end_reason, status, source FROM provision ORDER BY id',
          ),
        ).toEqual([
          {
            id: 'youth:300201',
            category: '55',
            product: '55A11',
            allocation_date: '2026-04-01',
            start_date: '2026-04-03',
            end_date: '2026-07-17',
            end_reason: '31',
            status: 'started',
            source: 'iJw',
          },
          {
            id: 'youth:300202',
            category: '55',
            product: '55A12',
            allocation_date: '2026-04-01',
            start_date: '2026-04-15',
            end_date: '2026-07-17',
            end_reason: '31',
            status: 'started',
            source: 'iJw',
          },
        ]);
        expect(await store.all('SELECT sum(amount_cents) AS cents, count(*) AS n FROM claim')).toEqual([
          { cents: 79000, n: 5 },
        ]);
        // The sample 301 has only a verblijfadres (03) and a tijdelijk adres (04): one residence row, from 03.
        expect(await store.all('SELECT valid_from, gemeente, source FROM residence')).toEqual([
          { valid_from: '2026-04-01', gemeente: 'GM0637', source: 'istandaard-301' },
        ]);
        expect(
          await store.all("SELECT strftime(birth_date, '%Y-%m-%d') AS birth_date, gender FROM person"),
        ).toEqual([{ birth_date: '2010-02-14', gender: 'male' }]);
      });
    },
  );
});

const pid = (bsn: string) => pseudonymiseBsn(SECRET, bsn);

describe("iJw / iWmo ingestion: the project's own messages", () => {
  it('stores 301, 305, 307 and 323 of every iJw and iWmo fixture message and skips the 302', async () => {
    await withFixtureDb(async (store) => {
      const results = await ingest(store, [MESSAGES]);
      expect(
        results.map((r) => [
          r.file.split('/').pop(),
          r.status,
          r.counts.read,
          r.counts.stored,
          r.counts.skipped,
          r.counts.quarantined,
        ]),
      ).toEqual([
        ['JW301.xml', 'stored', 2, 2, 0, 0],
        ['JW302.xml', 'stored', 0, 0, 1, 0],
        ['JW305.xml', 'stored', 2, 2, 0, 0],
        ['JW307.xml', 'stored', 1, 1, 0, 0],
        ['JW323.xml', 'stored', 4, 4, 0, 0],
        ['WMO301.xml', 'stored', 2, 2, 0, 0],
        ['WMO305.xml', 'stored', 2, 2, 0, 0],
        ['WMO307.xml', 'stored', 1, 1, 0, 0],
        ['WMO323.xml', 'stored', 2, 2, 0, 0],
      ]);
      // One provision per allocation: started by the 305, ended by the 307 (reason kept), else open.
      expect(
        await store.all(
          'SELECT id, pid, category, product, allocation_date, start_date, end_date, end_reason, status, source FROM provision ORDER BY id',
        ),
      ).toEqual([
        {
          id: 'support:710001',
          pid: pid('999900456'),
          category: '01',
          product: '01A01',
          allocation_date: '2026-01-10',
          start_date: '2026-01-19',
          end_date: null,
          end_reason: null,
          status: 'started',
          source: 'iWmo',
        },
        {
          id: 'support:710002',
          pid: pid('999900456'),
          category: '07',
          product: '07A03',
          allocation_date: '2026-01-10',
          start_date: '2026-02-02',
          end_date: '2026-03-31',
          end_reason: '23',
          status: 'started',
          source: 'iWmo',
        },
        {
          id: 'youth:610001',
          pid: pid('999900432'),
          category: '45',
          product: '45A01',
          allocation_date: '2026-01-05',
          start_date: '2026-01-12',
          end_date: '2026-05-29',
          end_reason: '31',
          status: 'started',
          source: 'iJw',
        },
        {
          id: 'youth:610002',
          pid: pid('999900432'),
          category: '43',
          product: '43A02',
          allocation_date: '2026-01-05',
          start_date: '2026-02-03',
          end_date: null,
          end_reason: null,
          status: 'started',
          source: 'iJw',
        },
      ]);
      // Claims in eurocent per person, a credit line negative; the second child has claims but no allocation here.
      expect(
        await store.all(
          'SELECT law, pid, allocation_no, period_start, amount_cents, declaration_no FROM claim ORDER BY law DESC, allocation_no, period_start',
        ),
      ).toEqual([
        {
          law: 'youth',
          pid: pid('999900432'),
          allocation_no: '610001',
          period_start: '2026-03-01',
          amount_cents: 120000,
          declaration_no: 'FXD202603',
        },
        {
          law: 'youth',
          pid: pid('999900432'),
          allocation_no: '610002',
          period_start: '2026-03-01',
          amount_cents: 775000,
          declaration_no: 'FXD202603',
        },
        {
          law: 'youth',
          pid: pid('999900444'),
          allocation_no: '610003',
          period_start: '2026-02-01',
          amount_cents: -30000,
          declaration_no: 'FXD202603',
        },
        {
          law: 'youth',
          pid: pid('999900444'),
          allocation_no: '610003',
          period_start: '2026-03-01',
          amount_cents: 60000,
          declaration_no: 'FXD202603',
        },
        {
          law: 'support',
          pid: pid('999900456'),
          allocation_no: '710001',
          period_start: '2026-02-01',
          amount_cents: 36000,
          declaration_no: 'FXW202602',
        },
        {
          law: 'support',
          pid: pid('999900456'),
          allocation_no: '710002',
          period_start: '2026-02-01',
          amount_cents: 36000,
          declaration_no: 'FXW202602',
        },
      ]);
      // Persons come from the 301s only: pseudonym, birth date and gender, never the BSN.
      expect(
        await store.all(
          "SELECT pid, strftime(birth_date, '%Y-%m-%d') AS birth_date, gender FROM person ORDER BY birth_date",
        ),
      ).toEqual([
        { pid: pid('999900456'), birth_date: '1944-09-30', gender: 'male' },
        { pid: pid('999900432'), birth_date: '2013-06-21', gender: 'female' },
      ]);
      // Residence from the BRP address (01), not the temporary one (04); the postcodes are not in the area table.
      expect(
        await store.all('SELECT pid, valid_from, wijk, gemeente, source FROM residence ORDER BY valid_from'),
      ).toEqual([
        {
          pid: pid('999900432'),
          valid_from: '2026-01-05',
          wijk: null,
          gemeente: 'GM0637',
          source: 'istandaard-301',
        },
        {
          pid: pid('999900456'),
          valid_from: '2026-01-10',
          wijk: null,
          gemeente: 'GM0637',
          source: 'istandaard-301',
        },
      ]);
      expect(await store.all('SELECT count(*) AS n FROM quarantine')).toEqual([{ n: 0 }]);
    });
  });
});

/** The folders of messages the idempotence tests run on: the official samples when ../shared is there, and the project's own. */
const FOLDERS = [
  {
    name: 'official iJw samples',
    dir: SAMPLES,
    declaration: 'JW323.xml',
    lines: 5,
    // The samples are exchanged with gemeenten 0384 (301) and 0363 (305/307/323): a region that accepts both.
    region: 'GM0384,GM0363',
    ...samples,
  },
  {
    name: "the project's messages",
    dir: MESSAGES,
    declaration: 'JW323.xml',
    lines: 4,
    region: '',
    ...NOT_NEEDED,
  },
];

describe.each(FOLDERS)('iJw / iWmo ingestion: the same messages again ($name)', (folder) => {
  it.skipIf(folder.absent)(
    folder.title('changes nothing when the same folder is ingested twice'),
    async () => {
      await withFixtureDb(async (store) => {
        await store.run("INSERT INTO meta VALUES ('regio', ?)", [folder.region]);
        await ingest(store, [folder.dir]);
        const before = await recordCounts(store);
        expect(before.claim).toBeGreaterThan(0);
        const snapshot = await store.all('SELECT * FROM provision ORDER BY id');
        const again = await ingest(store, [folder.dir]);
        expect(new Set(again.map((r) => r.status))).toEqual(new Set(['duplicate']));
        expect(await recordCounts(store)).toEqual(before);
        expect(await store.all('SELECT * FROM provision ORDER BY id')).toEqual(snapshot);
      });
    },
  );

  it.skipIf(folder.absent)(
    folder.title('treats a message re-sent in another file (same sender and id) as a duplicate'),
    async () => {
      await withFixtureDb(async (store) => {
        const dir = await mkdtemp(join(tmpdir(), 'msd-resend-'));
        await store.run("INSERT INTO meta VALUES ('regio', ?)", [folder.region]);
        const original = join(folder.dir, folder.declaration);
        // The same message with other whitespace: another file (other sha256), the same message identity.
        await writeFile(join(dir, 'resent.xml'), `${await readFile(original, 'utf8')}\n\n`);
        await ingest(store, [original]);
        const [resent] = await ingest(store, [join(dir, 'resent.xml')]);
        expect(resent?.status).toBe('stored');
        expect(resent?.counts).toMatchObject({ read: 0, stored: 0 });
        expect((resent?.counts as { messages?: unknown }).messages).toEqual({
          JW323: { read: 0, stored: 0, replaced: 0, skipped: 0, quarantined: 0, duplicate: 1 },
        });
        expect(await store.all('SELECT count(*) AS n FROM claim')).toEqual([{ n: folder.lines }]);
      });
    },
  );
});

const child: ClientInput = { bsn: testBsn(0), birthDate: '2012-05-17', gender: 'female' };
const home = { soort: '01', postcode: '2711AB', huisnummer: 12 } as const;

/** A scenario over six messages covering replacement, removal, status 2 and 3, claims without a 305 and credits. */
function scenario(): Record<string, string> {
  const y = 'youth' as const;
  const alloc = (
    no: number,
    category: string,
    startDate: string,
    endDate?: string,
    changeReason?: string,
  ) => ({
    allocationNo: no,
    category,
    productCode: `${category}A01`,
    allocationDate: '2024-01-02',
    startDate,
    ...(endDate ? { endDate } : {}),
    ...(changeReason ? { changeReason } : {}),
  });
  return {
    '01-301.xml': writeAllocationMessage(
      head(y, '301', 'T301-1', '2024-01-02'),
      child,
      [home],
      [
        alloc(1, '45', '2024-01-01', '2024-12-31'),
        alloc(2, '45', '2024-02-01'),
        alloc(3, '43', '2024-03-01', '2024-06-30'),
        alloc(4, '45', '2024-01-01'),
        alloc(5, '41', '2024-04-01', '2024-05-31'),
      ],
    ),
    '02-305.xml': writeStartMessage(head(y, '305', 'T305-1', '2024-02-10'), child, [
      { allocationNo: 1, startDate: '2024-01-08', status: '1' },
      { allocationNo: 2, startDate: '2024-02-03', status: '1' },
      { allocationNo: 4, startDate: '2024-01-10', status: '1' },
    ]),
    // Status 2: the start of allocation 2 was 5 February after all.
    '03-305.xml': writeStartMessage(head(y, '305', 'T305-2', '2024-02-20'), child, [
      { allocationNo: 2, startDate: '2024-02-05', status: '2' },
    ]),
    '04-307.xml': writeStopMessage(head(y, '307', 'T307-1', '2024-07-02'), child, [
      { allocationNo: 1, startDate: '2024-01-08', endDate: '2024-06-30', endReason: '31', status: '1' },
    ]),
    // Status 3 withdraws that stop: allocation 1 runs to its own end date.
    '05-307.xml': writeStopMessage(head(y, '307', 'T307-2', '2024-07-09'), child, [
      { allocationNo: 1, startDate: '2024-01-08', endDate: '2024-06-30', endReason: '31', status: '3' },
    ]),
    // A new 301 replaces allocation 2 (verkorting, 05) and removes allocation 4 (13), from a new address.
    '06-301.xml': writeAllocationMessage(
      head(y, '301', 'T301-2', '2024-08-01'),
      child,
      [{ soort: '01', postcode: '2712CD', huisnummer: 7, huisletter: 'b' }],
      [alloc(2, '45', '2024-02-01', '2024-09-30', '05'), alloc(4, '45', '2024-01-01', '2024-01-31', '13')],
    ),
    // Allocation 5 has no 305: its first claimed period gives the start. April is credited and claimed again.
    '07-323.xml': writeDeclarationMessage(
      head(y, '323', 'T323-1', '2025-01-15'),
      { declarationNo: 'D1', periodStart: '2024-04-01', periodEnd: '2024-05-31', date: '2025-01-15' },
      [
        {
          bsn: child.bsn,
          lines: [
            {
              referenceNo: 'R1',
              allocationNo: 5,
              category: '41',
              productCode: '41A01',
              periodStart: '2024-04-01',
              periodEnd: '2024-04-30',
              volume: 10,
              unit: '04',
              amountCents: 10000,
            },
            {
              referenceNo: 'R2',
              allocationNo: 5,
              category: '41',
              productCode: '41A01',
              periodStart: '2024-05-01',
              periodEnd: '2024-05-31',
              volume: 10,
              unit: '04',
              amountCents: 10000,
            },
            {
              referenceNo: 'R3',
              previousReferenceNo: 'R1',
              allocationNo: 5,
              category: '41',
              productCode: '41A01',
              periodStart: '2024-04-01',
              periodEnd: '2024-04-30',
              volume: 10,
              unit: '04',
              amountCents: -10000,
            },
            {
              referenceNo: 'R4',
              allocationNo: 5,
              category: '41',
              productCode: '41A01',
              periodStart: '2024-04-01',
              periodEnd: '2024-04-30',
              volume: 8,
              unit: '04',
              amountCents: 8000,
            },
          ],
        },
      ],
    ),
  };
}

const EXPECTED_PROVISIONS = [
  {
    allocation_no: '1',
    start_date: '2024-01-08',
    end_date: '2024-12-31',
    end_reason: null,
    status: 'started',
  },
  {
    allocation_no: '2',
    start_date: '2024-02-05',
    end_date: '2024-09-30',
    end_reason: null,
    status: 'started',
  },
  { allocation_no: '3', start_date: null, end_date: null, end_reason: null, status: 'waiting' },
  {
    allocation_no: '5',
    start_date: '2024-04-01',
    end_date: '2024-05-31',
    end_reason: null,
    status: 'started',
  },
];
const PROVISION_SQL =
  'SELECT allocation_no, start_date, end_date, end_reason, status FROM provision ORDER BY allocation_no';

describe('iJw / iWmo ingestion: message semantics', () => {
  it('builds provisions from allocations, starts, stops and claims (replacement, removal, status 2 and 3, credits)', async () => {
    await withFixtureDb(async (store) => {
      await store.run(
        "INSERT INTO postcode_area VALUES ('2711AB', 'BU06370101', 'WK063701', 0), ('2712', NULL, 'WK063702', 0)",
      );
      const results = await ingest(store, [await writeFolder(scenario())]);
      expect(results.map((r) => [r.status, r.counts.read, r.counts.stored, r.counts.replaced])).toEqual([
        ['stored', 5, 5, 0],
        ['stored', 3, 3, 0],
        ['stored', 1, 1, 1],
        ['stored', 1, 1, 0],
        ['stored', 1, 1, 1],
        ['stored', 2, 2, 2],
        ['stored', 4, 4, 0],
      ]);
      expect(await store.all(PROVISION_SQL)).toEqual(EXPECTED_PROVISIONS);
      expect(
        await store.all("SELECT sum(amount_cents) AS cents FROM claim WHERE allocation_no = '5'"),
      ).toEqual([{ cents: 18000 }]);
      // Residence: PC6 then PC4 via the postcode table; two addresses, two household keys, no address stored.
      expect(
        await store.all(
          'SELECT valid_from, buurt, wijk, count(DISTINCT household) OVER () AS households FROM residence ORDER BY valid_from',
        ),
      ).toEqual([
        { valid_from: '2024-01-02', buurt: 'BU06370101', wijk: 'WK063701', households: 2 },
        { valid_from: '2024-01-02', buurt: null, wijk: 'WK063702', households: 2 },
      ]);
    });
  });

  it('gives the same provisions whatever order the files arrive in', async () => {
    await withFixtureDb(async (store) => {
      const files = scenario();
      const dir = await writeFolder(files);
      // Claims and the replacing 301 first, then the rest.
      for (const name of [
        '07-323.xml',
        '06-301.xml',
        '05-307.xml',
        '01-301.xml',
        '04-307.xml',
        '03-305.xml',
        '02-305.xml',
      ]) {
        await ingest(store, [join(dir, name)]);
      }
      expect(await store.all(PROVISION_SQL)).toEqual(EXPECTED_PROVISIONS);
    });
  });

  it('keeps an open end while the allocation end lies after the delivery date, and closes it when later data arrive', async () => {
    await withFixtureDb(async (store) => {
      const y = 'youth' as const;
      const first = await writeFolder({
        'a.xml': writeAllocationMessage(
          head(y, '301', 'A1', '2024-01-02'),
          child,
          [home],
          [
            {
              allocationNo: 9,
              category: '45',
              allocationDate: '2024-01-02',
              startDate: '2024-01-01',
              endDate: '2024-06-30',
            },
          ],
        ),
        'b.xml': writeStartMessage(head(y, '305', 'S1', '2024-01-20'), child, [
          { allocationNo: 9, startDate: '2024-01-15', status: '1' },
        ]),
      });
      await ingest(store, [first]);
      expect(await store.all('SELECT start_date, end_date FROM provision')).toEqual([
        { start_date: '2024-01-15', end_date: null },
      ]);
      // The provisions' delivery date is the latest Dagtekening, not the latest start.
      expect(await readDeliveryDates(store)).toEqual({ provision: '2024-01-20' });
      const later = await writeFolder({
        'c.xml': writeStartMessage(head(y, '305', 'S2', '2024-08-01'), { ...child, bsn: testBsn(1) }, []),
      });
      await ingest(store, [later]);
      expect(await store.all('SELECT start_date, end_date FROM provision')).toEqual([
        { start_date: '2024-01-15', end_date: '2024-06-30' },
      ]);
      expect(await readDeliveryDates(store)).toEqual({ provision: '2024-08-01' });
    });
  });
});
