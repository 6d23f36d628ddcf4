/** @module Tests that a large declaration (about 50 MB, generated on the fly) streams through the parser with bounded memory. */
import { describe, expect, it } from 'vitest';
import { elfproefCheckDigit } from '../bsn.ts';
import { declarationMessageChunks } from './message-writer.ts';
import type { ClaimClientInput } from './message-writer.ts';
import { parseIstandaardMessage } from './message-parser.ts';

/** Valid test BSNs: 9999xxxxx with the check digit chosen by the eleven-test (skipping those that need 10), cycling. */
function* testBsns(): Generator<string> {
  for (let n = 0; ; n++) {
    const prefix = 99_990_000 + (n % 10_000);
    const check = elfproefCheckDigit(prefix);
    if (check !== undefined) yield `${prefix}${check}`;
  }
}

function* clients(count: number): Generator<ClaimClientInput> {
  const bsns = testBsns();
  for (let i = 0; i < count; i++) {
    const bsn = bsns.next().value as string;
    yield {
      bsn,
      lines: [1, 2, 3].map((k) => ({
        referenceNo: `R${i}-${k}`,
        allocationNo: 100000 + i,
        category: '45',
        productCode: '45A03',
        periodStart: '2026-01-01',
        periodEnd: '2026-01-31',
        volume: 4,
        unit: '04',
        rateCents: 1250,
        amountCents: 5000,
      })),
    };
  }
}

/** Buffers of about 256 KiB from the writer's string chunks, produced lazily. */
async function* bufferChunks(source: Iterable<string>): AsyncGenerator<Buffer> {
  let pending: string[] = [];
  let size = 0;
  for (const chunk of source) {
    pending.push(chunk);
    size += chunk.length;
    if (size >= 256 * 1024) {
      yield Buffer.from(pending.join(''));
      pending = [];
      size = 0;
    }
  }
  yield Buffer.from(pending.join(''));
}

describe('parseIstandaardMessage on a large message', () => {
  it('parses a 50 MB declaration with heap growth below 100 MB and reports throughput', async () => {
    const clientCount = 26_000;
    const head = {
      law: 'youth' as const,
      messageId: 'BIG',
      date: '2026-02-01',
      sender: '12345678',
      receiver: '0637',
    };
    const declaration = {
      declarationNo: 'BIG1',
      periodStart: '2026-01-01',
      periodEnd: '2026-01-31',
      date: '2026-02-01',
      totalCents: clientCount * 3 * 5000,
    };
    let bytes = 0;
    async function* counted(): AsyncGenerator<Buffer> {
      for await (const chunk of bufferChunks(
        declarationMessageChunks(head, declaration, clients(clientCount)),
      )) {
        bytes += chunk.length;
        yield chunk;
      }
    }
    const baseline = process.memoryUsage().heapUsed;
    let peak = baseline;
    let lines = 0;
    let sum = 0;
    let problems = 0;
    const started = performance.now();
    for await (const event of parseIstandaardMessage(counted(), 'big.xml')) {
      if (event.kind === 'claimLine') {
        lines++;
        sum += event.amountCents;
        if (lines % 5000 === 0) peak = Math.max(peak, process.memoryUsage().heapUsed);
      } else if (event.kind === 'problem') problems++;
    }
    const seconds = (performance.now() - started) / 1000;
    const megabytes = bytes / 1024 / 1024;
    console.log(
      `parsed ${megabytes.toFixed(1)} MB (${lines} claim lines) in ${seconds.toFixed(2)} s: ` +
        `${(megabytes / seconds).toFixed(1)} MB/s (including generation), heap growth ${((peak - baseline) / 1024 / 1024).toFixed(1)} MB`,
    );
    expect(megabytes).toBeGreaterThan(50);
    expect(lines).toBe(clientCount * 3);
    expect(sum).toBe(declaration.totalCents);
    expect(problems).toBe(0);
    expect(peak - baseline).toBeLessThan(100 * 1024 * 1024);
  });
});
