/** @module Nowcast of late declarations (chain-ladder style): from when claims arrived, how complete each recent month is, and the expected final figure ("verwacht definitief") with an 80 % interval. */
import { Z80 } from './forecast-types.ts';

/** Claims of one group (law, care type) for one care month that arrived `lag` months after that month. */
export interface ArrivalCell {
  readonly group: string;
  /** Care month as a month index (year × 12 + month − 1). */
  readonly origin: number;
  /** Months between the care month and the month the claim arrived (0 = same month). */
  readonly lag: number;
  readonly amount: number;
  /** Claim lines in the cell (for the group's mean amount per claim); 0 or absent when unknown. */
  readonly claims?: number;
}

export interface NowcastOptions {
  /** The last month whose arrivals are known (a month index). */
  readonly asOf: number;
  /** After this many months a care month counts as complete (arrivals later are added at this lag). */
  readonly maxLag: number;
  /** Complete care months used to estimate the factors (the most recent ones). */
  readonly history: number;
  /** At least this many complete months, else no nowcast. */
  readonly minHistory: number;
}

export const DEFAULT_NOWCAST_OPTIONS: Omit<NowcastOptions, 'asOf'> = {
  maxLag: 12,
  history: 24,
  minHistory: 6,
};

export interface NowcastRow {
  readonly group: string;
  readonly origin: number;
  /** Months of arrivals seen so far for this care month (asOf − origin). */
  readonly age: number;
  /** What has arrived so far. */
  readonly provisional: number;
  /** The share of the final figure that has usually arrived at this age (chain-ladder completion factor). */
  readonly completeness: number;
  /** provisional / completeness, with an 80 % interval from the spread history showed. */
  readonly expected: number;
  readonly lower80: number;
  readonly upper80: number;
  /** The predictive spread of log(final / arrived so far) at this age, from the complete months. */
  readonly logSpread: number;
  /** The mean amount per claim line in the complete months (0 when claim counts are unknown). */
  readonly meanClaim: number;
}

export type NowcastOutcome =
  | { readonly ok: true; readonly group: string; readonly rows: NowcastRow[] }
  | {
      readonly ok: false;
      readonly group: string;
      readonly reason: 'tooLittleHistory';
      readonly complete: number;
    };

/**
 * The predictive standard deviation of the log of a new ratio, from n past ratios: s·√(1 + 1/n), s the sample
 * standard deviation of their logs (0 with a single ratio).
 */
export function predictiveLogSpread(ratios: readonly number[]): number {
  const n = ratios.length;
  if (n < 2) return 0;
  const logs = ratios.map(Math.log);
  const mean = logs.reduce((a, b) => a + b, 0) / n;
  const variance = logs.reduce((a, b) => a + (b - mean) ** 2, 0) / (n - 1);
  return Math.sqrt(variance * (1 + 1 / n));
}

/**
 * Nowcasts one group. The development triangle is cumulative arrivals per care month and lag; a care month is
 * complete when `maxLag` months of arrivals are known. The completion factor at age a is the volume-weighted share
 * Σ cum(o, a) / Σ cum(o, maxLag) over the most recent complete months (chain ladder with complete rows only). The 80 %
 * interval is log-normal around the expected figure, as wide as the same months' own ratios cum(o, maxLag) / cum(o, a)
 * varied (predictive spread of their logs), and not below what has already arrived unless credits made the
 * expected figure smaller than that. Each row also carries that spread and the group's mean amount per claim line,
 * so a smaller area's figure can be corrected with the same factors and a wider interval (area-nowcast.ts).
 */
export function nowcastGroup(
  group: string,
  cells: readonly ArrivalCell[],
  options: NowcastOptions,
): NowcastOutcome {
  const { asOf, maxLag } = options;
  const byOrigin = new Map<number, number[]>();
  const claimsOf = new Map<number, number>();
  for (const cell of cells) {
    if (cell.origin > asOf || cell.origin + cell.lag > asOf) continue;
    claimsOf.set(cell.origin, (claimsOf.get(cell.origin) ?? 0) + (cell.claims ?? 0));
    let row = byOrigin.get(cell.origin);
    if (row === undefined) byOrigin.set(cell.origin, (row = new Array<number>(maxLag + 1).fill(0)));
    const lag = Math.min(Math.max(cell.lag, 0), maxLag);
    row[lag] = (row[lag] ?? 0) + cell.amount;
  }
  const cumulative = new Map<number, number[]>();
  for (const [origin, row] of byOrigin) {
    let sum = 0;
    cumulative.set(
      origin,
      row.map((v) => (sum += v)),
    );
  }
  const complete = [...cumulative.keys()]
    .filter((o) => asOf - o >= maxLag)
    .sort((a, b) => b - a)
    .slice(0, options.history);
  if (complete.length < options.minHistory)
    return { ok: false, group, reason: 'tooLittleHistory', complete: complete.length };

  let completeAmount = 0;
  let completeClaims = 0;
  for (const o of complete) {
    completeAmount += cumulative.get(o)?.[maxLag] ?? 0;
    completeClaims += claimsOf.get(o) ?? 0;
  }
  const meanClaim = completeClaims > 0 ? Math.abs(completeAmount) / completeClaims : 0;
  const rows: NowcastRow[] = [];
  const lastOrigin = Math.max(...cumulative.keys());
  for (let origin = asOf - maxLag + 1; origin <= Math.min(asOf, lastOrigin); origin++) {
    const age = asOf - origin;
    let atAge = 0;
    let final = 0;
    const ratios: number[] = [];
    for (const o of complete) {
      const cum = cumulative.get(o) ?? [];
      const a = cum[age] ?? 0;
      const f = cum[maxLag] ?? 0;
      atAge += a;
      final += f;
      if (a > 0) ratios.push(f / a);
    }
    if (final <= 0 || atAge <= 0 || ratios.length === 0) continue;
    const provisional = cumulative.get(origin)?.[age] ?? 0;
    const completeness = atAge / final;
    const expected = provisional / completeness;
    const spread = predictiveLogSpread(ratios);
    rows.push({
      group,
      origin,
      age,
      provisional,
      completeness,
      expected,
      // What has arrived is a floor only while arrivals add up; net credits can end a month below it.
      lower80: Math.max(provisional <= expected ? provisional : 0, expected * Math.exp(-Z80 * spread)),
      upper80: expected * Math.exp(Z80 * spread),
      logSpread: spread,
      meanClaim,
    });
  }
  return { ok: true, group, rows };
}
