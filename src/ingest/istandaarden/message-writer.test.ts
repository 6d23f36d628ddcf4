/** @module Tests for the message writer: output validates against the official XSDs and round-trips through the parser. */
import { describe, expect, it } from 'vitest';
import { needsShared, sharedPath } from '../../../test/helpers/shared-folder.ts';
import type { IstandaardEvent } from './istandaard-events.ts';
import { parseIstandaardMessage } from './message-parser.ts';
import type { IstandaardLaw, MessageType } from './message-types.ts';
import {
  declarationMessageChunks,
  writeAllocationMessage,
  writeDeclarationMessage,
  writeStartMessage,
  writeStopMessage,
} from './message-writer.ts';
import type { AddressInput, ClientInput } from './message-writer.ts';
import { validateAgainstXsd } from './xsd-validator.ts';

const XSD_DIR = sharedPath('istandaarden');
const xsds = needsShared('the official iJw / iWmo 3.2 XSDs (istandaarden/)');

async function parse(xml: string): Promise<IstandaardEvent[]> {
  const all: IstandaardEvent[] = [];
  for await (const event of parseIstandaardMessage([xml], 'written.xml')) all.push(event);
  return all;
}

const client: ClientInput = { bsn: '999900006', birthDate: '2011-03-09', gender: 'female', initials: 'A' };
const addresses: AddressInput[] = [
  { soort: '04', postcode: '1111AA', huisnummer: 1, street: 'Tijdelijk & Co' },
  { soort: '02', postcode: '2222BB', huisnummer: 2 },
  { soort: '01', postcode: '2711 ab', huisnummer: 14, huisletter: 'a', toevoeging: '3' },
];
const categoryOf = (law: IstandaardLaw) => (law === 'youth' ? '45' : '02');
const headerFor = (law: IstandaardLaw, sender: string, receiver: string) => ({
  law,
  messageId: 'MSG-1',
  date: '2026-03-01',
  sender,
  receiver,
});

function messages(law: IstandaardLaw): Record<'301' | '305' | '307' | '323', string> {
  const category = categoryOf(law);
  return {
    '301': writeAllocationMessage(headerFor(law, '0637', '12345678'), client, addresses, [
      {
        allocationNo: 1001,
        category,
        productCode: `${category}A01`,
        allocationDate: '2026-02-20',
        startDate: '2026-03-01',
        endDate: '2026-12-31',
        changeReason: '04',
        volume: { volume: 3, unit: '04', frequency: '2' },
      },
      {
        allocationNo: 1002,
        category,
        allocationDate: '2026-02-20',
        startDate: '2026-03-01',
        budgetCents: 150000,
      },
    ]),
    '305': writeStartMessage(headerFor(law, '12345678', '0637'), client, [
      { allocationNo: 1001, category, productCode: `${category}A01`, startDate: '2026-03-04', status: '1' },
    ]),
    '307': writeStopMessage(headerFor(law, '12345678', '0637'), client, [
      {
        allocationNo: 1001,
        category,
        allocationStartDate: '2026-03-01',
        startDate: '2026-03-04',
        endDate: '2026-06-30',
        endReason: law === 'youth' ? '31' : '19',
        status: '1',
      },
    ]),
    '323': writeDeclarationMessage(
      headerFor(law, '12345678', '0637'),
      { declarationNo: 'D202603', periodStart: '2026-03-01', periodEnd: '2026-03-31', date: '2026-04-02' },
      [
        {
          bsn: '999900006',
          lines: [
            {
              referenceNo: 'R1',
              allocationNo: 1001,
              category,
              productCode: `${category}A01`,
              periodStart: '2026-03-01',
              periodEnd: '2026-03-31',
              volume: 12,
              unit: '04',
              rateCents: 6500,
              amountCents: 78000,
            },
          ],
        },
        {
          bsn: '999900018',
          lines: [
            {
              referenceNo: 'R2',
              previousReferenceNo: 'R0',
              allocationNo: 1003,
              category,
              productCode: `${category}A02`,
              periodStart: '2026-02-01',
              periodEnd: '2026-02-28',
              volume: 2,
              unit: '14',
              amountCents: -9000,
            },
          ],
        },
      ],
    ),
  };
}

describe.each(['youth', 'support'] as const)('message writer (%s)', (law) => {
  const written = messages(law);

  it.skipIf(xsds.absent).each(['301', '305', '307', '323'] as const)(
    xsds.title('writes a %s that the official XSD accepts'),
    async (type) => {
      const result = await validateAgainstXsd(written[type], type as MessageType, law, XSD_DIR);
      expect(result.errors).toEqual([]);
      expect(result.valid).toBe(true);
    },
  );

  it('round-trips the 301 through the parser, with the BRP address (01) as residence', async () => {
    const events = await parse(written['301']);
    expect(events[0]).toMatchObject({
      kind: 'header',
      law,
      messageType: '301',
      sender: '0637',
      messageId: 'MSG-1',
    });
    const allocations = events.filter((e) => e.kind === 'allocation');
    expect(allocations).toHaveLength(2);
    expect(allocations[0]).toMatchObject({
      bsn: '999900006',
      gender: 'female',
      birthDate: { date: '2011-03-09', usage: null },
      residenceAddress: {
        postcode: '2711AB',
        huisnummer: '14',
        huisletter: 'a',
        toevoeging: '3',
        soort: '01',
      },
      allocationNo: '1001',
      category: categoryOf(law),
      endDate: '2026-12-31',
      changeReason: '04',
      volume: 3,
      unit: '04',
      frequency: '2',
    });
    expect(allocations[1]).toMatchObject({
      allocationNo: '1002',
      budgetCents: 150000,
      volume: null,
      endDate: null,
    });
  });

  it('falls back to the correspondence address (02) when there is no 01 or 03, never the 04', async () => {
    const xml = writeAllocationMessage(headerFor(law, '0637', '12345678'), client, addresses.slice(0, 2), [
      { allocationNo: 1, category: categoryOf(law), allocationDate: '2026-02-20', startDate: '2026-03-01' },
    ]);
    const [allocation] = (await parse(xml)).filter((e) => e.kind === 'allocation');
    expect(allocation).toMatchObject({ residenceAddress: { postcode: '2222BB', soort: '02' } });
    const only04 = writeAllocationMessage(headerFor(law, '0637', '12345678'), client, addresses.slice(0, 1), [
      { allocationNo: 1, category: categoryOf(law), allocationDate: '2026-02-20', startDate: '2026-03-01' },
    ]);
    expect((await parse(only04)).find((e) => e.kind === 'allocation')).toMatchObject({
      residenceAddress: null,
    });
  });

  it('round-trips 305 and 307', async () => {
    expect((await parse(written['305'])).find((e) => e.kind === 'start')).toMatchObject({
      allocationNo: '1001',
      startDate: '2026-03-04',
      status: '1',
    });
    expect((await parse(written['307'])).find((e) => e.kind === 'stop')).toMatchObject({
      endDate: '2026-06-30',
      endReason: law === 'youth' ? '31' : '19',
      allocationStartDate: '2026-03-01',
    });
  });

  it('round-trips the 323 with a credit line and a computed total', async () => {
    const events = await parse(written['323']);
    expect(events.find((e) => e.kind === 'declaration')).toMatchObject({ totalCents: 69000 });
    const lines = events.flatMap((e) => (e.kind === 'claimLine' ? [e] : []));
    expect(lines.map((l) => [l.bsn, l.amountCents, l.previousReferenceNo])).toEqual([
      ['999900006', 78000, null],
      ['999900018', -9000, 'R0'],
    ]);
    expect(events.filter((e) => e.kind === 'problem')).toEqual([]);
  });
});

describe('declarationMessageChunks', () => {
  it('streams one chunk per client between a head and a tail', () => {
    const clients = Array.from({ length: 3 }, () => ({ bsn: '999900006', lines: [] }));
    const chunks = [
      ...declarationMessageChunks(
        headerFor('youth', '12345678', '0637'),
        {
          declarationNo: 'D1',
          periodStart: '2026-01-01',
          periodEnd: '2026-01-31',
          date: '2026-02-01',
          totalCents: 0,
        },
        clients,
      ),
    ];
    expect(chunks).toHaveLength(5);
    expect(chunks[1]).toBe(
      '<jw323:Client><jw323:Bsn>999900006</jw323:Bsn><jw323:Prestaties></jw323:Prestaties></jw323:Client>\n',
    );
  });
});
