/** @module Multi-problem households per year: people living with a benefit recipient or an adult Wmo client, whom youth care and Wmo prefer as clients. */

import { OPEN_END, dayOf } from './day-calendar.ts';
import type { Benefit } from './benefit-simulator.ts';
import type { Episode, PriorityPools } from './episode-planner.ts';
import type { World } from './population-simulator.ts';

interface Anchor {
  readonly person: number;
  readonly begin: number;
  readonly end: number;
}

/** Household members (children < 23 and adults 18–64) of each anchor person, per year of the anchor's provision. */
export function buildPriorityPools(
  world: World,
  anchors: ReadonlyArray<Anchor>,
  fromYear: number,
  toYear: number,
): PriorityPools {
  const { persons } = world;
  const children = new Map<number, number[]>();
  const adults = new Map<number, number[]>();
  for (let year = fromYear; year <= toYear; year++) {
    const yearStart = dayOf(year);
    const yearEnd = dayOf(year + 1) - 1;
    const kids = new Set<number>();
    const grown = new Set<number>();
    for (const a of anchors) {
      if (a.begin > yearEnd || a.end < yearStart) continue;
      const day = Math.max(a.begin, yearStart);
      const address = persons.addressAt(a.person, day);
      for (const m of world.occupantsEver[address] ?? []) {
        if (!persons.isPresent(m, day) || persons.addressAt(m, day) !== address) continue;
        const age = persons.ageAt(m, day);
        if (age < 23 && m !== a.person) kids.add(m);
        if (age >= 18 && age < 65) grown.add(m);
      }
    }
    children.set(year, [...kids]);
    adults.set(year, [...grown]);
  }
  return { children, adults };
}

export const benefitAnchors = (benefits: ReadonlyArray<Benefit>): Anchor[] =>
  benefits.map((b) => ({ person: b.person, begin: b.begin, end: b.end }));

/** Adult Wmo clients (18–64) with personal support: their children count as living in a multi-problem household. */
export function supportAnchors(world: World, episodes: ReadonlyArray<Episode>): Anchor[] {
  return episodes
    .filter((e) => e.begin >= 0 && ['02', '06', '07', '15', '16'].includes(e.category))
    .filter((e) => {
      const age = world.persons.ageAt(e.person, Math.max(e.begin, world.firstDay));
      return age >= 18 && age < 65;
    })
    .map((e) => ({ person: e.person, begin: e.begin, end: e.end === OPEN_END ? OPEN_END : e.end }));
}
