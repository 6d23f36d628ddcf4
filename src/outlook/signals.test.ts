import { describe, expect, it } from 'vitest';
import { xmrLimits, xmrRuleHits } from './control-chart.ts';
import { funnelSignals, seriesSignals } from './signal-detection.ts';
import { compareWithTrend } from './turn-the-curve.ts';
import { withExpectedFinals } from './nowcast-adjustment.ts';

const step = (forecast: number, half80: number, half95: number) => ({
  forecast,
  lower80: forecast - half80,
  upper80: forecast + half80,
  lower95: forecast - half95,
  upper95: forecast + half95,
});

describe('XmR control chart', () => {
  it('computes the mean, mean moving range and limits', () => {
    // Moving ranges 2, 2, 2, 2, 2 → mR̄ 2; mean 11; limits 11 ± 5.32.
    const limits = xmrLimits([10, 12, 10, 12, 10, 12]);
    expect(limits?.mean).toBeCloseTo(11, 9);
    expect(limits?.meanMovingRange).toBeCloseTo(2, 9);
    expect(limits?.upper).toBeCloseTo(16.32, 9);
    expect(limits?.lower).toBeCloseTo(5.68, 9);
  });

  const limits = { mean: 10, meanMovingRange: 1, upper: 12.66, lower: 7.34 };

  it('flags a point outside the limits, naming the rule', () => {
    expect(xmrRuleHits([10, 13, 10, 7], limits)).toEqual([
      { index: 1, rule: 'outsideLimits', direction: 'high' },
      { index: 3, rule: 'outsideLimits', direction: 'low' },
    ]);
  });

  it('flags a shift at the seventh point on one side of the mean', () => {
    const hits = xmrRuleHits([9, 11, 11, 11, 11, 11, 11, 11], limits).filter((h) => h.rule === 'shift');
    expect(hits).toEqual([{ index: 7, rule: 'shift', direction: 'high' }]);
  });

  it('flags a trend at the sixth point rising in a row', () => {
    const hits = xmrRuleHits([8, 8.5, 9, 9.5, 10, 10.5, 10.2], limits).filter((h) => h.rule === 'trend');
    expect(hits).toEqual([{ index: 5, rule: 'trend', direction: 'high' }]);
  });

  it('flags two of three beyond two thirds of the way to a limit', () => {
    // Two thirds of the way up: 10 + 2/3 × 2.66 = 11.773.
    const hits = xmrRuleHits([10, 12, 10.5, 12.2], limits).filter((h) => h.rule === 'twoOfThree');
    expect(hits).toEqual([{ index: 3, rule: 'twoOfThree', direction: 'high' }]);
  });

  it('never flags a hidden value, and a hidden value breaks a run', () => {
    const hits = xmrRuleHits([11, 11, 11, null, 11, 11, 11, 11], limits);
    expect(hits).toEqual([]);
  });
});

describe('series signals', () => {
  it('flags a value outside the forecast made before it, with a Dutch sentence', () => {
    const signals = seriesSignals(
      'GM0637',
      [
        { period: '2023', value: 100 },
        { period: '2024', value: 102 },
        { period: '2025', value: 140 },
      ],
      new Map([['2025', step(104, 8, 12)]]),
    );
    expect(signals).toEqual([
      {
        period: '2025',
        area: 'GM0637',
        rule: 'outsideForecast',
        direction: 'high',
        value: 140,
        sentence:
          '2025: 140 ligt boven de verwachte band (92 tot 116, 95 %) van de voorspelling die vóór deze periode is gemaakt (regel: buiten de voorspelde band).',
      },
    ]);
  });

  it('does not signal a hidden value even when a forecast exists', () => {
    expect(
      seriesSignals('GM0637', [{ period: '2025', value: null }], new Map([['2025', step(5, 1, 2)]])),
    ).toEqual([]);
  });
});

describe('funnel signals', () => {
  const gemeente = { numerator: 100, denominator: 10_000, factor: 1000 };

  it('leaves a small wijk with 3 cases where 1 was expected alone, and flags a large one', () => {
    const signals = funnelSignals('2025', gemeente, [
      { area: 'WK063701', name: 'Klein', observed: 3, denominator: 100, value: 30 },
      { area: 'WK063702', name: 'Groot', observed: 45, denominator: 2000, value: 22.5 },
      { area: 'WK063703', name: 'Geheim', observed: null, denominator: 50, value: null },
    ]);
    expect(signals.map((s) => [s.area, s.rule, s.direction])).toEqual([['WK063702', 'funnel', 'high']]);
    // Expected 20 cases → 10 per 1,000; the 99.8 % upper limit is the count whose lower exact limit is 20.
    expect(signals[0]?.sentence).toMatch(
      /^Groot, 2025: 22,5 ligt boven de trechtergrens 1\d,\d; bij het niveau van de gemeente zou 10 passen \(regel: trechter, exacte Poisson-grenzen 99,8 %\)\.$/,
    );
  });
});

describe('turn the curve', () => {
  const forecast = step(100, 10, 20);
  it('says better, worse or within the band by the direction', () => {
    expect(compareWithTrend(85, forecast, 'down').status).toBe('better');
    expect(compareWithTrend(85, forecast, 'up').status).toBe('worse');
    expect(compareWithTrend(105, forecast, 'up').status).toBe('withinBand');
    expect(compareWithTrend(115, forecast, 'none').status).toBe('outsideBandNoDirection');
    expect(compareWithTrend(85, forecast, 'down').sentence).toBe(
      'Beter dan de trend: 85 ligt onder de band van 90 tot 110 (80 %) die de voorspelling uit de basisjaren gaf.',
    );
  });
});

describe('XmR signals of the latest value', () => {
  it('judges the latest value against limits from the values before it', () => {
    // Before: 40, 41, 40, 42, 41 → mean 40.8, mR̄ 1.25, upper limit 44.125; 70 is outside, no shift fires.
    const signals = seriesSignals(
      'GM0637',
      [40, 41, 40, 42, 41, 70].map((value, i) => ({ period: String(2019 + i), value })),
    );
    expect(signals.map((s) => [s.period, s.rule, s.direction])).toEqual([['2024', 'outsideLimits', 'high']]);
    expect(signals[0]?.sentence).toBe(
      '2024: 70 ligt boven de procesgrens 44,1 van de regelkaart (regel: punt buiten de grenzen).',
    );
  });

  it('names a shift while it lasts', () => {
    const values = [10, 12, 10, 12, 10, 12, 10, 12, 12.5, 12.5, 12.5, 12.5, 12.5, 12.5, 12.5];
    const signals = seriesSignals(
      'GM0637',
      values.map((value, i) => ({ period: String(2010 + i), value })),
    );
    expect(signals.map((s) => s.rule)).toContain('shift');
    expect(signals.find((s) => s.rule === 'shift')?.sentence).toMatch(
      /^2024: zeven perioden of meer op rij boven het gemiddelde van 11,\d \(regel: verschuiving\)\.$/,
    );
  });
});

describe('signals on a period whose declarations are still coming in', () => {
  // Ten months alternating 10 and 12: mean 11, mean moving range 2, limits 5.68 and 16.32.
  const history = Array.from({ length: 10 }, (_, i) => ({
    period: `2025-${String(i + 1).padStart(2, '0')}`,
    value: i % 2 === 0 ? 10 : 12,
  }));

  it('fired on the raw provisional figure, and no longer does on its expected final figure', () => {
    const raw = [...history, { period: '2025-11', value: 4 }];
    expect(seriesSignals('WK1', raw).map((s) => [s.rule, s.direction])).toEqual([['outsideLimits', 'low']]);
    const nowcast = {
      finals: new Map([['2025-11', { period: '2025-11', expected: 10.5, lower80: 9, upper80: 12.2 }]]),
      asOf: '2026-01',
    };
    const fitted = withExpectedFinals(
      [
        ...history.map((p) => ({ ...p, status: 'final' })),
        { period: '2025-11', value: 4, status: 'provisional' },
      ],
      nowcast,
    );
    expect(seriesSignals('WK1', fitted)).toEqual([]);
  });

  it('fires on an expected final figure only when its whole 80 % interval breaks the rule', () => {
    // Expected 17 is above 16.32, but its interval reaches down to 15: not a signal.
    expect(
      seriesSignals('WK1', [...history, { period: '2025-11', value: 17, lower80: 15, upper80: 19 }]),
    ).toEqual([]);
    const signals = seriesSignals('WK1', [
      ...history,
      { period: '2025-11', value: 20, lower80: 17, upper80: 23 },
    ]);
    expect(signals.map((s) => [s.rule, s.direction, s.value])).toEqual([['outsideLimits', 'high', 20]]);
    expect(signals[0]?.sentence).toBe(
      '2025-11: 20 ligt boven de procesgrens 16,3 van de regelkaart (regel: punt buiten de grenzen). 20 is het verwachte definitieve cijfer (nog niet alle declaraties zijn binnen; 80 %-interval 17 tot 23); ook het hele interval voldoet aan de regel.',
    );
  });

  it('judges the band of the forecast made before it by the interval too', () => {
    const prior = new Map([['2025-11', step(11, 1.5, 2.5)]]);
    // Expected 7.5 is below 8.5, its interval (6–9) is not wholly below: no signal; 5–8 is.
    const straddling = [...history, { period: '2025-11', value: 7.5, lower80: 6, upper80: 9 }];
    expect(seriesSignals('WK1', straddling, prior).filter((s) => s.rule === 'outsideForecast')).toEqual([]);
    const below = [...history, { period: '2025-11', value: 6.5, lower80: 5, upper80: 8 }];
    expect(
      seriesSignals('WK1', below, prior)
        .filter((s) => s.rule === 'outsideForecast')
        .map((s) => s.direction),
    ).toEqual(['low']);
  });
});
