/** @module Checks one imported figure against the deployment: indicator defined, period supported, area known and at a level the indicator has, breakdown known. */
import { cbsAreaLevel, normaliseAreaCode } from '../../domain/area-code.ts';
import type { IndicatorDefinition } from '../../domain/indicator-definition.ts';
import { parsePeriod } from '../../domain/period.ts';
import type { SqlStore } from '../../store/sql-store.ts';
import { FIGURE } from './aggregate-reasons.ts';
import { readPeriodMarker } from './aggregate-value.ts';

/** What the checks need to know about the deployment. */
export interface AggregateContext {
  /** Definitions by id (standard + local). */
  readonly indicators: ReadonlyMap<string, IndicatorDefinition>;
  /** Areas of the deployment (table `area`) with their level. */
  readonly areas: ReadonlyMap<string, string>;
}

export async function loadAggregateContext(
  store: SqlStore,
  catalogue: readonly IndicatorDefinition[],
): Promise<AggregateContext> {
  const rows = await store.all<{ code: string; level: string }>('SELECT code, level FROM area');
  return {
    indicators: new Map(catalogue.map((d) => [d.id, d])),
    areas: new Map(rows.map((r) => [r.code, r.level])),
  };
}

export type Checked<T> = { ok: true; value: T } | { ok: false; reason: string };
const fail = (reason: string): { ok: false; reason: string } => ({ ok: false, reason });

export function checkIndicator(context: AggregateContext, raw: string): Checked<IndicatorDefinition> {
  const id = raw.trim();
  if (id === '') return fail(FIGURE.indicatorEmpty);
  const def = context.indicators.get(id);
  return def ? { ok: true, value: def } : fail(FIGURE.unknownIndicator(id));
}

/** The period id; a CBS `*` marker on the period makes the figure provisional. */
export function checkPeriod(
  def: IndicatorDefinition,
  raw: string,
): Checked<{ id: string; provisional: boolean }> {
  const { text, provisional } = readPeriodMarker(raw);
  if (text === '') return fail(FIGURE.periodEmpty);
  const period = parsePeriod(text);
  if (!period) return fail(FIGURE.notAPeriod(text));
  if (!def.periodKinds.includes(period.kind))
    return fail(FIGURE.noPeriodsOfKind(def.id, period.kind, def.periodKinds));
  return { ok: true, value: { id: period.id, provisional } };
}

/** The area code: an area of the deployment or any CBS code (GM/WK/BU), at a level the indicator has (buurten always). */
export function checkArea(context: AggregateContext, def: IndicatorDefinition, raw: string): Checked<string> {
  const trimmed = raw.trim();
  if (trimmed === '') return fail(FIGURE.areaEmpty);
  const code = context.areas.has(trimmed) ? trimmed : normaliseAreaCode(trimmed);
  const level = context.areas.get(code) ?? cbsAreaLevel(code);
  if (level === undefined) return fail(FIGURE.unknownArea(trimmed));
  if (level !== 'buurt' && !(def.areaLevels as readonly string[]).includes(level))
    return fail(FIGURE.noValuesPerLevel(def.id, level, def.areaLevels));
  return { ok: true, value: code };
}

export function checkBreakdown(
  def: IndicatorDefinition,
  rawKey: string | undefined,
  rawValue: string | undefined,
): Checked<{ key: string; value: string }> {
  const key = (rawKey ?? '').trim();
  const value = (rawValue ?? '').trim();
  if (key === '' && value === '') return { ok: true, value: { key: '', value: '' } };
  if (key === '') return fail(FIGURE.breakdownValueWithoutKey);
  if (!(def.breakdowns as readonly string[]).includes(key))
    return fail(FIGURE.unknownBreakdown(def.id, key, def.breakdowns));
  if (value === '') return fail(FIGURE.breakdownValueEmpty(key));
  return { ok: true, value: { key, value } };
}
