/** @module Test helper: snapshots of the computed cube and their differences (rows in one and not the other, EXCEPT ALL both ways; figures rounded to 4 decimals, status included). */
import type { SqlStore } from '../../src/store/sql-store.ts';

/** One cube row as compared: identity, figures rounded to 4 decimals, status. */
export type ComparedRow = {
  readonly indicator: string;
  readonly period: string;
  readonly area: string;
  readonly breakdown_key: string;
  readonly breakdown_value: string;
  readonly numerator: number | null;
  readonly denominator: number | null;
  readonly value: number | null;
  readonly status: string;
};

/** A row of one snapshot that the other lacks (`onlyIn`: the snapshot holding it). */
export type CubeDifference = ComparedRow & { readonly onlyIn: string };

const SAFE_NAME = /^[a-z_][a-z0-9_]*$/;

/** Copies the computed rows of the cube into the temp table `name`, figures rounded to 4 decimals. */
export async function snapshotCube(store: SqlStore, name: string): Promise<number> {
  if (!SAFE_NAME.test(name)) throw new Error(`not a table name: ${name}`);
  await store.run(`CREATE OR REPLACE TEMP TABLE ${name} AS
    SELECT indicator, period, area, breakdown_key, breakdown_value, round(numerator, 4) AS numerator,
      round(denominator, 4) AS denominator, round(value, 4) AS value, status
    FROM indicator_value WHERE source = 'computed'`);
  const [row] = await store.all<{ n: number }>(`SELECT count(*) AS n FROM ${name}`);
  return Number(row?.n ?? 0);
}

/**
 * The rows of snapshot `a` missing from `b` and of `b` missing from `a` (multisets: a duplicated row counts), at most
 * `limit` of them, ordered. Empty when the two cubes are identical.
 */
export async function cubeDifferences(
  store: SqlStore,
  a: string,
  b: string,
  limit = 20,
): Promise<CubeDifference[]> {
  if (!SAFE_NAME.test(a) || !SAFE_NAME.test(b)) throw new Error(`not table names: ${a}, ${b}`);
  return store.all<CubeDifference>(
    `SELECT * FROM (
       SELECT '${a}' AS onlyIn, * FROM (SELECT * FROM ${a} EXCEPT ALL SELECT * FROM ${b})
       UNION ALL
       SELECT '${b}' AS onlyIn, * FROM (SELECT * FROM ${b} EXCEPT ALL SELECT * FROM ${a}))
     ORDER BY indicator, period, area, breakdown_key, breakdown_value, onlyIn LIMIT ${Math.trunc(limit)}`,
  );
}
