/** @module Disclosure control (indicators.md §2): one pure function, applied by role, from cube rows to published values (hide 0–7, round to 5, rates from rounded numerators, means n ≥ 10, complementary suppression). */
import type { IndicatorDefinition } from './indicator-definition.ts';

export const ROLES = ['admin', 'analyst', 'policy', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

/** A row of the results cube (camelCase mirror of `indicator_value`). */
export interface CubeRow {
  readonly indicator: string;
  readonly period: string;
  readonly area: string;
  readonly breakdownKey: string;
  readonly breakdownValue: string;
  readonly numerator: number | null;
  readonly denominator: number | null;
  readonly value: number | null;
  readonly status: string;
}

/** How a value is protected: counts of units; rates from a count numerator × factor; means over n = denominator; amounts (euro) unprotected. */
export type ValueKind =
  | { kind: 'count' }
  | { kind: 'rate'; factor: number }
  | { kind: 'mean' }
  | { kind: 'amount' }
  | { kind: 'given' };

export const SECRET = '.';

export interface PublishedRow extends CubeRow {
  /** The value to show; null when secret or when it cannot be computed. */
  readonly published: number | null;
  /** The numerator as shown (rounded for counts and rates). */
  readonly publishedNumerator: number | null;
  /** '.' = geheim (secret), '' = shown or cannot occur. */
  readonly symbol: '' | typeof SECRET;
}

export interface DisclosureOptions {
  readonly role: Role;
  /** True only for views inside the application; exports and publications pass false. */
  readonly insideApp: boolean;
  readonly kindOf: (indicator: string) => ValueKind;
  /** Counts up to this value are secret (default 7). */
  readonly maxSecret?: number;
  /** Rounding base (default 5). */
  readonly roundTo?: number;
  /** Minimum n for means (default 10). */
  readonly minMeanN?: number;
}

const COUNT_UNITS: readonly string[] = [
  'persons',
  'households',
  'trajectories',
  'arrangements',
  'benefits',
  'provisions',
];

/** The kind of protection a catalogue definition needs, from its unit and measure. */
export function valueKindOf(def: IndicatorDefinition): ValueKind {
  const m = def.measure;
  // Imported figures: counts are protected like computed counts; other figures (survey percentages, published
  // rates without numerator, amounts) are shown as the source published them.
  if (m.kind === 'imported') return COUNT_UNITS.includes(def.unit) ? { kind: 'count' } : { kind: 'given' };
  if (m.kind === 'mean') return { kind: 'mean' };
  if (m.kind === 'sum') return { kind: 'amount' };
  if (m.kind === 'rate') return { kind: 'rate', factor: m.factor };
  if (m.kind === 'share') return m.of === 'units' ? { kind: 'rate', factor: m.factor } : { kind: 'amount' };
  if (m.kind === 'ratio')
    return m.denominator.kind === 'indicator' ? { kind: 'mean' } : { kind: 'rate', factor: m.factor };
  if (def.unit === 'euro') return { kind: 'amount' };
  return { kind: 'count' };
}

/** Rounds a count to the nearest multiple of `base` (halves up). */
export function roundCount(n: number, base = 5): number {
  return Math.round(n / base) * base;
}

interface Working {
  row: CubeRow;
  kind: ValueKind;
  published: number | null;
  publishedNumerator: number | null;
  secret: boolean;
}

function protect(row: CubeRow, kind: ValueKind, maxSecret: number, base: number, minN: number): Working {
  const w: Working = { row, kind, published: row.value, publishedNumerator: row.numerator, secret: false };
  const hide = (): Working => ({ ...w, published: null, publishedNumerator: null, secret: true });
  switch (kind.kind) {
    case 'count': {
      // A count without a value is a secret figure (CBS '.'); figures that cannot occur are not stored.
      if (row.value === null) return hide();
      if (row.value <= maxSecret) return hide();
      const rounded = roundCount(row.value, base);
      return { ...w, published: rounded, publishedNumerator: rounded };
    }
    case 'rate': {
      if (row.numerator === null || row.numerator <= maxSecret) return hide();
      const num = roundCount(row.numerator, base);
      const published = row.denominator ? (num / row.denominator) * kind.factor : null;
      return { ...w, published, publishedNumerator: num };
    }
    case 'mean':
      if (row.denominator === null || row.denominator < minN) return hide();
      return w;
    case 'amount':
      return w;
    case 'given':
      return row.value === null ? hide() : w;
  }
}

/** Sets of cells that add up to a shown total: breakdown values under their total, and wijken under their gemeente. */
function additiveSets(cells: readonly Working[]): Working[][] {
  const sets: Working[][] = [];
  const counts = cells.filter((c) => c.kind.kind === 'count' && c.row.value !== null);
  const group = <K>(key: (c: Working) => K | undefined): Map<K, Working[]> => {
    const map = new Map<K, Working[]>();
    for (const c of counts) {
      const k = key(c);
      if (k === undefined) continue;
      const list = map.get(k);
      if (list) list.push(c);
      else map.set(k, [c]);
    }
    return map;
  };
  const base = (c: Working): string => `${c.row.indicator}|${c.row.period}`;
  // Breakdown sets: members (key ≠ '') and their total in the same indicator, period and area.
  const totals = new Map(
    counts.filter((c) => c.row.breakdownKey === '').map((c) => [`${base(c)}|${c.row.area}`, c]),
  );
  for (const [k, members] of group((c) =>
    c.row.breakdownKey === '' ? undefined : `${base(c)}|${c.row.area}|${c.row.breakdownKey}`,
  )) {
    const total = totals.get(k.slice(0, k.lastIndexOf('|')));
    if (total) sets.push([total, ...members]);
  }
  // Area sets: wijken of a gemeente for the same indicator, period and breakdown cell.
  const gemeenten = new Map(
    counts
      .filter((c) => c.row.area.startsWith('GM'))
      .map((c) => [`${base(c)}|${c.row.breakdownKey}|${c.row.breakdownValue}|${c.row.area.slice(2, 6)}`, c]),
  );
  for (const [k, members] of group((c) =>
    c.row.area.startsWith('WK')
      ? `${base(c)}|${c.row.breakdownKey}|${c.row.breakdownValue}|${c.row.area.slice(2, 6)}`
      : undefined,
  )) {
    const total = gemeenten.get(k);
    if (total) sets.push([total, ...members]);
  }
  // Only sets whose exact members add up to the exact total can be subtracted.
  return sets.filter(([total, ...members]) => {
    const sum = members.reduce((s, m) => s + (m.row.value ?? 0), 0);
    return total !== undefined && Math.abs(sum - (total.row.value ?? 0)) < 1e-9;
  });
}

/** Rule 4: in a set adding up to a shown total, a single hidden cell takes the smallest other cell with it. */
function complementarySuppression(cells: Working[]): void {
  const sets = additiveSets(cells);
  for (let changed = true; changed;) {
    changed = false;
    for (const [total, ...members] of sets) {
      if (!total || total.secret) continue;
      const hidden = members.filter((m) => m.secret);
      if (hidden.length !== 1) continue;
      const candidates = members.filter((m) => !m.secret);
      const smallest = candidates.reduce<Working | undefined>(
        (min, m) => (min === undefined || (m.row.value ?? 0) < (min.row.value ?? 0) ? m : min),
        undefined,
      );
      // With no other cell left the hidden one equals the total minus nothing: hide the total instead.
      const victim = smallest ?? total;
      victim.secret = true;
      victim.published = null;
      victim.publishedNumerator = null;
      changed = true;
    }
  }
}

/**
 * Applies disclosure control to a set of cube rows for a role. Analysts inside the application see exact
 * values; every other role and every export gets rounded, suppressed values. Pass all rows of the sets a
 * reader will see together (totals, breakdowns, wijken), so complementary suppression can take effect.
 */
export function applyDisclosureControl(rows: readonly CubeRow[], options: DisclosureOptions): PublishedRow[] {
  if (options.role === 'analyst' && options.insideApp) {
    return rows.map((row) => ({
      ...row,
      published: row.value,
      publishedNumerator: row.numerator,
      symbol: '',
    }));
  }
  const maxSecret = options.maxSecret ?? 7;
  const base = options.roundTo ?? 5;
  const minN = options.minMeanN ?? 10;
  const cells = rows.map((row) => protect(row, options.kindOf(row.indicator), maxSecret, base, minN));
  complementarySuppression(cells);
  return cells.map((c) => ({
    ...c.row,
    published: c.secret ? null : c.published,
    publishedNumerator: c.secret ? null : c.publishedNumerator,
    symbol: c.secret ? SECRET : '',
  }));
}
