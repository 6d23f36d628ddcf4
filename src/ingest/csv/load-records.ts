/** @module Moves the good rows of a staged, pseudonymised CSV (csv_good) into the canonical tables (replace semantics per record id) and quarantines the rest (csv_stage, by line). */
import { basename } from 'node:path';
import type { SqlStore } from '../../store/sql-store.ts';
import { CLAIM_COLUMNS_SQL, CLAIM_ID_SQL } from './claims-direct-load.ts';
import { quarantineStaged } from './csv-staging.ts';
import { GOOD_TABLE } from './stage-pseudonymise.ts';
import type { RecordKind } from './record-kinds.ts';

export interface LoadContext {
  readonly store: SqlStore;
  readonly batch: number;
  readonly file: string;
  readonly gemeente: string;
}

export interface LoadCounts {
  read: number;
  stored: number;
  replaced: number;
  quarantined: number;
}

async function count(store: SqlStore, sql: string): Promise<number> {
  const rows = await store.all<{ n: number }>(sql);
  return rows[0]?.n ?? 0;
}

/** The good rows, pseudonymised (see stageGoodRows). */
const GOOD = `FROM ${GOOD_TABLE} WHERE true`;

/** Upserts the persons of the good rows: a known birth date or gender is kept when a row lacks one. */
async function loadPersons(ctx: LoadContext): Promise<void> {
  await ctx.store.run(
    `INSERT INTO person
     SELECT pid, any_value(birth_date) FILTER (WHERE birth_date IS NOT NULL),
            coalesce(any_value(gender) FILTER (WHERE gender IS NOT NULL), 'unknown')
     ${GOOD} GROUP BY pid
     ON CONFLICT (pid) DO UPDATE SET birth_date = coalesce(excluded.birth_date, person.birth_date),
       gender = CASE WHEN excluded.gender = 'unknown' THEN person.gender ELSE excluded.gender END`,
  );
}

async function loadPersonsAndResidence(ctx: LoadContext, validFrom: string): Promise<void> {
  await loadPersons(ctx);
  await ctx.store.run(
    `INSERT INTO residence
     SELECT DISTINCT pid, ${validFrom}, buurt, wijk, ?, household, ?, ? ${GOOD} AND ${validFrom} IS NOT NULL`,
    [ctx.gemeente, basename(ctx.file), ctx.batch],
  );
}

/** Deletes the canonical rows whose id the stage brings again; returns how many were replaced. */
async function replaceById(ctx: LoadContext, table: string, idSql: string): Promise<number> {
  const size = async () => count(ctx.store, `SELECT count(*) AS n FROM ${table}`);
  const before = await size();
  // Nothing to replace in an empty table (the first load): skip the delete's scan.
  if (before === 0) return 0;
  await ctx.store.run(`DELETE FROM ${table} WHERE id IN (SELECT ${idSql} ${GOOD})`);
  return before - (await size());
}

const LATEST_PER_ID = (idSql: string) =>
  `QUALIFY row_number() OVER (PARTITION BY ${idSql} ORDER BY line_id DESC) = 1`;

async function loadKind(ctx: LoadContext, kind: RecordKind): Promise<{ stored: number; replaced: number }> {
  const { store } = ctx;
  const stored = () => count(store, `SELECT count(*) AS n ${GOOD}`);
  switch (kind) {
    case 'postcodes': {
      const n = await stored();
      await store.run(
        `INSERT OR REPLACE INTO postcode_area SELECT DISTINCT ON (pc) upper(replace(postcode, ' ', '')) AS pc, buurt, wijk, ? ${GOOD}`,
        [ctx.batch],
      );
      return { stored: n, replaced: 0 };
    }
    case 'population':
    case 'households': {
      const table = kind;
      const keyColumns = kind === 'population' ? 'area, ref_date, age, gender' : 'area, ref_date';
      const valueColumn = kind === 'population' ? 'persons' : 'count';
      // A file replaces what was known for its (area, reference date) pairs; gemeente totals are derived from wijken.
      await store.run(
        `CREATE OR REPLACE TEMP TABLE staged_counts AS SELECT ${keyColumns}, sum(${valueColumn}) AS v ${GOOD} GROUP BY ALL`,
      );
      await store.run(
        `INSERT INTO staged_counts SELECT 'GM' || substr(area, 3, 4), ${keyColumns.replace('area, ', '')}, sum(v)
         FROM staged_counts WHERE area NOT LIKE 'GM%'
           AND NOT EXISTS (SELECT 1 FROM staged_counts g WHERE g.area = 'GM' || substr(staged_counts.area, 3, 4))
         GROUP BY ALL`,
      );
      const replaced = await count(
        store,
        `SELECT count(*) AS n FROM ${table} t WHERE EXISTS (SELECT 1 FROM staged_counts s WHERE s.area = t.area AND s.ref_date = t.ref_date)`,
      );
      await store.run(
        `DELETE FROM ${table} t WHERE EXISTS (SELECT 1 FROM staged_counts s WHERE s.area = t.area AND s.ref_date = t.ref_date)`,
      );
      await store.run(`INSERT INTO ${table} SELECT ${keyColumns}, v, ? FROM staged_counts`, [ctx.batch]);
      await store.run('DROP TABLE staged_counts');
      return { stored: await stored(), replaced };
    }
    case 'provisions': {
      const id = `law || ':' || allocation_no`;
      await loadPersonsAndResidence(ctx, 'coalesce(start_date, allocation_date)');
      const replaced = await replaceById(ctx, 'provision', id);
      await store.run(
        `INSERT INTO provision
         SELECT ${id}, pid, law, category, product, provider, allocation_no, allocation_date, start_date,
                CASE WHEN start_date IS NULL THEN NULL ELSE end_date END, end_reason,
                CASE WHEN start_date IS NULL THEN 'waiting' ELSE 'started' END, ?, ?
         ${GOOD} ${LATEST_PER_ID(id)}`,
        [basename(ctx.file), ctx.batch],
      );
      return { stored: await stored(), replaced };
    }
    case 'claims': {
      // The CSV ingest loads claims without a stage (claims-direct-load.ts); this path serves a staged file.
      const replaced = await replaceById(ctx, 'claim', CLAIM_ID_SQL);
      await store.run(`INSERT INTO claim SELECT ${CLAIM_COLUMNS_SQL} ${GOOD}`, [ctx.batch]);
      return { stored: await stored(), replaced };
    }
    case 'benefits': {
      await loadPersonsAndResidence(ctx, 'start_date');
      const replaced = await replaceById(ctx, 'benefit', 'benefit_no');
      await store.run(
        `INSERT INTO benefit
         SELECT benefit_no, pid, household, kind, start_date, end_date, exit_reason,
                coalesce(institution_or_homeless, false), ?
         ${GOOD} ${LATEST_PER_ID('benefit_no')}`,
        [ctx.batch],
      );
      return { stored: await stored(), replaced };
    }
    case 'reintegrations': {
      // One row per person, instrument and start: a later export of the same instrument (with its end) replaces it.
      const id = `pid || ':' || instrument_code || ':' || strftime(start_date, '%Y-%m-%d')`;
      await loadPersons(ctx);
      const replaced = await replaceById(ctx, 'reintegration', id);
      await store.run(
        `INSERT INTO reintegration
         SELECT ${id}, pid, instrument_code, instrument_name, start_date, end_date, end_reason, ?
         ${GOOD} ${LATEST_PER_ID(id)}`,
        [ctx.batch],
      );
      return { stored: await stored(), replaced };
    }
  }
}

/** Loads the stage into the canonical tables; the caller wraps this in the batch transaction. */
export async function loadStagedRecords(
  ctx: LoadContext,
  kind: RecordKind,
  read: number,
): Promise<LoadCounts> {
  const quarantined = await quarantineStaged(ctx.store, ctx.batch, ctx.file);
  const { stored, replaced } = await loadKind(ctx, kind);
  return { read, stored, replaced, quarantined };
}
