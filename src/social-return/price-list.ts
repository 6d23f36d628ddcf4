/** @module Prices of a price list in a chosen price year (indexation), and money lines exact to the cent. */
import type { PriceItem, PriceList } from './social-return-model.ts';

/** Rounds half away from zero to a whole number (cents): 0.5 → 1, −0.5 → −1. */
export const roundCents = (value: number): number => Math.sign(value) * Math.round(Math.abs(value));

/**
 * The item's price in whole cents in `year`: unchanged when it is the item's own price year, else
 * price × index[year] / index[item's year], rounded to the cent. Undefined when an index figure is missing
 * (the normaliser refuses such a list before any computation).
 */
export function indexedPriceCents(
  item: PriceItem,
  year: number,
  index: ReadonlyMap<number, number>,
): number | undefined {
  if (item.priceYear === year) return item.priceCents;
  const from = index.get(item.priceYear);
  const to = index.get(year);
  if (from === undefined || to === undefined || from <= 0) return undefined;
  return roundCents((item.priceCents * to) / from);
}

/** Every item of the list priced in `year` (code → cents); throws when an index figure is missing. */
export function pricesInYear(list: PriceList, year: number): ReadonlyMap<string, number> {
  const prices = new Map<string, number>();
  for (const item of list.items) {
    const cents = indexedPriceCents(item, year, list.index);
    if (cents === undefined)
      throw new Error(`no index figure to bring ${item.code} from ${item.priceYear} to ${year}`);
    prices.set(item.code, cents);
  }
  return prices;
}

/** A line's amount in whole cents: price × quantity (in hundredths), rounded to the cent — exact in integers. */
export function lineCents(priceCents: number, hundredths: number): number {
  const product = priceCents * hundredths;
  const whole = Math.trunc(product / 100);
  const rest = product - whole * 100;
  return whole + (Math.abs(rest) >= 50 ? Math.sign(rest) : 0);
}

/** Euro amount in Dutch notation, e.g. `€ 471.600,00` (cents exact, never through floating point). */
export function formatEuro(cents: number): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  const euros = Math.trunc(abs / 100)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${sign}€ ${euros},${String(abs % 100).padStart(2, '0')}`;
}
