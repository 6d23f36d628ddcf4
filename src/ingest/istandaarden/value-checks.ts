/** @module Value checks for iStandaarden fields: real calendar dates, xs:integer amounts and numbers, and record field bags. */
import type { Position } from './istandaard-events.ts';

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Digits of `text` from `start` to `end` as a number, or -1 when any is not a digit (hot path: no regex). */
function digitsAt(text: string, start: number, end: number): number {
  let value = 0;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i) - 48;
    if (code < 0 || code > 9) return -1;
    value = value * 10 + code;
  }
  return value;
}

/** `YYYY-MM-DD` that exists in the calendar (2027-06-31 and 2026-02-29 do not). */
export function isRealDate(text: string): boolean {
  if (text.length !== 10 || text[4] !== '-' || text[7] !== '-') return false;
  const year = digitsAt(text, 0, 4);
  const month = digitsAt(text, 5, 7);
  const day = digitsAt(text, 8, 10);
  if (year < 0 || month < 1 || month > 12 || day < 1) return false;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return day <= (month === 2 && leap ? 29 : (DAYS_IN_MONTH[month - 1] ?? 0));
}

/** A non-negative xs:integer (optional `+`, leading zeros allowed) as a safe JS number, else null. */
export function parseNonNegativeInteger(text: string): number | null {
  const start = text.charCodeAt(0) === 43 ? 1 : 0;
  const digits = text.length - start;
  if (digits < 1 || digits > 15 || digitsAt(text, start, text.length) < 0) return null;
  return Number(text);
}

/** Canonical text of an xs:integer identifier such as ToewijzingNummer (`007` → `7`), else null. */
export function canonicalInteger(text: string): string | null {
  let start = text.charCodeAt(0) === 43 ? 1 : 0;
  const digits = text.length - start;
  if (digits < 1 || digits > 18) return null;
  for (let i = start; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 48 || code > 57) return null;
  }
  while (start < text.length - 1 && text.charCodeAt(start) === 48) start++;
  return start === 0 ? text : text.slice(start);
}

/** Most fields a record may collect: bounds memory on hostile input with endless distinct elements. */
const MAX_FIELDS = 256;
/** Most remembered relative paths: a hostile file with endless distinct element names falls back to slicing. */
const MAX_RELATIVE_PATHS = 4096;
/** Relative field paths by record prefix length and full path, so equal keys are one string object (hot path). */
const relativePaths = new Map<number, Map<string, string>>();
let relativePathCount = 0;

function relativePath(path: string, prefixLength: number): string {
  let byPath = relativePaths.get(prefixLength);
  const known = byPath?.get(path);
  if (known !== undefined) return known;
  const relative = path.slice(prefixLength);
  if (relativePathCount >= MAX_RELATIVE_PATHS) return relative;
  if (byPath === undefined) {
    byPath = new Map();
    relativePaths.set(prefixLength, byPath);
  }
  byPath.set(path, relative);
  relativePathCount++;
  return relative;
}

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
    if (text !== '') {
      const relative = relativePath(path, this.#prefixLength);
      if (this.#fields.size < MAX_FIELDS || this.#fields.has(relative)) this.#fields.set(relative, text);
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
