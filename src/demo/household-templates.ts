/** @module Household compositions (ages and genders of the members) for the initial population and for people moving in. */

import type { SeededRandom } from './seeded-random.ts';

export const HOUSEHOLD_KINDS = [
  'singleYoung',
  'singleOld',
  'coupleYoung',
  'coupleOld',
  'family',
  'singleParent',
] as const;
export type HouseholdKind = (typeof HOUSEHOLD_KINDS)[number];

/** Shares of households already living in the gemeente (Dutch town; ≈ 2.2 persons per household). */
export const RESIDENT_HOUSEHOLD_WEIGHTS: Record<HouseholdKind, number> = {
  singleYoung: 0.21,
  singleOld: 0.15,
  coupleYoung: 0.18,
  coupleOld: 0.14,
  family: 0.25,
  singleParent: 0.07,
};

/** Shares of households moving in: mostly young singles, couples and young families. */
export const MOVER_HOUSEHOLD_WEIGHTS: Record<HouseholdKind, number> = {
  singleYoung: 0.42,
  singleOld: 0.04,
  coupleYoung: 0.24,
  coupleOld: 0.04,
  family: 0.22,
  singleParent: 0.04,
};

export interface Member {
  readonly age: number;
  /** 0 = man, 1 = woman. */
  readonly gender: number;
}

/** Age drawn from bands `[min, max, weight]`, uniform inside a band. */
function ageFromBands(random: SeededRandom, bands: ReadonlyArray<readonly [number, number, number]>): number {
  const band = bands[random.weighted(bands.map((b) => b[2]))] ?? bands[0];
  if (band === undefined) return 30;
  return random.between(band[0], band[1]);
}

const YOUNG_SINGLE: ReadonlyArray<readonly [number, number, number]> = [
  [18, 24, 0.22],
  [25, 34, 0.3],
  [35, 49, 0.23],
  [50, 64, 0.25],
];
const OLD_SINGLE: ReadonlyArray<readonly [number, number, number]> = [
  [65, 74, 0.4],
  [75, 84, 0.38],
  [85, 101, 0.22],
];
const OLD_COUPLE: ReadonlyArray<readonly [number, number, number]> = [
  [65, 74, 0.6],
  [75, 84, 0.32],
  [85, 96, 0.08],
];
const YOUNG_COUPLE: ReadonlyArray<readonly [number, number, number]> = [
  [22, 29, 0.18],
  [30, 44, 0.27],
  [45, 64, 0.55],
];
const PARENT: ReadonlyArray<readonly [number, number, number]> = [
  [25, 34, 0.25],
  [35, 44, 0.42],
  [45, 56, 0.33],
];
const MOVER_SINGLE: ReadonlyArray<readonly [number, number, number]> = [
  [18, 24, 0.35],
  [25, 34, 0.42],
  [35, 64, 0.23],
];

function children(random: SeededRandom, motherAge: number, count: number): Member[] {
  const youngest = Math.max(0, motherAge - 43);
  const oldest = Math.min(21, motherAge - 20);
  const result: Member[] = [];
  for (let i = 0; i < count; i++) {
    const age = oldest < youngest ? youngest : random.between(youngest, oldest);
    result.push({ age, gender: random.int(2) });
  }
  return result;
}

function partnerAge(random: SeededRandom, age: number, min: number): number {
  return Math.max(min, Math.round(age + 2 + 3 * random.normal()));
}

/** The members of one household of the given kind; `mover` uses the younger age profile of people moving in. */
export function composeHousehold(random: SeededRandom, kind: HouseholdKind, mover: boolean): Member[] {
  switch (kind) {
    case 'singleYoung':
      return [{ age: ageFromBands(random, mover ? MOVER_SINGLE : YOUNG_SINGLE), gender: random.int(2) }];
    case 'singleOld':
      return [{ age: ageFromBands(random, OLD_SINGLE), gender: random.chance(0.68) ? 1 : 0 }];
    case 'coupleYoung': {
      const woman = ageFromBands(random, mover ? MOVER_SINGLE.slice(0, 2) : YOUNG_COUPLE);
      return [
        { age: Math.max(20, woman), gender: 1 },
        { age: partnerAge(random, woman, 20), gender: 0 },
      ];
    }
    case 'coupleOld': {
      const woman = ageFromBands(random, OLD_COUPLE);
      return [
        { age: woman, gender: 1 },
        { age: partnerAge(random, woman, 60), gender: 0 },
      ];
    }
    case 'family': {
      const mother = ageFromBands(random, PARENT);
      const kids = 1 + random.weighted([0.38, 0.43, 0.15, 0.04]);
      return [
        { age: mother, gender: 1 },
        { age: partnerAge(random, mother, 22), gender: 0 },
        ...children(random, mother, kids),
      ];
    }
    case 'singleParent': {
      const parent = ageFromBands(random, PARENT);
      const kids = 1 + random.weighted([0.5, 0.38, 0.12]);
      return [{ age: parent, gender: random.chance(0.82) ? 1 : 0 }, ...children(random, parent, kids)];
    }
  }
}

export function pickHouseholdKind(
  random: SeededRandom,
  weights: Record<HouseholdKind, number>,
): HouseholdKind {
  return HOUSEHOLD_KINDS[random.weighted(HOUSEHOLD_KINDS.map((k) => weights[k]))] ?? 'singleYoung';
}
