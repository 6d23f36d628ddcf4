/** @module CBS area codes (GMxxxx, WKxxxxxx, BUxxxxxxxx) and custom areas: levels, validation and parent derivation. */

export const AREA_LEVELS = ['gemeente', 'wijk', 'buurt', 'custom'] as const;
export type AreaLevel = (typeof AREA_LEVELS)[number];

const PATTERNS: ReadonlyArray<[AreaLevel, RegExp]> = [
  ['gemeente', /^GM\d{4}$/],
  ['wijk', /^WK\d{6}$/],
  ['buurt', /^BU\d{8}$/],
];

/** The CBS level of a code, or undefined when it is not a CBS area code. */
export function cbsAreaLevel(code: string): Exclude<AreaLevel, 'custom'> | undefined {
  for (const [level, pattern] of PATTERNS)
    if (pattern.test(code)) return level as Exclude<AreaLevel, 'custom'>;
  return undefined;
}

/** Normalises user input like `gm0637`, `0637` or ` WK063706 ` to the canonical CBS code. */
export function normaliseAreaCode(input: string): string {
  const trimmed = input.trim().toUpperCase();
  if (/^\d{4}$/.test(trimmed)) return `GM${trimmed}`;
  return trimmed;
}

/** The gemeente code a wijk or buurt code belongs to (CBS codes embed it). */
export function gemeenteOf(code: string): string | undefined {
  const level = cbsAreaLevel(code);
  if (level === undefined) return undefined;
  return `GM${code.slice(2, 6)}`;
}

/** The wijk code a buurt code belongs to. */
export function wijkOfBuurt(code: string): string | undefined {
  return cbsAreaLevel(code) === 'buurt' ? `WK${code.slice(2, 8)}` : undefined;
}
