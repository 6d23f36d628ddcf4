/** @module Year-end projection against the budget: realised months + the expected final figure of months still filling (nowcast) + the forecast of months to come = the expected year total with an 80 % interval, and the expected over- or underspend with a Dutch sentence. */
import { formatEuro } from '../domain/dutch-number.ts';
import { Z80, type ForecastStep } from './forecast-types.ts';
import type { ExpectedFinal } from './nowcast-adjustment.ts';

/** One month of the year as the projection sees it; the nowcast wins over the forecast, either over what arrived. */
export interface ProjectionMonth {
  /** '2025-07'. */
  readonly month: string;
  /** What has been declared for this month so far (0 for a month without claims yet). */
  readonly arrived: number;
  /** Expected final figure of a month whose declarations are still arriving. */
  readonly nowcast?: ExpectedFinal;
  /** Forecast of a month without (enough) declarations yet. */
  readonly forecast?: ForecastStep;
}

export type MonthSource = 'realised' | 'nowcast' | 'forecast';

export type BudgetVerdict = 'overspend' | 'underspend' | 'withinBand' | 'noBudget';

export interface YearEndProjection {
  readonly year: number;
  /** Sum of what has arrived for the months of the year. */
  readonly arrived: number;
  /** The parts of the expected total: complete months, nowcast months, forecast months. */
  readonly realised: number;
  readonly nowcast: number;
  readonly forecast: number;
  readonly months: Readonly<Record<MonthSource, number>>;
  readonly expected: number;
  readonly lower80: number;
  readonly upper80: number;
  /** The budget (begroting + begrotingswijzigingen), null when none was imported. */
  readonly budget: number | null;
  /** expected − budget and its 80 % interval; null without a budget. */
  readonly difference: number | null;
  readonly differenceLower80: number | null;
  readonly differenceUpper80: number | null;
  readonly verdict: BudgetVerdict;
}

/** The standard deviation implied by an 80 % interval (its half-width over z80). */
const sdOf80 = (lower: number, upper: number): number => Math.max(0, upper - lower) / (2 * Z80);

/**
 * Projects the year total. Nowcast months are taken as independent of each other (their variances add); forecast
 * months as fully dependent (their standard deviations add: one forecast error runs through all coming months,
 * which is the cautious choice), and the two parts as independent. The 80 % interval is the expected total ± z80 ×
 * that spread, never below what has already arrived. Against the budget: an overspend when even the lower limit
 * exceeds it, an underspend when even the upper limit stays below it, otherwise the budget lies within the band.
 */
export function projectYearEnd(
  year: number,
  months: readonly ProjectionMonth[],
  budget: number | null,
): YearEndProjection {
  let arrived = 0;
  const parts: Record<MonthSource, number> = { realised: 0, nowcast: 0, forecast: 0 };
  const counts: Record<MonthSource, number> = { realised: 0, nowcast: 0, forecast: 0 };
  let nowcastVariance = 0;
  let forecastSd = 0;
  for (const m of months) {
    arrived += m.arrived;
    if (m.nowcast !== undefined) {
      parts.nowcast += m.nowcast.expected;
      counts.nowcast++;
      nowcastVariance += sdOf80(m.nowcast.lower80, m.nowcast.upper80) ** 2;
    } else if (m.forecast !== undefined) {
      parts.forecast += m.forecast.forecast;
      counts.forecast++;
      forecastSd += sdOf80(m.forecast.lower80, m.forecast.upper80);
    } else {
      parts.realised += m.arrived;
      counts.realised++;
    }
  }
  const expected = parts.realised + parts.nowcast + parts.forecast;
  const sd = Math.sqrt(nowcastVariance + forecastSd ** 2);
  const lower80 = Math.max(Math.min(arrived, expected), expected - Z80 * sd);
  const upper80 = expected + Z80 * sd;
  const difference = budget === null ? null : expected - budget;
  const verdict: BudgetVerdict =
    budget === null
      ? 'noBudget'
      : lower80 > budget
        ? 'overspend'
        : upper80 < budget
          ? 'underspend'
          : 'withinBand';
  return {
    year,
    arrived,
    ...parts,
    months: counts,
    expected,
    lower80,
    upper80,
    budget,
    difference,
    differenceLower80: budget === null ? null : lower80 - budget,
    differenceUpper80: budget === null ? null : upper80 - budget,
    verdict,
  };
}

/** A whole-euro amount in millions when large (€ 31,2 mln), else in euros. */
export function formatAmount(value: number): string {
  if (Math.abs(value) >= 1_000_000)
    return `€ ${new Intl.NumberFormat('nl-NL', { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(value / 1_000_000)} mln`;
  return formatEuro(value);
}

/** The Dutch sentence of a projection for one domain or category (`name`: "Jeugdwet", "Jeugdwet, categorie 45"). */
export function projectionSentence(name: string, p: YearEndProjection): string {
  const total =
    `${name} ${p.year}: verwacht jaartotaal ${formatAmount(p.expected)} ` +
    `(80 %-band ${formatAmount(p.lower80)} tot ${formatAmount(p.upper80)})`;
  const parts =
    `opgebouwd uit ${formatAmount(p.realised)} gerealiseerd (${p.months.realised} mnd), ` +
    `${formatAmount(p.nowcast)} verwacht definitief voor maanden waarvan nog declaraties binnenkomen (${p.months.nowcast} mnd) ` +
    `en ${formatAmount(p.forecast)} voorspeld voor de komende maanden (${p.months.forecast} mnd)`;
  if (p.budget === null || p.difference === null)
    return `${total}, ${parts}. Er is geen begroting ingelezen (msd budget import).`;
  const against = `tegen een begroting van ${formatAmount(p.budget)}`;
  const amount = formatAmount(Math.abs(p.difference));
  const band = `80 %-band ${formatAmount(p.differenceLower80 ?? 0)} tot ${formatAmount(p.differenceUpper80 ?? 0)}`;
  const verdict =
    p.verdict === 'overspend'
      ? `verwachte overschrijding ${amount} (${band})`
      : p.verdict === 'underspend'
        ? `verwachte onderschrijding ${amount} (${band})`
        : `de begroting ligt binnen de band: ${p.difference >= 0 ? 'overschrijding' : 'onderschrijding'} van ${amount} verwacht, maar niet zeker (${band})`;
  return `${total} ${against}: ${verdict}. Het jaartotaal is ${parts}.`;
}

/** Dutch labels of the verdicts (tables, charts). */
export const VERDICT_LABELS: Record<BudgetVerdict, string> = {
  overspend: 'verwachte overschrijding',
  underspend: 'verwachte onderschrijding',
  withinBand: 'binnen de band',
  noBudget: 'geen begroting',
};
