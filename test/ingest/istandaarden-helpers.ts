/** @module Test helpers for the iJw / iWmo ingestion tests: where the official samples and the project's own messages are, test BSNs, message headers, writing message folders, ingesting them into a store. */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { elfproefCheckDigit } from '../../src/ingest/bsn.ts';
import { ingestPaths, type IngestOptions } from '../../src/ingest/ingest-paths.ts';
import type { HeaderInput } from '../../src/ingest/istandaarden/message-writer.ts';
import type { IstandaardLaw } from '../../src/ingest/istandaarden/message-types.ts';
import { Pseudonymiser } from '../../src/ingest/pseudonymise.ts';
import type { SqlStore } from '../../src/store/sql-store.ts';
import { sharedPath } from '../helpers/shared-folder.ts';

export const SECRET = Buffer.from('0123456789abcdef0123456789abcdef');
/** The official XSDs and iJw samples in ../shared (ask `needsShared` before reading them). */
export const XSD_DIR = sharedPath('istandaarden');
export const SAMPLES = join(XSD_DIR, 'jw', 'berichten');
/** The project's own hand-made iJw and iWmo 3.2 messages (test/fixtures/istandaarden/berichten/README.md). */
export const MESSAGES = fileURLToPath(new URL('../fixtures/istandaarden/berichten/', import.meta.url));

/** The n-th test BSN (9999xxxxx) that passes the elfproef. */
export function testBsn(n: number): string {
  let found = -1;
  for (let prefix = 99_990_000; prefix <= 99_999_999; prefix++) {
    const check = elfproefCheckDigit(prefix);
    if (check !== undefined && ++found === n) return `${prefix}${check}`;
  }
  throw new RangeError('no such test BSN');
}

export const GEMEENTE = '0637';
export const PROVIDER = '12345678';

/** Header of a message: 301 from the gemeente to the provider, other types the other way round. */
export function head(
  law: IstandaardLaw,
  type: '301' | '305' | '307' | '323',
  id: string,
  date: string,
): HeaderInput {
  const toProvider = type === '301';
  return {
    law,
    messageId: id,
    date,
    sender: toProvider ? GEMEENTE : PROVIDER,
    receiver: toProvider ? PROVIDER : GEMEENTE,
  };
}

/** Writes `files` (name → XML text) into a new temporary folder. */
export async function writeFolder(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'msd-istd-'));
  for (const [name, text] of Object.entries(files)) await writeFile(join(dir, name), text);
  return dir;
}

export const ingest = (store: SqlStore, paths: string[], extra: Partial<IngestOptions> = {}) =>
  ingestPaths(paths, {
    store,
    pseudonymiser: new Pseudonymiser(SECRET),
    gemeente: 'GM0637',
    by: 'test',
    ...extra,
  });

/** Row counts of the record tables, to show that a rejected file stored nothing. */
export async function recordCounts(store: SqlStore): Promise<Record<string, number>> {
  const tables = [
    'provision',
    'claim',
    'person',
    'residence',
    'istd_message',
    'istd_allocation',
    'istd_care_start',
    'istd_care_stop',
  ];
  const counts: Record<string, number> = {};
  for (const t of tables) {
    const [row] = await store.all<{ n: number }>(`SELECT count(*) AS n FROM ${t}`);
    counts[t] = row?.n ?? 0;
  }
  return counts;
}
