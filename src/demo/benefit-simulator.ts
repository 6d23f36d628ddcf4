/**
 * @module Participatiewet, IOAW and IOAZ benefit periods, simulated month by month: a stock that follows the Zoetermeer
 * level, exits by duration-dependent hazard (work, other benefit, other) or by moving away, dying or reaching pension age,
 * inflow to keep the stock on course, some of it re-entry within 12 months.
 */

import { BENEFIT_STOCK, valueForYear } from './calibration-targets.ts';
import { OPEN_END, dayOf, firstDayOfMonthIndex, yearOfDay } from './day-calendar.ts';
import { personOfAge } from './episode-planner.ts';
import type { World } from './population-simulator.ts';
import type { SeededRandom } from './seeded-random.ts';

export const BENEFIT_SCHEMES = ['PW', 'IOAW', 'IOAZ'] as const;
export type BenefitScheme = (typeof BENEFIT_SCHEMES)[number];
export const EXIT_REASONS = ['werk', 'andere_uitkering', 'verhuizing', 'overig'] as const;
export type BenefitExitReason = (typeof EXIT_REASONS)[number];

export interface Benefit {
  readonly person: number;
  readonly scheme: BenefitScheme;
  readonly number: number;
  readonly begin: number;
  /** Last day (inclusive), OPEN_END while running. */
  end: number;
  exitReason: BenefitExitReason | '';
  /** Lives in an institution or is homeless (excluded from the CBS stock). */
  readonly institutionOrHomeless: boolean;
}

interface SchemeRules {
  readonly minAge: number;
  readonly ages: ReadonlyArray<readonly [number, number, number]>;
  readonly monthlyHazard: number;
  readonly reasons: ReadonlyArray<readonly [BenefitExitReason, number]>;
}

const RULES: Record<BenefitScheme, SchemeRules> = {
  PW: {
    minAge: 18,
    ages: [
      [18, 26, 0.2],
      [27, 44, 0.42],
      [45, 66, 0.38],
    ],
    monthlyHazard: 0.017,
    reasons: [
      ['werk', 0.5],
      ['andere_uitkering', 0.18],
      ['overig', 0.32],
    ],
  },
  IOAW: {
    minAge: 50,
    ages: [[50, 66, 1]],
    monthlyHazard: 0.012,
    reasons: [
      ['werk', 0.3],
      ['andere_uitkering', 0.5],
      ['overig', 0.2],
    ],
  },
  IOAZ: {
    minAge: 55,
    ages: [[55, 66, 1]],
    monthlyHazard: 0.012,
    reasons: [
      ['werk', 0.2],
      ['andere_uitkering', 0.6],
      ['overig', 0.2],
    ],
  },
};

const PENSION_AGE = 67;

/** Exit chance multiplier by time on benefit: new benefits end far more often than long-running ones. */
function durationFactor(monthsOnBenefit: number): number {
  if (monthsOnBenefit < 12) return 1.8;
  if (monthsOnBenefit < 24) return 1.1;
  if (monthsOnBenefit < 60) return 0.7;
  return 0.35;
}

/** Simulates the benefit periods of all three schemes from `fromYear` to `toYear`. */
export function simulateBenefits(
  world: World,
  random: SeededRandom,
  scale: number,
  fromYear: number,
  toYear: number,
): Benefit[] {
  const { persons } = world;
  const benefits: Benefit[] = [];
  const onBenefit = new Uint8Array(persons.count);
  const recentExits: Benefit[] = [];
  let nextNumber = 40_000_000 + random.int(1_000_000);

  const household = (person: number, day: number): number[] =>
    (world.occupantsEver[persons.addressAt(person, day)] ?? []).filter(
      (m) => persons.isPresent(m, day) && persons.addressAt(m, day) === persons.addressAt(person, day),
    );

  const candidate = (scheme: BenefitScheme, day: number): number | undefined => {
    const rules = RULES[scheme];
    for (let t = 0; t < 40; t++) {
      const band = rules.ages[random.weighted(rules.ages.map((b) => b[2]))] ?? rules.ages[0];
      if (band === undefined) return undefined;
      const p = personOfAge(world, random, random.between(band[0], band[1]), day);
      if (p === undefined || onBenefit[p] === 1) continue;
      const age = persons.ageAt(p, day);
      if (age < rules.minAge || age >= PENSION_AGE) continue;
      const others = household(p, day).filter((m) => m !== p && persons.ageAt(m, day) >= 18);
      if (others.some((m) => onBenefit[m] === 1)) continue; // one benefit per household
      if (others.length > 0 && !random.chance(0.35)) continue; // bijstand is mostly for singles and single parents
      return p;
    }
    return undefined;
  };

  const start = (scheme: BenefitScheme, person: number, begin: number): Benefit => {
    const benefit: Benefit = {
      person,
      scheme,
      number: nextNumber++,
      begin,
      end: OPEN_END,
      exitReason: '',
      institutionOrHomeless: scheme === 'PW' && random.chance(0.025),
    };
    onBenefit[person] = 1;
    benefits.push(benefit);
    return benefit;
  };

  const running = new Map<BenefitScheme, Benefit[]>(BENEFIT_SCHEMES.map((s) => [s, []]));
  const firstDay = dayOf(fromYear);
  // Initial stock: running benefits with elapsed durations from weeks to decades.
  for (const scheme of BENEFIT_SCHEMES) {
    const target = Math.round(valueForYear(BENEFIT_STOCK[scheme], fromYear) * scale);
    for (let i = 0; i < target; i++) {
      const p = candidate(scheme, firstDay);
      if (p === undefined) continue;
      const years = [0.5, 1.5, 3.5, 7.5, 15][random.weighted([0.2, 0.13, 0.25, 0.25, 0.17])] ?? 1;
      const elapsed = Math.round(years * 365 * (0.5 + random.next()));
      const age = persons.ageAt(p, firstDay);
      const begin = firstDay - Math.min(elapsed, Math.max(30, (age - RULES[scheme].minAge) * 365));
      running.get(scheme)?.push(start(scheme, p, begin));
    }
  }

  const end = (b: Benefit, day: number, reason: BenefitExitReason): void => {
    b.end = day;
    b.exitReason = reason;
    onBenefit[b.person] = 0;
    recentExits.push(b);
  };

  for (let month = fromYear * 12; month <= toYear * 12 + 11; month++) {
    const monthStart = firstDayOfMonthIndex(month);
    const monthEnd = firstDayOfMonthIndex(month + 1) - 1;
    const year = Math.floor(month / 12);
    for (const scheme of BENEFIT_SCHEMES) {
      const rules = RULES[scheme];
      const stock = running.get(scheme) ?? [];
      const still: Benefit[] = [];
      for (const b of stock) {
        const p = b.person;
        const out = persons.outDay[p] ?? OPEN_END;
        const birth = persons.birth[p] ?? 0;
        const pension = dayOf(yearOfDay(birth) + PENSION_AGE) + (birth - dayOf(yearOfDay(birth)));
        if (out <= monthEnd)
          end(b, Math.max(b.begin, out - 1), persons.outReason[p] === 1 ? 'overig' : 'verhuizing');
        else if (pension <= monthEnd) end(b, Math.max(b.begin, pension - 1), 'andere_uitkering');
        else {
          const months = (monthStart - b.begin) / 30.44;
          const young = persons.ageAt(p, monthStart) < 27 ? 1.4 : 1;
          if (random.chance(rules.monthlyHazard * durationFactor(months) * young)) {
            const reason = rules.reasons[random.weighted(rules.reasons.map((r) => r[1]))]?.[0] ?? 'overig';
            end(b, monthStart + random.int(monthEnd - monthStart + 1), reason);
          } else still.push(b);
        }
      }
      // Inflow keeps the stock on the interpolated course towards next January's level.
      const from = valueForYear(BENEFIT_STOCK[scheme], year);
      const to = valueForYear(BENEFIT_STOCK[scheme], year + 1);
      const target = Math.round((from + ((to - from) * ((month % 12) + 1)) / 12) * scale);
      const inflow = Math.max(
        0,
        target - still.length + Math.round(random.normal() * Math.sqrt(target) * 0.08),
      );
      for (let i = 0; i < inflow; i++) {
        const begin = monthStart + random.int(monthEnd - monthStart + 1);
        let person: number | undefined;
        if (scheme === 'PW' && random.chance(0.12)) {
          // Re-entry: someone who left a benefit within the last 12 months.
          const recent = recentExits.filter((b) => b.end > begin - 365 && b.exitReason !== 'verhuizing');
          const r = recent[random.int(recent.length)];
          if (r !== undefined && onBenefit[r.person] === 0 && persons.isPresent(r.person, begin))
            person = r.person;
        }
        person ??= candidate(scheme, begin);
        if (person !== undefined) still.push(start(scheme, person, begin));
      }
      running.set(scheme, still);
    }
    while (recentExits.length > 0 && (recentExits[0]?.end ?? 0) < monthStart - 400) recentExits.shift();
  }
  return benefits;
}
