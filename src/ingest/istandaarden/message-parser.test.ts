/** @module Tests for the iStandaarden parser on the official iJw 3.2 samples, on the project's own iJw and iWmo messages and on chunked input. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { needsShared, sharedPath } from '../../../test/helpers/shared-folder.ts';
import type { IstandaardEvent } from './istandaard-events.ts';
import { parseIstandaardFile } from './message-source.ts';
import { parseIstandaardMessage } from './message-parser.ts';

const SAMPLES = sharedPath('istandaarden', 'jw', 'berichten');
const samples = needsShared('the official iJw samples (istandaarden/jw/berichten)');
/** The project's own hand-made messages (test/fixtures/istandaarden/README.md). */
const MESSAGES = fileURLToPath(new URL('../../../test/fixtures/istandaarden/berichten/', import.meta.url));

async function collect(events: AsyncIterable<IstandaardEvent>): Promise<IstandaardEvent[]> {
  const all: IstandaardEvent[] = [];
  for await (const event of events) all.push(event);
  return all;
}

const ofKind = <K extends IstandaardEvent['kind']>(events: IstandaardEvent[], kind: K) =>
  events.filter((e): e is Extract<IstandaardEvent, { kind: K }> => e.kind === kind);

describe.skipIf(samples.absent)(samples.title('parseIstandaardMessage on the official iJw samples'), () => {
  it('reads the JW301 header and both allocations with the verblijfadres (03) as residence, not the 04', async () => {
    const events = await collect(parseIstandaardFile(join(SAMPLES, 'JW301.xml')));
    expect(events[0]).toEqual({
      kind: 'header',
      law: 'youth',
      messageType: '301',
      messageCode: '436',
      messageId: '123456789012',
      date: '2026-04-01',
      sender: '0384',
      receiver: '42420001',
    });
    const allocations = ofKind(events, 'allocation');
    expect(allocations.map((a) => a.allocationNo)).toEqual(['300201', '300202']);
    expect(allocations[0]).toMatchObject({
      bsn: '999900006',
      birthDate: { date: '2010-02-14', usage: null },
      gender: 'male',
      residenceAddress: {
        postcode: '9999XX',
        huisnummer: '9',
        huisletter: 'B',
        toevoeging: 'BEL',
        soort: '03',
      },
      category: '55',
      productCode: '55A11',
      allocationDate: '2026-04-01',
      startDate: '2026-04-01',
      endDate: '2026-07-14',
      changeReason: null,
      volume: 2,
      unit: '04',
      frequency: '2',
      position: '170:4 Bericht/Client/ToegewezenProducten/ToegewezenProduct',
    });
    expect(allocations[1]).toMatchObject({ productCode: '55A12', endDate: '2026-07-19', unit: '16' });
    expect(events.at(-1)).toEqual({ kind: 'end', records: 2, problems: 0 });
  });

  it('reads the JW305 start records', async () => {
    const starts = ofKind(await collect(parseIstandaardFile(join(SAMPLES, 'JW305.xml'))), 'start');
    expect(starts.map((s) => [s.allocationNo, s.startDate, s.status, s.allocationStartDate])).toEqual([
      ['300201', '2026-04-03', '1', '2026-04-01'],
      ['300202', '2026-04-15', '1', '2026-04-01'],
    ]);
    expect(starts[0]).toMatchObject({ bsn: '999900006', category: '55', productCode: '55A11' });
  });

  it('reads the JW307 stop records with end date and reason', async () => {
    const stops = ofKind(await collect(parseIstandaardFile(join(SAMPLES, 'JW307.xml'))), 'stop');
    expect(stops).toHaveLength(2);
    expect(stops[0]).toMatchObject({
      bsn: '999900006',
      allocationNo: '300201',
      startDate: '2026-04-03',
      endDate: '2026-07-17',
      endReason: '31',
      status: '1',
    });
  });

  it('reads the JW323 declaration and its five claim lines with amounts in eurocent', async () => {
    const events = await collect(parseIstandaardFile(join(SAMPLES, 'JW323.xml')));
    expect(ofKind(events, 'declaration')[0]).toMatchObject({
      declarationNo: 'DN001',
      declarationDate: '2026-05-06',
      periodStart: '2026-04-01',
      periodEnd: '2026-04-30',
      totalCents: 79000,
    });
    const lines = ofKind(events, 'claimLine');
    expect(lines.map((l) => [l.bsn, l.referenceNo, l.allocationNo, l.amountCents])).toEqual([
      ['999900006', 'RN001', '10072', 5000],
      ['999900006', 'RN002', '10073', 24000],
      ['999900018', 'RN003', '10074', 5000],
      ['999900018', 'RN004', '10073', 24000],
      ['999900018', 'RN004', '10073', 21000],
    ]);
    expect(lines[4]).toMatchObject({
      category: '45',
      productCode: '45A04',
      periodStart: '2026-03-01',
      periodEnd: '2026-03-31',
      volume: 14,
      unit: '04',
      rateCents: 1500,
      declarationNo: 'DN001',
    });
    expect(lines.reduce((sum, l) => sum + l.amountCents, 0)).toBe(79000);
    expect(ofKind(events, 'problem')).toEqual([]);
  });

  it.each(['302', '306', '308', '316', '317', '319', '320', '325'])(
    'recognises JW%s and skips it',
    async (type) => {
      const events = await collect(parseIstandaardFile(join(SAMPLES, `JW${type}.xml`)));
      expect(events).toEqual([{ kind: 'skipped', law: 'youth', messageType: type }]);
    },
  );

  it('gives the same events whatever the chunk boundaries (one byte at a time)', async () => {
    const bytes = readFileSync(join(SAMPLES, 'JW323.xml'));
    const whole = await collect(parseIstandaardMessage([bytes], 'JW323.xml'));
    const byteChunks = Array.from({ length: bytes.length }, (_, i) => bytes.subarray(i, i + 1));
    expect(await collect(parseIstandaardMessage(byteChunks, 'JW323.xml'))).toEqual(whole);
  });
});

describe("parseIstandaardMessage on the project's own iJw and iWmo messages", () => {
  const read = async (name: string) => collect(parseIstandaardFile(join(MESSAGES, name)));

  it('reads the JW301 header and both allocations with the BRP address (01) as residence, not the 04', async () => {
    const events = await read('JW301.xml');
    expect(events[0]).toEqual({
      kind: 'header',
      law: 'youth',
      messageType: '301',
      messageCode: '436',
      messageId: 'FXJW301-01',
      date: '2026-01-05',
      sender: '0637',
      receiver: '12345678',
    });
    const allocations = ofKind(events, 'allocation');
    expect(allocations.map((a) => a.allocationNo)).toEqual(['610001', '610002']);
    expect(allocations[0]).toMatchObject({
      bsn: '999900432',
      birthDate: { date: '2013-06-21', usage: null },
      gender: 'female',
      residenceAddress: {
        postcode: '2711AB',
        huisnummer: '17',
        huisletter: 'C',
        toevoeging: null,
        soort: '01',
      },
      category: '45',
      productCode: '45A01',
      allocationDate: '2026-01-05',
      startDate: '2026-01-05',
      endDate: '2026-12-31',
      changeReason: null,
      volume: 4,
      unit: '04',
      frequency: '2',
      budgetCents: null,
    });
    expect(allocations[1]).toMatchObject({
      category: '43',
      startDate: '2026-02-01',
      endDate: null,
      volume: 7,
      unit: '14',
    });
    expect(events.at(-1)).toEqual({ kind: 'end', records: 2, problems: 0 });
  });

  it('reads the WMO301 as support with its own BerichtCode and allocations', async () => {
    const events = await read('WMO301.xml');
    expect(events[0]).toMatchObject({
      kind: 'header',
      law: 'support',
      messageType: '301',
      messageCode: '414',
    });
    expect(
      ofKind(events, 'allocation').map((a) => [
        a.allocationNo,
        a.category,
        a.startDate,
        a.endDate,
        a.volume,
        a.unit,
      ]),
    ).toEqual([
      ['710001', '01', '2026-01-15', '2026-12-31', 3, '04'],
      ['710002', '07', '2026-02-01', '2026-06-30', 2, '16'],
    ]);
    expect(ofKind(events, 'allocation')[0]).toMatchObject({
      bsn: '999900456',
      gender: 'male',
      birthDate: { date: '1944-09-30', usage: null },
      residenceAddress: { postcode: '2712BX', huisnummer: '20', soort: '01' },
    });
  });

  it.each([
    [
      'JW305.xml',
      'youth',
      [
        ['610001', '2026-01-12', '1', '2026-01-05'],
        ['610002', '2026-02-03', '1', '2026-02-01'],
      ],
    ],
    [
      'WMO305.xml',
      'support',
      [
        ['710001', '2026-01-19', '1', '2026-01-15'],
        ['710002', '2026-02-02', '1', '2026-02-01'],
      ],
    ],
  ])('reads the start records of %s', async (name, law, expected) => {
    const events = await read(name);
    expect(events[0]).toMatchObject({ kind: 'header', law, messageType: '305' });
    const starts = ofKind(events, 'start');
    expect(starts.map((s) => [s.allocationNo, s.startDate, s.status, s.allocationStartDate])).toEqual(
      expected,
    );
  });

  it.each([
    [
      'JW307.xml',
      'youth',
      {
        bsn: '999900432',
        allocationNo: '610001',
        startDate: '2026-01-12',
        endDate: '2026-05-29',
        endReason: '31',
      },
    ],
    [
      'WMO307.xml',
      'support',
      {
        bsn: '999900456',
        allocationNo: '710002',
        startDate: '2026-02-02',
        endDate: '2026-03-31',
        endReason: '23',
      },
    ],
  ])('reads the stop record of %s with end date and reason', async (name, law, expected) => {
    const events = await read(name);
    expect(events[0]).toMatchObject({ kind: 'header', law, messageType: '307' });
    const stops = ofKind(events, 'stop');
    expect(stops).toHaveLength(1);
    expect(stops[0]).toMatchObject({ ...expected, status: '1' });
  });

  it('reads the JW323 declaration and its four claim lines, a credit negative, summing to the total', async () => {
    const events = await read('JW323.xml');
    expect(ofKind(events, 'declaration')[0]).toMatchObject({
      declarationNo: 'FXD202603',
      declarationDate: '2026-04-06',
      periodStart: '2026-03-01',
      periodEnd: '2026-03-31',
      totalCents: 925000,
    });
    const lines = ofKind(events, 'claimLine');
    expect(
      lines.map((l) => [l.bsn, l.referenceNo, l.previousReferenceNo, l.allocationNo, l.amountCents]),
    ).toEqual([
      ['999900432', 'R1', null, '610001', 120000],
      ['999900432', 'R2', null, '610002', 775000],
      ['999900444', 'R3', null, '610003', 60000],
      ['999900444', 'R4', 'R0', '610003', -30000],
    ]);
    expect(lines[1]).toMatchObject({
      category: '43',
      productCode: '43A02',
      volume: 31,
      unit: '14',
      rateCents: 25000,
    });
    expect(lines.reduce((sum, l) => sum + l.amountCents, 0)).toBe(925000);
    expect(ofKind(events, 'problem')).toEqual([]);
  });

  it('reads the WMO323 declaration as support claims', async () => {
    const events = await read('WMO323.xml');
    expect(events[0]).toMatchObject({
      kind: 'header',
      law: 'support',
      messageType: '323',
      messageCode: '484',
    });
    expect(ofKind(events, 'declaration')[0]).toMatchObject({ declarationNo: 'FXW202602', totalCents: 72000 });
    expect(
      ofKind(events, 'claimLine').map((l) => [l.allocationNo, l.category, l.unit, l.amountCents]),
    ).toEqual([
      ['710001', '01', '04', 36000],
      ['710002', '07', '16', 36000],
    ]);
    expect(events.at(-1)).toEqual({ kind: 'end', records: 2, problems: 0 });
  });

  it('recognises the JW302 and skips it', async () => {
    expect(await read('JW302.xml')).toEqual([{ kind: 'skipped', law: 'youth', messageType: '302' }]);
  });

  it.each(['JW323.xml', 'WMO301.xml'])(
    'gives the same events for %s whatever the chunk boundaries (one byte at a time)',
    async (name) => {
      const bytes = readFileSync(join(MESSAGES, name));
      const whole = await collect(parseIstandaardMessage([bytes], name));
      expect(whole.at(-1)).toMatchObject({ kind: 'end', problems: 0 });
      const byteChunks = Array.from({ length: bytes.length }, (_, i) => bytes.subarray(i, i + 1));
      expect(await collect(parseIstandaardMessage(byteChunks, name))).toEqual(whole);
    },
  );
});

describe('parseIstandaardMessage on strings', () => {
  it('decodes multi-byte UTF-8 split across chunks', async () => {
    const xml = Buffer.from(
      '<?xml version="1.0"?><x:Bericht xmlns:x="http://www.istandaarden.nl/iwmo/3_2/wmo302/schema"><!-- ë --></x:Bericht>',
    );
    const at = xml.indexOf(0xc3) + 1; // between the two bytes of ë
    const events = await collect(
      parseIstandaardMessage([xml.subarray(0, at), xml.subarray(at)], 'wmo302.xml'),
    );
    expect(events).toEqual([{ kind: 'skipped', law: 'support', messageType: '302' }]);
  });

  it('drops a leading byte-order mark, whole or split, and rejects invalid UTF-8 after valid chunks', async () => {
    const xml = Buffer.from(
      '<?xml version="1.0"?><x:Bericht xmlns:x="http://www.istandaarden.nl/iwmo/3_2/wmo302/schema"/>',
    );
    const bom = Buffer.from([0xef, 0xbb, 0xbf]);
    const skipped = [{ kind: 'skipped', law: 'support', messageType: '302' }];
    expect(await collect(parseIstandaardMessage([Buffer.concat([bom, xml])], 'a.xml'))).toEqual(skipped);
    expect(
      await collect(parseIstandaardMessage([bom.subarray(0, 1), bom.subarray(1), xml], 'b.xml')),
    ).toEqual(skipped);
    const head = xml.subarray(0, 10);
    const events = await collect(
      parseIstandaardMessage([head, Buffer.from([0xff]), xml.subarray(10)], 'c.xml'),
    );
    expect(events).toMatchObject([{ kind: 'problem', code: 'encoding', fatal: true }]);
  });
});
