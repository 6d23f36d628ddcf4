/** @module "Turn the curve": an indicator without a target compares its value with the forecast made from the baseline years — better, worse or within the band of the trend — with a Dutch sentence. */
import type { DIRECTIONS } from '../domain/indicator-definition.ts';
import { formatNumber, type Locale } from '../views/messages.ts';
import type { ForecastStep } from './forecast-types.ts';

export type CurveStatus = 'better' | 'worse' | 'withinBand' | 'outsideBandNoDirection';

export interface CurveComparison {
  readonly status: CurveStatus;
  readonly sentence: string;
}

const SENTENCES: Record<CurveStatus, Record<Locale, string>> = {
  better: {
    nl: 'Beter dan de trend: {value} ligt {side} de band van {lower} tot {upper} (80 %) die de voorspelling uit de basisjaren gaf.',
    en: 'Better than the trend: {value} is {side} the band of {lower} to {upper} (80 %) forecast from the baseline years.',
  },
  worse: {
    nl: 'Slechter dan de trend: {value} ligt {side} de band van {lower} tot {upper} (80 %) die de voorspelling uit de basisjaren gaf.',
    en: 'Worse than the trend: {value} is {side} the band of {lower} to {upper} (80 %) forecast from the baseline years.',
  },
  withinBand: {
    nl: 'Zoals de trend verwachtte: {value} ligt binnen de band van {lower} tot {upper} (80 %) van de voorspelling uit de basisjaren.',
    en: 'As the trend expected: {value} is within the band of {lower} to {upper} (80 %) forecast from the baseline years.',
  },
  outsideBandNoDirection: {
    nl: 'Anders dan de trend: {value} ligt {side} de band van {lower} tot {upper} (80 %); voor deze indicator is hoger niet beter of slechter.',
    en: 'Unlike the trend: {value} is {side} the band of {lower} to {upper} (80 %); for this indicator higher is neither better nor worse.',
  },
};

/**
 * Compares a value with the forecast for its period made from the baseline years only. Outside the 80 % band it
 * is better or worse by the indicator's direction ('up': higher is better); inside the band, the curve has not
 * turned (yet).
 */
export function compareWithTrend(
  value: number,
  forecast: ForecastStep,
  direction: (typeof DIRECTIONS)[number],
  locale: Locale = 'nl',
): CurveComparison {
  const above = value > forecast.upper80;
  const below = value < forecast.lower80;
  const status: CurveStatus =
    !above && !below
      ? 'withinBand'
      : direction === 'none'
        ? 'outsideBandNoDirection'
        : above === (direction === 'up')
          ? 'better'
          : 'worse';
  const side = locale === 'nl' ? (above ? 'boven' : 'onder') : above ? 'above' : 'below';
  const params: Record<string, string> = {
    value: formatNumber(value, locale),
    lower: formatNumber(forecast.lower80, locale),
    upper: formatNumber(forecast.upper80, locale),
    side,
  };
  return {
    status,
    sentence: SENTENCES[status][locale].replace(/\{(\w+)\}/g, (_, name: string) => params[name] ?? ''),
  };
}
