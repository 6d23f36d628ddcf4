/** @module Synthetic BSNs: unique, seeded, 9 digits, passing the eleven-test (elfproef); private to the demo generator. */

import { elfproefCheckDigit } from '../ingest/bsn.ts';
import type { SeededRandom } from './seeded-random.ts';

const PREFIX_RANGE = 90_000_000; // 8-digit prefixes 10000000..99999999
const PREFIX_BASE = 10_000_000;
/** A prime coprime with the range (2^7 · 3^2 · 5^7), so `offset + i · STEP` visits every prefix once. */
const STEP = 15_485_863;

/** Hands out distinct BSNs (as numbers; format with `formatBsn`) in a seeded order. */
export class BsnGenerator {
  private index = 0;
  private readonly offset: number;

  constructor(random: SeededRandom) {
    this.offset = random.int(PREFIX_RANGE);
  }

  next(): number {
    for (;;) {
      const prefix = PREFIX_BASE + ((this.offset + (this.index++ % PREFIX_RANGE) * STEP) % PREFIX_RANGE);
      if (Math.floor(prefix / 10_000) === 9999) continue; // 9999… is reserved for test BSNs
      const check = elfproefCheckDigit(prefix);
      if (check !== undefined) return prefix * 10 + check;
    }
  }
}

export const formatBsn = (bsn: number): string => String(bsn).padStart(9, '0');
