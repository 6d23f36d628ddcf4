/** @module One factual Dutch sentence per indicator and period from published values: value, change against the previous period, target (or budget) and status — "Instroom jeugdhulp 2018: 1.150 jongeren, 14 % minder dan in 2017; streefwaarde 1.200 of minder — op koers." */
import { formatDutch, formatEuro, formatPercent } from './dutch-number.ts';
import * as R from './goal-reasons.ts';
import type { Direction, GoalStatus, PublishedFigure, StatusMark } from './goal-status.ts';

export interface SentenceInput {
  /** The indicator's name as the tree shows it. */
  readonly name: string;
  readonly period: string;
  /** The catalogue unit (persons, euro, percent, per1000, …). */
  readonly unit: string;
  /** The counted unit in words ("jongeren"); default from the unit. */
  readonly unitLabel?: string | undefined;
  readonly figure: PublishedFigure | undefined;
  readonly previous?: { readonly period: string; readonly figure: PublishedFigure | undefined } | undefined;
  readonly target?: number | undefined;
  /** The target is a budget (a cost total): written as realisation against the begroting. */
  readonly budget?: boolean | undefined;
  readonly direction: Direction;
  readonly status: GoalStatus;
  readonly mark?: StatusMark | undefined;
}

/** Units whose changes are "hoger/lager" (levels), not "meer/minder" (numbers of things). */
const LEVEL_UNITS = new Set(['euro', 'days', 'years', 'per1000', 'per10000', 'percent']);

/** A value with its unit: 1.150 jongeren, € 23.307.274, 12,5 %, 45,2 per 1.000. */
export function valueText(value: number, unit: string, unitLabel?: string): string {
  if (unit === 'euro') return formatEuro(value);
  if (unit === 'percent') return formatPercent(value);
  const word = unitLabel ?? R.UNIT_WORD[unit];
  return word ? `${formatDutch(value)} ${word}` : formatDutch(value);
}

const shown = (figure: PublishedFigure | undefined): number | undefined =>
  figure && !figure.hidden && figure.value !== null ? figure.value : undefined;

/** "14 % minder dan in 2017", "0,4 procentpunt hoger dan in 2017", "evenveel als in 2017". */
function changeText(
  value: number,
  previous: number,
  previousPeriod: string,
  unit: string,
): string | undefined {
  if (unit === 'percent') {
    const points = Math.round((value - previous) * 10) / 10;
    if (points === 0) return R.same(previousPeriod);
    return points > 0
      ? R.pointsUp(formatDutch(points), previousPeriod)
      : R.pointsDown(formatDutch(-points), previousPeriod);
  }
  if (previous === 0) return undefined;
  const pct = Math.round(((value - previous) / Math.abs(previous)) * 100);
  if (pct === 0) return R.same(previousPeriod);
  const level = LEVEL_UNITS.has(unit);
  return pct > 0
    ? R.more(formatPercent(pct), previousPeriod, level)
    : R.less(formatPercent(-pct), previousPeriod, level);
}

/** The sentence for one indicator and period (numbers the Dutch way; a budget target as realisation against it). */
export function indicatorSentence(input: SentenceInput): string {
  const head = `${input.name} ${input.period}`;
  const tail = `${input.status}${input.mark ? ` (${input.mark})` : ''}`;
  if (!input.figure || (input.figure.value === null && !input.figure.hidden))
    return `${head}: ${R.NO_DATA_YET}.`;
  const value = shown(input.figure);
  if (value === undefined) return `${head}: ${R.SECRET_FIGURE} — ${tail}.`;
  const euroBudget = input.budget === true && input.target !== undefined;
  const parts = [
    euroBudget ? R.realisation(formatEuro(value)) : valueText(value, input.unit, input.unitLabel),
  ];
  const previous = input.previous ? shown(input.previous.figure) : undefined;
  const change =
    input.previous && previous !== undefined
      ? changeText(value, previous, input.previous.period, input.unit)
      : undefined;
  let text = change ? `${parts[0]}, ${change}` : `${parts[0]}`;
  if (input.target !== undefined) {
    const targetPart = euroBudget
      ? R.budget(
          formatEuro(input.target),
          input.target === 0 ? '–' : formatPercent(Math.round((value / input.target) * 100)),
        )
      : R.target(valueText(input.target, input.unit, '').trim(), input.direction);
    text += `; ${targetPart}`;
  }
  return `${head}: ${text} — ${tail}.`;
}
