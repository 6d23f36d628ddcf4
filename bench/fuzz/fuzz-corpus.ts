/** @module The fuzz's seed files (project fixtures, official iJw samples readdressed to the fuzz gemeente, small standard exports) and its mutations: planted identifying values in every field, hostile numbers and dates, and broken structure (cuts, stray bytes, Latin-1, extra fields, open quotes). */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { PLANT_KINDS, TOKEN_SHAPED, plant, type Planted, type Random } from './planted-values.ts';

/** The gemeente the fuzz data folder is initialised for; seeds are readdressed to it. */
export const FUZZ_GEMEENTE = 'GM0637';

export interface SeedFile {
  readonly name: string;
  readonly kind: 'xml' | 'csv';
  readonly text: string;
}

const FIXTURES = join(import.meta.dirname, '..', '..', 'test', 'fixtures');
const SAMPLES = join(import.meta.dirname, '..', '..', '..', 'shared', 'istandaarden', 'jw', 'berichten');

/** Small standard exports of the kinds without a fixture (population, households, claims). */
const EXTRA_CSV: Record<string, string> = {
  'bevolking.csv':
    'peildatum;wijk;leeftijd;geslacht;aantal\n2024-01-01;WK063701;12;M;140\n2024-01-01;WK063701;13;V;128\n',
  'huishoudens.csv': 'peildatum;wijk;aantal\n2024-01-01;WK063701;2210\n2024-01-01;WK063702;1980\n',
  'declaraties.csv':
    'bsn;wet;toewijzingnummer;productcategorie;productcode;aanbieder;declaratienummer;indieningsdatum;periode_begin;periode_eind;volume;eenheid;bedrag_cent;debet_credit\n' +
    '999990007;jeugd;J-1;45;45A01;12345678;D-1;2024-02-05;2024-01-01;2024-01-31;10;04;120000;D\n' +
    '999990019;wmo;W-7;02;02A03;87654321;D-2;2024-02-05;2024-01-01;2024-01-31;8;04;64000;D\n',
};

/** The seed files: XML fixtures and official samples (gemeente codes set to the fuzz gemeente), CSV fixtures and extras. */
export function seedFiles(): SeedFile[] {
  const seeds: SeedFile[] = [];
  const digits = FUZZ_GEMEENTE.slice(2);
  const xmlFolder = join(FIXTURES, 'istandaarden');
  for (const name of ['invalid-bsn-301.xml', 'impossible-date-305.xml', 'unknown-category-wmo323.xml']) {
    seeds.push({ name, kind: 'xml', text: readFileSync(join(xmlFolder, name), 'utf8') });
  }
  if (existsSync(SAMPLES)) {
    for (const name of readdirSync(SAMPLES).filter((n) => /^JW3(01|05|07|23)\.xml$/.test(n))) {
      const text = readFileSync(join(SAMPLES, name), 'utf8').replace(
        /(<(?:\w+:)?(?:Afzender|Ontvanger)>)(0384|0363)(<)/g,
        `$1${digits}$3`,
      );
      seeds.push({ name, kind: 'xml', text });
    }
  }
  for (const name of ['postcodes.csv', 'uitkeringen.csv', 'voorzieningen.csv']) {
    seeds.push({ name, kind: 'csv', text: readFileSync(join(FIXTURES, 'csv', name), 'utf8') });
  }
  for (const [name, text] of Object.entries(EXTRA_CSV)) seeds.push({ name, kind: 'csv', text });
  return seeds;
}

/** Hostile values that are not personal data: overflows, impossible or implausible dates, odd codes. */
const HOSTILE = [
  '3000000000',
  '99999999999999999999',
  '-99999999999',
  '-5',
  '3.5',
  '-2023-01-01',
  '0001-01-01',
  '9999-12-31',
  '99999-01-01',
  'Straatweg',
  '2726BC',
  '',
  ' ',
  'NaN',
  '1e309',
  '0x1F',
  '\u202e\u0000',
  '&amp;&lt;',
];

/** Text nodes (`>text<`) of an XML document that are leaves: [start, end) of their text. */
function leafTexts(xml: string): [number, number][] {
  const spans: [number, number][] = [];
  const re = />([^<>]*)<\//g;
  for (let m = re.exec(xml); m !== null; m = re.exec(xml)) {
    if (m[1]!.trim() !== '') spans.push([m.index + 1, m.index + 1 + m[1]!.length]);
  }
  return spans;
}

/** Local name of the element whose text ends at `end` (`</ns:Name>` after it). */
const elementAt = (xml: string, end: number): string => /^<\/(?:\w+:)?(\w+)>/.exec(xml.slice(end))?.[1] ?? '';

/**
 * Free-text number and code fields: a number-shaped value (a BSN without label) is a valid value of theirs, stored as
 * the export gives it, so they get only planted values with a space or `@` (which they refuse). Every other field
 * (identifying, dates, amounts, code lists) gets every kind.
 */
const TOKEN_FIELDS =
  /^(ToewijzingNummer|ReferentieNummer|VorigReferentieNummer|DeclaratieNummer|Identificatie|Afzender|Ontvanger|toewijzingnummer|declaratienummer|uitkeringsnummer|aanbieder|eenheid|reden_einde)$/;

function plantFor(random: Random, field: string): Planted {
  const kinds = TOKEN_FIELDS.test(field) ? PLANT_KINDS.filter((k) => !TOKEN_SHAPED.has(k)) : PLANT_KINDS;
  return plant(random, random.pick(kinds));
}

const escapeXml = (text: string): string => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;');

/** A mutated file: its text (or bytes) and what was planted in it. */
export interface Mutant {
  readonly name: string;
  readonly kind: 'xml' | 'csv' | 'xlsx';
  readonly content: string | Buffer;
  readonly planted: Planted[];
  /** CSV rows for an XLSX mutant (written as a workbook by the run). */
  readonly rows?: string[][];
}

/** Structural damage: a cut, stray bytes, a duplicated piece or a removed piece. */
function damage(random: Random, text: string): string | Buffer {
  const at = random.int(text.length);
  switch (random.int(5)) {
    case 0:
      return text.slice(0, at);
    case 1:
      return Buffer.concat([
        Buffer.from(text.slice(0, at)),
        Buffer.from([0xe9, 0xff, 0x00]),
        Buffer.from(text.slice(at)),
      ]);
    case 2:
      return text.slice(0, at) + text.slice(at, at + 200) + text.slice(at);
    case 3:
      return text.slice(0, at) + text.slice(at + 1 + random.int(40));
    default:
      return Buffer.from(text.replace('e', 'é'), 'latin1');
  }
}

function mutateXml(random: Random, seed: SeedFile, name: string): Mutant {
  let text = seed.text;
  const planted: Planted[] = [];
  const spans = leafTexts(text);
  const count = 1 + random.int(4);
  // Replace from the end so earlier spans keep their offsets.
  const chosen = [...new Set(Array.from({ length: count }, () => random.int(spans.length)))].sort(
    (a, b) => b - a,
  );
  for (const i of chosen) {
    const [start, end] = spans[i]!;
    const field = elementAt(text, end);
    let value: string;
    if (random.int(5) === 0) value = random.pick(HOSTILE);
    else {
      const p = plantFor(random, field);
      planted.push(p);
      value = p.text;
    }
    text = text.slice(0, start) + escapeXml(value) + text.slice(end);
  }
  const content = random.int(8) === 0 ? damage(random, text) : text;
  return { name, kind: 'xml', content, planted };
}

const csvCell = (text: string): string => (/[";\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text);

function mutateCsv(random: Random, seed: SeedFile, name: string, asXlsx: boolean): Mutant {
  const lines = seed.text.trimEnd().split('\n');
  const header = lines[0]!.split(';');
  const rows = lines.slice(1).map((l) => l.split(';'));
  const planted: Planted[] = [];
  const count = 1 + random.int(4);
  for (let n = 0; n < count; n++) {
    const row = rows[random.int(rows.length)]!;
    const column = random.int(header.length);
    if (random.int(5) === 0) row[column] = random.pick(HOSTILE);
    else {
      const p = plantFor(random, header[column]!);
      planted.push(p);
      row[column] = p.text;
    }
  }
  if (asXlsx)
    return {
      name: name.replace(/\.csv$/, '.xlsx'),
      kind: 'xlsx',
      content: '',
      planted,
      rows: [header, ...rows],
    };
  let text = `${[header, ...rows].map((r) => r.map(csvCell).join(';')).join('\n')}\n`;
  const roll = random.int(10);
  if (roll === 0) text += `${rows[0]!.join(';')};extra\n`;
  else if (roll === 1) text += `${rows[0]!.join(';').replace(';', ';"')}\n`;
  const content = roll === 2 ? damage(random, text) : text;
  return { name, kind: 'csv', content, planted };
}

/** The `index`-th mutant of the run: a seed chosen at random, mutated. */
export function mutant(random: Random, seeds: readonly SeedFile[], index: number): Mutant {
  const seed = random.pick(seeds);
  const name = `f${String(index).padStart(5, '0')}-${seed.name}`;
  return seed.kind === 'xml'
    ? mutateXml(random, seed, name)
    : mutateCsv(random, seed, name, random.int(10) === 0);
}
