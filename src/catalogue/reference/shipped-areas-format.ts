/** @module The on-disk format of the shipped area reference data (areas-2024.json), shared by its builder and its reader. */

/** Column order of one wijk row in areas-2024.json (rows instead of objects keep the file small). */
export const WIJK_COLUMNS = ['code', 'name', 'inhabitants', 'men', 'women', 'dwellings', 'shape'] as const;

/**
 * One wijk: code, name, inhabitants, men, women, dwellings (null where CBS publishes no figure),
 * and whether boundaries.topo.json holds a (2014) shape for this code (1) or not (0).
 */
export type ShippedWijkRow = [
  string,
  string,
  number | null,
  number | null,
  number | null,
  number | null,
  0 | 1,
];

export interface ShippedGemeente {
  name: string;
  province: string;
  inhabitants: number | null;
  men: number | null;
  women: number | null;
  dwellings: number | null;
  /** Whether boundaries.topo.json holds a (2015) shape for this code. */
  shape: boolean;
  wijken: ShippedWijkRow[];
}

export interface ShippedAreas {
  source: string;
  /** Reference year of the figures (inhabitants and dwellings on 1 January of that year). */
  year: number;
  boundaryYears: { gemeente: number; wijk: number };
  wijkColumns: typeof WIJK_COLUMNS;
  /** Gemeente code (GMxxxx) → gemeente with its wijken, sorted by code. */
  gemeenten: Record<string, ShippedGemeente>;
}

/** Object names inside boundaries.topo.json; each geometry's `id` is its CBS code. */
export const BOUNDARY_OBJECTS = { gemeente: 'gemeenten', wijk: 'wijken' } as const;
