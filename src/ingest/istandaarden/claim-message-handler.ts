/** @module Records of the declaration message 323: the Declaratie, then one claim line per Prestatie of each Client. */
import { UNITS, productCategoriesOf, productCategoryListName } from './code-lists.ts';
import { HeaderCollector } from './header-collector.ts';
import type { DeclarationEvent } from './istandaard-events.ts';
import { RECORD } from './istandaard-reasons.ts';
import { amountRule, identifierRule, totalRule, volumeRule } from '../plausibility-rules.ts';
import { RecordCheck } from './record-check.ts';
import type { HandlerContext, MessageHandler } from './record-check.ts';
import { FieldBag } from './value-checks.ts';

const DECLARATION = 'Declaratie';
const TOTAL = 'Declaratie/TotaalIngediendBedrag';
const CLIENT = 'Declaratie/Clienten/Client';
const CLIENT_BSN = 'Declaratie/Clienten/Client/Bsn';
const LINE = 'Declaratie/Clienten/Client/Prestaties/Prestatie';

export class ClaimMessageHandler implements MessageHandler {
  readonly #header: HeaderCollector;
  #declarationBag: FieldBag | null = null;
  #declaration: DeclarationEvent | null = null;
  #client: FieldBag | null = null;
  /** The client's BSN once read and valid; null while unknown or when the client was quarantined. */
  #bsn: string | null = null;
  #line: FieldBag | null = null;
  /** Sum of the signed line amounts, or null once a line amount could not be read. */
  #sum: number | null = 0;

  constructor(private readonly ctx: HandlerContext) {
    this.#header = new HeaderCollector(ctx);
  }

  open(path: string, line: number, column: number): void {
    if (this.#header.open(path, line, column)) return;
    if (path === LINE) this.#line = new FieldBag(path, `${line}:${column}`);
    else if (path === CLIENT) {
      this.#client = new FieldBag(path, `${line}:${column}`);
      this.#bsn = null;
    } else if (path === DECLARATION) this.#declarationBag = new FieldBag(path, `${line}:${column}`);
  }

  close(path: string, text: string): void {
    if (this.#header.close(path, text)) return;
    const line = this.#line;
    if (line !== null) {
      if (path === LINE) {
        this.#line = null;
        this.#emitLine(line);
      } else line.collect(path, text);
    } else if (path === CLIENT_BSN) this.#checkClient(text);
    else if (path === CLIENT) this.#client = null;
    else if (path === TOTAL) this.#emitDeclaration();
    else if (path === DECLARATION) this.#checkTotal();
    else if (this.#declaration === null) this.#declarationBag?.collect(path, text);
  }

  #emitDeclaration(): void {
    const bag = this.#declarationBag;
    if (bag === null) return;
    const check = new RecordCheck(bag, this.#header.date);
    const declaration: DeclarationEvent = {
      kind: 'declaration',
      position: bag.where,
      declarationNo: check.token('DeclaratieNummer'),
      declarationDate: check.date('DeclaratieDagtekening'),
      periodStart: check.date('DeclaratiePeriode/b:Begindatum'),
      periodEnd: check.date('DeclaratiePeriode/b:Einddatum'),
      totalCents: check.signedAmount(
        'TotaalIngediendBedrag/b:TotaalBedrag',
        'TotaalIngediendBedrag/b:DebetCredit',
        totalRule,
      ),
    };
    if (!check.ok) {
      // Every claim line depends on the declaration's number and date: a broken declaration rejects the file.
      const first = check.issues[0];
      this.ctx.fatal(
        bag.where,
        first?.element ?? 'Declaratie',
        first?.code ?? 'missing-element',
        check.issues.map((i) => i.reason).join('; '),
      );
    }
    this.#declaration = declaration;
    this.ctx.emit(declaration);
  }

  #checkClient(bsnText: string): void {
    const client = this.#client;
    if (client === null) return;
    client.collect(CLIENT_BSN, bsnText);
    const check = new RecordCheck(client, this.#header.date);
    const bsn = check.bsn('Bsn');
    if (check.ok) this.#bsn = bsn;
    else this.ctx.emit(check.toProblem(client.where));
  }

  #emitLine(line: FieldBag): void {
    const declaration = this.#declaration;
    const check = new RecordCheck(line, this.#header.date);
    const amountCents = check.signedAmount('IngediendBedrag/b:Bedrag', 'IngediendBedrag/b:DebetCredit');
    if (this.#sum !== null) this.#sum = check.ok ? this.#sum + amountCents : null;
    if (this.#client === null || declaration === null) {
      check.fail(line.path, 'missing-element', RECORD.lineOutsideClient);
    } else if (this.#bsn === null) {
      // The client's BSN was missing or invalid: already quarantined with the client.
      if (this.#client.get('Bsn') !== null) return;
      check.fail('Bsn', 'missing-element', RECORD.bsnMissingBeforeLines);
    }
    const { law } = this.ctx;
    const event = {
      kind: 'claimLine' as const,
      position: line.where,
      bsn: this.#bsn ?? '',
      declarationNo: declaration?.declarationNo ?? '',
      declarationDate: declaration?.declarationDate ?? '',
      referenceNo: check.token('ProductReferentie/b:ReferentieNummer'),
      previousReferenceNo: check.token(
        'ProductReferentie/b:VorigReferentieNummer',
        identifierRule,
        'optional',
      ),
      allocationNo: check.identifier('ToewijzingNummer'),
      category: check.code('ProductCategorie', productCategoriesOf(law), productCategoryListName(law)),
      productCode: check.productCode('ProductCode'),
      periodStart: check.date('ProductPeriode/b:Begindatum'),
      periodEnd: check.date('ProductPeriode/b:Einddatum'),
      volume: check.integer('GeleverdVolume'),
      unit: check.code('Eenheid', UNITS, 'WJ756'),
      rateCents: check.integer('ProductTarief', 'optional'),
      amountCents,
    };
    check.plausible('GeleverdVolume', volumeRule(event.volume, event.unit));
    if (event.rateCents !== null) check.plausible('ProductTarief', amountRule(event.rateCents));
    this.ctx.emit(check.ok ? event : check.toProblem(line.where));
  }

  #checkTotal(): void {
    const declaration = this.#declaration;
    if (declaration === null || this.#sum === null || this.#sum === declaration.totalCents) return;
    this.ctx.emit({
      kind: 'problem',
      position: declaration.position,
      element: 'TotaalIngediendBedrag',
      code: 'total-mismatch',
      reason: RECORD.totalMismatch,
      fatal: false,
    });
  }
}
