/** @module The steering view as an edge asks for it (`msd goals show`, `GET /api/v1/goals`): default period and area, their checks, and the JSON contract both print. */
import { loadCatalogue } from '../catalogue/local-catalogue.ts';
import { normaliseAreaCode } from '../domain/area-code.ts';
import * as R from '../domain/goal-reasons.ts';
import { GoalTreeError } from '../errors.ts';
import type { SqlStore } from '../store/sql-store.ts';
import { defaultSteeringPeriod, isKnownArea } from './steering-period.ts';
import { steeringStatus, type SteeringNode, type SteeringView } from './steering-status.ts';

/** A steering query as a user gives it: every part optional. */
export interface SteeringQuery {
  readonly period?: string | undefined;
  /** An area code (`WK063706`, `0637`); default: the gemeente. */
  readonly area?: string | undefined;
  readonly treeVersion?: number | undefined;
}

/**
 * The view for a query: the period defaults to the latest year with final values, the area to the gemeente
 * (`gemeente` is only asked for then). Refusals are GoalTreeErrors with source `periode`, `gebied` or `doelenboom`.
 */
export async function answerSteeringQuery(
  store: SqlStore,
  query: SteeringQuery,
  gemeente: () => Promise<string>,
): Promise<SteeringView> {
  const catalogue = await loadCatalogue(store);
  const period = query.period ?? (await defaultSteeringPeriod(store));
  if (period === undefined) throw new GoalTreeError('periode', [{ path: '', message: R.noComputedPeriod }]);
  const area = query.area !== undefined ? normaliseAreaCode(query.area) : await gemeente();
  if (query.area !== undefined && !(await isKnownArea(store, area)))
    throw new GoalTreeError('gebied', [{ path: '', message: R.unknownArea(area) }]);
  return steeringStatus(store, {
    period,
    area,
    catalogue,
    ...(query.treeVersion !== undefined ? { version: query.treeVersion } : {}),
  });
}

/** The JSON contract of a view: `{version, title, period, area, rollup, tree}`, the tree's nodes as {@link SteeringNode}. */
export interface SteeringJson {
  version: number;
  title: string;
  period: string;
  area: string;
  rollup: SteeringView['rollup'];
  tree: SteeringNode;
}

/** The JSON contract: a tree of nodes `{id, kind, title, status, reason, children}`, indicator nodes with `indicator, value, target, sentence`. */
export function steeringJson(view: SteeringView): SteeringJson {
  return {
    version: view.version,
    title: view.title,
    period: view.period,
    area: view.area,
    rollup: view.rollup,
    tree: view.root,
  };
}
