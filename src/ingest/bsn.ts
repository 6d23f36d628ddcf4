/** @module The Dutch citizen service number (BSN): normalisation to nine digits and the eleven-test (elfproef). */

/**
 * Normalises a BSN to nine digits: surrounding whitespace is removed and an eight-digit number gets its
 * leading zero back (spreadsheets and some case systems drop it). Returns null for anything else.
 */
export function normaliseBsn(bsn: string): string | null {
  const text = bsn.trim();
  if (/^\d{9}$/.test(text)) return text;
  if (/^\d{8}$/.test(text)) return `0${text}`;
  return null;
}

/**
 * The eleven-test for BSNs: 9·d1 + 8·d2 + … + 2·d8 − 1·d9 must be divisible by 11, and the number must not be
 * all zeros. Accepts eight digits (a dropped leading zero) as well as nine.
 */
export function isValidBsn(bsn: string): boolean {
  const digits = normaliseBsn(bsn);
  if (digits === null || digits === '000000000') return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += (9 - i) * (digits.charCodeAt(i) - 48);
  sum -= digits.charCodeAt(8) - 48;
  return sum % 11 === 0;
}

/** The ninth digit that makes an eight-digit prefix pass the eleven-test, or undefined when that digit would be 10. */
export function elfproefCheckDigit(prefix8: number): number | undefined {
  let sum = 0;
  let rest = prefix8;
  for (let weight = 2; weight <= 9; weight++) {
    sum += (rest % 10) * weight;
    rest = Math.floor(rest / 10);
  }
  const check = sum % 11;
  return check <= 9 ? check : undefined;
}
