/** @module Records of the client messages 301 (allocation), 305 (start) and 307 (stop): one Client with its products. */
import {
  CHANGE_REASONS,
  DATE_USAGES,
  DELIVERY_STATUSES,
  FREQUENCIES,
  GENDER_BY_CODE,
  RESIDENCE_ADDRESS_KINDS,
  UNITS,
  endReasonsOf,
  productCategoriesOf,
  productCategoryListName,
} from './code-lists.ts';
import type { DateUsage, DeliveryStatus, ResidenceAddressKind } from './code-lists.ts';
import { HeaderCollector } from './header-collector.ts';
import type { ClientFields, ResidenceAddress } from './istandaard-events.ts';
import { amountRule, volumeRule } from '../plausibility-rules.ts';
import { RecordCheck } from './record-check.ts';
import type { HandlerContext, MessageHandler } from './record-check.ts';
import { FieldBag } from './value-checks.ts';

const CLIENT = 'Client';
const GENDER_CODES = Object.keys(GENDER_BY_CODE);
const CONTACT = 'Client/Contactgegevens/Contact';
const PRODUCT_PATHS = {
  '301': 'Client/ToegewezenProducten/ToegewezenProduct',
  '305': 'Client/StartProducten/StartProduct',
  '307': 'Client/StopProducten/StopProduct',
} as const;

/** The residence: Contact Soort 01 (BRP), else 03 (verblijf), else 02 (correspondentie); never 04. Needs postcode + huisnummer. */
export function chooseResidence(contacts: readonly FieldBag[]): ResidenceAddress | null {
  for (const soort of RESIDENCE_ADDRESS_KINDS) {
    for (const contact of contacts) {
      if (contact.get('Soort') !== soort) continue;
      const postcode = contact.get('Adres/b:Postcode');
      const huisnummer = contact.get('Adres/b:Huis/b:Huisnummer');
      if (postcode === null || huisnummer === null) continue;
      return {
        postcode: postcode.replace(/\s+/g, '').toUpperCase(),
        huisnummer,
        huisletter: contact.get('Adres/b:Huis/b:Huisletter'),
        toevoeging: contact.get('Adres/b:Huis/b:HuisnummerToevoeging'),
        soort: soort satisfies ResidenceAddressKind,
      };
    }
  }
  return null;
}

export class ClientMessageHandler implements MessageHandler {
  readonly #header: HeaderCollector;
  readonly #productPath: string;
  #client: FieldBag | null = null;
  #contacts: FieldBag[] = [];
  #products: FieldBag[] = [];
  #current: FieldBag | null = null;

  constructor(
    private readonly ctx: HandlerContext,
    messageType: '301' | '305' | '307',
  ) {
    this.#header = new HeaderCollector(ctx);
    this.#productPath = PRODUCT_PATHS[messageType];
  }

  open(path: string, line: number, column: number): void {
    if (this.#header.open(path, line, column)) return;
    if (path === CLIENT) {
      this.#client = new FieldBag(path, `${line}:${column}`);
      this.#contacts = [];
      this.#products = [];
    } else if (path === CONTACT || path === this.#productPath) {
      this.#current = new FieldBag(path, `${line}:${column}`);
    }
  }

  close(path: string, text: string): void {
    if (this.#header.close(path, text)) return;
    const current = this.#current;
    if (current !== null) {
      if (path === current.path) {
        (path === CONTACT ? this.#contacts : this.#products).push(current);
        this.#current = null;
      } else {
        current.collect(path, text);
      }
      return;
    }
    if (path === CLIENT) this.#finishClient();
    else this.#client?.collect(path, text);
  }

  #finishClient(): void {
    const client = this.#client;
    if (client === null) return;
    this.#client = null;
    const check = new RecordCheck(client, this.#header.date);
    const fields: ClientFields = {
      bsn: check.bsn('Bsn'),
      birthDate: {
        date: check.date('Geboortedatum/b:Datum'),
        usage: check.code(
          'Geboortedatum/b:DatumGebruik',
          DATE_USAGES,
          'COD170',
          'optional',
        ) as DateUsage | null,
      },
      gender: GENDER_BY_CODE[check.code('Geslacht', GENDER_CODES, 'COD046')] ?? 'unknown',
    };
    if (!check.ok) {
      // The client data is shared by every product: one quarantined record for the whole client.
      this.ctx.emit(check.toProblem(client.where));
      return;
    }
    const residence = this.ctx.messageType === '301' ? chooseResidence(this.#contacts) : null;
    for (const product of this.#products) this.#emitProduct(product, fields, residence);
  }

  #emitProduct(product: FieldBag, client: ClientFields, residenceAddress: ResidenceAddress | null): void {
    const { law, messageType } = this.ctx;
    const position = product.where;
    const check = new RecordCheck(product, this.#header.date);
    const categories = productCategoriesOf(law);
    const listName = productCategoryListName(law);
    if (messageType === '301') {
      const event = {
        kind: 'allocation' as const,
        position,
        ...client,
        residenceAddress,
        allocationNo: check.identifier('ToewijzingNummer'),
        category: check.code('Product/b:Categorie', categories, listName),
        productCode: check.productCode('Product/b:Code', 'optional'),
        allocationDate: check.date('Toewijzingsdatum'),
        startDate: check.date('Ingangsdatum'),
        endDate: check.date('Einddatum', 'optional'),
        changeReason: check.code('RedenWijziging', CHANGE_REASONS, 'JZ002/WMO002', 'optional'),
        volume: check.integer('Omvang/b:Volume', 'optional'),
        unit: check.code('Omvang/b:Eenheid', UNITS, 'WJ756', 'optional'),
        frequency: check.code('Omvang/b:Frequentie', FREQUENCIES, 'WMO757', 'optional'),
        budgetCents: check.integer('Budget', 'optional'),
      };
      if (event.volume !== null) check.plausible('Omvang/b:Volume', volumeRule(event.volume, event.unit));
      if (event.budgetCents !== null) check.plausible('Budget', amountRule(event.budgetCents));
      this.ctx.emit(check.ok ? event : check.toProblem(position));
      return;
    }
    const start = {
      position,
      ...client,
      allocationNo: check.identifier('ToewijzingNummer', 'optional'),
      category: check.code('Product/b:Categorie', categories, listName, 'optional'),
      productCode: check.productCode('Product/b:Code', 'optional'),
      allocationStartDate: check.date('ToewijzingIngangsdatum', 'optional'),
      startDate: check.date('Begindatum'),
    };
    if (messageType === '305') {
      const status = check.code('StatusAanlevering', DELIVERY_STATUSES, 'COD467') as DeliveryStatus;
      this.ctx.emit(check.ok ? { kind: 'start', ...start, status } : check.toProblem(position));
      return;
    }
    const endReason = check.code('RedenBeeindiging', endReasonsOf(law), law === 'youth' ? 'JZ588' : 'WMO588');
    const endDate = check.date('Einddatum');
    const status = check.code('StatusAanlevering', DELIVERY_STATUSES, 'COD467') as DeliveryStatus;
    this.ctx.emit(
      check.ok ? { kind: 'stop', ...start, endDate, endReason, status } : check.toProblem(position),
    );
  }
}
