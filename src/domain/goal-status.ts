/** @module Status of one indicator in one period (op koers / aandacht / uit koers / geen streefwaarde / te klein om te duiden / nog geen gegevens): direction-aware against the target and its band, on published values. */
import { formatDutch, formatEuro, formatPercent } from './dutch-number.ts';
import * as R from './goal-reasons.ts';
import { GOAL_DEFAULTS, type PeriodValue } from './goal-tree.ts';

export const GOAL_STATUSES = [
  'op koers',
  'aandacht',
  'uit koers',
  'geen streefwaarde',
  'te klein om te duiden',
  'nog geen gegevens',
] as const;
export type GoalStatus = (typeof GOAL_STATUSES)[number];

/** The statuses that carry a colour (a verdict against a target). */
export const COLOURED_STATUSES: readonly GoalStatus[] = ['op koers', 'aandacht', 'uit koers'];

/** A provisional or running figure keeps its status, marked: the verdict may still change. */
export type StatusMark = 'voorlopig' | 'lopend';

export type Direction = 'up' | 'down' | 'none';

/** One published (disclosure-controlled) cell of the cube. */
export interface PublishedFigure {
  readonly value: number | null;
  /** The published numerator (rounded count); null for amounts and means. */
  readonly numerator: number | null;
  /** True when disclosure control hid the value ('.'). */
  readonly hidden: boolean;
  /** The cube's value status: 'final', 'provisional' or 'running'. */
  readonly valueStatus: string;
}

export interface IndicatorStatusInput {
  readonly period: string;
  readonly area: string;
  /** Undefined: no cube row for this period and area. */
  readonly figure: PublishedFigure | undefined;
  readonly direction: Direction;
  readonly target?: number | undefined;
  readonly baseline?: PeriodValue | undefined;
  readonly tolerancePercent?: number | undefined;
  readonly minimumSize?: number | undefined;
  /** Whether the minimum size applies (counts and rates of counted units; not amounts, means or survey figures). */
  readonly sizeApplies: boolean;
  /** The unit, for writing values in reasons: euro as amounts (a target is then a budget), percent with %. */
  readonly unit?: string | undefined;
  /** For imported slots without a figure: the source to name. */
  readonly importedSource?: string | undefined;
}

export interface IndicatorStatus {
  readonly status: GoalStatus;
  readonly reason: string;
  readonly mark?: StatusMark;
}

/** The mark of a cube value status: provisional → voorlopig, running → lopend, final → none. */
export function markOf(valueStatus: string): StatusMark | undefined {
  if (valueStatus === 'provisional') return 'voorlopig';
  if (valueStatus === 'running') return 'lopend';
  return undefined;
}

const EPSILON = 1e-9;

/** Relative change between two values as "14 % lager dan" words, or undefined when it cannot be computed. */
function changeVersusBaseline(value: number, baseline: number): string {
  if (baseline === 0) return value === 0 ? 'gelijk aan' : 'anders dan';
  const pct = Math.round(((value - baseline) / Math.abs(baseline)) * 100);
  if (pct === 0) return 'ongeveer gelijk aan';
  return `${formatPercent(Math.abs(pct))} ${pct > 0 ? 'hoger dan' : 'lager dan'}`;
}

/**
 * The status of one indicator in one period. Order of the rules: no figure → nog geen gegevens; hidden by
 * disclosure control or a numerator below the minimum size → te klein om te duiden; no target → geen streefwaarde
 * (with the trend against the baseline in the reason, but no colour); otherwise against the target: direction down
 * → at or below the target op koers, above it but within the band (target + tolerance % of the target, edge
 * included) aandacht, beyond uit koers; direction up mirrored; direction none → within the band op koers, within
 * twice the band aandacht, beyond uit koers.
 */
export function indicatorStatus(input: IndicatorStatusInput): IndicatorStatus {
  const figure = input.figure;
  const fmt = (v: number) =>
    input.unit === 'euro' ? formatEuro(v) : input.unit === 'percent' ? formatPercent(v) : formatDutch(v);
  if (!figure || (figure.value === null && !figure.hidden)) {
    return {
      status: 'nog geen gegevens',
      reason: input.importedSource
        ? R.noImportedFigure(input.period, input.importedSource)
        : R.noFigure(input.period, input.area),
    };
  }
  const mark = markOf(figure.valueStatus);
  const withMark = (status: GoalStatus, reason: string): IndicatorStatus => {
    if (!mark) return { status, reason };
    return {
      status,
      reason: `${reason}; ${mark === 'voorlopig' ? R.MARK_PROVISIONAL : R.MARK_RUNNING}`,
      mark,
    };
  };
  if (figure.hidden || figure.value === null) return withMark('te klein om te duiden', R.hiddenFigure);
  const minimum = input.minimumSize ?? GOAL_DEFAULTS.minimumSize;
  if (input.sizeApplies && figure.numerator !== null && figure.numerator < minimum)
    return withMark('te klein om te duiden', R.belowMinimum(figure.numerator, minimum));
  const value = figure.value;
  if (input.target === undefined) {
    const trend = input.baseline
      ? R.versusBaseline(
          `${fmt(value)} is ${changeVersusBaseline(value, input.baseline.value)}`,
          input.baseline.period,
          fmt(input.baseline.value),
        )
      : R.noBaseline;
    return withMark('geen streefwaarde', `${R.noTargetFor(input.period)}; ${trend}`);
  }
  const target = input.target;
  const tolerance = input.tolerancePercent ?? GOAL_DEFAULTS.tolerancePercent;
  const band = (Math.abs(target) * tolerance) / 100;
  const tol = formatPercent(tolerance);
  if (input.direction === 'none') {
    const off = Math.abs(value - target);
    if (off <= band + EPSILON) return withMark('op koers', R.nearPoint(fmt(value), fmt(target), tol));
    if (off <= 2 * band + EPSILON)
      return withMark('aandacht', R.nearPointTwice(fmt(value), fmt(target), tol));
    return withMark('uit koers', R.farFromPoint(fmt(value), fmt(target), tol));
  }
  // How far the value is on the wrong side of the target (≤ 0: target met).
  const shortfall = input.direction === 'down' ? value - target : target - value;
  const edge = input.direction === 'down' ? target + band : target - band;
  if (shortfall <= EPSILON)
    return withMark('op koers', R.targetMet(fmt(value), fmt(target), input.direction));
  if (shortfall <= band + EPSILON)
    return withMark('aandacht', R.withinBand(fmt(value), fmt(target), input.direction, fmt(edge), tol));
  return withMark('uit koers', R.outsideBand(fmt(value), fmt(target), input.direction, fmt(edge), tol));
}
