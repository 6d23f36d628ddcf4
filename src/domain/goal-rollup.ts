/** @module Roll-up of statuses to effects, goals and the vision by a visible rule: the worst status of the parts with data (default), or the weighted share on course; every result names the parts that caused it. */
import * as R from './goal-reasons.ts';
import { COLOURED_STATUSES, type GoalStatus, type StatusMark } from './goal-status.ts';
import { GOAL_DEFAULTS, type RollupSetting } from './goal-tree.ts';

export interface RollupPart {
  readonly id: string;
  readonly title: string;
  readonly status: GoalStatus;
  readonly weight?: number | undefined;
  readonly mark?: StatusMark | undefined;
}

export interface RollupResult {
  readonly status: GoalStatus;
  readonly reason: string;
  /** Ids of the parts that decided the status (the worst ones, or those not on course). */
  readonly causes: readonly string[];
  /** Voorlopig or lopend when a deciding part is. */
  readonly mark?: StatusMark;
}

/** Severity of the coloured statuses, worst last. */
const SEVERITY: readonly GoalStatus[] = ['op koers', 'aandacht', 'uit koers'];
/** Without any coloured part: what the parent says, in this order of preference. */
const UNCOLOURED_ORDER: readonly GoalStatus[] = [
  'geen streefwaarde',
  'te klein om te duiden',
  'nog geen gegevens',
];

function markOf(parts: readonly RollupPart[]): StatusMark | undefined {
  if (parts.some((p) => p.mark === 'lopend')) return 'lopend';
  if (parts.some((p) => p.mark === 'voorlopig')) return 'voorlopig';
  return undefined;
}

function result(status: GoalStatus, reason: string, causes: readonly RollupPart[]): RollupResult {
  const mark = markOf(causes);
  return { status, reason, causes: causes.map((c) => c.id), ...(mark ? { mark } : {}) };
}

/** Parts without any colour: the most informative uncoloured status and the parts that have it. */
function uncoloured(parts: readonly RollupPart[]): RollupResult {
  for (const status of UNCOLOURED_ORDER) {
    const having = parts.filter((p) => p.status === status);
    if (having.length > 0)
      return result(
        status,
        R.noneColoured(
          status,
          having.map((p) => p.title),
        ),
        having,
      );
  }
  return { status: 'nog geen gegevens', reason: R.noChildren, causes: [] };
}

/**
 * Rolls the statuses of a node's parts up to the node. `worst`: the worst coloured status among the parts with a
 * verdict (uit koers > aandacht > op koers). `weighted-share`: the weighted share of those parts that is on course,
 * op koers from `onCoursePercent` (default 80), aandacht from `attentionPercent` (default 50), else uit koers.
 * Parts without a verdict (no target, too small, no data) do not count; with none left the node says why.
 */
export function rollUp(
  parts: readonly RollupPart[],
  setting: RollupSetting = { rule: 'worst' },
): RollupResult {
  const coloured = parts.filter((p) => COLOURED_STATUSES.includes(p.status));
  if (coloured.length === 0) return uncoloured(parts);
  if (setting.rule === 'worst') {
    const worst = coloured.reduce(
      (w, p) => (SEVERITY.indexOf(p.status) > SEVERITY.indexOf(w) ? p.status : w),
      'op koers' as GoalStatus,
    );
    const causes = coloured.filter((p) => p.status === worst);
    return result(
      worst,
      R.worstOf(
        worst,
        causes.map((c) => c.title),
      ),
      causes,
    );
  }
  const onCourse = setting.onCoursePercent ?? GOAL_DEFAULTS.onCoursePercent;
  const attention = setting.attentionPercent ?? GOAL_DEFAULTS.attentionPercent;
  const weight = (p: RollupPart) => p.weight ?? GOAL_DEFAULTS.weight;
  const total = coloured.reduce((s, p) => s + weight(p), 0);
  const on = coloured.filter((p) => p.status === 'op koers');
  const share = (on.reduce((s, p) => s + weight(p), 0) / total) * 100;
  const status: GoalStatus = share >= onCourse ? 'op koers' : share >= attention ? 'aandacht' : 'uit koers';
  const off = coloured.filter((p) => p.status !== 'op koers');
  const reason =
    R.weightedShare(Math.round(share * 10) / 10, on.length, coloured.length, onCourse, attention) +
    R.notOnCourse(off.map((p) => p.title));
  return result(status, reason, status === 'op koers' ? on : off);
}
