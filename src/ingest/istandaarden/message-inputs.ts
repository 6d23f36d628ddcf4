/** @module Plain typed inputs for the iStandaarden message writer (header, client, addresses, products, claim lines). */
import type { DateUsage, DeliveryStatus, Gender, ResidenceAddressKind } from './code-lists.ts';
import type { IstandaardLaw } from './message-types.ts';

export interface HeaderInput {
  readonly law: IstandaardLaw;
  /** BerichtIdentificatie/Identificatie, at most 12 characters. */
  readonly messageId: string;
  /** Dagtekening, `YYYY-MM-DD`. */
  readonly date: string;
  /** Gemeente code (4 digits) for a 301, AGB code (8 digits) for 305/307/323. */
  readonly sender: string;
  readonly receiver: string;
}

export interface ClientInput {
  readonly bsn: string;
  readonly birthDate: string;
  readonly birthDateUsage?: DateUsage;
  readonly gender: Gender;
  /** Surname; the demo has no names, so a placeholder is written when absent (the XSD requires one). */
  readonly lastName?: string;
  readonly initials?: string;
}

export interface AddressInput {
  readonly soort: ResidenceAddressKind | '04';
  readonly postcode: string;
  readonly huisnummer: string | number;
  readonly huisletter?: string;
  readonly toevoeging?: string;
  readonly street?: string;
  readonly city?: string;
}

export interface AllocationInput {
  readonly allocationNo: string | number;
  readonly category: string;
  readonly productCode?: string;
  readonly allocationDate: string;
  /** Toewijzingstijd `HH:MM:SS`; default 12:00:00. */
  readonly allocationTime?: string;
  readonly startDate: string;
  readonly endDate?: string;
  readonly changeReason?: string;
  readonly volume?: { readonly volume: number; readonly unit: string; readonly frequency: string };
  readonly budgetCents?: number;
}

export interface StartInput {
  readonly allocationNo?: string | number;
  readonly category?: string;
  readonly productCode?: string;
  readonly allocationStartDate?: string;
  readonly startDate: string;
  readonly status: DeliveryStatus;
}

export interface StopInput extends StartInput {
  readonly endDate: string;
  readonly endReason: string;
}

export interface DeclarationInput {
  readonly declarationNo: string;
  readonly periodStart: string;
  readonly periodEnd: string;
  readonly date: string;
  /** Signed total in eurocent; must equal the sum of the lines (it precedes them, so streaming callers supply it). */
  readonly totalCents: number;
}

export interface ClaimLineInput {
  readonly referenceNo: string;
  readonly previousReferenceNo?: string;
  readonly allocationNo: string | number;
  readonly category: string;
  readonly productCode: string;
  readonly periodStart: string;
  readonly periodEnd: string;
  readonly volume: number;
  readonly unit: string;
  readonly rateCents?: number;
  /** Signed eurocent: negative writes a credit (C) line. */
  readonly amountCents: number;
}

export interface ClaimClientInput {
  readonly bsn: string;
  readonly lines: readonly ClaimLineInput[];
}
