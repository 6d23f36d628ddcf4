/** @module Tests for the iStandaarden parser on the official iJw 3.2 samples and on chunked input. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { IstandaardEvent } from './istandaard-events.ts';
import { parseIstandaardFile } from './message-source.ts';
import { parseIstandaardMessage } from './message-parser.ts';

const SAMPLES = join(process.cwd(), '..', 'shared', 'istandaarden', 'jw', 'berichten');

async function collect(events: AsyncIterable<IstandaardEvent>): Promise<IstandaardEvent[]> {
  const all: IstandaardEvent[] = [];
  for await (const event of events) all.push(event);
  return all;
}

const ofKind = <K extends IstandaardEvent['kind']>(events: IstandaardEvent[], kind: K) =>
  events.filter((e): e is Extract<IstandaardEvent, { kind: K }> => e.kind === kind);

describe.skipIf(!existsSync(SAMPLES))('parseIstandaardMessage on the official iJw samples', () => {
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
