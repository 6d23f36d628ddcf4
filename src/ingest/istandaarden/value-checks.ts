/** @module Value checks for iStandaarden fields: real calendar dates, xs:integer amounts and numbers, and record field bags. */
import type { Position } from './istandaard-events.ts';

/** `YYYY-MM-DD` that exists in the calendar (2027-06-31 and 2026-02-29 do not). */
export function isRealDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** A non-negative xs:integer (optional `+`, leading zeros allowed) as a safe JS number, else null. */
export function parseNonNegativeInteger(text: string): number | null {
  if (!/^\+?\d{1,15}$/.test(text)) return null;
  return Number(text);
}

/** Canonical text of an xs:integer identifier such as ToewijzingNummer (`007` → `7`), else null. */
export function canonicalInteger(text: string): string | null {
  if (!/^\+?\d{1,18}$/.test(text)) return null;
  return text.replace(/^\+/, '').replace(/^0+(?=\d)/, '');
}

/** Most fields a record may collect: bounds memory on hostile input with endless distinct elements. */
const MAX_FIELDS = 256;

/**
 * The leaf values of one record element (a Client, ToegewezenProduct, Prestatie…), keyed by their path relative
 * to the record, e.g. `Product/b:Categorie`.
 */
export class FieldBag {
  readonly #fields = new Map<string, string>();
  readonly #prefixLength: number;

  constructor(
    readonly path: string,
    readonly position: Position,
  ) {
    this.#prefixLength = path.length + 1;
  }

  /** Stores a closing leaf if it lies inside this record; returns whether it did. */
  collect(path: string, text: string): boolean {
    if (path.length <= this.#prefixLength || !path.startsWith(this.path) || path[this.path.length] !== '/') {
      return false;
    }
    if (text !== '' && (this.#fields.size < MAX_FIELDS || this.#fields.has(path))) {
      this.#fields.set(path.slice(this.#prefixLength), text);
    }
    return true;
  }

  /** Position of the record for events: `line:column Bericht/<path>`. */
  get where(): Position {
    return `${this.position} Bericht/${this.path}`;
  }

  get(relativePath: string): string | null {
    return this.#fields.get(relativePath) ?? null;
  }
}
