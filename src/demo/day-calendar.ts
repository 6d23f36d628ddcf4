/** @module Dates as whole day numbers (days since 1970-01-01, UTC): fast arithmetic for the simulation, ISO text for the files. */

const MS_PER_DAY = 86_400_000;
const CACHE_FIRST = -25_567; // 1900-01-01
const CACHE_LAST = 25_567; // 2039-12-31
let isoCache: string[] | undefined;
let yearCache: Int16Array | undefined;
let monthDayCache: Int16Array | undefined;

export function dayOf(year: number, month = 1, day = 1): number {
  return Math.floor(Date.UTC(year, month - 1, day) / MS_PER_DAY);
}

export function dayFromIso(iso: string): number {
  return dayOf(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10)));
}

function computeIso(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** ISO `YYYY-MM-DD` of a day number (cached: the emitters format millions of dates). */
export function isoOf(day: number): string {
  if (day < CACHE_FIRST || day > CACHE_LAST) return computeIso(day);
  if (isoCache === undefined) {
    isoCache = new Array<string>(CACHE_LAST - CACHE_FIRST + 1);
    const d = new Date(CACHE_FIRST * MS_PER_DAY);
    for (let i = 0; i < isoCache.length; i++) {
      isoCache[i] = d.toISOString().slice(0, 10);
      d.setUTCDate(d.getUTCDate() + 1);
    }
  }
  return isoCache[day - CACHE_FIRST] ?? computeIso(day);
}

function fillNumberCaches(): void {
  const size = CACHE_LAST - CACHE_FIRST + 1;
  yearCache = new Int16Array(size);
  monthDayCache = new Int16Array(size);
  const d = new Date(CACHE_FIRST * MS_PER_DAY);
  for (let i = 0; i < size; i++) {
    yearCache[i] = d.getUTCFullYear();
    monthDayCache[i] = (d.getUTCMonth() + 1) * 100 + d.getUTCDate();
    d.setUTCDate(d.getUTCDate() + 1);
  }
}

export function yearOfDay(day: number): number {
  if (day < CACHE_FIRST || day > CACHE_LAST) return Number(computeIso(day).slice(0, 4));
  if (yearCache === undefined) fillNumberCaches();
  return (yearCache as Int16Array)[day - CACHE_FIRST] ?? 0;
}

/** Month × 100 + day of month (e.g. 1231). */
function monthDayOf(day: number): number {
  if (day < CACHE_FIRST || day > CACHE_LAST) {
    const iso = computeIso(day);
    return Number(iso.slice(5, 7)) * 100 + Number(iso.slice(8, 10));
  }
  if (monthDayCache === undefined) fillNumberCaches();
  return (monthDayCache as Int16Array)[day - CACHE_FIRST] ?? 0;
}

/** Month index (year × 12 + month − 1) of a day. */
export function monthIndexOfDay(day: number): number {
  return yearOfDay(day) * 12 + Math.floor(monthDayOf(day) / 100) - 1;
}

/** First day (day number) of a month index. */
export function firstDayOfMonthIndex(monthIndex: number): number {
  return dayOf(Math.floor(monthIndex / 12), (monthIndex % 12) + 1, 1);
}

/** Whole years between a birth day and a day (the age on that day). */
export function ageOn(birthDay: number, day: number): number {
  const age = yearOfDay(day) - yearOfDay(birthDay);
  return monthDayOf(day) < monthDayOf(birthDay) ? age - 1 : age;
}

/** A sentinel day far in the future: "still running". */
export const OPEN_END = 2_000_000;
