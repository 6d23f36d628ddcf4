/**
 * @module Writes the demo's iJw / iWmo 3.2 traffic: per allocation a 301 (toewijzing), a 305 when care started and a
 * 307 when it ended; claims as one 323 per provider, law and submission month. Messages go into one zip archive per
 * law and year (`berichten-jw-2019.zip`), as a municipality's yearly export would hold them; a year with more than
 * 65,535 messages (size L) continues in `berichten-jw-2019_2.zip` (sorting after the first part).
 */
import { join } from 'node:path';
import {
  writeAllocationMessage,
  writeDeclarationMessage,
  writeStartMessage,
  writeStopMessage,
} from '../ingest/istandaarden/message-writer.ts';
import type { ClaimClientInput, ClaimLineInput } from '../ingest/istandaarden/message-writer.ts';
import type { Gender } from '../ingest/istandaarden/code-lists.ts';
import type { ClaimRowSink } from './claim-emitter.ts';
import { dayFromIso, isoOf } from './day-calendar.ts';
import type { Episode } from './episode-planner.ts';
import type { EmittedFile } from './population-emitter.ts';
import type { DemoLaw } from './provision-types.ts';
import { DeflateWorker } from './deflate-worker.ts';
import { ZipFileWriter } from './zip-file-writer.ts';

/** Birth date, gender code (M/V/O), postcode, huisnummer, huisletter, toevoeging — as `personFields` gives them. */
export type PersonFields = readonly string[];

const LAW_OF: Record<DemoLaw, 'youth' | 'support'> = { jeugd: 'youth', wmo: 'support' };
const PREFIX: Record<DemoLaw, string> = { jeugd: 'jw', wmo: 'wmo' };
const GENDER_OF: Record<string, Gender> = { M: 'male', V: 'female', O: 'unknown' };

interface PendingDeclaration {
  readonly law: DemoLaw;
  readonly provider: string;
  readonly date: string;
  readonly clients: Map<string, ClaimLineInput[]>;
  periodStart: string;
  periodEnd: string;
  totalCents: number;
  lines: number;
}

export class DemoMessageEmitter {
  readonly #archives = new Map<string, ZipFileWriter>();
  /** The archive being filled per law and year. */
  readonly #current = new Map<string, ZipFileWriter>();
  readonly #parts = new Map<string, number>();
  readonly #deflater = new DeflateWorker();
  readonly #declarations = new Map<string, PendingDeclaration>();
  readonly #lastDebit = new Map<string, string>();
  #sequence = 0;

  constructor(
    private readonly dir: string,
    /** Gemeente code, 4 digits. */
    private readonly gemeente: string,
    private readonly firstDay: number,
    private readonly deliveryDay: number,
  ) {}

  #add(law: DemoLaw, day: number, type: string, text: string, id: string): void {
    const key = `berichten-${PREFIX[law]}-${isoOf(day).slice(0, 4)}`;
    let zip = this.#current.get(key);
    if (zip === undefined || zip.full) {
      const part = (this.#parts.get(key) ?? 0) + 1;
      this.#parts.set(key, part);
      const name = part === 1 ? `${key}.zip` : `${key}_${part}.zip`;
      zip = new ZipFileWriter(join(this.dir, name), this.#deflater);
      this.#archives.set(name, zip);
      this.#current.set(key, zip);
    }
    zip.add(`${PREFIX[law].toUpperCase()}${type}-${id}.xml`, text);
  }

  #messageId(type: string): string {
    return `${type}${String(++this.#sequence).padStart(9, '0')}`;
  }

  /** A message's Dagtekening: not before the first demo year, not after the delivery date. */
  #dated(day: number): number {
    return Math.min(this.deliveryDay, Math.max(this.firstDay, day));
  }

  /** 301 for the allocation, 305 when care started, 307 when it ended (with JZ588/WMO588 `endReason`). */
  allocation(
    e: Episode,
    agb: string,
    bsn: string,
    person: PersonFields,
    ended: boolean,
    endReason: string,
  ): void {
    const [birth = '', gender = 'O', postcode = '', huisnummer = '', huisletter = '', toevoeging = ''] =
      person;
    const law = LAW_OF[e.law];
    const client = { bsn, birthDate: birth, gender: GENDER_OF[gender] ?? 'unknown' };
    const ingang = e.begin >= 0 ? Math.min(e.allocationDay, e.begin) : e.allocationDay;
    const product = { allocationNo: e.allocationNumber, category: e.category, productCode: e.product };
    const head = (type: string, day: number) => ({
      law,
      messageId: this.#messageId(type),
      date: isoOf(day),
      sender: type === '301' ? this.gemeente : agb,
      receiver: type === '301' ? agb : this.gemeente,
    });
    const address = {
      soort: '01' as const,
      postcode,
      huisnummer,
      ...(huisletter ? { huisletter } : {}),
      ...(toevoeging ? { toevoeging } : {}),
    };
    const allocationDay = this.#dated(e.allocationDay);
    const h301 = head('301', allocationDay);
    const allocation = { ...product, allocationDate: isoOf(e.allocationDay), startDate: isoOf(ingang) };
    this.#add(
      e.law,
      allocationDay,
      '301',
      writeAllocationMessage(h301, client, [address], [allocation]),
      h301.messageId,
    );
    if (e.begin < 0) return;
    const started = {
      ...product,
      allocationStartDate: isoOf(ingang),
      startDate: isoOf(e.begin),
      status: '1' as const,
    };
    const startDay = this.#dated(e.begin + 3);
    const h305 = head('305', startDay);
    this.#add(e.law, startDay, '305', writeStartMessage(h305, client, [started]), h305.messageId);
    if (!ended) return;
    const stopDay = this.#dated(e.end + 5);
    const h307 = head('307', stopDay);
    const stopped = { ...started, endDate: isoOf(e.end), endReason };
    this.#add(e.law, stopDay, '307', writeStopMessage(h307, client, [stopped]), h307.messageId);
  }

  /** A claim sink that sends rows whose product period passes `toXml` to 323 messages and the rest to `csv`. */
  claimSink(csv: ClaimRowSink, toXml: (periodStart: string) => boolean): ClaimRowSink {
    return {
      plainRow: (fields) => {
        const [
          bsn,
          law,
          allocationNo,
          category,
          product,
          agb,
          declarationNo,
          submitted,
          from,
          to,
          volume,
          unit,
          cents,
          dc,
        ] = fields.map(String);
        if (!toXml(from ?? '')) return csv.plainRow(fields);
        const key = `${declarationNo}`;
        let d = this.#declarations.get(key);
        if (d === undefined) {
          d = {
            law: law as DemoLaw,
            provider: agb ?? '',
            date: submitted ?? '',
            clients: new Map(),
            periodStart: from ?? '',
            periodEnd: to ?? '',
            totalCents: 0,
            lines: 0,
          };
          this.#declarations.set(key, d);
        }
        const signed = dc === 'C' ? -Number(cents) : Number(cents);
        const lineKey = `${law}|${allocationNo}|${from}|${to}`;
        const referenceNo = `${declarationNo}${String(++d.lines).padStart(6, '0')}`;
        const previous = dc === 'C' ? this.#lastDebit.get(lineKey) : undefined;
        if (dc !== 'C') this.#lastDebit.set(lineKey, referenceNo);
        const line: ClaimLineInput = {
          referenceNo,
          ...(previous ? { previousReferenceNo: previous } : {}),
          allocationNo: allocationNo ?? '',
          category: category ?? '',
          productCode: product ?? '',
          periodStart: from ?? '',
          periodEnd: to ?? '',
          volume: Number(volume),
          unit: unit ?? '',
          amountCents: signed,
        };
        let lines = d.clients.get(bsn ?? '');
        if (lines === undefined) d.clients.set(bsn ?? '', (lines = []));
        lines.push(line);
        d.totalCents += signed;
        if ((from ?? '') < d.periodStart) d.periodStart = from ?? '';
        if ((to ?? '') > d.periodEnd) d.periodEnd = to ?? '';
      },
    };
  }

  /** Await it when it is a promise: the compression worker is behind (keeps memory bounded). */
  backpressure(): Promise<void> | undefined {
    return this.#deflater.backpressure();
  }

  /** Writes the 323s, closes every archive and lists them (rows = messages per archive). */
  async close(): Promise<EmittedFile[]> {
    for (const [declarationNo, d] of [...this.#declarations].sort(([a], [b]) =>
      a < b ? -1 : a > b ? 1 : 0,
    )) {
      const clients: ClaimClientInput[] = [...d.clients].map(([bsn, lines]) => ({ bsn, lines }));
      const head = {
        law: LAW_OF[d.law],
        messageId: `D${declarationNo}`,
        date: d.date,
        sender: d.provider,
        receiver: this.gemeente,
      };
      const text = writeDeclarationMessage(
        head,
        {
          declarationNo,
          periodStart: d.periodStart,
          periodEnd: d.periodEnd,
          date: d.date,
          totalCents: d.totalCents,
        },
        clients,
      );
      this.#add(d.law, dayFromIso(d.date), '323', text, head.messageId);
      const wait = this.backpressure();
      if (wait !== undefined) await wait;
    }
    this.#declarations.clear();
    const files: EmittedFile[] = [];
    try {
      for (const [name, zip] of [...this.#archives].sort(([a], [b]) => (a < b ? -1 : 1))) {
        files.push({ file: name, kind: 'messages', rows: await zip.close() });
      }
    } finally {
      await this.#deflater.close();
    }
    return files;
  }
}
