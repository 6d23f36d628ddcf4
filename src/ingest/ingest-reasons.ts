/** @module Dutch positions and reasons ingest reports to municipal users for a whole file (rejected batch, quarantine); the readers' record reasons live next to them (csv-reasons.ts, istandaard-reasons.ts, aggregate-reasons.ts). */
import { scrubTechnicalMessage } from './field-reasons.ts';

/** A line of a text file, or a row of a worksheet (row 1 is the header). */
export const atLine = (line: number | string): string => `regel ${line}`;

/** A record of a JSON file (1-based). */
export const atRow = (row: number): string => `rij ${row}`;

/** Positions of problems that concern a whole file or one part of it. */
export const POSITION = {
  firstLine: atLine(1),
  headerLine: `${atLine(1)} (kopregel)`,
  header: 'kopregel',
  content: 'inhoud',
  file: 'bestand',
  workbook: 'werkmap',
  profile: 'profiel',
  mapping: 'mapping',
  areas: 'gebieden',
  check: 'controle',
  xsd: 'XSD',
} as const;

/**
 * A file that cannot be read as `format`; `detail` is the reader's own (technical, English) message after the Dutch
 * lead-in: its first line, without what it quotes (a JSON parser quotes the file's content) or long digit runs.
 */
export const unreadable = (format: 'CSV' | 'XLSX' | 'JSON', detail: string): string =>
  `bestand is geen leesbare ${format}: ${scrubTechnicalMessage(detail)}`;

/** `kolom "x" ontbreekt` / `kolommen "x", "y" ontbreken`. */
export const missingColumns = (columns: readonly string[]): string =>
  columns.length === 1 ? `kolom ${columns[0]} ontbreekt` : `kolommen ${columns.join(', ')} ontbreken`;

export const NO_SUCH_PATH = 'bestand of map bestaat niet';

export const NO_PROFILE = 'geen profiel past bij dit bestand (controleer de kopregel of geef --profile op)';

/** `--strict`: a file with quarantined records is rejected as a whole. */
export const strictRejected = (quarantined: number): string =>
  `${quarantined} ${quarantined === 1 ? 'record' : 'records'} in quarantaine; met --strict wordt het bestand geweigerd`;

/** Lead-in for an unexpected error while reading a file (its own message follows as is). */
export const failed = (detail: string): string => `inlezen mislukt: ${detail}`;
