/** @module Keyed pseudonyms at the door: BSN → person id, address → household key (privacy rules 1–2). */
import { createHmac } from 'node:crypto';
import { normaliseBsn } from './bsn.ts';

/** Length of a pseudonym in base64url characters: 22 × 6 = 132 bits of the 256-bit HMAC. */
export const PSEUDONYM_LENGTH = 22;

/** Shortest accepted secret; `init` generates 32 random bytes. */
export const MIN_SECRET_BYTES = 16;

/**
 * Domain-separation prefix for household keys. A BSN message is nine digits; a household message starts with
 * this non-digit prefix, so the two HMAC inputs can never coincide and neither can their outputs (short of an
 * HMAC-SHA256 collision).
 */
const HOUSEHOLD_DOMAIN = 'msd/household/v1\u0000';

export interface HouseholdAddress {
  readonly postcode: string;
  readonly huisnummer: string | number;
  readonly huisletter?: string | null | undefined;
  readonly toevoeging?: string | null | undefined;
}

function assertSecret(secret: Buffer): void {
  if (secret.length < MIN_SECRET_BYTES) {
    throw new RangeError(`pseudonymisation secret must be at least ${MIN_SECRET_BYTES} bytes`);
  }
}

function keyedDigest(secret: Buffer, message: string): string {
  return createHmac('sha256', secret).update(message, 'utf8').digest('base64url').slice(0, PSEUDONYM_LENGTH);
}

/**
 * The person pseudonym: HMAC-SHA256(secret, nine-digit BSN), base64url, first 22 characters (132 bits).
 *
 * Why truncating is safe: the protection against re-identification comes from the secret key, not from the
 * output length — without the key nobody can compute the pseudonym of a candidate BSN, however long it is; with
 * the key, enumerating all 10⁹ BSNs is trivial at any length. The length only has to make accidental collisions
 * negligible: for n pseudonyms the birthday bound is n²/2¹³³, i.e. about 10⁻²⁴ for all 17 million Dutch
 * residents, far below any hardware error rate. (NIST SP 800-107 likewise permits truncated HMAC outputs.)
 */
export function pseudonymiseBsn(secret: Buffer, bsn: string): string {
  assertSecret(secret);
  const digits = normaliseBsn(bsn);
  if (digits === null) throw new RangeError('a BSN must be eight or nine digits');
  return keyedDigest(secret, digits);
}

/** Normalises an address for the household key: postcode upper case without spaces, numbers without leading zeros. */
export function normaliseHouseholdAddress(address: HouseholdAddress): string {
  const postcode = address.postcode.replace(/\s+/g, '').toUpperCase();
  const huisnummer = String(address.huisnummer)
    .trim()
    .replace(/^0+(?=\d)/, '');
  const huisletter = (address.huisletter ?? '').trim().toUpperCase();
  const toevoeging = (address.toevoeging ?? '').replace(/\s+/g, '').toUpperCase();
  return [postcode, huisnummer, huisletter, toevoeging].join('\u0000');
}

/** The household key: a keyed pseudonym of postcode + huisnummer + huisletter + toevoeging (never the address itself). */
export function householdKey(secret: Buffer, address: HouseholdAddress): string {
  assertSecret(secret);
  return keyedDigest(secret, HOUSEHOLD_DOMAIN + normaliseHouseholdAddress(address));
}

/** Cache size after which the BSN cache starts over (keeps memory bounded on huge ingests). */
const CACHE_LIMIT = 200_000;

/** Pseudonymisation bound to one deployment secret, with a BSN → person-id cache (HMAC is the hot path of an ingest). */
export class Pseudonymiser {
  readonly #secret: Buffer;
  readonly #cache = new Map<string, string>();

  constructor(secret: Buffer) {
    assertSecret(secret);
    this.#secret = Buffer.from(secret);
  }

  /** The person id of a BSN (see {@link pseudonymiseBsn}). */
  personId(bsn: string): string {
    const cached = this.#cache.get(bsn);
    if (cached !== undefined) return cached;
    const pid = pseudonymiseBsn(this.#secret, bsn);
    if (this.#cache.size >= CACHE_LIMIT) this.#cache.clear();
    this.#cache.set(bsn, pid);
    return pid;
  }

  /** A copy of the secret, for a worker thread of this process that pseudonymises too (never stored or logged). */
  exportSecret(): Buffer {
    return Buffer.from(this.#secret);
  }

  /** The household key of an address (see {@link householdKey}). */
  householdKey(address: HouseholdAddress): string {
    return householdKey(this.#secret, address);
  }
}
