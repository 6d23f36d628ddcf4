/**
 * @module Plans provision episodes year by year so that each type reaches its target of unique clients: clients carried over
 * from earlier years count first, then new episodes go to first-time clients, earlier clients, or members of multi-problem households.
 */

import { OPEN_END, ageOn, dayOf, yearOfDay } from './day-calendar.ts';
import type { ProviderCatalogue } from './provider-catalogue.ts';
import type { AgeBand, DemoLaw, ProvisionTypeSpec } from './provision-types.ts';
import type { World } from './population-simulator.ts';
import type { SeededRandom } from './seeded-random.ts';

/** One allocation (toewijzing) and the care delivered under it. */
export interface Episode {
  readonly person: number;
  readonly law: DemoLaw;
  readonly type: number;
  readonly category: string;
  readonly product: string;
  readonly provider: number;
  readonly allocationNumber: number;
  readonly allocationDay: number;
  /** First day of care, or -1 for an allocation that never started (toegewezen, niet gestart). */
  readonly begin: number;
  /** Last day of care (inclusive), OPEN_END while running. */
  end: number;
  endReason: '' | 'plan' | 'death' | 'moved' | 'age';
  /** Intensity relative to the type's average (cost per day). */
  readonly intensity: number;
}

/** Multi-problem pools per year: persons the planner prefers for some types. */
export interface PriorityPools {
  readonly children: ReadonlyMap<number, ReadonlyArray<number>>;
  readonly adults: ReadonlyMap<number, ReadonlyArray<number>>;
}

export interface PlanContext {
  readonly world: World;
  readonly random: SeededRandom;
  readonly providers: ProviderCatalogue;
  readonly scale: number;
  readonly fromYear: number;
  readonly toYear: number;
  readonly pools: PriorityPools;
  readonly nextAllocationNumber: () => number;
  /** Youth only: persons whose first-ever care starts in the year (others: undefined). */
  readonly inflow?: (year: number) => number;
  /** How episodes running on 1 January of the first year began: on that day (transition) or years before. */
  readonly carriedIn: 'transition' | 'history';
}

export interface LawPlan {
  readonly episodes: Episode[];
  /** First day of care per person (OPEN_END when never). */
  readonly firstDay: Int32Array;
}

const MAX_TRIES = 40;

export function drawAge(random: SeededRandom, bands: ReadonlyArray<AgeBand>): number {
  const band = bands[random.weighted(bands.map((b) => b[2]))] ?? bands[0];
  return band === undefined ? 10 : random.between(band[0], band[1]);
}

export function minAge(bands: ReadonlyArray<AgeBand>): number {
  return Math.min(...bands.map((b) => b[0]));
}
export function maxAge(bands: ReadonlyArray<AgeBand>): number {
  return Math.max(...bands.map((b) => b[1]));
}

/** A random person of about the given age present on the day, or undefined. */
export function personOfAge(
  world: World,
  random: SeededRandom,
  age: number,
  day: number,
): number | undefined {
  const bucket = world.byBirthYear.get(yearOfDay(day) - age - random.int(2));
  if (bucket === undefined || bucket.length === 0) return undefined;
  // Older birth years hold many who died or left: try often enough not to under-draw the old.
  for (let t = 0; t < 16; t++) {
    const p = bucket[random.int(bucket.length)] as number;
    if (world.persons.isPresent(p, day)) return p;
  }
  return undefined;
}

class LawPlanner {
  readonly episodes: Episode[] = [];
  readonly firstDay: Int32Array;
  readonly yearClients = new Map<number, number[]>();
  readonly yearClientSet = new Map<number, Set<number>>();
  firstTimersThisYear = 0;

  constructor(
    readonly ctx: PlanContext,
    readonly specs: ReadonlyArray<ProvisionTypeSpec>,
  ) {
    this.firstDay = new Int32Array(ctx.world.persons.count).fill(OPEN_END);
  }

  private readonly poolSets = new Map<string, Set<number>>();

  inPriorityPool(spec: ProvisionTypeSpec, person: number, year: number): boolean {
    if (spec.priorityPool === 'none') return false;
    const key = `${spec.priorityPool}:${year}`;
    let set = this.poolSets.get(key);
    if (set === undefined)
      this.poolSets.set(key, (set = new Set(this.ctx.pools[spec.priorityPool].get(year) ?? [])));
    return set.has(person);
  }

  markClient(person: number, year: number): void {
    let set = this.yearClientSet.get(year);
    if (set === undefined) {
      this.yearClientSet.set(year, (set = new Set()));
      this.yearClients.set(year, []);
    }
    if (!set.has(person)) {
      set.add(person);
      this.yearClients.get(year)?.push(person);
    }
  }

  fits(spec: ProvisionTypeSpec, person: number, day: number, taken: Set<number>): boolean {
    const { persons } = this.ctx.world;
    if (taken.has(person) || !persons.isPresent(person, day)) return false;
    const age = persons.ageAt(person, day);
    return age >= minAge(spec.ages) && age <= maxAge(spec.ages);
  }

  /** A never-before client: from the priority pool with the type's priority share, else by age from the population. */
  firstTimer(spec: ProvisionTypeSpec, year: number, day: number, taken: Set<number>): number | undefined {
    const { random, world, pools } = this.ctx;
    const clients = this.yearClients.get(year);
    if (
      spec.siblingShare !== undefined &&
      clients !== undefined &&
      clients.length > 0 &&
      random.chance(spec.siblingShare)
    ) {
      for (let t = 0; t < 10; t++) {
        const client = clients[random.int(clients.length)] as number;
        const address = world.persons.addressAt(client, day);
        for (const p of world.occupantsEver[address] ?? [])
          if (
            this.firstDay[p] === OPEN_END &&
            world.persons.addressAt(p, day) === address &&
            this.fits(spec, p, day, taken)
          )
            return p;
      }
    }
    const pool = spec.priorityPool === 'none' ? undefined : pools[spec.priorityPool].get(year);
    if (pool !== undefined && pool.length > 0 && random.chance(spec.priorityShare)) {
      for (let t = 0; t < MAX_TRIES; t++) {
        const p = pool[random.int(pool.length)] as number;
        if (this.firstDay[p] === OPEN_END && this.fits(spec, p, day, taken)) return p;
      }
    }
    for (let t = 0; t < MAX_TRIES; t++) {
      const p = personOfAge(world, random, drawAge(random, spec.ages), day);
      if (p !== undefined && this.firstDay[p] === OPEN_END && this.fits(spec, p, day, taken)) return p;
    }
    return undefined;
  }

  /** An earlier client: this year's clients of other types, last year's, or older ones. */
  returning(spec: ProvisionTypeSpec, year: number, day: number, taken: Set<number>): number | undefined {
    const { random } = this.ctx;
    const sources = [
      this.yearClients.get(year),
      this.yearClients.get(year - 1),
      this.yearClients.get(year - 2),
    ];
    for (let t = 0; t < MAX_TRIES; t++) {
      const list = sources[random.weighted([0.45, 0.45, 0.1])];
      if (list === undefined || list.length === 0) continue;
      const p = list[random.int(list.length)] as number;
      if ((this.firstDay[p] ?? OPEN_END) <= day && this.fits(spec, p, day, taken)) return p;
    }
    return undefined;
  }

  addEpisode(spec: ProvisionTypeSpec, type: number, person: number, begin: number, year: number): void {
    const { random, providers, world } = this.ctx;
    const category = spec.categories[random.weighted(spec.categories.map((c) => c.weight))]?.code ?? '';
    const provider = providers.pick(category, random);
    // Episodes running since before the first year: the remaining length counts from its first day.
    const anchor = Math.max(begin, world.firstDay);
    let end =
      anchor + Math.max(14, Math.round(random.logNormal(spec.durationMedianDays, spec.durationSigma)));
    if (spec.calendarYearAllocations === true) end = Math.min(end, dayOf(yearOfDay(anchor) + 1) - 1);
    let endReason: Episode['endReason'] = 'plan';
    if (spec.endsAtAge !== undefined) {
      const birth = world.persons.birth[person] ?? 0;
      const limit = dayOf(yearOfDay(birth) + spec.endsAtAge) + (birth - dayOf(yearOfDay(birth))) - 1;
      if (limit < end) [end, endReason] = [Math.max(begin, limit), 'age'];
    }
    const out = world.persons.outDay[person] ?? OPEN_END;
    if (out - 1 < end)
      [end, endReason] = [out - 1, world.persons.outReason[person] === 1 ? 'death' : 'moved'];
    const lead = spec.law === 'jeugd' ? random.between(0, 45) : random.between(0, 60);
    this.episodes.push({
      person,
      law: spec.law,
      type,
      category,
      product: providers.product(category, random),
      provider: provider.index,
      allocationNumber: this.ctx.nextAllocationNumber(),
      allocationDay: begin - lead,
      begin,
      end,
      endReason,
      // Multi-problem households get heavier care (Zoetermeer: they carry about half the budget).
      intensity:
        (random.logNormal(1, 0.45) / Math.exp(0.45 ** 2 / 2)) *
        (this.inPriorityPool(spec, person, year) ? 2 : 1),
    });
    if ((this.firstDay[person] ?? OPEN_END) === OPEN_END) this.firstTimersThisYear++;
    if (begin < (this.firstDay[person] ?? OPEN_END)) this.firstDay[person] = begin;
    for (let y = Math.max(year, this.ctx.fromYear); y <= Math.min(yearOfDay(end), this.ctx.toYear); y++)
      this.markClient(person, y);
  }

  /** The start of a new episode in a year; in the first year part of the caseload was already running. */
  startDay(year: number, spec: ProvisionTypeSpec): number {
    const { random, fromYear, carriedIn } = this.ctx;
    const first = dayOf(year);
    const days = dayOf(year + 1) - first;
    if (year === fromYear && random.chance(carriedIn === 'transition' ? 0.5 : 0.6)) {
      if (carriedIn === 'transition') return first;
      // Running since earlier years: the elapsed time of a running episode is about its typical length.
      return (
        first -
        1 -
        Math.round(random.next() * random.logNormal(spec.durationMedianDays * 1.6, spec.durationSigma))
      );
    }
    return first + random.int(days);
  }

  planYear(year: number): void {
    const { ctx, specs } = this;
    const yearStart = dayOf(year);
    const carried = specs.map(() => new Set<number>());
    for (const e of this.episodes)
      if (e.begin >= 0 && e.begin < yearStart && e.end >= yearStart) carried[e.type]?.add(e.person);
    const needed = specs.map((spec, t) =>
      Math.max(0, Math.round(spec.clients(year) * ctx.scale) - (carried[t]?.size ?? 0)),
    );
    const firstQuota = needed.map((n, t) => Math.round(n * (1 - (specs[t]?.existingShare ?? 0))));
    this.firstTimersThisYear = 0;
    specs.forEach((spec, t) => {
      if (ctx.inflow !== undefined && spec.key === 'zonderVerblijf') {
        // Youth: the main type takes whatever first-timers the inflow target still needs (later types add none).
        const wanted = Math.round(ctx.inflow(year) * ctx.scale) - this.firstTimersThisYear;
        firstQuota[t] = Math.min(needed[t] ?? 0, Math.max(Math.round((needed[t] ?? 0) * 0.2), wanted));
      }
      const taken = carried[t] ?? new Set<number>();
      for (let i = 0; i < (needed[t] ?? 0); i++) {
        const begin = this.startDay(year, spec);
        // Episodes running since before the first year: choose among the people living here on its first day.
        const day = Math.max(begin, ctx.world.firstDay);
        const wantFirst = i < (firstQuota[t] ?? 0);
        let person = wantFirst
          ? this.firstTimer(spec, year, day, taken)
          : this.returning(spec, year, day, taken);
        person ??= wantFirst
          ? this.returning(spec, year, day, taken)
          : this.firstTimer(spec, year, day, taken);
        if (person === undefined) continue;
        taken.add(person);
        this.addEpisode(spec, t, person, begin, year);
      }
    });
  }

  /** Allocations that never started: about 3 % of new ones; they feed waiting lists, not client counts. */
  addWaiting(year: number): void {
    const { random, world, providers } = this.ctx;
    const count = Math.round(
      this.specs.reduce((s, spec) => s + spec.clients(year), 0) * this.ctx.scale * 0.02,
    );
    for (let i = 0; i < count; i++) {
      const type = random.int(this.specs.length);
      const spec = this.specs[type] as ProvisionTypeSpec;
      const day = dayOf(year) + random.int(365);
      const person = personOfAge(world, random, drawAge(random, spec.ages), day);
      if (person === undefined || ageOn(world.persons.birth[person] ?? 0, day) < 0) continue;
      const category = spec.categories[random.weighted(spec.categories.map((c) => c.weight))]?.code ?? '';
      this.episodes.push({
        person,
        law: spec.law,
        type,
        category,
        product: providers.product(category, random),
        provider: providers.pick(category, random).index,
        allocationNumber: this.ctx.nextAllocationNumber(),
        allocationDay: day,
        begin: -1,
        end: OPEN_END,
        endReason: '',
        intensity: 1,
      });
    }
  }
}

/** Plans all episodes of one law for the years `fromYear..toYear`. */
export function planEpisodes(ctx: PlanContext, specs: ReadonlyArray<ProvisionTypeSpec>): LawPlan {
  const planner = new LawPlanner(ctx, specs);
  for (let year = ctx.fromYear; year <= ctx.toYear; year++) {
    planner.planYear(year);
    planner.addWaiting(year);
  }
  return { episodes: planner.episodes, firstDay: planner.firstDay };
}
