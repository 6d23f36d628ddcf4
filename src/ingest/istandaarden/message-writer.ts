/**
 * @module Builds valid iJw / iWmo 3.2 XML for 301, 305, 307 and 323 from plain typed inputs, as string chunks
 * (element order exactly as in the XSDs), so a demo or export can stream messages of any size.
 */
import type { Gender } from './code-lists.ts';
import type {
  HeaderInput,
  ClientInput,
  AddressInput,
  AllocationInput,
  StartInput,
  StopInput,
  DeclarationInput,
  ClaimClientInput,
} from './message-inputs.ts';
import { BERICHT_CODES, basisNamespace, messageNamespace } from './message-types.ts';
import type { IstandaardLaw, MessageType } from './message-types.ts';

export type {
  HeaderInput,
  ClientInput,
  AddressInput,
  AllocationInput,
  StartInput,
  StopInput,
  DeclarationInput,
  ClaimLineInput,
  ClaimClientInput,
} from './message-inputs.ts';

const GENDER_CODES: Record<Gender, string> = { unknown: '0', male: '1', female: '2' };

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};
const escapeXml = (text: string): string => text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);

/** Element writer bound to one message's prefixes: `m` for message elements, `b` for basisschema elements. */
class Xml {
  readonly m: string;
  readonly b: string;
  constructor(
    readonly law: IstandaardLaw,
    readonly type: MessageType,
  ) {
    this.m = `${law === 'youth' ? 'jw' : 'wmo'}${type}`;
    this.b = law === 'youth' ? 'ijw' : 'iwmo';
  }
  /** A message-namespace element; `content` is raw XML (children) or escaped text. */
  el(name: string, content: string): string {
    return `<${this.m}:${name}>${content}</${this.m}:${name}>`;
  }
  text(name: string, value: string | number): string {
    return this.el(name, escapeXml(String(value)));
  }
  opt(name: string, value: string | number | undefined): string {
    return value === undefined ? '' : this.text(name, value);
  }
  base(name: string, value: string | number): string {
    return `<${this.b}:${name}>${escapeXml(String(value))}</${this.b}:${name}>`;
  }
  baseOpt(name: string, value: string | number | undefined): string {
    return value === undefined ? '' : this.base(name, value);
  }
  baseEl(name: string, content: string): string {
    return `<${this.b}:${name}>${content}</${this.b}:${name}>`;
  }
  open(): string {
    return (
      `<?xml version="1.0" encoding="UTF-8"?>\n<${this.m}:Bericht xmlns:${this.b}="${basisNamespace(this.law)}" ` +
      `xmlns:${this.m}="${messageNamespace(this.law, this.type)}">\n`
    );
  }
  close(): string {
    return `</${this.m}:Bericht>\n`;
  }
}

function header(x: Xml, input: HeaderInput): string {
  const code = BERICHT_CODES[x.law][x.type];
  if (code === undefined) throw new RangeError(`no BerichtCode for ${x.m}`);
  return (
    x.el(
      'Header',
      x.text('BerichtCode', code) +
        x.text('BerichtVersie', '3') +
        x.text('BerichtSubversie', '2') +
        x.text('Afzender', input.sender) +
        x.text('Ontvanger', input.receiver) +
        x.el(
          'BerichtIdentificatie',
          x.base('Identificatie', input.messageId) + x.base('Dagtekening', input.date),
        ) +
        x.el('XsdVersie', x.base('BasisschemaXsdVersie', '1.0.0') + x.base('BerichtXsdVersie', '1.0.0')),
    ) + '\n'
  );
}

/** Bsn, Geboortedatum, Geslacht, Naam: the start of a 301/305/307 Client. */
function clientStart(x: Xml, client: ClientInput, fullName: boolean): string {
  const name =
    x.baseEl('Geslachtsnaam', x.base('Achternaam', client.lastName ?? 'Onbekend')) +
    x.baseOpt('Voorletters', client.initials) +
    (fullName ? x.base('NaamGebruik', '1') : '');
  return (
    x.text('Bsn', client.bsn) +
    x.el(
      'Geboortedatum',
      x.base('Datum', client.birthDate) + x.baseOpt('DatumGebruik', client.birthDateUsage),
    ) +
    x.text('Geslacht', GENDER_CODES[client.gender]) +
    x.el('Naam', name)
  );
}

const product = (x: Xml, category: string | undefined, code: string | undefined): string =>
  category === undefined ? '' : x.el('Product', x.base('Categorie', category) + x.baseOpt('Code', code));

function address(x: Xml, a: AddressInput): string {
  const huis =
    x.base('Huisnummer', a.huisnummer) +
    x.baseOpt('Huisletter', a.huisletter) +
    x.baseOpt('HuisnummerToevoeging', a.toevoeging);
  return x.el(
    'Contact',
    x.text('Soort', a.soort) +
      x.el(
        'Adres',
        x.baseEl('Huis', huis) +
          x.base('Postcode', a.postcode) +
          x.baseOpt('Straatnaam', a.street) +
          x.baseOpt('Plaatsnaam', a.city),
      ),
  );
}

function allocation(x: Xml, a: AllocationInput): string {
  const omvang = a.volume
    ? x.el(
        'Omvang',
        x.base('Volume', a.volume.volume) +
          x.base('Eenheid', a.volume.unit) +
          x.base('Frequentie', a.volume.frequency),
      )
    : '';
  return x.el(
    'ToegewezenProduct',
    x.text('ToewijzingNummer', a.allocationNo) +
      product(x, a.category, a.productCode) +
      x.text('Toewijzingsdatum', a.allocationDate) +
      x.text('Toewijzingstijd', a.allocationTime ?? '12:00:00') +
      x.text('Ingangsdatum', a.startDate) +
      x.opt('Einddatum', a.endDate) +
      x.opt('RedenWijziging', a.changeReason) +
      omvang +
      x.opt('Budget', a.budgetCents),
  );
}

function startOrStop(x: Xml, s: StartInput | StopInput): string {
  const stop = 'endReason' in s;
  return x.el(
    stop ? 'StopProduct' : 'StartProduct',
    x.opt('ToewijzingNummer', s.allocationNo) +
      product(x, s.category, s.productCode) +
      x.opt('ToewijzingIngangsdatum', s.allocationStartDate) +
      x.text('Begindatum', s.startDate) +
      (stop ? x.text('RedenBeeindiging', s.endReason) + x.text('Einddatum', s.endDate) : '') +
      x.text('StatusAanlevering', s.status),
  );
}

/** JW301 / WMO301 (toewijzing): one client (the XSD allows exactly one), its addresses and allocations. */
export function* allocationMessageChunks(
  head: HeaderInput,
  client: ClientInput,
  addresses: readonly AddressInput[],
  allocations: Iterable<AllocationInput>,
): Generator<string, void, undefined> {
  const x = new Xml(head.law, '301');
  yield x.open() + header(x, head);
  yield (
    `<${x.m}:Client>` +
    clientStart(x, client, true) +
    x.el('Contactgegevens', addresses.map((a) => address(x, a)).join(''))
  );
  yield `<${x.m}:ToegewezenProducten>\n`;
  for (const a of allocations) yield allocation(x, a) + '\n';
  yield `</${x.m}:ToegewezenProducten></${x.m}:Client>\n` + x.close();
}

function* clientProductsChunks(
  head: HeaderInput,
  type: '305' | '307',
  client: ClientInput,
  products: Iterable<StartInput | StopInput>,
): Generator<string, void, undefined> {
  const x = new Xml(head.law, type);
  const list = type === '305' ? 'StartProducten' : 'StopProducten';
  yield x.open() + header(x, head) + `<${x.m}:Client>` + clientStart(x, client, false) + `<${x.m}:${list}>\n`;
  for (const p of products) yield startOrStop(x, p) + '\n';
  yield `</${x.m}:${list}></${x.m}:Client>\n` + x.close();
}

/** JW305 / WMO305 (start zorg): one client (the XSD allows exactly one) and its started products. */
export const startMessageChunks = (
  head: HeaderInput,
  client: ClientInput,
  products: Iterable<StartInput>,
): Generator<string, void, undefined> => clientProductsChunks(head, '305', client, products);

/** JW307 / WMO307 (stop zorg): one client and its ended products. */
export const stopMessageChunks = (
  head: HeaderInput,
  client: ClientInput,
  products: Iterable<StopInput>,
): Generator<string, void, undefined> => clientProductsChunks(head, '307', client, products);

const amountWithSign = (x: Xml, amountName: string, cents: number): string =>
  x.base(amountName, Math.abs(cents)) + x.base('DebetCredit', cents < 0 ? 'C' : 'D');

function claimClient(x: Xml, client: ClaimClientInput): string {
  const lines = client.lines.map((l) =>
    x.el(
      'Prestatie',
      x.el(
        'ProductReferentie',
        x.base('ReferentieNummer', l.referenceNo) + x.baseOpt('VorigReferentieNummer', l.previousReferenceNo),
      ) +
        x.text('ToewijzingNummer', l.allocationNo) +
        x.text('ProductCategorie', l.category) +
        x.text('ProductCode', l.productCode) +
        x.el('ProductPeriode', x.base('Begindatum', l.periodStart) + x.base('Einddatum', l.periodEnd)) +
        x.text('GeleverdVolume', l.volume) +
        x.text('Eenheid', l.unit) +
        x.opt('ProductTarief', l.rateCents) +
        x.el('IngediendBedrag', amountWithSign(x, 'Bedrag', l.amountCents)),
    ),
  );
  return x.el('Client', x.text('Bsn', client.bsn) + x.el('Prestaties', lines.join('\n'))) + '\n';
}

/** JW323 / WMO323 (declaratie): streams any number of clients, one chunk each. */
export function* declarationMessageChunks(
  head: HeaderInput,
  declaration: DeclarationInput,
  clients: Iterable<ClaimClientInput>,
): Generator<string, void, undefined> {
  const x = new Xml(head.law, '323');
  yield (
    x.open() +
    header(x, head) +
    `<${x.m}:Declaratie>` +
    x.text('DeclaratieNummer', declaration.declarationNo) +
    x.el(
      'DeclaratiePeriode',
      x.base('Begindatum', declaration.periodStart) + x.base('Einddatum', declaration.periodEnd),
    ) +
    x.text('DeclaratieDagtekening', declaration.date) +
    x.el('TotaalIngediendBedrag', amountWithSign(x, 'TotaalBedrag', declaration.totalCents)) +
    `<${x.m}:Clienten>\n`
  );
  for (const client of clients) yield claimClient(x, client);
  yield `</${x.m}:Clienten></${x.m}:Declaratie>\n` + x.close();
}

/** Whole-message conveniences for small messages. */
export const writeAllocationMessage = (...args: Parameters<typeof allocationMessageChunks>): string =>
  [...allocationMessageChunks(...args)].join('');
export const writeStartMessage = (...args: Parameters<typeof startMessageChunks>): string =>
  [...startMessageChunks(...args)].join('');
export const writeStopMessage = (...args: Parameters<typeof stopMessageChunks>): string =>
  [...stopMessageChunks(...args)].join('');
export const writeDeclarationMessage = (
  head: HeaderInput,
  declaration: Omit<DeclarationInput, 'totalCents'> & { readonly totalCents?: number },
  clients: readonly ClaimClientInput[],
): string => {
  const totalCents =
    declaration.totalCents ??
    clients.reduce((sum, c) => sum + c.lines.reduce((s, l) => s + l.amountCents, 0), 0);
  return [...declarationMessageChunks(head, { ...declaration, totalCents }, clients)].join('');
};
