/** @module The closed vocabulary of signal rules and the shape of a signal, shared by the rule modules and the sentences. */

/**
 * - `outsideForecast`: the value lies outside the 95 % band of the forecast made before its period.
 * - `outsideLimits`: XmR — a point beyond the natural process limits (mean ± 2.66 × mean moving range).
 * - `shift`: XmR — seven consecutive points on one side of the mean.
 * - `trend`: XmR — six consecutive points each higher (or each lower) than the one before.
 * - `twoOfThree`: XmR — two of three consecutive points beyond two thirds of the way to a limit, on the same side.
 * - `funnel`: a wijk outside the 99.8 % exact Poisson funnel around the gemeente's rate.
 */
export const SIGNAL_RULES = [
  'outsideForecast',
  'outsideLimits',
  'shift',
  'trend',
  'twoOfThree',
  'funnel',
] as const;
export type SignalRule = (typeof SIGNAL_RULES)[number];

export type SignalDirection = 'high' | 'low';

/** A rule that fired at one point of a series (index into the series). */
export interface RuleHit {
  readonly index: number;
  readonly rule: SignalRule;
  readonly direction: SignalDirection;
}
