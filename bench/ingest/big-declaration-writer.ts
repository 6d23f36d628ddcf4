/** @module Writes a large, valid JW323 declaration (streamed, bounded memory) for the ingest benchmark and the streaming/kill tests. */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { elfproefCheckDigit } from '../../src/ingest/bsn.ts';
import { declarationMessageChunks } from '../../src/ingest/istandaarden/message-writer.ts';
import type { ClaimClientInput } from '../../src/ingest/istandaarden/message-writer.ts';

const LINES_PER_CLIENT = 12;
const LINE_CENTS = 12_345;

/** The nine-digit numbers from 100000000 on that pass the elfproef (not necessarily test BSNs). */
function* validBsns(): Generator<string> {
  for (let prefix = 10_000_000; ; prefix++) {
    const check = elfproefCheckDigit(prefix);
    if (check !== undefined) yield `${prefix}${check}`;
  }
}

function* clients(count: number): Generator<ClaimClientInput> {
  const bsns = validBsns();
  for (let c = 0; c < count; c++) {
    const bsn = bsns.next().value as string;
    yield {
      bsn,
      lines: Array.from({ length: LINES_PER_CLIENT }, (_, m) => {
        const month = String(m + 1).padStart(2, '0');
        const last = new Date(Date.UTC(2025, m + 1, 0)).getUTCDate();
        return {
          referenceNo: `R${c}-${m}`,
          allocationNo: 1_000_000 + c,
          category: '45',
          productCode: '45A01',
          periodStart: `2025-${month}-01`,
          periodEnd: `2025-${month}-${last}`,
          volume: 10,
          unit: '04',
          amountCents: LINE_CENTS,
        };
      }),
    };
  }
}

/** Bytes per client in the written file (about): used to size a file. */
export const BYTES_PER_CLIENT = 12 * 560 + 200;

/** Writes a JW323 with `clientCount` clients × 12 monthly lines to `path`; returns the number of claim lines. */
export async function writeBigDeclaration(path: string, clientCount: number): Promise<number> {
  const out = createWriteStream(path);
  const head = {
    law: 'youth' as const,
    messageId: 'BIG1',
    date: '2026-01-20',
    sender: '12345678',
    receiver: '0637',
  };
  const declaration = {
    declarationNo: 'BIG-2025',
    periodStart: '2025-01-01',
    periodEnd: '2025-12-31',
    date: '2026-01-20',
    totalCents: clientCount * LINES_PER_CLIENT * LINE_CENTS,
  };
  let pending = '';
  for (const chunk of declarationMessageChunks(head, declaration, clients(clientCount))) {
    pending += chunk;
    if (pending.length >= 1 << 20) {
      if (!out.write(pending)) await once(out, 'drain');
      pending = '';
    }
  }
  out.end(pending);
  await once(out, 'finish');
  return clientCount * LINES_PER_CLIENT;
}
