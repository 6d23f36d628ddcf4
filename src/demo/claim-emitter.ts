/**
 * @module Monthly claims (declaraties) for every started episode: one line per product month (aids: one line at the start),
 * amounts in eurocent from the type's cost level, submitted 3–100 days after the month, some corrected by a credit line
 * and a new debit; nothing submitted after the delivery date.
 */

import { dayOf, firstDayOfMonthIndex, isoOf, monthIndexOfDay, yearOfDay } from './day-calendar.ts';
import type { Episode } from './episode-planner.ts';
import type { Provider } from './provider-catalogue.ts';
import { priceIndex, type ProvisionTypeSpec } from './provision-types.ts';
import type { SeededRandom } from './seeded-random.ts';

export const CLAIM_HEADER = [
  'bsn',
  'wet',
  'toewijzingnummer',
  'productcategorie',
  'productcode',
  'aanbieder',
  'declaratienummer',
  'indieningsdatum',
  'periode_begin',
  'periode_eind',
  'volume',
  'eenheid',
  'bedrag_cent',
  'debet_credit',
] as const;

const CORRECTION_SHARE = 0.02;

/** Where claim rows go: the CSV export, or the 323 message collector (same row layout as {@link CLAIM_HEADER}). */
export interface ClaimRowSink {
  plainRow(fields: ReadonlyArray<string | number>): void;
}

export interface ClaimContext {
  readonly specs: ReadonlyArray<ProvisionTypeSpec>;
  readonly providers: ReadonlyArray<Provider>;
  readonly random: SeededRandom;
  readonly fromYear: number;
  readonly toYear: number;
  readonly deliveryDay: number;
  readonly scale: number;
  readonly bsnOf: (person: number) => string;
}

/** Cost per day (eurocent) of an average episode, per type and year: youth from the calibrated yearly costs, Wmo from a monthly price. */
export function dailyRates(ctx: ClaimContext, episodes: ReadonlyArray<Episode>): number[][] {
  const years = ctx.toYear - ctx.fromYear + 1;
  const exposure = ctx.specs.map(() => new Array<number>(years).fill(0));
  for (const e of episodes) {
    if (e.begin < 0) continue;
    for (
      let y = Math.max(ctx.fromYear, yearOfDay(e.begin));
      y <= Math.min(ctx.toYear, yearOfDay(e.end));
      y++
    ) {
      const days = Math.min(e.end, dayOf(y + 1) - 1) - Math.max(e.begin, dayOf(y)) + 1;
      const row = exposure[e.type];
      if (row !== undefined && days > 0)
        row[y - ctx.fromYear] = (row[y - ctx.fromYear] ?? 0) + days * e.intensity;
    }
  }
  return ctx.specs.map((spec, t) =>
    Array.from({ length: years }, (_, i) => {
      const year = ctx.fromYear + i;
      if (spec.costs !== undefined) {
        const days = exposure[t]?.[i] ?? 0;
        return days > 0 ? (spec.costs(year) * ctx.scale * 100) / days : 0;
      }
      return ((spec.monthlyEuro * 100) / 30.44) * priceIndex(year);
    }),
  );
}

/** Writes the claim lines of one episode. */
export function emitEpisodeClaims(
  ctx: ClaimContext,
  rates: ReadonlyArray<ReadonlyArray<number>>,
  e: Episode,
  out: ClaimRowSink,
): void {
  if (e.begin < 0) return;
  const spec = ctx.specs[e.type];
  const category = spec?.categories.find((c) => c.code === e.category);
  const provider = ctx.providers[e.provider];
  if (spec === undefined || category === undefined || provider === undefined) return;
  const { random } = ctx;
  const bsn = ctx.bsnOf(e.person);
  const lawDigit = e.law === 'jeugd' ? '1' : '2';
  const fixed = [bsn, e.law, String(e.allocationNumber), e.category, e.product, provider.agb];

  const submit = (periodEnd: number, extraMonths: number): number => {
    const lag = 1 + random.weighted([0.72, 0.2, 0.08]) + extraMonths;
    return firstDayOfMonthIndex(monthIndexOfDay(periodEnd) + lag) + provider.submissionDay - 1;
  };
  const declarationNumber = (day: number): string => {
    const month = monthIndexOfDay(day);
    const yyyymm = `${Math.floor(month / 12)}${String((month % 12) + 1).padStart(2, '0')}`;
    return `${yyyymm}${String(provider.index).padStart(3, '0')}${lawDigit}`;
  };
  const line = (
    submitted: number,
    from: number,
    to: number,
    volume: number,
    cents: number,
    dc: 'D' | 'C',
  ): void =>
    out.plainRow([
      ...fixed,
      declarationNumber(submitted),
      isoOf(submitted),
      isoOf(from),
      isoOf(to),
      volume,
      category.unit,
      cents,
      dc,
    ]);
  /** Volume and amount of a product period, consistent with the unit's tariff. */
  const measure = (days: number, cents: number, year: number): [number, number] => {
    switch (category.unit) {
      case '14':
        return [days, days * Math.max(1, Math.round(cents / days))];
      case '82':
        return [1, Math.max(1, Math.round(cents))];
      case '83': {
        const euros = Math.max(1, Math.round(cents / 100));
        return [euros, euros * 100];
      }
      default: {
        const tariff = Math.max(1, Math.round(category.tariffCents * priceIndex(year)));
        const volume = Math.max(1, Math.round(cents / tariff));
        return [volume, volume * tariff];
      }
    }
  };
  const claim = (from: number, to: number, cents: number, year: number): void => {
    const [volume, amount] = measure(to - from + 1, cents, year);
    const submitted = submit(to, 0);
    if (submitted > ctx.deliveryDay) return;
    line(submitted, from, to, volume, amount, 'D');
    if (!random.chance(CORRECTION_SHARE)) return;
    // A correction: the provider credits the line and declares it again with another volume.
    const corrected = submit(submitted, 0);
    if (corrected > ctx.deliveryDay) return;
    line(corrected, from, to, volume, amount, 'C');
    const [newVolume, newAmount] = measure(to - from + 1, cents * (0.8 + 0.3 * random.next()), year);
    line(corrected, from, to, newVolume, newAmount, 'D');
  };

  const firstDay = dayOf(ctx.fromYear);
  const lastDay = Math.min(e.end, dayOf(ctx.toYear + 1) - 1);
  if (spec.oneOffEuro !== undefined) {
    if (e.begin >= firstDay && e.begin <= lastDay) {
      const year = yearOfDay(e.begin);
      claim(e.begin, e.begin, spec.oneOffEuro * 100 * priceIndex(year) * random.logNormal(1, 0.7), year);
    }
    return;
  }
  for (let m = Math.max(monthIndexOfDay(e.begin), ctx.fromYear * 12); m <= monthIndexOfDay(lastDay); m++) {
    const from = Math.max(e.begin, firstDayOfMonthIndex(m));
    const to = Math.min(lastDay, firstDayOfMonthIndex(m + 1) - 1);
    if (to < from) continue;
    const year = Math.floor(m / 12);
    const rate = rates[e.type]?.[year - ctx.fromYear] ?? 0;
    claim(from, to, rate * e.intensity * (to - from + 1), year);
  }
}
