/** @module The birth date a person keeps from an iJw/iWmo Geboortedatum: the day where known (the legal age limits of 18 and 23 need it), else the 1st of the month, else nothing. */
import type { DateUsage } from './code-lists.ts';

/**
 * The stored birth date (`YYYY-MM-DD`) for a Geboortedatum and its DatumGebruik (COD170): without a DatumGebruik the
 * date as given; 1 (day unknown) and 2 (day and month unknown) keep the year and month as given with the 1st as the
 * day, as stores made before migration 9 hold every birth date; 3 (unknown) gives null (age unknown).
 */
export function storedBirthDate(isoDate: string, usage: DateUsage | null): string | null {
  if (usage === '3') return null;
  const match = /^(\d{4})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/.exec(isoDate.trim());
  if (!match) throw new RangeError(`not an ISO date: ${JSON.stringify(isoDate)}`);
  return usage === null ? `${match[1]}-${match[2]}-${match[3]}` : `${match[1]}-${match[2]}-01`;
}
