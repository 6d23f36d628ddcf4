/** @module Ingests one CSV file with a mapping profile: stage → pseudonymise → validate → load, inside the batch transaction. */
import type { SqlStore } from '../../store/sql-store.ts';
import type { BatchCounts } from '../batch.ts';
import type { Pseudonymiser } from '../pseudonymise.ts';
import { loadClaimsDirect } from './claims-direct-load.ts';
import { STAGE_TABLE, stageCsv } from './csv-staging.ts';
import { loadStagedRecords } from './load-records.ts';
import type { MappingProfile } from './mapping-profile.ts';
import { RECORD_FIELDS } from './record-kinds.ts';
import { dropGoodRows, stageGoodRows } from './stage-pseudonymise.ts';

export interface CsvIngestContext {
  readonly store: SqlStore;
  readonly pseudonymiser: Pseudonymiser;
  readonly gemeente: string;
}

export async function ingestCsvFile(
  ctx: CsvIngestContext,
  file: string,
  profile: MappingProfile,
  batch: number,
  /** The name quarantine and residence rows carry (default: the file's own); a spreadsheet's CSV copy passes the workbook's. */
  sourceName: string = file,
): Promise<BatchCounts> {
  const { store } = ctx;
  if (profile.kind === 'claims') {
    return loadClaimsDirect({ store, pseudonymiser: ctx.pseudonymiser, batch, sourceName }, file, profile);
  }
  const read = await stageCsv(store, file, profile);
  const fields = RECORD_FIELDS[profile.kind];
  try {
    await stageGoodRows(
      store,
      ctx.pseudonymiser,
      Object.keys(fields),
      'postcode' in fields && profile.kind !== 'postcodes',
    );
    const counts = await loadStagedRecords(
      { store, batch, file: sourceName, gemeente: ctx.gemeente },
      profile.kind,
      read,
    );
    return { ...counts, skipped: 0 };
  } finally {
    await dropGoodRows(store);
    await store.run(`DROP TABLE IF EXISTS ${STAGE_TABLE}`);
  }
}
