/** @module The period and area of a steering view: the default period (the latest year with a final computed value, else the latest year with any value) and whether an asked-for area exists. */
import type { SqlStore } from '../store/sql-store.ts';

/** The latest year the cube can speak about with confidence; undefined when the cube is empty. */
export async function defaultSteeringPeriod(store: SqlStore): Promise<string | undefined> {
  const [row] = await store.all<{ final: string | null; any: string | null }>(
    `SELECT max(period) FILTER (WHERE status = 'final') AS final, max(period) AS any
     FROM indicator_value WHERE length(period) = 4`,
  );
  return row?.final ?? row?.any ?? undefined;
}

/** True when the area is one of the deployment's (gemeente, wijk, buurt or custom area). */
export async function isKnownArea(store: SqlStore, code: string): Promise<boolean> {
  const [row] = await store.all<{ n: number }>('SELECT count(*) AS n FROM area WHERE code = ?', [code]);
  return (row?.n ?? 0) > 0;
}
