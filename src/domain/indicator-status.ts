/** @module Status of a computed value (indicators.md §1): running while its period runs past the delivery date, provisional until the follow-up window is covered too, then final. */
import { addMonths, lastDayOfMonth } from './period.ts';

/** Value status codes as stored in the cube (English); the outputs label them in Dutch (`lopend`, `voorlopig`, `definitief`). */
export const VALUE_STATUSES = ['provisional', 'final', 'running'] as const;
export type ValueStatus = (typeof VALUE_STATUSES)[number];

export const isValueStatus = (value: string): value is ValueStatus =>
  (VALUE_STATUSES as readonly string[]).includes(value);

/**
 * The status of a value of a period ending on `periodEnd`, given the delivery date of the data it reads (for an
 * indicator: the earliest delivery date among its sources, see delivery-sources.ts):
 * - `running` when the period ends after the delivery date: the data stop inside it, so the value covers only part
 *   of the period and is never compared with complete periods;
 * - `final` when the delivery date is on or after the period's last day plus `followUpMonths` (month ends), e.g.
 *   6 months for "no return";
 * - else `provisional`. Without a delivery date everything is provisional.
 */
export function indicatorStatus(
  periodEnd: string,
  followUpMonths: number,
  deliveryDate: string | undefined,
): ValueStatus {
  if (deliveryDate === undefined) return 'provisional';
  if (deliveryDate < periodEnd) return 'running';
  // Periods end on a month's last day, so the window ends on the last day of the month n months later.
  const shifted = addMonths(periodEnd, followUpMonths);
  const year = Number(shifted.slice(0, 4));
  const month = Number(shifted.slice(5, 7));
  const complete = `${shifted.slice(0, 8)}${String(lastDayOfMonth(year, month)).padStart(2, '0')}`;
  return deliveryDate >= complete ? 'final' : 'provisional';
}

/**
 * Whether a period has a value at all: only when it began on or before the delivery date. A period that starts
 * after the data's last delivery has no data, so it gets no value (not a zero).
 */
export const isPeriodReported = (periodStart: string, deliveryDate: string): boolean =>
  periodStart <= deliveryDate;
