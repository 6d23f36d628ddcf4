/** @module The data's last delivery date (meta `delivery_date`): the latest date the record-level data speaks of, which drives provisional/final status. */
import type { SqlStore } from '../store/sql-store.ts';

/**
 * Sets `delivery_date` to the latest claim submission date, or — without submission dates — the latest start/end
 * date among provisions, benefits and claim periods that is not in the future.
 */
export async function refreshDeliveryDate(store: SqlStore): Promise<string | null> {
  const [row] = await store.all<{ d: string | null }>(
    `SELECT strftime(coalesce(
       (SELECT max(submitted_on) FROM claim),
       (SELECT max(d) FROM (
          SELECT max(start_date) AS d FROM provision UNION ALL SELECT max(end_date) FROM provision
          UNION ALL SELECT max(start_date) FROM benefit UNION ALL SELECT max(end_date) FROM benefit
          UNION ALL SELECT max(period_end) FROM claim) WHERE d <= current_date)), '%Y-%m-%d') AS d`,
  );
  const date = row?.d ?? null;
  if (date) {
    await store.run(
      "INSERT INTO meta VALUES ('delivery_date', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
      [date],
    );
  }
  return date;
}
