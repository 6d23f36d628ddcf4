/** @module XmR control chart (NHS "Making Data Count"): process limits from the mean moving range and the four rules, each hit naming the rule that fired; hidden values never signal. */
import type { RuleHit, SignalDirection } from './signal-rules.ts';

export interface XmrLimits {
  readonly mean: number;
  readonly meanMovingRange: number;
  readonly upper: number;
  readonly lower: number;
}

/** Run lengths of the NHS rules. */
export const SHIFT_RUN = 7;
export const TREND_RUN = 6;

/** Mean, mean moving range and natural process limits (mean ± 2.66 mR̄) of the shown values; undefined below 2. */
export function xmrLimits(values: readonly (number | null)[]): XmrLimits | undefined {
  const shown = values.filter((v): v is number => v !== null);
  if (shown.length < 2) return undefined;
  const mean = shown.reduce((a, b) => a + b, 0) / shown.length;
  let sumRange = 0;
  for (let i = 1; i < shown.length; i++) sumRange += Math.abs((shown[i] ?? 0) - (shown[i - 1] ?? 0));
  const meanMovingRange = sumRange / (shown.length - 1);
  return {
    mean,
    meanMovingRange,
    upper: mean + 2.66 * meanMovingRange,
    lower: mean - 2.66 * meanMovingRange,
  };
}

/**
 * Applies the four XmR rules. A hidden value (null) is never a hit and breaks any run through it. A run reports one
 * hit at the point where it reaches its length and one more for each further point of the same run.
 */
export function xmrRuleHits(values: readonly (number | null)[], limits: XmrLimits): RuleHit[] {
  const hits: RuleHit[] = [];
  const twoThirdsUp = limits.mean + (2 / 3) * (limits.upper - limits.mean);
  const twoThirdsDown = limits.mean - (2 / 3) * (limits.mean - limits.lower);
  let sideRun = 0;
  let side: SignalDirection | undefined;
  let trendRun = 1;
  let trendSide: SignalDirection | undefined;
  values.forEach((value, index) => {
    if (value === null) {
      sideRun = 0;
      side = undefined;
      trendRun = 1;
      trendSide = undefined;
      return;
    }
    if (value > limits.upper) hits.push({ index, rule: 'outsideLimits', direction: 'high' });
    else if (value < limits.lower) hits.push({ index, rule: 'outsideLimits', direction: 'low' });

    const here: SignalDirection | undefined =
      value > limits.mean ? 'high' : value < limits.mean ? 'low' : undefined;
    sideRun = here !== undefined && here === side ? sideRun + 1 : here === undefined ? 0 : 1;
    side = here;
    if (side !== undefined && sideRun >= SHIFT_RUN) hits.push({ index, rule: 'shift', direction: side });

    const previous = index > 0 ? values[index - 1] : null;
    if (previous !== null && previous !== undefined) {
      const step: SignalDirection | undefined =
        value > previous ? 'high' : value < previous ? 'low' : undefined;
      trendRun = step !== undefined && step === trendSide ? trendRun + 1 : step === undefined ? 1 : 2;
      trendSide = step;
      if (trendSide !== undefined && trendRun >= TREND_RUN)
        hits.push({ index, rule: 'trend', direction: trendSide });
    }

    if (index >= 2) {
      const window = [values[index - 2], values[index - 1], value];
      for (const direction of ['high', 'low'] as const) {
        const beyond = (v: number | null | undefined): boolean =>
          typeof v === 'number' && (direction === 'high' ? v > twoThirdsUp : v < twoThirdsDown);
        const isOutside = direction === 'high' ? value > limits.upper : value < limits.lower;
        if (beyond(value) && !isOutside && window.filter(beyond).length >= 2)
          hits.push({ index, rule: 'twoOfThree', direction });
      }
    }
  });
  return hits;
}
