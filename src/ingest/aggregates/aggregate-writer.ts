/** @module Writes imported aggregate figures into `indicator_value` (replacing the same indicator, period, area, breakdown and source), records which batch wrote each (`imported_value_batch`), and quarantine rows for unusable lines. */
import type { SqlStore } from '../../store/sql-store.ts';
import type { AggregateValue } from './aggregate-value.ts';

const STAGE = '_msd_aggregate_stage';
const KEY = ['indicator', 'period', 'area', 'breakdown_key', 'breakdown_value', 'source'] as const;

export interface WriteResult {
  stored: number;
  /** Existing rows with the same key that were replaced. */
  replaced: number;
}

/** A key that identifies a figure: re-importing the same key replaces it. */
export const aggregateKey = (v: AggregateValue): string =>
  [v.indicator, v.period, v.area, v.breakdownKey, v.breakdownValue, v.source].join('\u0000');

/**
 * Replaces figures by key: rows of `indicator_value` with the key of a staged figure (or of `removeKeys`, figures
 * that cannot occur) are deleted, then the figures are inserted and linked to `batch` (the links of the replaced
 * figures go with them). Never touches computed rows. Call inside the batch transaction. Within one call a later
 * figure for the same key wins.
 */
export async function writeAggregateValues(
  store: SqlStore,
  batch: number,
  values: readonly AggregateValue[],
  removeKeys: readonly AggregateValue[] = [],
): Promise<WriteResult> {
  const latest = new Map<string, AggregateValue>();
  for (const v of values) latest.set(aggregateKey(v), v);
  const removals = removeKeys.filter((v) => !latest.has(aggregateKey(v)));
  await store.run(`DROP TABLE IF EXISTS ${STAGE}`);
  await store.run(
    `CREATE TEMP TABLE ${STAGE} (indicator VARCHAR, period VARCHAR, area VARCHAR, breakdown_key VARCHAR,
       breakdown_value VARCHAR, numerator DOUBLE, denominator DOUBLE, value DOUBLE, status VARCHAR, source VARCHAR,
       keep BOOLEAN)`,
  );
  const row = (v: AggregateValue, keep: boolean) => [
    v.indicator,
    v.period,
    v.area,
    v.breakdownKey,
    v.breakdownValue,
    v.numerator,
    v.denominator,
    v.value,
    v.status,
    v.source,
    keep,
  ];
  await store.append(STAGE, [
    ...[...latest.values()].map((v) => row(v, true)),
    ...removals.map((v) => row(v, false)),
  ]);
  const match = KEY.map((k) => `iv.${k} = s.${k}`).join(' AND ');
  const [before] = await store.all<{ n: number }>(
    `SELECT count(*) AS n FROM indicator_value iv WHERE iv.source <> 'computed'
       AND EXISTS (SELECT 1 FROM ${STAGE} s WHERE ${match})`,
  );
  await store.run(
    `DELETE FROM indicator_value iv WHERE iv.source <> 'computed'
       AND EXISTS (SELECT 1 FROM ${STAGE} s WHERE ${match})`,
  );
  await store.run(
    `INSERT INTO indicator_value
     SELECT indicator, period, area, breakdown_key, breakdown_value, numerator, denominator, value, status, source,
       current_timestamp FROM ${STAGE} WHERE keep`,
  );
  const link = KEY.map((k) => `l.${k} = s.${k}`).join(' AND ');
  await store.run(`DELETE FROM imported_value_batch l WHERE EXISTS (SELECT 1 FROM ${STAGE} s WHERE ${link})`);
  await store.run(`INSERT INTO imported_value_batch SELECT ?, ${KEY.join(', ')} FROM ${STAGE} WHERE keep`, [
    batch,
  ]);
  await store.run(`DROP TABLE ${STAGE}`);
  return { stored: latest.size, replaced: before?.n ?? 0 };
}

/** One unusable line of an aggregate file. */
export interface QuarantinedLine {
  position: string;
  reason: string;
}

/** Records unusable lines in `quarantine` for the batch (positions and reasons only). */
export async function quarantineLines(
  store: SqlStore,
  batch: number,
  file: string,
  lines: readonly QuarantinedLine[],
): Promise<void> {
  if (lines.length === 0) return;
  await store.append(
    'quarantine',
    lines.map((l) => [batch, file, null, l.position, l.reason]),
  );
}
