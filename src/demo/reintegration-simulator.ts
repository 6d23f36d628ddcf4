/**
 * @module Re-integration instruments of the demo (werkfit-traject, loonkostensubsidie, participatieplaats, jobcoaching,
 * scholing): mostly for persons with bijstand, month by month, ended by duration, by the person leaving bijstand for
 * work (read from the simulated benefit exits, so the two exports agree) or by moving away.
 */

import type { Benefit } from './benefit-simulator.ts';
import { OPEN_END, firstDayOfMonthIndex } from './day-calendar.ts';
import { personOfAge } from './episode-planner.ts';
import type { World } from './population-simulator.ts';
import type { SeededRandom } from './seeded-random.ts';

export const REINTEGRATION_END_REASONS = ['werk', 'opleiding', 'voortijdig', 'overig'] as const;
export type ReintegrationEndReason = (typeof REINTEGRATION_END_REASONS)[number];

interface InstrumentSpec {
  readonly code: string;
  readonly name: string;
  /** Share of the starts. */
  readonly weight: number;
  /** Planned duration in months (uniform between the two). */
  readonly months: readonly [number, number];
  /** End reasons when the instrument runs its course or stops (werk also comes from the benefit exits). */
  readonly reasons: ReadonlyArray<readonly [ReintegrationEndReason, number]>;
}

/** The instruments, after the kinds Zoetermeer reports on ("rendement van re-integratie-instrumenten"). */
export const INSTRUMENTS: readonly InstrumentSpec[] = [
  {
    code: 'WFT',
    name: 'Werkfit-traject',
    weight: 0.3,
    months: [3, 9],
    reasons: [
      ['werk', 0.2],
      ['opleiding', 0.1],
      ['voortijdig', 0.35],
      ['overig', 0.35],
    ],
  },
  {
    code: 'LKS',
    name: 'Loonkostensubsidie',
    weight: 0.15,
    months: [6, 24],
    reasons: [
      ['werk', 0.55],
      ['voortijdig', 0.25],
      ['overig', 0.2],
    ],
  },
  {
    code: 'PP',
    name: 'Participatieplaats',
    weight: 0.2,
    months: [6, 12],
    reasons: [
      ['werk', 0.1],
      ['opleiding', 0.1],
      ['voortijdig', 0.35],
      ['overig', 0.45],
    ],
  },
  {
    code: 'JC',
    name: 'Jobcoaching',
    weight: 0.15,
    months: [3, 12],
    reasons: [
      ['werk', 0.3],
      ['voortijdig', 0.3],
      ['overig', 0.4],
    ],
  },
  {
    code: 'SCH',
    name: 'Scholing',
    weight: 0.2,
    months: [2, 10],
    reasons: [
      ['werk', 0.1],
      ['opleiding', 0.5],
      ['voortijdig', 0.25],
      ['overig', 0.15],
    ],
  },
];

/** Starts per year for the calibration municipality (scale 1: demo M), a few hundred as in Zoetermeer. */
const STARTS_PER_YEAR = 360;
/** Share of the starts for persons with bijstand; the others have no benefit (e.g. niet-uitkeringsgerechtigden). */
const WITH_BENEFIT = 0.88;
/** Share of the starts with bijstand drawn among those who leave it for work within 12 months. */
const LEAVING_FOR_WORK = 0.3;
/** Chance that an instrument ends (reason werk) when its participant leaves bijstand for work while it runs. */
const ENDS_WITH_THE_BENEFIT = 0.85;

export interface Reintegration {
  readonly person: number;
  readonly instrument: InstrumentSpec;
  readonly begin: number;
  /** Last day (inclusive), OPEN_END while running on the delivery day. */
  readonly end: number;
  readonly endReason: ReintegrationEndReason | '';
}

/**
 * Simulates the instruments started from `fromYear` up to `exportDay`; ends after that day are not known yet (open,
 * without reason), as a case system exported on that day would show them.
 */
export function simulateReintegration(
  world: World,
  benefits: ReadonlyArray<Benefit>,
  random: SeededRandom,
  scale: number,
  fromYear: number,
  exportDay: number,
): Reintegration[] {
  const { persons } = world;
  const out: Reintegration[] = [];
  const busyUntil = new Map<number, number>();
  const bijstand = benefits.filter((b) => b.scheme === 'PW' && !b.institutionOrHomeless);
  const perMonth = (STARTS_PER_YEAR * scale) / 12;
  for (let month = fromYear * 12; firstDayOfMonthIndex(month) <= exportDay; month++) {
    const monthStart = firstDayOfMonthIndex(month);
    const monthEnd = Math.min(firstDayOfMonthIndex(month + 1) - 1, exportDay);
    const running = bijstand.filter((b) => b.begin <= monthStart && b.end > monthStart);
    const toWork = running.filter((b) => b.exitReason === 'werk' && b.end <= monthStart + 365);
    const starts = random.poisson(perMonth);
    for (let i = 0; i < starts; i++) {
      const begin = monthStart + random.int(monthEnd - monthStart + 1);
      const pool = !random.chance(WITH_BENEFIT)
        ? []
        : random.chance(LEAVING_FOR_WORK) && toWork.length > 0
          ? toWork
          : running;
      const benefit = pool[random.int(pool.length)];
      const person = benefit?.person ?? personOfAge(world, random, random.between(18, 64), begin);
      if (person === undefined || !persons.isPresent(person, begin)) continue;
      if ((busyUntil.get(person) ?? -1) >= begin) continue; // one instrument at a time
      const instrument = INSTRUMENTS[random.weighted(INSTRUMENTS.map((s) => s.weight))] ?? INSTRUMENTS[0];
      if (instrument === undefined) continue;
      const [shortest, longest] = instrument.months;
      let end = begin + Math.round(random.between(shortest, longest) * 30.44) - 1;
      let reason = instrument.reasons[random.weighted(instrument.reasons.map((r) => r[1]))]?.[0] ?? 'overig';
      const workDay = benefit !== undefined && benefit.exitReason === 'werk' ? benefit.end : OPEN_END;
      if (workDay >= begin && workDay < end && random.chance(ENDS_WITH_THE_BENEFIT)) {
        end = workDay;
        reason = 'werk';
      }
      const leaves = persons.outDay[person] ?? OPEN_END;
      if (leaves <= end) {
        end = Math.max(begin, leaves - 1);
        reason = 'overig';
      }
      busyUntil.set(person, end);
      out.push(
        end > exportDay
          ? { person, instrument, begin, end: OPEN_END, endReason: '' }
          : { person, instrument, begin, end, endReason: reason },
      );
    }
  }
  return out;
}
