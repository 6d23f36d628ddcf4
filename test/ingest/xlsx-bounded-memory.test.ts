/** @module A large XLSX export is streamed into its CSV copy in bounded memory (the whole-workbook reader grew ~1 GB for 200k rows); the 1.5 M-row case runs in `npm run fuzz -- --xlsx-rows 1500000`. */
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeLargeBenefitWorkbook } from '../../bench/fuzz/large-workbook.ts';
import { xlsxHeaderLine, xlsxToCsvFile } from '../../src/ingest/csv/xlsx-to-csv.ts';

const ROWS = 100_000;

describe('XLSX streaming', () => {
  it(`converts a ${ROWS.toLocaleString('en')}-row workbook with RSS growth below 150 MB`, async () => {
    const dir = await mkdtemp(join(tmpdir(), 'msd-xlsx-large-'));
    const book = join(dir, 'uitkeringen.xlsx');
    await writeLargeBenefitWorkbook(book, ROWS);
    global.gc?.();
    const before = process.memoryUsage().rss;
    let peak = before;
    const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 10);
    try {
      await xlsxToCsvFile(book, join(dir, 'sheet.csv'));
    } finally {
      clearInterval(timer);
    }
    peak = Math.max(peak, process.memoryUsage().rss);
    expect(peak - before).toBeLessThan(150 * 2 ** 20);
    const lines = (await readFile(join(dir, 'sheet.csv'), 'utf8')).trimEnd().split('\n');
    expect(lines).toHaveLength(ROWS + 1);
    expect(lines[1]).toBe('999990056;2019-01-01;M;2711AA;0;;;PW;U-0;2019-01-01;;;N');
    expect(lines.at(-1)).toBe(
      `999990056;2019-01-01;M;2711AA;${(ROWS - 1) % 200};;;PW;U-${ROWS - 1};2019-01-01;;;N`,
    );
    expect(await xlsxHeaderLine(book)).toBe(
      'bsn;geboortedatum;geslacht;postcode;huisnummer;huisletter;toevoeging;regeling;uitkeringsnummer;begindatum;einddatum;reden_uitstroom;instelling_of_dakloos',
    );
  });
});
