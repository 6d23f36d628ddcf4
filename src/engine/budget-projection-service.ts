/** @module The budget service: reads the stored budget and the declared costs per month, and projects the year end per domain and product category against the budget (realised + nowcast + forecast, pure rules in outlook/budget-projection.ts). */
import { careTypeOf, supportTypeOf } from '../catalogue/code-mappings.ts';
import { LAW_NAMES_NL, type Law } from '../domain/laws.ts';
import {
  projectionSentence,
  projectYearEnd,
  type ProjectionMonth,
  type YearEndProjection,
} from '../outlook/budget-projection.ts';
import { forecastSeries } from '../outlook/method-choice.ts';
import type { ExpectedFinal } from '../outlook/nowcast-adjustment.ts';
import { periodsAfter } from '../outlook/series-window.ts';
import type { SqlStore } from '../store/sql-store.ts';
import { yieldToEventLoop } from '../event-loop.ts';

/** The budget of one year, domain and category: begroting and the sum of its begrotingswijzigingen, in euros. */
export interface BudgetTotal {
  readonly year: number;
  readonly domain: Law;
  /** '' for the whole domain. */
  readonly category: string;
  readonly taakveld: string;
  readonly begroting: number;
  readonly wijzigingen: number;
  readonly total: number;
  readonly lines: number;
}

/** The stored budget, totalled per year, domain, category and taakveld; one year or all. */
export async function readBudgetTotals(store: SqlStore, year?: number): Promise<BudgetTotal[]> {
  const rows = await store.all<{
    year: number;
    domain: string;
    category: string;
    taakveld: string;
    begroting: number;
    wijzigingen: number;
    lines: number;
  }>(
    `SELECT year, domain, category, taakveld,
       sum(CASE WHEN kind = 'begroting' THEN amount_cents ELSE 0 END)::DOUBLE / 100 AS begroting,
       sum(CASE WHEN kind = 'begrotingswijziging' THEN amount_cents ELSE 0 END)::DOUBLE / 100 AS wijzigingen,
       count(*)::INTEGER AS lines
     FROM budget_line ${year === undefined ? '' : 'WHERE year = ?'}
     GROUP BY ALL ORDER BY year, domain, category, taakveld`,
    year === undefined ? [] : [year],
  );
  return rows.map((r) => ({
    ...r,
    domain: r.domain as Law,
    total: r.begroting + r.wijzigingen,
  }));
}

/** The projection of one domain (category '') or one product category. */
export interface BudgetProjectionRow {
  readonly domain: Law;
  readonly category: string;
  /** "Jeugdwet" or "Jeugdwet, categorie 43 (met verblijf)". */
  readonly name: string;
  readonly projection: YearEndProjection | null;
  /** The Dutch sentence: the projection against the budget, or why there is none. */
  readonly sentence: string;
}

export interface BudgetProjection {
  readonly year: number;
  /** The last month with declarations ('' when there are none). */
  readonly asOf: string;
  readonly rows: BudgetProjectionRow[];
}

const monthOf = (iso: string): string => iso.slice(0, 7);

function groupName(domain: Law, category: string): string {
  if (category === '') return LAW_NAMES_NL[domain];
  const group =
    domain === 'youth' ? careTypeOf(category) : domain === 'support' ? supportTypeOf(category) : '';
  return `${LAW_NAMES_NL[domain]}, categorie ${category}${group ? ` (${group})` : ''}`;
}

/** Declared amounts per care month (euros) of a law, or one of its categories. */
async function arrivedByMonth(store: SqlStore, law: Law, category: string): Promise<Map<string, number>> {
  const rows = await store.all<{ month: string; amount: number }>(
    `SELECT strftime(period_start, '%Y-%m') AS month, sum(amount_cents)::DOUBLE / 100 AS amount
     FROM claim WHERE law = ? AND (? = '' OR category = ?) GROUP BY ALL ORDER BY month`,
    [law, category, category],
  );
  return new Map(rows.map((r) => [r.month, r.amount]));
}

/** The stored nowcast of a law (category '') or category, in euros. */
async function nowcastOf(store: SqlStore, law: Law, category: string): Promise<Map<string, ExpectedFinal>> {
  const rows = await store.all<{ month: string; expected: number; lower80: number; upper80: number }>(
    `SELECT month, expected_cents / 100 AS expected, lower80_cents / 100 AS lower80, upper80_cents / 100 AS upper80
     FROM claim_nowcast WHERE law = ? AND category = ? AND care_type = '' ORDER BY month`,
    [law, category],
  );
  return new Map(rows.map((r) => [r.month, { period: r.month, ...r }]));
}

/**
 * The months of `year` for one group: months up to the last nowcast month (or, without a nowcast, the last month with
 * declarations) count as realised or at their expected final figure; later months are forecast from the monthly
 * series fitted on those figures (at least twelve months, else the months stay out and the sentence says so).
 */
async function projectGroup(
  store: SqlStore,
  year: number,
  law: Law,
  category: string,
  budget: number | null,
): Promise<BudgetProjectionRow> {
  const name = groupName(law, category);
  const arrived = await arrivedByMonth(store, law, category);
  const nowcast = await nowcastOf(store, law, category);
  const known = [...arrived.keys(), ...nowcast.keys()].sort();
  const first = known[0];
  const lastFit = [...nowcast.keys()].sort().at(-1) ?? [...arrived.keys()].at(-1);
  if (first === undefined || lastFit === undefined)
    return { domain: law, category, name, projection: null, sentence: NO_COSTS(name, year) };
  const fitMonths = [
    first,
    ...periodsAfter(first, 'month', 12 * (year - Number(first.slice(0, 4)) + 2)),
  ].filter((m) => m <= lastFit);
  const yearMonths = [`${year}-01`, ...periodsAfter(`${year}-01`, 'month', 11)];
  const toForecast = yearMonths.filter((m) => m > lastFit);
  const forecast = new Map<string, ProjectionMonth['forecast']>();
  if (toForecast.length > 0) {
    const series = fitMonths.map((m) => nowcast.get(m)?.expected ?? arrived.get(m) ?? 0);
    const horizon = periodsAfter(lastFit, 'month', 36).indexOf(toForecast.at(-1) ?? '') + 1;
    const outcome = forecastSeries(series, { kind: 'month', horizon, nonNegative: true });
    if (!outcome.ok)
      return {
        domain: law,
        category,
        name,
        projection: null,
        sentence: TOO_SHORT(name, year, series.length),
      };
    const after = periodsAfter(lastFit, 'month', horizon);
    after.forEach((m, i) => forecast.set(m, outcome.steps[i]));
  }
  const months: ProjectionMonth[] = yearMonths.map((month) => {
    const n = nowcast.get(month);
    const f = forecast.get(month);
    return {
      month,
      arrived: arrived.get(month) ?? 0,
      ...(n !== undefined ? { nowcast: n } : f !== undefined ? { forecast: f } : {}),
    };
  });
  const projection = projectYearEnd(year, months, budget);
  return { domain: law, category, name, projection, sentence: projectionSentence(name, projection) };
}

const NO_COSTS = (name: string, year: number): string =>
  `${name} ${year}: geen jaarprognose, want er zijn geen declaraties van dit domein ingelezen (de monitor leest kosten uit iJw/iWmo-declaraties; uitkeringsbedragen leest hij niet).`;
const TOO_SHORT = (name: string, year: number, months: number): string =>
  `${name} ${year}: geen jaarprognose, want de reeks van maandkosten telt ${months} maanden; voor een voorspelling van de komende maanden zijn er minstens 12 nodig.`;

/** The year whose declarations are now coming in: the year of the last care month with claims. */
export async function runningYear(store: SqlStore): Promise<number | undefined> {
  const rows = await store.all<{ last: string | null }>(
    'SELECT max(period_start)::VARCHAR AS last FROM claim',
  );
  const last = rows[0]?.last;
  return last ? Number(last.slice(0, 4)) : undefined;
}

/**
 * Projects the year end of `year` (default: the running year) for the youth and Wmo totals, every domain or category
 * with a budget line, against its budget.
 */
export async function projectBudget(store: SqlStore, year?: number): Promise<BudgetProjection> {
  const budgetYear = year ?? (await runningYear(store)) ?? new Date().getUTCFullYear();
  const totals = await readBudgetTotals(store, budgetYear);
  const budgets = new Map<string, number>();
  for (const t of totals) {
    const key = `${t.domain}|${t.category}`;
    budgets.set(key, (budgets.get(key) ?? 0) + t.total);
  }
  const groups = new Set<string>(['youth|', 'support|', ...budgets.keys()]);
  const order = (key: string) => ['youth', 'support', 'participation'].indexOf(key.split('|')[0] ?? '');
  const rows: BudgetProjectionRow[] = [];
  for (const key of [...groups].sort((a, b) => order(a) - order(b) || a.localeCompare(b))) {
    const [law = 'youth', category = ''] = key.split('|') as [Law, string];
    rows.push(await projectGroup(store, budgetYear, law, category, budgets.get(key) ?? null));
    await yieldToEventLoop();
  }
  const asOfRows = await store.all<{ last: string | null }>(
    'SELECT max(coalesce(submitted_on, period_start))::VARCHAR AS last FROM claim',
  );
  return { year: budgetYear, asOf: asOfRows[0]?.last ? monthOf(asOfRows[0].last) : '', rows };
}
