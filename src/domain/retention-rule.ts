/**
 * @module The retention rule (pure): the span of `msd purge --older-than` (`7y`, `84m`), the cut-off it gives from
 * today, and which periods of an indicator are frozen once records before the cut-off are gone (ADR 0019).
 */

/** How far an indicator's figures of a period read records before that period: months, or all history. */
export type LookBack = number | 'all';

/** A retention span: whole years or months. */
export interface RetentionSpan {
  readonly amount: number;
  readonly unit: 'y' | 'm';
}

/** The retention rule in force: the cut-off and the horizon of the latest purge (migration 14). */
export interface RetentionRule {
  /** Record-level rows whose period ended before this date (ISO) are removed. */
  readonly cutoff: string;
  /** No period with figures began after this date (ISO) when the purge ran: the freeze of all-history look-backs. */
  readonly horizon: string;
}

/** Parses `7y`, `84m` (1 … 100 years, 1 … 1200 months); undefined for anything else. */
export function parseRetentionSpan(text: string): RetentionSpan | undefined {
  const m = /^(\d{1,4})([ym])$/.exec(text.trim().toLowerCase());
  if (!m) return undefined;
  const amount = Number(m[1]);
  const unit = m[2] === 'y' ? 'y' : 'm';
  const months = unit === 'y' ? amount * 12 : amount;
  return amount >= 1 && months <= 1200 ? { amount, unit } : undefined;
}

const iso = (d: Date): string => d.toISOString().slice(0, 10);

/** `YYYY-MM-DD` plus whole months (negative: minus); a day past the month's end becomes its last day. */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return iso(new Date(Date.UTC(year, month - 1, Math.min(d, last))));
}

/** The cut-off of a span: today (UTC) minus the span. */
export function cutoffOf(span: RetentionSpan, today: Date): string {
  return addMonths(iso(today), -(span.unit === 'y' ? span.amount * 12 : span.amount));
}

/**
 * The first day from which an indicator with this look-back may still be computed: periods beginning before it are
 * frozen. Records of periods ending before the cut-off are gone, so every period beginning before it is (periods that
 * straddle it lost part of their records); one that looks back N months also freezes the N months after the
 * cut-off. One that reads all history (first-ever care, re-entry, trajectory duration) freezes every period that had
 * figures at the purge (those beginning on or before the horizon): its later periods are first computed after the
 * purge, so no figure shown before changes. Never past the horizon for the same reason.
 */
export function frozenBefore(rule: RetentionRule, lookBack: LookBack): string {
  if (lookBack === 'all') return addDays(rule.horizon, 1);
  const shifted = addMonths(rule.cutoff, lookBack);
  const limit = addDays(rule.horizon, 1);
  return shifted < limit ? shifted : limit;
}

/** `YYYY-MM-DD` plus days. */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return iso(d);
}

/** The longer of two look-backs (a ratio reads its parts). */
export const longerLookBack = (a: LookBack, b: LookBack): LookBack =>
  a === 'all' || b === 'all' ? 'all' : Math.max(a, b);
