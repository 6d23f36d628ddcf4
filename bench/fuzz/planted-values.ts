/** @module Identifying values for the fuzz to plant (BSNs in many spellings, names, addresses, postcode + number, phone, e-mail, birth dates), each unique and random so a hit can only be the planted value, and a seeded random source. */
import { elfproefCheckDigit } from '../../src/ingest/bsn.ts';

/** A seeded random source (mulberry32): the same seed gives the same files. */
export class Random {
  #state: number;
  constructor(seed: number) {
    this.#state = seed >>> 0;
  }
  next(): number {
    this.#state = (this.#state + 0x6d2b79f5) >>> 0;
    let t = this.#state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(below: number): number {
    return Math.floor(this.next() * below);
  }
  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)]!;
  }
  digits(n: number): string {
    let s = '';
    for (let i = 0; i < n; i++) s += String(this.int(10));
    return s;
  }
}

const CONSONANTS = 'bcdfghjklmnpqrstvwxz';
const VOWELS = 'aeiouy';

/** A random surname-like word of 9–12 letters (alternating consonants and vowels) that occurs in no fixture. */
function word(random: Random): string {
  let s = random.pick(CONSONANTS.toUpperCase().split(''));
  const length = 9 + random.int(4);
  while (s.length < length) s += random.pick((s.length % 2 ? VOWELS : CONSONANTS).split(''));
  return s;
}

/** A BSN that passes the eleven-test, with a leading zero when `leadingZero` (so its 8-digit spelling is valid too). */
function validBsn(random: Random, leadingZero: boolean): string {
  for (;;) {
    const prefix = Number(`${leadingZero ? '0' : String(1 + random.int(8))}${random.digits(7)}`);
    const check = elfproefCheckDigit(prefix);
    if (check !== undefined) return `${String(prefix).padStart(8, '0')}${check}`;
  }
}

export const PLANT_KINDS = [
  'bsn',
  'bsn-dotted',
  'bsn-spaced',
  'bsn-dashed',
  'bsn-no-leading-zero',
  'bsn-labelled',
  'name',
  'address',
  'postcode-number',
  'phone',
  'email',
  'birth-date',
] as const;
export type PlantKind = (typeof PLANT_KINDS)[number];

/** One planted value: the text written into the file and the needles that must never be found afterwards. */
export interface Planted {
  readonly kind: PlantKind;
  readonly text: string;
  readonly needles: readonly string[];
}

/**
 * Kinds without a space or `@`: shaped like a number or code, so a number or code field (ToewijzingNummer, an AGB
 * code, a reference number) may take them as its own value. The fuzz plants them only in other fields.
 */
export const TOKEN_SHAPED: ReadonlySet<PlantKind> = new Set([
  'bsn',
  'bsn-dotted',
  'bsn-dashed',
  'bsn-no-leading-zero',
]);

/** A new planted value of `kind`. */
export function plant(random: Random, kind: PlantKind): Planted {
  switch (kind) {
    case 'bsn': {
      const bsn = validBsn(random, false);
      return { kind, text: bsn, needles: [bsn] };
    }
    case 'bsn-dotted': {
      const bsn = validBsn(random, false);
      const text = `${bsn.slice(0, 4)}.${bsn.slice(4, 6)}.${bsn.slice(6)}`;
      return { kind, text, needles: [text, bsn] };
    }
    case 'bsn-spaced': {
      const bsn = validBsn(random, false);
      const text = `${bsn.slice(0, 4)} ${bsn.slice(4, 6)} ${bsn.slice(6)}`;
      return { kind, text, needles: [text, bsn] };
    }
    case 'bsn-dashed': {
      const bsn = validBsn(random, false);
      const text = `${bsn.slice(0, 3)}-${bsn.slice(3, 5)}-${bsn.slice(5)}`;
      return { kind, text, needles: [text, bsn] };
    }
    case 'bsn-no-leading-zero': {
      const bsn = validBsn(random, true).slice(1);
      return { kind, text: bsn, needles: [bsn] };
    }
    case 'bsn-labelled': {
      const bsn = validBsn(random, false);
      return { kind, text: `BSN: ${bsn}`, needles: [bsn] };
    }
    case 'name': {
      const surname = word(random);
      return { kind, text: `J. ${surname}`, needles: [surname] };
    }
    case 'address': {
      const street = `${word(random)}straat`;
      return { kind, text: `${street} ${1 + random.int(200)}`, needles: [street] };
    }
    case 'postcode-number': {
      const text = `${1000 + random.int(9000)}${word(random).slice(1, 3).toUpperCase()} ${1 + random.int(300)}${word(random).slice(0, 3)}`;
      return { kind, text, needles: [text] };
    }
    case 'phone': {
      const digits = random.digits(8);
      return {
        kind,
        text: `06-${digits.slice(0, 4)} ${digits.slice(4)}`,
        needles: [`06${digits}`, `${digits.slice(0, 4)} ${digits.slice(4)}`],
      };
    }
    case 'email': {
      const user = word(random).toLowerCase();
      return { kind, text: `${user}@voorbeeld.nl`, needles: [user] };
    }
    case 'birth-date': {
      const day = 1 + random.int(28);
      const month = 1 + random.int(12);
      const year = 1930 + random.int(90);
      const text = `${String(day).padStart(2, '0')}-${String(month).padStart(2, '0')}-${year}`;
      return { kind, text, needles: [text] };
    }
  }
}
