/** @module Reads the Header shared by every iJw / iWmo message and emits the header event (a wrong BerichtCode is fatal). */
import { partyCodeRule } from '../plausibility-rules.ts';
import { FILE } from './istandaard-reasons.ts';
import { BERICHT_CODES } from './message-types.ts';
import { RecordCheck } from './record-check.ts';
import type { HandlerContext } from './record-check.ts';
import { FieldBag } from './value-checks.ts';

export class HeaderCollector {
  #bag: FieldBag | null = null;
  #date: string | null = null;

  constructor(private readonly ctx: HandlerContext) {}

  /** The message's Dagtekening once the header is read: the delivery date its records' dates are checked against. */
  get date(): string | undefined {
    return this.#date ?? undefined;
  }

  /** Returns whether the element belonged to the header. */
  open(path: string, line: number, column: number): boolean {
    if (path === 'Header') {
      this.#bag = new FieldBag(path, `${line}:${column}`);
      return true;
    }
    return this.#bag !== null && path.startsWith('Header/');
  }

  /** Returns whether the element belonged to the header. */
  close(path: string, text: string): boolean {
    const bag = this.#bag;
    if (bag === null) return false;
    if (path !== 'Header') return bag.collect(path, text);
    this.#bag = null;
    const check = new RecordCheck(bag);
    const messageCode = check.required('BerichtCode');
    const expected = BERICHT_CODES[this.ctx.law][this.ctx.messageType];
    if (expected !== undefined && messageCode !== expected) {
      this.ctx.fatal(
        bag.where,
        'BerichtCode',
        'wrong-message-code',
        FILE.wrongMessageCode(messageCode, expected),
      );
    }
    const sender = check.token('Afzender', partyCodeRule);
    const receiver = check.token('Ontvanger', partyCodeRule);
    const messageId = check.token('BerichtIdentificatie/b:Identificatie');
    const date = check.date('BerichtIdentificatie/b:Dagtekening');
    if (!check.ok) {
      // Without a sound header the message cannot be identified (idempotency) or attributed.
      const problem = check.toProblem(bag.where);
      if (problem.kind === 'problem')
        this.ctx.fatal(bag.where, problem.element, problem.code, problem.reason);
    }
    this.#date = date;
    this.ctx.emit({
      kind: 'header',
      law: this.ctx.law,
      messageType: this.ctx.messageType,
      messageCode,
      messageId,
      date,
      sender,
      receiver,
    });
    return true;
  }
}
