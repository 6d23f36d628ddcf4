/** @module Synthetic BSNs: unique, seeded, 9 digits, passing the eleven-test (elfproef); private to the demo generator. */

import type { SeededRandom } from './seeded-random.ts';

const PREFIX_RANGE = 90_000_000; // 8-digit prefixes 10000000..99999999
const PREFIX_BASE = 10_000_000;
/** A prime coprime with the range (2^7 · 3^2 · 5^7), so `offset + i · STEP` visits every prefix once. */
const STEP = 15_485_863;

/** The ninth digit that makes the elfproef hold for an 8-digit prefix, or undefined when it would be 10. */
export function elfproefCheckDigit(prefix8: number): number | undefined {
  let sum = 0;
  let rest = prefix8;
  for (let weight = 2; weight <= 9; weight++) {
    sum += (rest % 10) * weight;
    rest = Math.floor(rest / 10);
  }
  const check = sum % 11;
  return check <= 9 ? check : undefined;
}

/** True when a 9-digit text passes 9·d1 + 8·d2 + … + 2·d8 − 1·d9 ≡ 0 (mod 11). */
export function passesElfproef(bsn: string): boolean {
  if (!/^\d{9}$/.test(bsn)) return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(bsn[i]) * (9 - i);
  sum -= Number(bsn[8]);
  return sum % 11 === 0;
}

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
