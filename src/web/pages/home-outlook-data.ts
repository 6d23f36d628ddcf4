/** @module Gathers the start page's outlook summary: the year-end projection of each law against its budget and the gemeente's signals on the latest value of each series (details stay on /prognose). */
import { loadCatalogue } from '../../catalogue/local-catalogue.ts';
import { projectBudget } from '../../engine/budget-projection-service.ts';
import { VERDICT_LABELS } from '../../outlook/budget-projection.ts';
import type { SqlStore } from '../../store/sql-store.ts';

/** One law's expected year total in words ("verwachte overschrijding") and its full sentence. */
export interface HomeProjectionRow {
  readonly name: string;
  /** Empty when there is no projection (the sentence says why). */
  readonly verdict: string;
  readonly sentence: string;
}

/** A signal on the latest value of one of the gemeente's series. */
export interface HomeSignal {
  readonly indicatorName: string;
  /** Where the reader goes for the series: the /prognose page with the filters set. */
  readonly href: string;
  readonly sentence: string;
}

export interface HomeOutlook {
  readonly projection: { readonly year: number; readonly asOf: string; readonly rows: HomeProjectionRow[] };
  readonly signals: HomeSignal[];
  /** All series of the gemeente whose latest value signals (the list shows the first few). */
  readonly signalTotal: number;
}

/** How many signals the start page lists; the rest are counted and left to /prognose. */
const SIGNALS_SHOWN = 6;

/**
 * The summary for the gemeente: the projection per law (the domain totals; categories stay on /prognose) and one
 * signal per series whose latest value left its band.
 */
export async function loadHomeOutlook(store: SqlStore, gemeente: string): Promise<HomeOutlook> {
  const budget = await projectBudget(store);
  const rows = budget.rows
    .filter((r) => r.category === '')
    .map((r) => ({
      name: r.name,
      verdict: r.projection ? VERDICT_LABELS[r.projection.verdict] : '',
      sentence: r.sentence,
    }));
  // Signals are only ever judged on a series' latest value, so every stored one is news. One row per series (the
  // first rule by name when two fired), yearly series first, the most recent first.
  const signalRows = await store.all<{ indicator: string; kind: string; sentence: string }>(
    `SELECT indicator, period_kind AS kind, arg_min(sentence, rule) AS sentence
     FROM outlook_signal WHERE area = ?
     GROUP BY indicator, period_kind
     ORDER BY CASE period_kind WHEN 'year' THEN 0 WHEN 'quarter' THEN 1 ELSE 2 END, max(period) DESC, indicator`,
    [gemeente],
  );
  const names = new Map((await loadCatalogue(store)).map((d) => [d.id, d.nameNl]));
  const signals = signalRows.slice(0, SIGNALS_SHOWN).map((r) => ({
    indicatorName: names.get(r.indicator) ?? r.indicator,
    href: `/prognose?${new URLSearchParams({ indicator: r.indicator, area: gemeente, periodKind: r.kind }).toString()}`,
    sentence: r.sentence,
  }));
  return {
    projection: { year: budget.year, asOf: budget.asOf, rows },
    signals,
    signalTotal: signalRows.length,
  };
}
