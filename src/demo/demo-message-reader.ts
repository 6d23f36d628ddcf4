/** @module Reads the demo's iJw / iWmo message archives back into rows shaped like the case-system export, for the calibration analysis and tests. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { parseIstandaardMessage } from '../ingest/istandaarden/message-parser.ts';

/**
 * The entries of a demo archive (as {@link ZipFileWriter} writes them: deflate, no zip64), read in one go — much
 * faster than opening a stream per entry for tens of thousands of small messages.
 */
export function* demoArchiveEntries(path: string): Generator<{ name: string; data: Buffer }> {
  const zip = readFileSync(path);
  const end = zip.length - 22;
  if (zip.readUInt32LE(end) !== 0x06054b50) throw new Error(`${path}: not a demo zip archive`);
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  for (let i = 0; i < count; i++) {
    const compressed = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const extra = zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
    const offset = zip.readUInt32LE(at + 42);
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
    const local = offset + 30 + zip.readUInt16LE(offset + 26) + zip.readUInt16LE(offset + 28);
    yield { name, data: inflateRawSync(zip.subarray(local, local + compressed)) };
    at += 46 + nameLength + extra;
  }
}

export type MessageRow = Record<string, string>;

const WET = { youth: 'jeugd', support: 'wmo' } as const;
const GESLACHT = { male: 'M', female: 'V', unknown: 'O' } as const;

export interface DemoMessages {
  /** One row per allocation: bsn, geboortedatum, geslacht, address, wet, productcategorie, productcode, aanbieder, toewijzingnummer, toewijzingsdatum, begindatum, einddatum, reden_einde. */
  readonly provisions: MessageRow[];
  /** One row per 323 claim line, in the declaraties.csv layout (bedrag_cent unsigned with debet_credit). */
  readonly claims: MessageRow[];
  /** Problems the parser reported (a correct demo has none). */
  readonly problems: string[];
}

/** Parses every `berichten-*.zip` in `dir` with the product's own parser. */
export async function readDemoMessages(dir: string): Promise<DemoMessages> {
  const provisions = new Map<string, MessageRow>();
  const claims: MessageRow[] = [];
  const problems: string[] = [];
  const archives = readdirSync(dir)
    .filter((f) => /^berichten-.*\.zip$/.test(f))
    .sort();
  const rowOf = (law: 'youth' | 'support', no: string): MessageRow => {
    const key = `${law}:${no}`;
    let row = provisions.get(key);
    if (row === undefined) {
      row = { wet: WET[law], toewijzingnummer: no, begindatum: '', einddatum: '', reden_einde: '' };
      provisions.set(key, row);
    }
    return row;
  };
  for (const archive of archives) {
    for (const entry of demoArchiveEntries(join(dir, archive))) {
      let law: 'youth' | 'support' = 'youth';
      let sender = '';
      for await (const event of parseIstandaardMessage([entry.data], entry.name)) {
        if (event.kind === 'header') {
          law = event.law;
          sender = event.sender;
        } else if (event.kind === 'problem')
          problems.push(`${archive}/${entry.name} ${event.position}: ${event.reason}`);
        else if (event.kind === 'allocation') {
          const a = event.residenceAddress;
          Object.assign(rowOf(law, event.allocationNo), {
            bsn: event.bsn,
            geboortedatum: event.birthDate.date,
            geslacht: GESLACHT[event.gender],
            postcode: a?.postcode ?? '',
            huisnummer: a?.huisnummer ?? '',
            huisletter: a?.huisletter ?? '',
            toevoeging: a?.toevoeging ?? '',
            productcategorie: event.category,
            productcode: event.productCode ?? '',
            toewijzingsdatum: event.allocationDate,
          });
        } else if (event.kind === 'start' && event.allocationNo !== null) {
          Object.assign(rowOf(law, event.allocationNo), { begindatum: event.startDate, aanbieder: sender });
        } else if (event.kind === 'stop' && event.allocationNo !== null) {
          Object.assign(rowOf(law, event.allocationNo), {
            einddatum: event.endDate,
            reden_einde: event.endReason,
          });
        } else if (event.kind === 'claimLine') {
          claims.push({
            bsn: event.bsn,
            wet: WET[law],
            toewijzingnummer: event.allocationNo,
            productcategorie: event.category,
            productcode: event.productCode,
            aanbieder: sender,
            declaratienummer: event.declarationNo,
            indieningsdatum: event.declarationDate,
            periode_begin: event.periodStart,
            periode_eind: event.periodEnd,
            volume: String(event.volume),
            eenheid: event.unit,
            bedrag_cent: String(Math.abs(event.amountCents)),
            debet_credit: event.amountCents < 0 ? 'C' : 'D',
          });
        }
      }
    }
  }
  return { provisions: [...provisions.values()], claims, problems };
}
