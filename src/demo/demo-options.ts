/** @module Options of the synthetic demo municipality: sizes, seed, years, delivery date, and the areas the caller supplies. */

export const DEMO_SIZES = ['S', 'M', 'L'] as const;
/** S ≈ 25,000 inhabitants, M ≈ 128,000 (Zoetermeer, default), L ≈ 900,000 (same wijk structure, scaled). */
export type DemoSize = (typeof DEMO_SIZES)[number];

export const isDemoSize = (value: string): value is DemoSize =>
  (DEMO_SIZES as readonly string[]).includes(value);

export interface DemoOptions {
  readonly size: DemoSize;
  readonly seed: number;
  /** First year with data (2015: the decentralisation of Jeugdwet and Wmo 2015). */
  readonly fromYear: number;
  /** Last year with data. */
  readonly toYear: number;
  /** The last data delivery (ISO date): claims submitted after it are absent, so the last months are incomplete. */
  readonly deliveryDate: string;
  /** Emit every claim as a 323 message (default: only the last year's; earlier claims as the CSV history). */
  readonly allXml?: boolean;
}

export const DEFAULT_DEMO_OPTIONS: DemoOptions = {
  size: 'M',
  seed: 20150101,
  fromYear: 2015,
  toYear: 2025,
  deliveryDate: '2026-02-15',
};

export interface DemoArea {
  readonly code: string;
  readonly name: string;
  /** CBS 2024 inhabitants: used as weights for where people live. */
  readonly inhabitants: number;
}

export interface DemoAreas {
  readonly gemeente: { readonly code: string; readonly name: string };
  readonly wijken: ReadonlyArray<DemoArea>;
}

/** The inhabitants of the real municipality (Zoetermeer, CBS 2024) that the calibration figures belong to. */
export const CALIBRATION_INHABITANTS = 128_434;

/** Inhabitants on 1 January 2024 the world aims at, per size; M follows the supplied areas. */
export function targetInhabitants2024(size: DemoSize, areas: DemoAreas): number {
  if (size === 'S') return 25_000;
  if (size === 'L') return 900_000;
  const sum = areas.wijken.reduce((total, wijk) => total + wijk.inhabitants, 0);
  return sum > 0 ? sum : CALIBRATION_INHABITANTS;
}

/** Factor applied to every calibration count and cost (1 for the real Zoetermeer size). */
export function sizeScale(size: DemoSize, areas: DemoAreas): number {
  return targetInhabitants2024(size, areas) / CALIBRATION_INHABITANTS;
}
