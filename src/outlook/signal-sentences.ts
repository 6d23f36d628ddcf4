/** @module The Dutch (and English) sentence of every signal, naming the rule that fired and the numbers behind it. */
import { formatNumber, type Locale } from '../views/messages.ts';
import type { SignalDirection, SignalRule } from './signal-rules.ts';

/** What a sentence needs: the period, the value, and the rule's own reference numbers. */
export interface SignalFacts {
  readonly rule: SignalRule;
  readonly direction: SignalDirection;
  readonly period: string;
  readonly value: number;
  /** outsideForecast: the 95 % band; outsideLimits / twoOfThree: the process limit; funnel: the funnel limit. */
  readonly limit?: number;
  readonly lower?: number;
  readonly upper?: number;
  /** shift: the mean; funnel: the expected value at the gemeente's rate. */
  readonly reference?: number;
  /** funnel: the wijk's name. */
  readonly area?: string;
  /** When the value is an expected final figure (declarations still to come): its 80 % interval. */
  readonly expectedFinal?: { readonly lower80: number; readonly upper80: number };
}

const WORD: Record<Locale, Record<SignalDirection, string>> = {
  nl: { high: 'boven', low: 'onder' },
  en: { high: 'above', low: 'below' },
};

const SENTENCES: Record<SignalRule, Record<Locale, string>> = {
  outsideForecast: {
    nl: '{period}: {value} ligt {side} de verwachte band ({lower} tot {upper}, 95 %) van de voorspelling die vóór deze periode is gemaakt (regel: buiten de voorspelde band).',
    en: '{period}: {value} is {side} the expected band ({lower} to {upper}, 95 %) of the forecast made before this period (rule: outside the forecast band).',
  },
  outsideLimits: {
    nl: '{period}: {value} ligt {side} de procesgrens {limit} van de regelkaart (regel: punt buiten de grenzen).',
    en: '{period}: {value} is {side} the process limit {limit} of the control chart (rule: point outside the limits).',
  },
  shift: {
    nl: '{period}: zeven perioden of meer op rij {side} het gemiddelde van {reference} (regel: verschuiving).',
    en: '{period}: seven or more periods in a row {side} the mean of {reference} (rule: shift).',
  },
  trend: {
    nl: '{period}: zes perioden of meer op rij {trend} (regel: trend).',
    en: '{period}: six or more periods in a row {trend} (rule: trend).',
  },
  twoOfThree: {
    nl: '{period}: twee van de drie laatste perioden liggen dicht bij de procesgrens {limit} (regel: 2 van 3 voorbij tweederde van de grens).',
    en: '{period}: two of the last three periods lie close to the process limit {limit} (rule: 2 of 3 beyond two thirds of the limit).',
  },
  funnel: {
    nl: '{area}, {period}: {value} ligt {side} de trechtergrens {limit}; bij het niveau van de gemeente zou {reference} passen (regel: trechter, exacte Poisson-grenzen 99,8 %).',
    en: '{area}, {period}: {value} is {side} the funnel limit {limit}; the gemeente level would give {reference} (rule: funnel, exact Poisson limits 99.8 %).',
  },
};

/** Added when the value is the expected final figure of a period whose declarations are still coming in. */
const EXPECTED_FINAL_NOTE: Record<Locale, string> = {
  nl: ' {value} is het verwachte definitieve cijfer (nog niet alle declaraties zijn binnen; 80 %-interval {lower80} tot {upper80}); ook het hele interval voldoet aan de regel.',
  en: ' {value} is the expected final figure (not all declarations are in yet; 80 % interval {lower80} to {upper80}); the whole interval meets the rule too.',
};

const TREND_WORD: Record<Locale, Record<SignalDirection, string>> = {
  nl: { high: 'gestegen', low: 'gedaald' },
  en: { high: 'rising', low: 'falling' },
};

/** The sentence for a signal, numbers written as the locale writes them. */
export function signalSentence(facts: SignalFacts, locale: Locale = 'nl'): string {
  const number = (n: number | undefined): string => (n === undefined ? '?' : formatNumber(n, locale));
  const params: Record<string, string> = {
    period: facts.period,
    value: number(facts.value),
    side: WORD[locale][facts.direction],
    trend: TREND_WORD[locale][facts.direction],
    lower: number(facts.lower),
    upper: number(facts.upper),
    limit: number(facts.limit),
    reference: number(facts.reference),
    area: facts.area ?? '',
    lower80: number(facts.expectedFinal?.lower80),
    upper80: number(facts.expectedFinal?.upper80),
  };
  const text = SENTENCES[facts.rule][locale] + (facts.expectedFinal ? EXPECTED_FINAL_NOTE[locale] : '');
  return text.replace(/\{(\w+)\}/g, (_, name: string) => params[name] ?? '');
}
