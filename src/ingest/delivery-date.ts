/** @module Delivery dates per source (meta `delivery_date.<source>`) and overall (meta `delivery_date`, the latest of the period sources): the latest date each source's records speak of, which drives running/provisional/final status and which periods are computed. */
import {
  DELIVERY_SOURCES,
  PERIOD_BOUNDING_SOURCES,
  deliveryDateKey,
  deliveryDatesFromMeta,
  type DeliveryDates,
} from '../domain/delivery-sources.ts';
import type { SqlStore } from '../store/sql-store.ts';

/**
 * The query per source. Dates after today are plans (an allocation's planned end), not deliveries, so they are left
 * out where a source can carry them.
 * - claim: the latest submission date (Indieningsdatum); claim exports without one: the latest claimed period end.
 * - provision: the latest message date (Dagtekening) of the iJw/iWmo messages and the latest start or end of
 *   provisions from exports.
 * - benefit: the latest start or end of a benefit.
 * - reintegration: the latest start or end of a re-integration instrument.
 * - population, households: the latest reference date (peildatum).
 */
const SOURCE_DATES: Readonly<Record<(typeof DELIVERY_SOURCES)[number], string>> = {
  claim: `coalesce((SELECT max(submitted_on) FROM claim),
    (SELECT max(period_end) FROM claim WHERE period_end <= current_date))`,
  provision: `(SELECT max(d) FROM (
    SELECT max(message_date) AS d FROM istd_message WHERE message_date <= current_date
    UNION ALL SELECT max(start_date) FROM provision WHERE source NOT IN ('iJw', 'iWmo') AND start_date <= current_date
    UNION ALL SELECT max(end_date) FROM provision WHERE source NOT IN ('iJw', 'iWmo') AND end_date <= current_date))`,
  benefit: `(SELECT max(d) FROM (
    SELECT max(start_date) AS d FROM benefit WHERE start_date <= current_date
    UNION ALL SELECT max(end_date) FROM benefit WHERE end_date <= current_date))`,
  reintegration: `(SELECT max(d) FROM (
    SELECT max(start_date) AS d FROM reintegration WHERE start_date <= current_date
    UNION ALL SELECT max(end_date) FROM reintegration WHERE end_date <= current_date))`,
  population: '(SELECT max(ref_date) FROM population)',
  households: '(SELECT max(ref_date) FROM households)',
};

/**
 * Recomputes every source's delivery date from the stored records (after an ingest) and stores them as meta
 * `delivery_date.<source>`; a source without records loses its key. The overall `delivery_date` becomes the latest
 * of the period sources' dates (claims, provisions, benefits, re-integration), else the latest reference date; it is left as it was
 * when no source has a date. Returns the overall date.
 */
export async function refreshDeliveryDate(store: SqlStore): Promise<string | null> {
  const dates = await measureDeliveryDates(store);
  await store.transaction(async () => {
    for (const source of DELIVERY_SOURCES) {
      const date = dates[source];
      if (date === undefined) await store.run('DELETE FROM meta WHERE key = ?', [deliveryDateKey(source)]);
      else await upsertMeta(store, deliveryDateKey(source), date);
    }
    const overall = latestOf(PERIOD_BOUNDING_SOURCES, dates) ?? latestOf(DELIVERY_SOURCES, dates);
    if (overall !== undefined) await upsertMeta(store, 'delivery_date', overall);
  });
  return latestOf(PERIOD_BOUNDING_SOURCES, dates) ?? latestOf(DELIVERY_SOURCES, dates) ?? null;
}

/** The delivery date of every source as the stored records give it (nothing is written). */
export async function measureDeliveryDates(store: SqlStore): Promise<DeliveryDates> {
  const columns = DELIVERY_SOURCES.map((s) => `strftime(${SOURCE_DATES[s]}, '%Y-%m-%d') AS "${s}"`);
  const [row] = await store.all<Record<string, string | null>>(`SELECT ${columns.join(',\n')}`);
  const dates: DeliveryDates = {};
  for (const source of DELIVERY_SOURCES) {
    const date = row?.[source];
    if (date) dates[source] = date;
  }
  return dates;
}

/** The stored per-source delivery dates (meta), for the outputs: `/health`, the pages' "data t/m" per source. */
export async function readDeliveryDates(store: SqlStore): Promise<DeliveryDates> {
  return deliveryDatesFromMeta(
    await store.all<{ key: string; value: string }>(
      "SELECT key, value FROM meta WHERE key LIKE 'delivery_date.%'",
    ),
  );
}

function latestOf(
  sources: readonly (typeof DELIVERY_SOURCES)[number][],
  dates: DeliveryDates,
): string | undefined {
  let latest: string | undefined;
  for (const source of sources) {
    const date = dates[source];
    if (date !== undefined && (latest === undefined || date > latest)) latest = date;
  }
  return latest;
}

const upsertMeta = (store: SqlStore, key: string, value: string): Promise<void> =>
  store.run('INSERT INTO meta VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value', [
    key,
    value,
  ]);
