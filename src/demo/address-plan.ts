/** @module Synthetic addresses: 6-character postcodes (4 digits + 2 letters) each inside exactly one wijk, with house numbers, letters and additions. */

import type { DemoAreas } from './demo-options.ts';
import type { SeededRandom } from './seeded-random.ts';

/** Zoetermeer's real PC4 range starts at 2711 (2711–2729); larger worlds continue the numbering. */
const FIRST_PC4 = 2711;
const MIN_PC4_COUNT = 19;
const LETTERS = 'ABCDEFGHJKLMNPRSTVWXZ';
const FORBIDDEN_LETTER_PAIRS = new Set(['SA', 'SD', 'SS']);
const MEAN_ADDRESSES_PER_POSTCODE = 20;

export interface Postcode {
  readonly postcode: string;
  /** Index into `areas.wijken`. */
  readonly wijk: number;
}

/** All addresses as parallel columns (compact: an L world has ~500,000 addresses). */
export interface AddressPlan {
  readonly postcodes: ReadonlyArray<Postcode>;
  readonly count: number;
  readonly postcodeOf: Int32Array;
  readonly houseNumber: Int32Array;
  /** Index into `HOUSE_LETTERS` (0 = none). */
  readonly houseLetter: Uint8Array;
  /** Index into `HOUSE_ADDITIONS` (0 = none). */
  readonly addition: Uint8Array;
  readonly wijkOf: Uint8Array;
}

export const HOUSE_LETTERS = ['', 'A', 'B', 'C'] as const;
export const HOUSE_ADDITIONS = ['', '1', '2', '3', 'bis', 'II'] as const;

/** Builds `addressesPerWijk[i]` addresses for each wijk, grouped in postcodes of about 20 addresses. */
export function buildAddressPlan(
  areas: DemoAreas,
  addressesPerWijk: ReadonlyArray<number>,
  random: SeededRandom,
): AddressPlan {
  const postcodesPerWijk = addressesPerWijk.map((n) =>
    Math.max(1, Math.ceil(n / MEAN_ADDRESSES_PER_POSTCODE)),
  );
  const totalPostcodes = postcodesPerWijk.reduce((a, b) => a + b, 0);
  const pairs: string[] = [];
  for (const first of LETTERS)
    for (const second of LETTERS) if (!FORBIDDEN_LETTER_PAIRS.has(first + second)) pairs.push(first + second);
  // Leave gaps, as real postcode books do: use about 3 in 4 letter pairs per PC4.
  const pc4Count = Math.max(MIN_PC4_COUNT, Math.ceil(totalPostcodes / (pairs.length * 0.75)));
  const perPc4 = Math.ceil(totalPostcodes / pc4Count);
  const codes: string[] = [];
  for (let p = 0; p < pc4Count && codes.length < totalPostcodes; p++) {
    const chosen = random.shuffle(pairs.map((_, i) => i)).slice(0, perPc4);
    chosen.sort((a, b) => a - b);
    for (const i of chosen) if (codes.length < totalPostcodes) codes.push(`${FIRST_PC4 + p}${pairs[i]}`);
  }
  const postcodes: Postcode[] = [];
  let next = 0;
  areas.wijken.forEach((_, wijk) => {
    for (let i = 0; i < (postcodesPerWijk[wijk] ?? 0); i++) {
      const postcode = codes[next++];
      if (postcode !== undefined) postcodes.push({ postcode, wijk });
    }
  });

  const count = addressesPerWijk.reduce((a, b) => a + b, 0);
  const plan = {
    postcodes,
    count,
    postcodeOf: new Int32Array(count),
    houseNumber: new Int32Array(count),
    houseLetter: new Uint8Array(count),
    addition: new Uint8Array(count),
    wijkOf: new Uint8Array(count),
  };
  let address = 0;
  let postcodeIndex = 0;
  areas.wijken.forEach((_, wijk) => {
    const wanted = addressesPerWijk[wijk] ?? 0;
    const pcs = postcodesPerWijk[wijk] ?? 1;
    for (let k = 0; k < pcs; k++) {
      const here = Math.floor(((k + 1) * wanted) / pcs) - Math.floor((k * wanted) / pcs);
      const flats = random.chance(0.25);
      let number = random.between(1, 120);
      for (let j = 0; j < here; j++) {
        plan.postcodeOf[address] = postcodeIndex;
        plan.wijkOf[address] = wijk;
        plan.houseNumber[address] = number;
        if (flats) {
          plan.addition[address] = 1 + (j % 3);
          if (j % 3 === 2) number += 2;
        } else {
          if (random.chance(0.04)) plan.houseLetter[address] = random.between(1, 3);
          else if (random.chance(0.02)) plan.addition[address] = random.pick([4, 5]);
          number += random.chance(0.85) ? 2 : 1;
        }
        address++;
      }
      postcodeIndex++;
    }
  });
  return plan;
}
