/** @module Provisional/final status of a computed value (indicators.md §1): final once the period plus its follow-up window is covered by delivered data. */
import { addMonths, lastDayOfMonth } from './period.ts';

export const VALUE_STATUSES = ['provisional', 'final'] as const;
export type ValueStatus = (typeof VALUE_STATUSES)[number];

/**
 * `final` when the data's last delivery date is on or after the period's last day plus `followUpMonths` (month ends)
 * (e.g. 6 months for "no return"), else `provisional`. Without a delivery date everything is provisional.
 */
export function indicatorStatus(
  periodEnd: string,
  followUpMonths: number,
  deliveryDate: string | undefined,
): ValueStatus {
  if (deliveryDate === undefined) return 'provisional';
  // Periods end on a month's last day, so the window ends on the last day of the month n months later.
  const shifted = addMonths(periodEnd, followUpMonths);
  const year = Number(shifted.slice(0, 4));
  const month = Number(shifted.slice(5, 7));
  const complete = `${shifted.slice(0, 8)}${String(lastDayOfMonth(year, month)).padStart(2, '0')}`;
  return deliveryDate >= complete ? 'final' : 'provisional';
}
