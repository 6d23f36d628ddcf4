/** @module Dutch texts of the outlook: why a series has no forecast, and how a forecast's method and backtest read. */
import { PERIOD_KIND_NAMES } from '../domain/query-reasons.ts';
import { LAW_NAMES_NL } from '../domain/laws.ts';
import type { PeriodKind } from '../domain/period.ts';
import { formatNumber } from '../views/messages.ts';
import type { ClaimGroup } from './claim-based-indicators.ts';
import type { LagNowcast } from './nowcast-adjustment.ts';

/** Why there is no forecast (said beside the figures, never an empty answer). */
export const NO_FORECAST = {
  tooShort: (kind: PeriodKind, length: number, minimum: number) =>
    `geen voorspelling: de reeks telt ${length} ${length === 1 ? PERIOD_KIND_NAMES[kind].one : PERIOD_KIND_NAMES[kind].many} op rij met een getoonde waarde (na de laatste geheime waarde); nodig zijn er minstens ${minimum}`,
  /** Too short because a hidden (secret) value breaks the series: a forecast never bridges a secret value. */
  hiddenBreak: (kind: PeriodKind, hidden: string, length: number, minimum: number) =>
    `geen voorspelling: ${hidden} is geheim (onthullingsbeheersing) en een voorspelling slaat geen geheime waarde over; na ${hidden} telt de reeks ${length} ${length === 1 ? PERIOD_KIND_NAMES[kind].one : PERIOD_KIND_NAMES[kind].many} met een getoonde waarde, nodig zijn er minstens ${minimum}`,
  noValues: (indicator: string, area: string, kind: PeriodKind) =>
    `geen voorspelling: ${indicator} heeft voor ${area} geen waarden per ${PERIOD_KIND_NAMES[kind].one}`,
};

/**
 * One line on the chosen method and how it did in the backtest: the error (MASE) and how many of the backtest's
 * outcomes fell inside the 80 % and 95 % bands, in counts a council member can read ("8 van de 10").
 */
/**
 * A method's name in words a controller reads ("exponentiële afvlakking met gedempte trend"), from the code the
 * forecast stores (`ets(A,Ad,N)`, `arima(0,1,1)+drift`, `seasonal-naive` …); an unknown code is returned as it is.
 */
export function methodLabel(method: string): string {
  if (method === 'naive') return 'laatste waarde herhalen';
  if (method === 'seasonal-naive') return 'waarde van een seizoen eerder herhalen';
  const ets = /^ets\(A,(N|Ad),(N|A)\)$/.exec(method);
  if (ets) {
    const parts = [ets[1] === 'Ad' ? 'gedempte trend' : '', ets[2] === 'A' ? 'seizoen' : ''].filter(Boolean);
    return `exponentiële afvlakking${parts.length > 0 ? ` met ${parts.join(' en ')}` : ''}`;
  }
  const arima = /^arima\((\d),(\d),(\d)\)(\(0,\d,0\)\[\d+\])?(\+drift)?$/.exec(method);
  if (arima) {
    const parts = [arima[4] ? 'seizoensverschil' : '', arima[5] ? 'drift' : ''].filter(Boolean);
    return `ARIMA${parts.length > 0 ? ` met ${parts.join(' en ')}` : ''}`;
  }
  return method;
}

export function methodSummary(
  method: string,
  mase: number,
  coverage80: number,
  coverage95: number,
  n: number,
): string {
  const inside = (coverage: number) => formatNumber(Math.round(coverage * n));
  return (
    `methode ${methodLabel(method)} (${method}), gekozen op de kleinste fout in een terugtoets over ${formatNumber(n)} eerdere voorspellingen ` +
    `(MASE ${formatNumber(Math.round(mase * 100) / 100)}); bij terugtoetsen viel ${inside(coverage80)} van de ` +
    `${formatNumber(n)} uitkomsten binnen de 80 %-band en ${inside(coverage95)} binnen de 95 %-band`
  );
}

/** Column headers of `msd forecast` as a table. */
export const FORECAST_HEADERS = {
  period: 'periode',
  value: 'waarde',
  forecast: 'verwacht',
  band80: '80 %-band',
  band95: '95 %-band',
  method: 'methode',
} as const;

/** The declaration group whose completion factors correct a series ("Jeugdwet, met verblijf"). */
export function claimGroupName(group: ClaimGroup): string {
  const law = LAW_NAMES_NL[group.law];
  if (group.careType !== '') return `${law}, ${group.careType}`;
  if (group.category !== '') return `${law}, categorie ${group.category}`;
  return law;
}

/**
 * What the nowcast of late declarations did to a series, in one sentence (empty when it did nothing): how many
 * periods count at their expected final figure, and which periods are left out because declarations are still
 * coming in and there is no estimate for them (they are not fitted and never signal).
 */
export function nowcastNote(nowcast: LagNowcast | undefined, group: ClaimGroup): string {
  if (nowcast === undefined) return '';
  const corrected = [...nowcast.finals.keys()].sort();
  const withheld = [...(nowcast.withheld ?? [])].sort();
  const parts: string[] = [];
  if (corrected.length > 0)
    parts.push(
      `verwacht definitief: ${corrected.length === 1 ? `periode ${corrected[0]} telt` : `${corrected.length} perioden (${corrected[0]} tot en met ${corrected.at(-1)}) tellen`} mee met het cijfer dat na de declaraties die nog binnenkomen wordt verwacht (voltooiingsfactoren ${claimGroupName(group)}, declaraties tot en met ${nowcast.asOf})`,
    );
  if (withheld.length > 0)
    parts.push(
      `${withheld.join(', ')}: nog niet alle declaraties zijn binnen en er is geen verwacht definitief cijfer, dus ${withheld.length === 1 ? 'deze periode telt' : 'deze perioden tellen'} niet mee in de voorspelling en ${withheld.length === 1 ? 'geeft' : 'geven'} geen signaal`,
    );
  return parts.join('; ');
}
