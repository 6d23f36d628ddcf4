/** @module The events the iJw / iWmo message parser yields: header, records (allocation, start, stop, claim line), skipped, problems, end. */
import type { DateUsage, DeliveryStatus, Gender, ResidenceAddressKind } from './code-lists.ts';
import type { IstandaardLaw, MessageType } from './message-types.ts';

/**
 * Where a record or problem sits in its file: `line:column` (1-based) of the start tag, then the element path
 * from the root, e.g. `18:2 Bericht/Client/ToegewezenProducten/ToegewezenProduct`.
 */
export type Position = string;

export interface HeaderEvent {
  readonly kind: 'header';
  readonly law: IstandaardLaw;
  readonly messageType: MessageType;
  /** BerichtCode, e.g. `436` for JW301. */
  readonly messageCode: string;
  /** BerichtIdentificatie/Identificatie: unique per sender; with sender and type the key for idempotent ingest. */
  readonly messageId: string;
  /** BerichtIdentificatie/Dagtekening (`YYYY-MM-DD`). */
  readonly date: string;
  /** Gemeente code (4 digits) on a 301, AGB code (8 digits) on 305/307/323. */
  readonly sender: string;
  readonly receiver: string;
}

export interface BirthDate {
  readonly date: string;
  /** COD170: null when the full date is known. */
  readonly usage: DateUsage | null;
}

export interface ResidenceAddress {
  /** Upper case, no spaces. */
  readonly postcode: string;
  readonly huisnummer: string;
  readonly huisletter: string | null;
  readonly toevoeging: string | null;
  /** Which Contact Soort the address came from: 01 BRP, 03 verblijf, 02 correspondentie. */
  readonly soort: ResidenceAddressKind;
}

/** Client data carried by 301, 305 and 307 (the BSN is to be pseudonymised by the consumer at once). */
export interface ClientFields {
  readonly bsn: string;
  readonly birthDate: BirthDate;
  readonly gender: Gender;
}

/** One ToegewezenProduct of a 301: an allocation (toewijzing). */
export interface AllocationEvent extends ClientFields {
  readonly kind: 'allocation';
  readonly position: Position;
  readonly residenceAddress: ResidenceAddress | null;
  readonly allocationNo: string;
  readonly category: string;
  readonly productCode: string | null;
  readonly allocationDate: string;
  readonly startDate: string;
  readonly endDate: string | null;
  /** JZ002 / WMO002; a 301 with a known ToewijzingNummer replaces the earlier allocation. */
  readonly changeReason: string | null;
  readonly volume: number | null;
  readonly unit: string | null;
  readonly frequency: string | null;
  readonly budgetCents: number | null;
}

/** One StartProduct of a 305: care started. */
export interface StartEvent extends ClientFields {
  readonly kind: 'start';
  readonly position: Position;
  readonly allocationNo: string | null;
  readonly category: string | null;
  readonly productCode: string | null;
  readonly allocationStartDate: string | null;
  readonly startDate: string;
  readonly status: DeliveryStatus;
}

/** One StopProduct of a 307: care ended. */
export interface StopEvent extends Omit<StartEvent, 'kind'> {
  readonly kind: 'stop';
  readonly endDate: string;
  /** JZ588 / WMO588. */
  readonly endReason: string;
}

/** The Declaratie of a 323, before its claim lines. */
export interface DeclarationEvent {
  readonly kind: 'declaration';
  readonly position: Position;
  readonly declarationNo: string;
  readonly declarationDate: string;
  readonly periodStart: string;
  readonly periodEnd: string;
  /** TotaalIngediendBedrag in eurocent, negative when credit. */
  readonly totalCents: number;
}

/** One Prestatie of a 323. */
export interface ClaimLineEvent {
  readonly kind: 'claimLine';
  readonly position: Position;
  readonly bsn: string;
  readonly declarationNo: string;
  readonly declarationDate: string;
  readonly referenceNo: string;
  readonly previousReferenceNo: string | null;
  readonly allocationNo: string;
  readonly category: string;
  readonly productCode: string;
  readonly periodStart: string;
  readonly periodEnd: string;
  readonly volume: number;
  readonly unit: string;
  readonly rateCents: number | null;
  /** IngediendBedrag in eurocent, SIGNED: a credit line (C) is negative. */
  readonly amountCents: number;
}

/** A recognised message the monitor does not ingest (302, 306, 308, 315–320, 325). */
export interface SkippedEvent {
  readonly kind: 'skipped';
  readonly law: IstandaardLaw;
  readonly messageType: MessageType;
}

export const PROBLEM_CODES = [
  // fatal: the whole file is rejected
  'not-well-formed',
  'truncated',
  'doctype',
  'encoding',
  'unknown-namespace',
  'wrong-message-code',
  'too-deep',
  // record level (also fatal for a missing Header): the record is quarantined, the rest of the file continues
  'invalid-bsn',
  'invalid-date',
  'invalid-code',
  'invalid-number',
  'missing-element',
  'total-mismatch',
  'implausible',
] as const;
export type ProblemCode = (typeof PROBLEM_CODES)[number];

export interface ProblemEvent {
  readonly kind: 'problem';
  readonly position: Position;
  /** The offending element (local name), or the record element when several are wrong. */
  readonly element: string;
  readonly code: ProblemCode;
  /** Dutch detail for the user (quarantine, rejected batch; see istandaard-reasons.ts); `code` is for programs. */
  readonly reason: string;
  /** Fatal: the file is unusable and every event already yielded for it must be discarded. */
  readonly fatal: boolean;
}

/** Last event of a file that was read completely (never after a fatal problem). */
export interface EndEvent {
  readonly kind: 'end';
  readonly records: number;
  readonly problems: number;
}

export type RecordEvent = AllocationEvent | StartEvent | StopEvent | ClaimLineEvent;

export type IstandaardEvent =
  HeaderEvent | RecordEvent | DeclarationEvent | SkippedEvent | ProblemEvent | EndEvent;
