/**
 * @module One fuzz run: writes mutated iJw/iWmo XML, CSV and XLSX files with planted identifying values, ingests them
 * with the real `msd` command (in chunks), then looks for every planted value in the whole data folder (raw bytes of
 * every file), in every text column of the database, in the commands' stdout/stderr and in `msd batches --format
 * json`; counts crashes (an error outside a batch, a file without a batch) and partial batches (rows of a rejected
 * batch).
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdir, readFile, readdir, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import ExcelJS from 'exceljs';
import { dataFolder, openDataFolder } from '../../src/store/data-folder.ts';
import { t } from '../../src/views/messages.ts';
import { FUZZ_GEMEENTE, mutant, seedFiles, type Mutant } from './fuzz-corpus.ts';
import { Random, type Planted } from './planted-values.ts';

const run = promisify(execFile);
const MSD = join(import.meta.dirname, '..', '..', 'bin', 'msd.js');

export interface FuzzOptions {
  readonly files: number;
  readonly seed: number;
  /** An empty folder for the files and the data folder. */
  readonly dir: string;
  /** Files per `msd ingest` run. */
  readonly chunk?: number;
  readonly log?: (line: string) => void;
}

export interface FuzzHit {
  readonly file: string;
  readonly kind: string;
  readonly where: string;
}

export interface FuzzReport {
  files: number;
  byKind: Record<string, number>;
  planted: number;
  /** Files identical to an earlier one (the same file twice is a no-op, without a batch of its own). */
  duplicates: number;
  rejected: number;
  quarantined: number;
  crashes: string[];
  partialBatches: string[];
  hits: FuzzHit[];
  seconds: number;
}

interface Output {
  code: number;
  stdout: string;
  stderr: string;
}

async function msd(args: readonly string[]): Promise<Output> {
  try {
    const { stdout, stderr } = await run(process.execPath, [MSD, ...args], { maxBuffer: 1 << 28 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return { code: typeof e.code === 'number' ? e.code : -1, stdout: e.stdout ?? '', stderr: e.stderr ?? '' };
  }
}

async function writeMutant(folder: string, m: Mutant): Promise<void> {
  const path = join(folder, m.name);
  if (m.kind !== 'xlsx') return writeFile(path, m.content);
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Export');
  for (const row of m.rows ?? []) sheet.addRow(row);
  await book.xlsx.writeFile(path);
}

/** Every file below `dir` (the data folder: database, write-ahead log, secret, anything else). */
async function filesBelow(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const name of await readdir(dir)) {
    const path = join(dir, name);
    if ((await stat(path)).isDirectory()) out.push(...(await filesBelow(path)));
    else out.push(path);
  }
  return out;
}

/** How `msd ingest` starts the line of a rejected file (an expected answer to a broken file, not a crash). */
const REJECTED_PREFIX = t('cliRejected', { reason: '' });

/** Every text column of every table, as one string per table (and the batch ids of rejected batches' rows). */
async function databaseText(data: string): Promise<{ text: Map<string, string>; partial: string[] }> {
  const store = await openDataFolder(dataFolder(data), { readOnly: true });
  try {
    const columns = await store.all<{ table_name: string; column_name: string; data_type: string }>(
      `SELECT table_name, column_name, data_type FROM information_schema.columns
       WHERE table_schema = 'main' ORDER BY table_name, ordinal_position`,
    );
    const tables = new Map<string, { text: string[]; batch: boolean }>();
    for (const c of columns) {
      const t = tables.get(c.table_name) ?? { text: [], batch: false };
      if (c.data_type === 'VARCHAR') t.text.push(c.column_name);
      if (c.column_name === 'batch') t.batch = true;
      tables.set(c.table_name, t);
    }
    const text = new Map<string, string>();
    const partial: string[] = [];
    for (const [table, t] of tables) {
      if (t.text.length > 0) {
        const rows = await store.all<{ t: string | null }>(
          `SELECT string_agg(concat_ws('|', ${t.text.map((c) => `"${c}"`).join(', ')}), '\n') AS t FROM "${table}"`,
        );
        text.set(table, rows[0]?.t ?? '');
      }
      if (t.batch && table !== 'batch' && table !== 'quarantine') {
        const rows = await store.all<{ n: number }>(
          `SELECT count(*) AS n FROM "${table}" WHERE batch IN (SELECT id FROM batch WHERE status = 'rejected')`,
        );
        if ((rows[0]?.n ?? 0) > 0) partial.push(`${table}: ${rows[0]!.n} rows of rejected batches`);
      }
    }
    return { text, partial };
  } finally {
    store.close();
  }
}

/**
 * Where each needle occurs first (place name), in one pass over each place: needles are indexed by their first four
 * characters (every planted needle has at least eight), so the data folder is read once, not once per needle.
 */
function findNeedles(places: readonly [string, string][], needles: readonly string[]): Map<string, string> {
  const byPrefix = new Map<string, string[]>();
  for (const needle of new Set(needles)) {
    const list = byPrefix.get(needle.slice(0, 4)) ?? [];
    list.push(needle);
    byPrefix.set(needle.slice(0, 4), list);
  }
  const found = new Map<string, string>();
  for (const [place, text] of places) {
    for (let i = 0; i + 4 <= text.length; i++) {
      const candidates = byPrefix.get(text.slice(i, i + 4));
      if (candidates === undefined) continue;
      for (const needle of candidates) {
        if (!found.has(needle) && text.startsWith(needle, i)) found.set(needle, place);
      }
    }
  }
  return found;
}

/** Runs the fuzz and returns its report (hits name the file the value was planted in and where it was found). */
export async function runFuzz(options: FuzzOptions): Promise<FuzzReport> {
  const started = Date.now();
  const log = options.log ?? (() => {});
  const random = new Random(options.seed);
  const seeds = seedFiles();
  const data = join(options.dir, 'data');
  const chunk = options.chunk ?? 250;
  const init = await msd(['init', '--data', data, '--gemeente', FUZZ_GEMEENTE]);
  if (init.code !== 0) throw new Error(`msd init failed: ${init.stderr}`);
  const report: FuzzReport = {
    files: 0,
    byKind: {},
    planted: 0,
    duplicates: 0,
    rejected: 0,
    quarantined: 0,
    crashes: [],
    partialBatches: [],
    hits: [],
    seconds: 0,
  };
  const plantedIn: { file: string; planted: Planted }[] = [];
  const outputs: string[] = [init.stdout, init.stderr];
  const names: string[] = [];
  /** Files whose bytes an earlier file had (a small seed mutated alike): ingested as duplicates, without a batch. */
  const duplicates = new Set<string>();
  const contents = new Set<string>();
  for (let first = 0; first < options.files; first += chunk) {
    const folder = join(options.dir, 'files', `chunk-${String(first / chunk).padStart(3, '0')}`);
    await mkdir(folder, { recursive: true });
    for (let i = first; i < Math.min(first + chunk, options.files); i++) {
      const m = mutant(random, seeds, i);
      await writeMutant(folder, m);
      const hash = createHash('sha256')
        .update(await readFile(join(folder, m.name)))
        .digest('hex');
      if (contents.has(hash)) duplicates.add(m.name);
      contents.add(hash);
      names.push(m.name);
      report.byKind[m.kind] = (report.byKind[m.kind] ?? 0) + 1;
      for (const p of m.planted) plantedIn.push({ file: m.name, planted: p });
    }
    const out = await msd(['ingest', '--data', data, folder]);
    outputs.push(out.stdout, out.stderr);
    const unexpected = out.stderr
      .split('\n')
      .filter((l) => l.trim() !== '' && !l.startsWith(REJECTED_PREFIX));
    if (out.code > 1 || unexpected.length > 0) {
      report.crashes.push(`${folder}: exit ${out.code}: ${unexpected.slice(0, 3).join(' | ')}`);
    }
    log(`ingested ${Math.min(first + chunk, options.files)} of ${options.files} files (exit ${out.code})`);
  }
  report.files = names.length;
  report.planted = plantedIn.length;
  const batches = await msd(['batches', '--data', data, '--format', 'json']);
  outputs.push(batches.stdout, batches.stderr);
  const listed = JSON.parse(batches.stdout) as {
    batches: { file: string; status: string; quarantined: number }[];
  };
  const withBatch = new Set(listed.batches.map((b) => b.file));
  for (const name of names) {
    if (!withBatch.has(name) && !duplicates.has(name)) report.crashes.push(`${name}: no batch recorded`);
  }
  report.duplicates = duplicates.size;
  report.rejected = listed.batches.filter((b) => b.status === 'rejected').length;
  report.quarantined = listed.batches.reduce((n, b) => n + (b.quarantined ?? 0), 0);
  const db = await databaseText(data);
  report.partialBatches = db.partial;
  const places: [string, string][] = [['stdout/stderr', outputs.join('\n')]];
  for (const [table, text] of db.text) places.push([`table ${table}`, text]);
  for (const file of await filesBelow(data)) places.push([file, (await readFile(file)).toString('latin1')]);
  const found = findNeedles(
    places,
    plantedIn.flatMap(({ planted }) => planted.needles),
  );
  for (const { file, planted } of plantedIn) {
    for (const needle of planted.needles) {
      const where = found.get(needle);
      if (where !== undefined) report.hits.push({ file, kind: planted.kind, where: `${where} (${needle})` });
    }
  }
  report.seconds = Math.round((Date.now() - started) / 1000);
  return report;
}
