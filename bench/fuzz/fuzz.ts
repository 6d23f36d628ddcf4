/**
 * @module `npm run fuzz -- [--files 2000] [--seed 1] [--dir <folder>] [--xlsx-rows 1500000]`: the privacy and
 * robustness fuzz (fuzz-run.ts); prints files tried, crashes, partial batches and planted values found, and exits 1
 * when any is non-zero. `--xlsx-rows` instead measures streaming a generated workbook of that many rows (peak RSS;
 * with `--dir`, a second run reuses the workbook, so the RSS baseline is that of reading alone).
 */
import { existsSync } from 'node:fs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { xlsxToCsvFile } from '../../src/ingest/csv/xlsx-to-csv.ts';
import { runFuzz } from './fuzz-run.ts';
import { writeLargeBenefitWorkbook } from './large-workbook.ts';

const { values } = parseArgs({
  args: process.argv.slice(3),
  options: {
    files: { type: 'string', default: '2000' },
    seed: { type: 'string', default: '1' },
    dir: { type: 'string' },
    'xlsx-rows': { type: 'string' },
  },
});

const dir = values.dir ?? (await mkdtemp(join(tmpdir(), 'msd-fuzz-')));

if (values['xlsx-rows'] !== undefined) {
  const rows = Number(values['xlsx-rows']);
  const book = join(dir, `large-${rows}.xlsx`);
  let t = Date.now();
  // Writing the workbook costs memory of its own: with --dir, a second run reuses it and measures reading alone.
  if (!existsSync(book)) await writeLargeBenefitWorkbook(book, rows);
  console.log(
    `workbook of ${rows} rows, ${((await stat(book)).size / 1e6).toFixed(1)} MB, in ${((Date.now() - t) / 1000).toFixed(1)} s`,
  );
  const before = process.memoryUsage().rss;
  let peak = before;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
  t = Date.now();
  await xlsxToCsvFile(book, join(dir, 'large.csv'));
  clearInterval(timer);
  console.log(
    `streamed to CSV in ${((Date.now() - t) / 1000).toFixed(1)} s; RSS ${before >> 20} MB before, peak ${peak >> 20} MB (growth ${(peak - before) >> 20} MB)`,
  );
  if (values.dir === undefined) await rm(dir, { recursive: true, force: true });
  process.exit(peak - before > 500 * 2 ** 20 ? 1 : 0);
}

const report = await runFuzz({
  files: Number(values.files),
  seed: Number(values.seed),
  dir,
  log: (line) => console.log(line),
});
console.log(
  `files tried: ${report.files} (${Object.entries(report.byKind)
    .map(([k, n]) => `${k} ${n}`)
    .join(', ')})`,
);
console.log(`planted identifying values: ${report.planted}; duplicate files (no-op): ${report.duplicates}`);
console.log(`batches rejected: ${report.rejected}; records quarantined: ${report.quarantined}`);
console.log(`crashes: ${report.crashes.length}`);
for (const c of report.crashes.slice(0, 20)) console.log(`  ${c}`);
console.log(`partial batches: ${report.partialBatches.length}`);
for (const p of report.partialBatches) console.log(`  ${p}`);
console.log(`planted values found: ${report.hits.length}`);
for (const h of report.hits.slice(0, 40)) console.log(`  ${h.file} [${h.kind}] in ${h.where}`);
console.log(`${report.seconds} s; files and data folder in ${dir}`);
process.exit(report.crashes.length + report.partialBatches.length + report.hits.length > 0 ? 1 : 0);
