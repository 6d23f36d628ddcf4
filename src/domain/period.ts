/** @module Reporting periods (year, half, quarter, month): parsing `2019`, `2019-H1`, `2019-Q3`, `2019-07`, their date ranges and enumeration. */

export const PERIOD_KINDS = ['year', 'half', 'quarter', 'month'] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];

/** A period with inclusive ISO dates (`YYYY-MM-DD`); `end` is also the default reference date (peildatum). */
export interface Period {
  readonly id: string;
  readonly kind: PeriodKind;
  readonly year: number;
  readonly start: string;
  readonly end: string;
}

const MONTHS_PER_KIND: Record<PeriodKind, number> = { year: 12, half: 6, quarter: 3, month: 1 };

const pad2 = (n: number): string => String(n).padStart(2, '0');

/** Last day of a month (1-based month). */
export function lastDayOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function build(kind: PeriodKind, year: number, index: number): Period {
  const months = MONTHS_PER_KIND[kind];
  const firstMonth = (index - 1) * months + 1;
  const lastMonth = firstMonth + months - 1;
  const id =
    kind === 'year'
      ? String(year)
      : kind === 'half'
        ? `${year}-H${index}`
        : kind === 'quarter'
          ? `${year}-Q${index}`
          : `${year}-${pad2(index)}`;
  return {
    id,
    kind,
    year,
    start: `${year}-${pad2(firstMonth)}-01`,
    end: `${year}-${pad2(lastMonth)}-${pad2(lastDayOfMonth(year, lastMonth))}`,
  };
}

/** Parses a period id; returns undefined for anything else (callers turn that into an error naming the input). */
export function parsePeriod(input: string): Period | undefined {
  const text = input.trim().toUpperCase();
  let m = /^(\d{4})$/.exec(text);
  if (m) return build('year', Number(m[1]), 1);
  m = /^(\d{4})-H([12])$/.exec(text);
  if (m) return build('half', Number(m[1]), Number(m[2]));
  m = /^(\d{4})-Q([1-4])$/.exec(text);
  if (m) return build('quarter', Number(m[1]), Number(m[2]));
  m = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(text);
  if (m) return build('month', Number(m[1]), Number(m[2]));
  return undefined;
}

/** All periods of one kind in the years `fromYear..toYear`, in chronological order. */
export function periodsOfKind(kind: PeriodKind, fromYear: number, toYear: number): Period[] {
  const perYear = 12 / MONTHS_PER_KIND[kind];
  const result: Period[] = [];
  for (let year = fromYear; year <= toYear; year++) {
    for (let index = 1; index <= perYear; index++) result.push(build(kind, year, index));
  }
  return result;
}

/** The period of the same kind directly before this one. */
export function previousPeriod(period: Period): Period {
  const perYear = 12 / MONTHS_PER_KIND[period.kind];
  const index = Math.round((Number(period.start.slice(5, 7)) - 1) / MONTHS_PER_KIND[period.kind]) + 1;
  return index > 1
    ? build(period.kind, period.year, index - 1)
    : build(period.kind, period.year - 1, perYear);
}

/** 1 January of the period's year: the reference date for population denominators (CBS convention). */
export function populationReferenceDate(period: Period): string {
  return `${period.year}-01-01`;
}

/** Adds whole months to an ISO date, clamping to the month's last day (2019-08-31 + 6 months = 2020-02-29). */
export function addMonths(isoDate: string, months: number): string {
  const year = Number(isoDate.slice(0, 4));
  const month = Number(isoDate.slice(5, 7));
  const day = Number(isoDate.slice(8, 10));
  const total = year * 12 + (month - 1) + months;
  const newYear = Math.floor(total / 12);
  const newMonth = (total % 12) + 1;
  return `${newYear}-${pad2(newMonth)}-${pad2(Math.min(day, lastDayOfMonth(newYear, newMonth)))}`;
}

/** True when `text` is a real calendar date in ISO form (rejects 2027-06-31). */
export function isIsoDate(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const month = Number(m[2]);
  const day = Number(m[3]);
  return month >= 1 && month <= 12 && day >= 1 && day <= lastDayOfMonth(Number(m[1]), month);
}
