/**
 * @module Zoetermeer calibration figures (Rapportage Sociaal Domein 2019, seed-figures §A) for 2015–2018, with a plausible
 * continuation to 2025, for a municipality of 128,434 inhabitants; the generator scales them by size.
 */

export const YOUTH_CARE_TYPES = [
  'jeugdbescherming',
  'jeugdreclassering',
  'metVerblijf',
  'zonderVerblijf',
  'overig',
] as const;
export type YouthCareType = (typeof YOUTH_CARE_TYPES)[number];

/** Dutch labels as in the Zoetermeer report (used in test output and documentation). */
export const YOUTH_CARE_TYPE_LABELS: Record<YouthCareType, string> = {
  jeugdbescherming: 'jeugdbescherming',
  jeugdreclassering: 'jeugdreclassering',
  metVerblijf: 'jeugdhulp met verblijf',
  zonderVerblijf: 'jeugdhulp zonder verblijf',
  overig: 'overig',
};

/** Default careType of each iJw product category (indicators.md §3). */
export const CARE_TYPE_OF_CATEGORY: Readonly<Record<string, YouthCareType>> = {
  '40': 'zonderVerblijf',
  '41': 'zonderVerblijf',
  '45': 'zonderVerblijf',
  '51': 'zonderVerblijf',
  '52': 'zonderVerblijf',
  '53': 'zonderVerblijf',
  '54': 'zonderVerblijf',
  '43': 'metVerblijf',
  '44': 'metVerblijf',
  '47': 'jeugdreclassering',
  '48': 'jeugdbescherming',
  '42': 'overig',
  '46': 'overig',
  '49': 'overig',
  '50': 'overig',
  '55': 'overig',
};

type YearSeries = Readonly<Record<number, number>>;

/** Unique youths per careType per year. 2015–2018 published; 2019 onward a full-year continuation (2019 in the report is partial). */
export const YOUTH_CLIENTS: Record<YouthCareType, YearSeries> = {
  zonderVerblijf: {
    2015: 3587,
    2016: 4156,
    2017: 4243,
    2018: 4188,
    2019: 4250,
    2020: 4120,
    2021: 4290,
    2022: 4350,
    2023: 4400,
    2024: 4440,
    2025: 4460,
  },
  metVerblijf: {
    2015: 446,
    2016: 485,
    2017: 517,
    2018: 435,
    2019: 430,
    2020: 420,
    2021: 410,
    2022: 405,
    2023: 400,
    2024: 395,
    2025: 390,
  },
  jeugdbescherming: {
    2015: 438,
    2016: 242,
    2017: 411,
    2018: 412,
    2019: 400,
    2020: 390,
    2021: 380,
    2022: 370,
    2023: 360,
    2024: 350,
    2025: 345,
  },
  jeugdreclassering: {
    2015: 164,
    2016: 71,
    2017: 120,
    2018: 135,
    2019: 125,
    2020: 115,
    2021: 110,
    2022: 105,
    2023: 100,
    2024: 100,
    2025: 95,
  },
  overig: {
    2015: 250,
    2016: 280,
    2017: 300,
    2018: 300,
    2019: 300,
    2020: 290,
    2021: 300,
    2022: 300,
    2023: 300,
    2024: 300,
    2025: 300,
  },
};

/** Costs per careType per year in euro (declared amounts by product period). */
export const YOUTH_COSTS: Record<YouthCareType, YearSeries> = {
  zonderVerblijf: {
    2015: 15_481_766,
    2016: 17_309_429,
    2017: 20_449_326,
    2018: 23_307_274,
    2019: 24_100_000,
    2020: 24_500_000,
    2021: 26_000_000,
    2022: 27_200_000,
    2023: 29_000_000,
    2024: 30_600_000,
    2025: 31_800_000,
  },
  metVerblijf: {
    2015: 8_451_558,
    2016: 7_709_949,
    2017: 8_345_573,
    2018: 8_258_443,
    2019: 8_400_000,
    2020: 8_600_000,
    2021: 8_900_000,
    2022: 9_300_000,
    2023: 9_800_000,
    2024: 10_200_000,
    2025: 10_500_000,
  },
  jeugdbescherming: {
    2015: 2_281_855,
    2016: 967_329,
    2017: 2_264_028,
    2018: 2_390_462,
    2019: 2_450_000,
    2020: 2_500_000,
    2021: 2_550_000,
    2022: 2_600_000,
    2023: 2_700_000,
    2024: 2_800_000,
    2025: 2_850_000,
  },
  jeugdreclassering: {
    2015: 665_491,
    2016: 278_109,
    2017: 424_607,
    2018: 571_151,
    2019: 560_000,
    2020: 540_000,
    2021: 530_000,
    2022: 520_000,
    2023: 530_000,
    2024: 540_000,
    2025: 550_000,
  },
  overig: {
    2015: 1_000_000,
    2016: 1_050_000,
    2017: 1_100_000,
    2018: 1_150_000,
    2019: 1_200_000,
    2020: 1_200_000,
    2021: 1_250_000,
    2022: 1_300_000,
    2023: 1_350_000,
    2024: 1_400_000,
    2025: 1_450_000,
  },
};

/** Instroom: persons whose first-ever youth care starts in the year. */
export const YOUTH_INFLOW: YearSeries = {
  2015: 3795,
  2016: 1816,
  2017: 1339,
  2018: 1151,
  2019: 1100,
  2020: 1000,
  2021: 1080,
  2022: 1120,
  2023: 1150,
  2024: 1150,
  2025: 1150,
};

/** Participatiewet stock on 1 January (2019: 2,731 in January, 2,652 in August). */
export const BENEFIT_STOCK: Readonly<Record<'PW' | 'IOAW' | 'IOAZ', YearSeries>> = {
  PW: {
    2015: 2420,
    2016: 2560,
    2017: 2680,
    2018: 2740,
    2019: 2735,
    2020: 2610,
    2021: 2700,
    2022: 2570,
    2023: 2460,
    2024: 2470,
    2025: 2500,
    2026: 2520,
  },
  IOAW: {
    2015: 178,
    2016: 182,
    2017: 185,
    2018: 186,
    2019: 184,
    2020: 174,
    2021: 172,
    2022: 168,
    2023: 165,
    2024: 163,
    2025: 160,
    2026: 158,
  },
  IOAZ: {
    2015: 9,
    2016: 9,
    2017: 8,
    2018: 8,
    2019: 8,
    2020: 7,
    2021: 7,
    2022: 7,
    2023: 6,
    2024: 6,
    2025: 6,
    2026: 6,
  },
};

/** A value of a year series; years outside it take the nearest year's value. */
export function valueForYear(series: YearSeries, year: number): number {
  const years = Object.keys(series).map(Number);
  const first = Math.min(...years);
  const last = Math.max(...years);
  return series[Math.min(last, Math.max(first, year))] ?? 0;
}
