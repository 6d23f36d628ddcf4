/** @module The expected final figure ("verwacht definitief") of any area's claim-based figure: a group's month-level completion factors applied to the area's provisional month, quarter or year, with an 80 % interval that widens for a small area. */
import { parsePeriod } from '../domain/period.ts';
import { Z80 } from './forecast-types.ts';
import type { ExpectedFinal, LagNowcast } from './nowcast-adjustment.ts';
import type { PublishedPoint } from './series-window.ts';

/** How complete one care month of a group usually is at its present age, and how much that varied. */
export interface MonthFactor {
  /** The share of the final figure that has usually arrived (chain-ladder completion factor). */
  readonly completeness: number;
  /** The predictive spread of log(final / arrived) at this age. */
  readonly logSpread: number;
}

/** The completion factors of one group (a law, or a law's care type or product category), per care month. */
export interface GroupFactors {
  /** Care month ('2025-11') → its factor; months before the first one are complete. */
  readonly months: ReadonlyMap<string, MonthFactor>;
  /**
   * The size of one claim in the figure's unit: the mean amount per claim line (euros) for amounts, 1 for counts of
   * claims. The claims still to come are counted as Poisson, so a small area's figure gets a wider interval.
   */
  readonly claimSize: number;
  /** The last month with arrivals ('2026-02'). */
  readonly asOf: string;
}

export interface ExpectedFinalFigure {
  readonly expected: number;
  readonly lower80: number;
  readonly upper80: number;
}

/**
 * The expected final figure of a period whose months have these factors (one per month; a complete month is
 * `{ completeness: 1, logSpread: 0 }`). The months' factors are aggregated assuming the months end equally large:
 * completeness C = mean of the months' completeness, expected E = provisional / C. Its variance adds, per month, the
 * factor's spread on that month's share (E / n × s)² and, for the claims still to come, a Poisson count of claims of
 * the group's mean size: (E − provisional) × claimSize. The 80 % interval is log-normal with that relative spread,
 * and not below what has already arrived (unless credits made E smaller). The factor part is the same for every area;
 * the count part weighs more the smaller the area, so a wijk with few claims gets a wider relative interval.
 * Undefined when nothing has arrived (a chain ladder cannot scale zero) or no month has a factor.
 */
export function expectedFinalOf(
  provisional: number,
  months: readonly MonthFactor[],
  claimSize: number,
): ExpectedFinalFigure | undefined {
  const n = months.length;
  if (n === 0 || !(provisional > 0)) return undefined;
  const completeness = months.reduce((a, m) => a + m.completeness, 0) / n;
  if (!(completeness > 0)) return undefined;
  const expected = provisional / completeness;
  const share = expected / n;
  const factorVariance = months.reduce((a, m) => a + (share * m.logSpread) ** 2, 0);
  const countVariance = Math.max(expected - provisional, 0) * Math.max(claimSize, 0);
  const spread = Math.sqrt(factorVariance + countVariance) / expected;
  return {
    expected,
    lower80: Math.max(provisional <= expected ? provisional : 0, expected * Math.exp(-Z80 * spread)),
    upper80: expected * Math.exp(Z80 * spread),
  };
}

/** The care months of a period ('2025-Q4' → 2025-10, 2025-11, 2025-12). */
export function monthsOfPeriod(period: string): string[] {
  const parsed = parsePeriod(period);
  if (parsed === undefined) return [];
  const [fromYear, fromMonth] = parsed.start.split('-').map(Number) as [number, number];
  const [toYear, toMonth] = parsed.end.split('-').map(Number) as [number, number];
  const months: string[] = [];
  for (let i = fromYear * 12 + fromMonth - 1; i <= toYear * 12 + toMonth - 1; i++)
    months.push(`${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`);
  return months;
}

/**
 * The factors of a period's months: `'complete'` when every month is older than the group's first factor (nothing
 * left to arrive), undefined when a month has arrivals to come but no factor (too recent for history to say, or after
 * the last arrival month).
 */
export function periodFactors(period: string, group: GroupFactors): MonthFactor[] | 'complete' | undefined {
  const first = [...group.months.keys()].sort()[0];
  const months = monthsOfPeriod(period);
  if (months.length === 0) return undefined;
  const factors: MonthFactor[] = [];
  for (const month of months) {
    const factor = group.months.get(month);
    if (factor !== undefined) factors.push(factor);
    else if (first !== undefined && month < first) factors.push({ completeness: 1, logSpread: 0 });
    else return undefined;
  }
  return factors.every((f) => f.completeness === 1 && f.logSpread === 0) ? 'complete' : factors;
}

/**
 * Where a claim-based figure sits in a published value: the value itself (a sum of claim amounts, a count of claims)
 * or the numerator of a ratio whose denominator does not depend on claims (cost per client: the value scales with it).
 */
export type ClaimFigure = 'value' | 'numerator';

/**
 * The expected final figures of one area's series of a claim-based indicator. A period whose months have factors gets
 * its expected final figure (for a ratio: the value scaled as its numerator is); a period with claims still to come
 * but no estimate (no factors for the group or the month, nothing arrived, a hidden numerator) is withheld: it is
 * not fitted and cannot signal. Periods older than the factors are left as published. Without factors (the group has
 * too little history) every provisional period is withheld.
 */
export function seriesExpectedFinals(
  points: readonly PublishedPoint[],
  figure: ClaimFigure,
  group: GroupFactors | undefined,
): LagNowcast {
  const finals = new Map<string, ExpectedFinal>();
  const withheld = new Set<string>();
  for (const p of points) {
    if (p.status === 'running' || p.value === null) continue;
    if (group === undefined) {
      if (p.status === 'provisional') withheld.add(p.period);
      continue;
    }
    const factors = periodFactors(p.period, group);
    if (factors === 'complete') continue;
    const provisional = figure === 'value' ? p.value : (p.numerator ?? null);
    const estimate =
      factors === undefined || provisional === null
        ? undefined
        : expectedFinalOf(provisional, factors, group.claimSize);
    if (estimate === undefined || provisional === null) {
      // A figure with nothing to come that is simply zero (an old month without claims) stays as published.
      if (factors === undefined || p.status === 'provisional') withheld.add(p.period);
      continue;
    }
    const scale = figure === 'value' ? 1 : p.value / provisional;
    finals.set(p.period, {
      period: p.period,
      expected: estimate.expected * scale,
      lower80: estimate.lower80 * scale,
      upper80: estimate.upper80 * scale,
    });
  }
  return { finals, asOf: group?.asOf ?? '', withheld };
}
