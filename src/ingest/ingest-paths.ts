/** @module `msd ingest`: expands files and folders, picks the reader per file (CSV profile, or iJw/iWmo XML for `.xml` and `.zip`), orders them (postcodes and population first) and runs each as a batch. */
import { readdir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { IngestError } from '../errors.ts';
import type { SqlStore } from '../store/sql-store.ts';
import { runBatch, type BatchWork, type FileResult } from './batch.ts';
import { ingestCsvFile } from './csv/csv-ingest.ts';
import type { MappingProfile } from './csv/mapping-profile.ts';
import { detectProfile, readHeaderLine, shippedProfiles } from './csv/profile-registry.ts';
import { RECORD_KINDS } from './csv/record-kinds.ts';
import { withCsvCopy, xlsxHeaderLine } from './csv/xlsx-to-csv.ts';
import { refreshDeliveryDate } from './delivery-date.ts';
import { NO_PROFILE, NO_SUCH_PATH, POSITION, strictRejected } from './ingest-reasons.ts';
import { ingestIstandaardFile, type ParseAhead } from './istandaarden/istandaard-ingest.ts';
import { ParseThread } from './istandaarden/message-parse-thread.ts';
import { MessagePrefetcher } from './istandaarden/message-prefetch.ts';
import type { Pseudonymiser } from './pseudonymise.ts';

export interface IngestOptions {
  readonly store: SqlStore;
  readonly pseudonymiser: Pseudonymiser;
  readonly gemeente: string;
  readonly by: string;
  /** Profiles to use instead of detection among the shipped ones. */
  readonly profiles?: readonly MappingProfile[];
  readonly onFile?: (result: FileResult) => void;
  /** Any quarantined record fails (rolls back) the whole file. */
  readonly strict?: boolean;
  /** Folder with the official iJw/iWmo XSDs (`--xsd-dir`): every XML message is validated before it is parsed. */
  readonly xsdDir?: string | undefined;
}

const CSV_FILES = new Set(['.csv', '.txt']);
/** Spreadsheet exports: the first worksheet is read as if it were a CSV file (see xlsx-to-csv.ts). */
const SPREADSHEET_FILES = new Set(['.xlsx']);
/** iJw / iWmo messages: single `.xml` files or `.zip` archives of them (one batch per file or archive). */
const MESSAGE_FILES = new Set(['.xml', '.zip']);
/** Every file extension `msd ingest` reads (the browser upload accepts only these). */
export const INGESTIBLE_EXTENSIONS: readonly string[] = [
  ...CSV_FILES,
  ...SPREADSHEET_FILES,
  ...MESSAGE_FILES,
];
const INGESTIBLE = new Set(INGESTIBLE_EXTENSIONS);
const isSpreadsheet = (file: string): boolean => SPREADSHEET_FILES.has(extname(file).toLowerCase());
const isMessageFile = (file: string): boolean => MESSAGE_FILES.has(extname(file).toLowerCase());

/** All ingestible files below the given paths, in a stable order. */
export async function expandPaths(paths: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const path of paths) {
    let info;
    try {
      info = await stat(path);
    } catch {
      throw new IngestError(path, '', NO_SUCH_PATH);
    }
    if (info.isDirectory()) {
      // Inside folders only files of a kind we read are taken (README, manifest and the like are passed over).
      for (const entry of (await readdir(path)).sort()) {
        const child = join(path, entry);
        if ((await stat(child)).isDirectory()) files.push(...(await expandPaths([child])));
        else if (INGESTIBLE.has(extname(entry).toLowerCase())) files.push(child);
      }
    } else files.push(path);
  }
  return files;
}

interface PlannedFile {
  file: string;
  profile: MappingProfile | undefined;
  xml: boolean;
}

async function plan(files: readonly string[], candidates: readonly MappingProfile[]): Promise<PlannedFile[]> {
  const planned: PlannedFile[] = [];
  for (const file of files) {
    const xml = isMessageFile(file);
    const header = CSV_FILES.has(extname(file).toLowerCase())
      ? await readHeaderLine(file)
      : isSpreadsheet(file)
        ? await spreadsheetHeader(file)
        : undefined;
    const profile = header === undefined ? undefined : detectProfile(header, candidates);
    planned.push({ file, profile, xml });
  }
  // Reference tables first, so records find their postcode areas; messages with the other records.
  const order = (p: PlannedFile) =>
    p.profile
      ? RECORD_KINDS.indexOf(p.profile.kind)
      : p.xml
        ? RECORD_KINDS.indexOf('claims')
        : RECORD_KINDS.length;
  return planned.sort((a, b) => order(a) - order(b));
}

/** The header row of a spreadsheet's first worksheet, as a `;`-separated line. */
async function spreadsheetHeader(file: string): Promise<string | undefined> {
  try {
    return await xlsxHeaderLine(file);
  } catch {
    return undefined; // an unreadable workbook is reported when its batch runs
  }
}

async function ingestOneFile(
  options: IngestOptions,
  file: string,
  profile: MappingProfile | undefined,
  xml: boolean,
  batch: number,
  ahead: ParseAhead,
): Promise<BatchWork> {
  if (xml) return ingestIstandaardFile(options, file, batch, ahead);
  if (!profile) {
    if (isSpreadsheet(file)) await xlsxHeaderLine(file); // throws the workbook's own reading error, if any
    throw new IngestError(file, POSITION.firstLine, NO_PROFILE);
  }
  if (!isSpreadsheet(file)) return ingestCsvFile(options, file, profile, batch);
  return withCsvCopy(file, async (csvFile) => {
    try {
      return await ingestCsvFile(options, csvFile, profile, batch, file);
    } catch (error) {
      // Errors name the workbook (and its row numbers), not the temporary CSV copy.
      if (error instanceof IngestError) throw new IngestError(file, error.position, error.reason);
      throw error;
    }
  });
}

/** Ingests every file; one bad file never blocks the others. Returns one result per file. */
export async function ingestPaths(paths: readonly string[], options: IngestOptions): Promise<FileResult[]> {
  const candidates = options.profiles ?? shippedProfiles();
  const results: FileResult[] = [];
  const planned = await plan(await expandPaths(paths), candidates);
  // iJw/iWmo: the next message files are parsed on a worker thread while a batch loads (message-prefetch.ts).
  const thread = new ParseThread(options.store, options.pseudonymiser, options.xsdDir);
  const prefetcher = new MessagePrefetcher(options, planned, thread);
  try {
    for (const [i, { file, profile, xml }] of planned.entries()) {
      const ahead = prefetcher.forBatch(i);
      const source = profile ? `csv:${profile.name}` : xml ? 'istandaard' : 'unknown';
      const result = await runBatch(options.store, file, source, options.by, async (batch) => {
        const counts = await ingestOneFile(options, file, profile, xml, batch, ahead);
        if (options.strict && counts.quarantined > 0) {
          throw new IngestError(file, POSITION.check, strictRejected(counts.quarantined));
        }
        return counts;
      });
      results.push(result);
      options.onFile?.(result);
    }
  } finally {
    await thread.close();
  }
  await refreshDeliveryDate(options.store);
  return results;
}
