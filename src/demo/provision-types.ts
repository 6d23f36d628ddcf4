/** @module The kinds of youth care and Wmo support the demo hands out: categories, client ages, durations, priority for multi-problem households, tariffs. */

import { YOUTH_CLIENTS, YOUTH_COSTS, valueForYear, type YouthCareType } from './calibration-targets.ts';

export const DEMO_LAWS = ['jeugd', 'wmo'] as const;
export type DemoLaw = (typeof DEMO_LAWS)[number];

/** WJ756 units the demo uses: 01 minuut, 04 uur, 14 etmaal, 16 dagdeel, 82 stuks (output), 83 euro's. */
export type ClaimUnit = '01' | '04' | '14' | '16' | '82' | '83';

export interface CategorySpec {
  readonly code: string;
  readonly weight: number;
  readonly unit: ClaimUnit;
  /** Tariff per unit in eurocent at 2015 prices (per-day units derive their tariff from the cost level). */
  readonly tariffCents: number;
}

export type AgeBand = readonly [min: number, max: number, weight: number];

/** Which multi-problem pool a type prefers its new clients from. */
export type PriorityPool = 'none' | 'children' | 'adults';

export interface ProvisionTypeSpec {
  readonly key: string;
  readonly law: DemoLaw;
  readonly categories: ReadonlyArray<CategorySpec>;
  /** Unique clients per year at Zoetermeer size. */
  readonly clients: (year: number) => number;
  /** Yearly cost in euro at Zoetermeer size (youth: calibrated), or undefined to use `monthlyEuro`. */
  readonly costs?: (year: number) => number;
  /** Cost per client-month in euro at 2015 prices (indexed 2.5 % a year). */
  readonly monthlyEuro: number;
  /** Median one-off amount in euro for aids (hulpmiddelen): claimed once at the start. */
  readonly oneOffEuro?: number;
  readonly ages: ReadonlyArray<AgeBand>;
  readonly durationMedianDays: number;
  readonly durationSigma: number;
  /** Share of new clients taken from people who had this law before (or this year, in another type). */
  readonly existingShare: number;
  readonly priorityPool: PriorityPool;
  /** Chance that a new client comes from the priority pool (multi-problem households). */
  readonly priorityShare: number;
  /** Care that stops at an age (youth protection ends at 18). */
  readonly endsAtAge?: number;
  /** Allocations run per calendar year (certified institutions get a new allocation each year). */
  readonly calendarYearAllocations?: boolean;
  /** Chance that a first-time client is a brother or sister of someone already in care this year. */
  readonly siblingShare?: number;
}

const cat = (code: string, weight: number, unit: ClaimUnit, tariffCents = 0): CategorySpec => ({
  code,
  weight,
  unit,
  tariffCents,
});

const youth = (type: YouthCareType) => ({
  clients: (year: number) => valueForYear(YOUTH_CLIENTS[type], year),
  costs: (year: number) => valueForYear(YOUTH_COSTS[type], year),
});

const CHILD_AGES: ReadonlyArray<AgeBand> = [
  [0, 3, 0.12],
  [4, 11, 0.45],
  [12, 17, 0.38],
  [18, 22, 0.05],
];

/** Youth types in planning order: the rarer, heavier types first, so lighter care can overlap with them. */
export const YOUTH_TYPE_SPECS: ReadonlyArray<ProvisionTypeSpec & { readonly careType: YouthCareType }> = [
  {
    key: 'jeugdbescherming',
    careType: 'jeugdbescherming',
    law: 'jeugd',
    categories: [cat('48', 1, '14')],
    ...youth('jeugdbescherming'),
    monthlyEuro: 0,
    ages: [
      [0, 3, 0.2],
      [4, 11, 0.42],
      [12, 17, 0.38],
    ],
    durationMedianDays: 420,
    durationSigma: 0.7,
    existingShare: 0.45,
    priorityPool: 'children',
    priorityShare: 0.75,
    endsAtAge: 18,
    calendarYearAllocations: true,
    siblingShare: 0.15,
  },
  {
    key: 'jeugdreclassering',
    careType: 'jeugdreclassering',
    law: 'jeugd',
    categories: [cat('47', 1, '14')],
    ...youth('jeugdreclassering'),
    monthlyEuro: 0,
    ages: [
      [12, 15, 0.3],
      [16, 17, 0.4],
      [18, 22, 0.3],
    ],
    durationMedianDays: 300,
    durationSigma: 0.6,
    existingShare: 0.5,
    priorityPool: 'children',
    priorityShare: 0.6,
    calendarYearAllocations: true,
  },
  {
    key: 'metVerblijf',
    careType: 'metVerblijf',
    law: 'jeugd',
    categories: [cat('43', 0.7, '14'), cat('44', 0.3, '14')],
    ...youth('metVerblijf'),
    monthlyEuro: 0,
    ages: [
      [0, 3, 0.08],
      [4, 11, 0.3],
      [12, 17, 0.55],
      [18, 22, 0.07],
    ],
    durationMedianDays: 330,
    durationSigma: 0.8,
    existingShare: 0.6,
    priorityPool: 'children',
    priorityShare: 0.7,
    siblingShare: 0.1,
  },
  {
    key: 'zonderVerblijf',
    careType: 'zonderVerblijf',
    law: 'jeugd',
    categories: [
      cat('45', 0.52, '01', 145),
      cat('54', 0.2, '01', 160),
      cat('41', 0.08, '16', 9000),
      cat('52', 0.08, '01', 170),
      cat('51', 0.07, '01', 130),
      cat('40', 0.04, '04', 5200),
      cat('53', 0.01, '82', 0),
    ],
    ...youth('zonderVerblijf'),
    monthlyEuro: 0,
    ages: CHILD_AGES,
    durationMedianDays: 300,
    durationSigma: 0.85,
    existingShare: 0.3,
    priorityPool: 'children',
    priorityShare: 0.3,
    siblingShare: 0.2,
  },
  {
    key: 'overig',
    careType: 'overig',
    law: 'jeugd',
    categories: [cat('42', 0.45, '83'), cat('46', 0.3, '14'), cat('50', 0.2, '83'), cat('55', 0.05, '82')],
    ...youth('overig'),
    monthlyEuro: 0,
    ages: CHILD_AGES,
    durationMedianDays: 200,
    durationSigma: 0.9,
    existingShare: 1,
    priorityPool: 'children',
    priorityShare: 0.5,
  },
];

const ELDERLY: ReadonlyArray<AgeBand> = [
  [18, 64, 0.04],
  [65, 74, 0.1],
  [75, 84, 0.4],
  [85, 100, 0.46],
];
const AIDS_AGES: ReadonlyArray<AgeBand> = [
  [5, 17, 0.02],
  [18, 64, 0.08],
  [65, 74, 0.12],
  [75, 100, 0.78],
];
const ADULTS: ReadonlyArray<AgeBand> = [
  [18, 26, 0.2],
  [27, 49, 0.4],
  [50, 64, 0.3],
  [65, 90, 0.1],
];

/** Wmo growth: huishoudelijke hulp rose after the 2019 abonnementstarief; others grow slowly. */
const growth =
  (base: number, yearly: number, after2019 = yearly) =>
  (year: number): number =>
    base *
    (1 + yearly) ** Math.min(4, Math.max(0, year - 2015)) *
    (1 + after2019) ** Math.max(0, year - 2019);

export const SUPPORT_TYPE_SPECS: ReadonlyArray<ProvisionTypeSpec> = [
  {
    key: 'beschermdWonen',
    law: 'wmo',
    categories: [cat('15', 1, '14')],
    clients: growth(110, 0.01),
    monthlyEuro: 3300,
    ages: ADULTS.slice(0, 3),
    durationMedianDays: 900,
    durationSigma: 0.7,
    existingShare: 0.2,
    priorityPool: 'adults',
    priorityShare: 0.7,
  },
  {
    key: 'opvang',
    law: 'wmo',
    categories: [cat('16', 0.8, '14'), cat('17', 0.2, '14')],
    clients: growth(70, 0.02),
    monthlyEuro: 2500,
    ages: ADULTS.slice(0, 3),
    durationMedianDays: 120,
    durationSigma: 0.7,
    existingShare: 0.15,
    priorityPool: 'adults',
    priorityShare: 0.7,
  },
  {
    key: 'begeleiding',
    law: 'wmo',
    categories: [cat('02', 0.85, '04', 6200), cat('06', 0.15, '04', 5400)],
    clients: growth(1300, 0.025),
    monthlyEuro: 950,
    ages: ADULTS,
    durationMedianDays: 520,
    durationSigma: 0.8,
    existingShare: 0.15,
    priorityPool: 'adults',
    priorityShare: 0.45,
  },
  {
    key: 'dagbesteding',
    law: 'wmo',
    categories: [cat('07', 1, '16', 5000)],
    clients: growth(650, 0.01),
    monthlyEuro: 720,
    ages: [
      [18, 64, 0.4],
      [65, 100, 0.6],
    ],
    durationMedianDays: 700,
    durationSigma: 0.7,
    existingShare: 0.35,
    priorityPool: 'adults',
    priorityShare: 0.2,
  },
  {
    key: 'huishoudelijkeHulp',
    law: 'wmo',
    categories: [cat('01', 1, '04', 2800)],
    clients: growth(3500, 0.0, 0.045),
    monthlyEuro: 480,
    ages: ELDERLY,
    durationMedianDays: 1100,
    durationSigma: 0.8,
    existingShare: 0.15,
    priorityPool: 'adults',
    priorityShare: 0.1,
  },
  {
    key: 'kortdurendVerblijf',
    law: 'wmo',
    categories: [cat('04', 1, '14')],
    clients: growth(80, 0.02),
    monthlyEuro: 2000,
    ages: ELDERLY,
    durationMedianDays: 40,
    durationSigma: 0.6,
    existingShare: 0.6,
    priorityPool: 'none',
    priorityShare: 0,
  },
  {
    key: 'vervoer',
    law: 'wmo',
    categories: [cat('08', 1, '83')],
    clients: growth(1100, 0.01),
    monthlyEuro: 60,
    ages: AIDS_AGES,
    durationMedianDays: 1400,
    durationSigma: 0.6,
    existingShare: 0.55,
    priorityPool: 'none',
    priorityShare: 0,
  },
  ...(
    [
      ['11', 800, 1400],
      ['12', 900, 2600],
      ['13', 650, 3500],
      ['14', 300, 450],
    ] as const
  ).map(([code, clients, oneOff]): ProvisionTypeSpec => ({
    key: `hulpmiddel${code}`,
    law: 'wmo',
    categories: [cat(code, 1, '82')],
    clients: growth(clients, 0.02),
    monthlyEuro: 0,
    oneOffEuro: oneOff,
    ages: AIDS_AGES,
    durationMedianDays: 1300,
    durationSigma: 0.6,
    existingShare: 0.45,
    priorityPool: 'none',
    priorityShare: 0,
  })),
];

/** Price index relative to 2015 (2.5 % a year). */
export const priceIndex = (year: number): number => 1.025 ** (year - 2015);
