/** @module Field-by-field validation of one record (BSN, dates, codes, numbers), collecting every issue before the record is emitted or quarantined. */
import { isValidBsn } from '../bsn.ts';
import { fieldReason } from '../field-reasons.ts';
import {
  amountRule,
  birthDateRule,
  careDateRule,
  identifierRule,
  productCodeRule,
  today,
} from '../plausibility-rules.ts';
import type { IstandaardEvent, Position, ProblemCode } from './istandaard-events.ts';
import { RECORD } from './istandaard-reasons.ts';
import type { IstandaardLaw, MessageType } from './message-types.ts';
import { canonicalInteger, isRealDate, parseNonNegativeInteger } from './value-checks.ts';
import type { FieldBag } from './value-checks.ts';

/** What a message handler may do: emit events and report problems. */
export interface HandlerContext {
  readonly law: IstandaardLaw;
  readonly messageType: MessageType;
  emit(event: IstandaardEvent): void;
  /** Reports a fatal problem and stops parsing (never returns). */
  fatal(position: Position, element: string, code: ProblemCode, reason: string): never;
}

/** Receives the element stream of one message (paths relative to the root, `b:` marks basisschema elements). */
export interface MessageHandler {
  /** An element opens at `line:column` (build the Position string only when it is needed: hot path). */
  open(path: string, line: number, column: number): void;
  close(path: string, text: string): void;
}

interface Issue {
  readonly element: string;
  readonly code: ProblemCode;
  readonly reason: string;
}

const elementName = (path: string): string => (path.split('/').pop() ?? path).replace(/^b:/, '');

/** Birth dates are checked against their own window (not after the delivery). */
const isBirthDate = (path: string): boolean => path.startsWith('Geboortedatum/');

/**
 * Reads and checks the fields of one {@link FieldBag}; `issues` lists what was wrong. Reasons come from
 * `fieldReason` (never an identifying value); dates must also be plausible for the delivery dated `reference`
 * (the message's Dagtekening, else today).
 */
export class RecordCheck {
  readonly issues: Issue[] = [];

  constructor(
    readonly bag: FieldBag,
    readonly reference: string = today(),
  ) {}

  get ok(): boolean {
    return this.issues.length === 0;
  }

  fail(path: string, code: ProblemCode, reason: string): void {
    this.issues.push({ element: elementName(path), code, reason });
  }

  optional(path: string): string | null {
    return this.bag.get(path);
  }

  required(path: string): string {
    const value = this.bag.get(path);
    if (value === null) {
      this.fail(path, 'missing-element', RECORD.missing(elementName(path)));
      return '';
    }
    return value;
  }

  bsn(path: string): string {
    const value = this.required(path);
    if (value !== '' && (!/^\d{9}$/.test(value) || !isValidBsn(value))) {
      this.fail(path, 'invalid-bsn', RECORD.bsnFailsElevenTest);
    }
    return value;
  }

  date(path: string): string;
  date(path: string, optional: 'optional'): string | null;
  date(path: string, optional?: 'optional'): string | null {
    const value = optional ? this.optional(path) : this.required(path);
    if (value === null || value === '') return value;
    if (!isRealDate(value)) {
      this.fail(path, 'invalid-date', fieldReason(path, RECORD.notRealDate, 'date', value));
      return value;
    }
    const rule = isBirthDate(path)
      ? birthDateRule(value, this.reference)
      : careDateRule(value, this.reference);
    if (rule !== null) this.fail(path, 'implausible', fieldReason(path, rule, 'date', value));
    return value;
  }

  code(path: string, list: readonly string[], listName: string): string;
  code(path: string, list: readonly string[], listName: string, optional: 'optional'): string | null;
  code(path: string, list: readonly string[], listName: string, optional?: 'optional'): string | null {
    const value = optional ? this.optional(path) : this.required(path);
    if (value !== null && value !== '' && !list.includes(value)) {
      this.fail(path, 'invalid-code', fieldReason(path, RECORD.notInCodeList(listName), 'code', value));
    }
    return value;
  }

  integer(path: string): number;
  integer(path: string, optional: 'optional'): number | null;
  integer(path: string, optional?: 'optional'): number | null {
    const value = optional ? this.optional(path) : this.required(path);
    if (value === null || value === '') return optional ? null : 0;
    const parsed = parseNonNegativeInteger(value);
    if (parsed === null)
      this.fail(path, 'invalid-number', fieldReason(path, RECORD.notWholeNumber, 'number'));
    return parsed ?? 0;
  }

  /** An xs:integer identifier (ToewijzingNummer) in canonical form. */
  identifier(path: string): string;
  identifier(path: string, optional: 'optional'): string | null;
  identifier(path: string, optional?: 'optional'): string | null {
    const value = optional ? this.optional(path) : this.required(path);
    if (value === null || value === '') return value;
    const canonical = canonicalInteger(value);
    if (canonical === null) this.fail(path, 'invalid-number', fieldReason(path, RECORD.notNumber, 'number'));
    return canonical ?? value;
  }

  /** An amount with DebetCredit: eurocent, negative for C; within {@link amountRule} unless `rule` says otherwise. */
  signedAmount(
    amountPath: string,
    debitCreditPath: string,
    rule: (cents: number) => string | null = amountRule,
  ): number {
    const amount = this.integer(amountPath);
    const sign = this.code(debitCreditPath, ['D', 'C'], 'COD043');
    this.plausible(amountPath, rule(amount));
    return sign === 'C' ? -amount : amount;
  }

  /** Records an implausible value: `rule` is a plausibility rule's predicate (null = plausible). */
  plausible(path: string, rule: string | null): void {
    if (rule !== null) this.fail(path, 'implausible', fieldReason(path, rule, 'number'));
  }

  /** A free-text number or code (DeclaratieNummer, ReferentieNummer, BerichtIdentificatie…), or a rule's own check. */
  token(path: string, rule?: (text: string) => string | null): string;
  token(path: string, rule: (text: string) => string | null, optional: 'optional'): string | null;
  token(
    path: string,
    rule: (text: string) => string | null = identifierRule,
    optional?: 'optional',
  ): string | null {
    const value = optional ? this.optional(path) : this.required(path);
    if (value === null || value === '') return value;
    const broken = rule(value);
    if (broken !== null) this.fail(path, 'implausible', fieldReason(path, broken, 'code', value));
    return value;
  }

  /** A product code (LDT_ProductCode: 1 to 5 letters or digits). */
  productCode(path: string): string;
  productCode(path: string, optional: 'optional'): string | null;
  productCode(path: string, optional?: 'optional'): string | null {
    const value = optional ? this.optional(path) : this.required(path);
    if (value === null || value === '') return value;
    const rule = productCodeRule(value);
    if (rule !== null) this.fail(path, 'implausible', fieldReason(path, rule, 'code', value));
    return value;
  }

  /** One problem event for the whole record: the first issue's element and code, every reason. */
  toProblem(position: Position): IstandaardEvent {
    const first = this.issues[0];
    return {
      kind: 'problem',
      position,
      element: first?.element ?? elementName(this.bag.path),
      code: first?.code ?? 'missing-element',
      reason: this.issues.map((issue) => issue.reason).join('; '),
      fatal: false,
    };
  }
}
