/** @module The record-level sources with a delivery date of their own (claims, provisions, benefits, re-integration provisions, population, households), how they are stored (meta keys) and which of them bound an indicator's periods. */

/**
 * The sources, named after the canonical table the engine reads (`EngineInput`): `provision` holds allocations and
 * care from iJw/iWmo 301/305/307 and provision exports, `claim` declarations (323 and claim exports),
 * `reintegration` the re-integration instruments of a case-system export.
 */
export const DELIVERY_SOURCES = [
  'claim',
  'provision',
  'benefit',
  'reintegration',
  'population',
  'households',
] as const;
export type DeliverySource = (typeof DELIVERY_SOURCES)[number];

export const isDeliverySource = (name: string): name is DeliverySource =>
  (DELIVERY_SOURCES as readonly string[]).includes(name);

/**
 * Sources whose records describe a stretch of time up to their delivery date (episodes, claims, benefit periods):
 * a period running past that date is incomplete. Population and household counts are figures on a reference date
 * (1 January), not a stretch of time: a rate's denominator takes the latest one on or before the period's
 * reference date, so they do not bound periods (their date is still listed).
 */
export const PERIOD_BOUNDING_SOURCES: readonly DeliverySource[] = [
  'claim',
  'provision',
  'benefit',
  'reintegration',
];

/** Per-source delivery dates (ISO); a source without any delivered record has none. */
export type DeliveryDates = Partial<Record<DeliverySource, string>>;

/** The meta key holding a source's delivery date (`delivery_date.claim`, …); `delivery_date` is the overall one. */
export const deliveryDateKey = (source: DeliverySource): string => `delivery_date.${source}`;

/** The per-source delivery dates among meta rows (other keys are ignored). */
export function deliveryDatesFromMeta(rows: ReadonlyArray<{ key: string; value: string }>): DeliveryDates {
  const dates: DeliveryDates = {};
  for (const source of DELIVERY_SOURCES) {
    const row = rows.find((r) => r.key === deliveryDateKey(source));
    if (row) dates[source] = row.value;
  }
  return dates;
}

/**
 * The delivery date that bounds an indicator reading `sources`: the earliest delivery date among its
 * period-bounding sources that have one (a value is only complete where all of its data are). Sources without any
 * record do not bound it (nothing was delivered that could be incomplete); without any such date, `fallback` (the
 * overall delivery date).
 */
export function indicatorDeliveryDate<F extends string | undefined>(
  sources: readonly DeliverySource[],
  dates: DeliveryDates,
  fallback: F,
): string | F {
  let earliest: string | undefined;
  for (const source of sources) {
    const date = PERIOD_BOUNDING_SOURCES.includes(source) ? dates[source] : undefined;
    if (date !== undefined && (earliest === undefined || date < earliest)) earliest = date;
  }
  return earliest ?? fallback;
}
