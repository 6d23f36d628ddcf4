/** @module The demo world's inhabitants over time: initial households, then per year births, deaths, moves in, out and within the gemeente. */

import { buildAddressPlan, type AddressPlan } from './address-plan.ts';
import { BsnGenerator } from './bsn-generator.ts';
import { dayOf, yearOfDay } from './day-calendar.ts';
import { targetInhabitants2024, type DemoAreas, type DemoOptions } from './demo-options.ts';
import {
  MOVER_HOUSEHOLD_WEIGHTS,
  RESIDENT_HOUSEHOLD_WEIGHTS,
  composeHousehold,
  pickHouseholdKind,
  type Member,
} from './household-templates.ts';
import { PersonTable } from './person-table.ts';
import type { SeededRandom } from './seeded-random.ts';

/** The simulated municipality: people, addresses, and who lived where. */
export interface World {
  readonly persons: PersonTable;
  readonly addresses: AddressPlan;
  /** Persons who ever lived at each address (household queries filter by date). */
  readonly occupantsEver: ReadonlyArray<ReadonlyArray<number>>;
  /** Persons by year of birth (to draw clients of a given age). */
  readonly byBirthYear: ReadonlyMap<number, ReadonlyArray<number>>;
  readonly bsns: BsnGenerator;
  readonly firstDay: number;
  /** Exclusive: 1 January after the last simulated year. */
  readonly endDay: number;
}

/** Zoetermeer grew from ≈ 123,500 (2015) to 128,434 (2024): ≈ 0.43 % a year; a little slower after 2024. */
export function targetPopulation(year: number, inhabitants2024: number): number {
  return year <= 2024
    ? inhabitants2024 * (1 - 0.00427 * (2024 - year))
    : inhabitants2024 * (1 + 0.0035 * (year - 2024));
}

/** Annual probability of dying at an age (Gompertz, Dutch order of magnitude: ≈ 9 per 1,000 overall). */
const deathProbability = (age: number): number =>
  age < 1 ? 0.003 : Math.min(0.6, 0.0002 + Math.exp(-10.6 + 0.096 * age));
/** Annual births per woman by age (total fertility ≈ 1.6). */
const birthProbability = (age: number): number =>
  age < 18 || age > 45 ? 0 : 0.16 * Math.exp(-(((age - 31.5) / 5.3) ** 2));

const enum EventKind {
  Death,
  Birth,
  PersonOut,
  HouseholdOut,
  HouseholdMove,
  LeaveHome,
  MoveIn,
}

interface LifeEvent {
  readonly day: number;
  readonly kind: EventKind;
  readonly subject: number;
  readonly members?: Member[];
}

class Simulation {
  readonly persons = new PersonTable();
  readonly occupantsEver: number[][];
  readonly current: number[][];
  readonly byBirthYear = new Map<number, number[]>();
  /** Addresses free on 1 January of the year being simulated. */
  free: number[] = [];
  freedThisYear: number[] = [];

  constructor(
    readonly addresses: AddressPlan,
    readonly random: SeededRandom,
    readonly bsns: BsnGenerator,
  ) {
    this.occupantsEver = Array.from({ length: addresses.count }, () => []);
    this.current = Array.from({ length: addresses.count }, () => []);
    this.free = random.shuffle(Array.from({ length: addresses.count }, (_, i) => i));
  }

  takeFreeAddress(): number | undefined {
    if (this.free.length === 0) return undefined;
    const i = this.random.int(this.free.length);
    const address = this.free[i] as number;
    this.free[i] = this.free[this.free.length - 1] as number;
    this.free.pop();
    return address;
  }

  addPerson(birth: number, gender: number, inDay: number, address: number): number {
    const id = this.persons.add(birth, gender, this.bsns.next(), inDay, address);
    const year = yearOfDay(birth);
    let bucket = this.byBirthYear.get(year);
    if (bucket === undefined) this.byBirthYear.set(year, (bucket = []));
    bucket.push(id);
    this.occupantsEver[address]?.push(id);
    this.current[address]?.push(id);
    return id;
  }

  settle(members: ReadonlyArray<Member>, day: number, address: number, asOf: number): void {
    for (const m of members) {
      const birth = asOf - Math.round(m.age * 365.2425) - this.random.int(365);
      this.addPerson(birth, m.gender, day, address);
    }
  }

  removeFromAddress(person: number, address: number): void {
    const list = this.current[address];
    if (list === undefined) return;
    const i = list.indexOf(person);
    if (i >= 0) list.splice(i, 1);
    if (list.length === 0) this.freedThisYear.push(address);
  }

  relocate(person: number, from: number, to: number, day: number): void {
    this.removeFromAddress(person, from);
    this.persons.move(person, day, to);
    this.occupantsEver[to]?.push(person);
    this.current[to]?.push(person);
  }

  apply(event: LifeEvent): number {
    const { persons } = this;
    const p = event.subject;
    switch (event.kind) {
      case EventKind.Death:
      case EventKind.PersonOut: {
        if (!persons.isPresent(p, event.day)) return 0;
        persons.leave(p, event.day, event.kind === EventKind.Death ? 'death' : 'moved-out');
        this.removeFromAddress(p, persons.currentAddress(p));
        return -1;
      }
      case EventKind.Birth: {
        if (!persons.isPresent(p, event.day)) return 0;
        this.addPerson(event.day, this.random.int(2), event.day, persons.currentAddress(p));
        return 1;
      }
      case EventKind.LeaveHome: {
        const from = persons.currentAddress(p);
        if (!persons.isPresent(p, event.day) || (this.current[from]?.length ?? 0) < 2) return 0;
        const to = this.takeFreeAddress();
        if (to !== undefined) this.relocate(p, from, to, event.day);
        return 0;
      }
      case EventKind.HouseholdOut: {
        const members = [...(this.current[p] ?? [])];
        for (const m of members) {
          persons.leave(m, event.day, 'moved-out');
          this.removeFromAddress(m, p);
        }
        return -members.length;
      }
      case EventKind.HouseholdMove: {
        const members = [...(this.current[p] ?? [])];
        if (members.length === 0) return 0;
        const to = this.takeFreeAddress();
        if (to !== undefined) for (const m of members) this.relocate(m, p, to, event.day);
        return 0;
      }
      case EventKind.MoveIn: {
        const to = this.takeFreeAddress();
        if (to === undefined || event.members === undefined) return 0;
        this.settle(event.members, event.day, to, event.day);
        return event.members.length;
      }
    }
  }

  /** Plans and applies one year of life events; returns the population at the end of the year. */
  simulateYear(year: number, present: number, target: number): number {
    const { persons, random } = this;
    const first = dayOf(year);
    const days = dayOf(year + 1) - first;
    const events: LifeEvent[] = [];
    const someDay = (): number => first + random.int(days);
    let expectedChange = 0;
    for (let p = 0; p < persons.count; p++) {
      if (!persons.isPresent(p, first)) continue;
      const age = persons.ageAt(p, first);
      if (random.chance(deathProbability(age))) {
        events.push({ day: someDay(), kind: EventKind.Death, subject: p });
        expectedChange--;
      }
      if (persons.gender[p] === 1 && random.chance(birthProbability(age))) {
        events.push({ day: someDay(), kind: EventKind.Birth, subject: p });
        expectedChange++;
      }
      const housemates = this.current[persons.currentAddress(p)]?.length ?? 1;
      if (age >= 18 && age <= 30 && housemates > 1) {
        if (random.chance(0.045)) {
          events.push({ day: someDay(), kind: EventKind.PersonOut, subject: p });
          expectedChange--;
        } else if (random.chance(0.06))
          events.push({ day: someDay(), kind: EventKind.LeaveHome, subject: p });
      } else if (age >= 20 && age <= 40 && housemates === 1 && random.chance(0.06)) {
        events.push({ day: someDay(), kind: EventKind.PersonOut, subject: p });
        expectedChange--;
      }
    }
    for (let a = 0; a < this.current.length; a++) {
      const members = this.current[a] ?? [];
      if (members.length === 0) continue;
      const elderly = members.every((m) => persons.ageAt(m, first) >= 65);
      if (random.chance(elderly ? 0.008 : 0.02)) {
        events.push({ day: someDay(), kind: EventKind.HouseholdOut, subject: a });
        expectedChange -= members.length;
      } else if (random.chance(elderly ? 0.015 : 0.03)) {
        events.push({ day: someDay(), kind: EventKind.HouseholdMove, subject: a });
      }
    }
    let moversNeeded = target - (present + expectedChange);
    while (moversNeeded > 0) {
      const members = composeHousehold(random, pickHouseholdKind(random, MOVER_HOUSEHOLD_WEIGHTS), true);
      events.push({ day: someDay(), kind: EventKind.MoveIn, subject: -1, members });
      moversNeeded -= members.length;
    }
    const order = events.map((_, i) => i);
    order.sort((x, y) => (events[x]?.day ?? 0) - (events[y]?.day ?? 0) || x - y);
    let population = present;
    for (const i of order) {
      const event = events[i];
      if (event !== undefined) population += this.apply(event);
    }
    this.free.push(...this.freedThisYear);
    this.freedThisYear = [];
    return population;
  }
}

/** Simulates the inhabitants of the demo municipality from 1 January `fromYear` to 31 December `toYear`. */
export function simulatePopulation(options: DemoOptions, areas: DemoAreas, random: SeededRandom): World {
  const inhabitants2024 = targetInhabitants2024(options.size, areas);
  const peak = targetPopulation(options.toYear + 1, inhabitants2024);
  const weightTotal = areas.wijken.reduce((t, w) => t + Math.max(1, w.inhabitants), 0);
  // Room for growth and moves: ≈ 2.2 persons per household, 30 % extra addresses.
  const addressesPerWijk = areas.wijken.map((w) =>
    Math.max(4, Math.ceil(((peak / 2.2) * 1.3 * Math.max(1, w.inhabitants)) / weightTotal)),
  );
  const addresses = buildAddressPlan(areas, addressesPerWijk, random.fork('addresses'));
  const sim = new Simulation(addresses, random.fork('population'), new BsnGenerator(random.fork('bsn')));
  const firstDay = dayOf(options.fromYear);

  let population = 0;
  const initial = targetPopulation(options.fromYear, inhabitants2024);
  while (population < initial) {
    const address = sim.takeFreeAddress();
    if (address === undefined) break;
    const members = composeHousehold(
      sim.random,
      pickHouseholdKind(sim.random, RESIDENT_HOUSEHOLD_WEIGHTS),
      false,
    );
    sim.settle(members, firstDay, address, firstDay);
    population += members.length;
  }
  for (let year = options.fromYear; year <= options.toYear; year++) {
    population = sim.simulateYear(year, population, targetPopulation(year + 1, inhabitants2024));
  }
  return {
    persons: sim.persons,
    addresses,
    occupantsEver: sim.occupantsEver,
    byBirthYear: sim.byBirthYear,
    bsns: sim.bsns,
    firstDay,
    endDay: dayOf(options.toYear + 1),
  };
}
