/** @module The period a steering view shows when none is asked for: the latest year with a final computed value, else the latest year with any value. */
import type { SqlStore } from '../store/sql-store.ts';

/** The latest year the cube can speak about with confidence; undefined when the cube is empty. */
export async function defaultSteeringPeriod(store: SqlStore): Promise<string | undefined> {
  const [row] = await store.all<{ final: string | null; any: string | null }>(
    `SELECT max(period) FILTER (WHERE status = 'final') AS final, max(period) AS any
     FROM indicator_value WHERE length(period) = 4`,
  );
  return row?.final ?? row?.any ?? undefined;
}
