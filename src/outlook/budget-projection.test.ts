import { describe, expect, it } from 'vitest';
import { projectionSentence, projectYearEnd, type ProjectionMonth } from './budget-projection.ts';
import { Z80 } from './forecast-types.ts';

/** Six complete months of 100, two nowcast months (expected 120, sd 10), four forecast months (110, sd 5). */
function year2025(): ProjectionMonth[] {
  const months: ProjectionMonth[] = [];
  for (let m = 1; m <= 6; m++) months.push({ month: `2025-0${m}`, arrived: 100 });
  for (const [m, arrived] of [
    [7, 60],
    [8, 40],
  ] as const)
    months.push({
      month: `2025-0${m}`,
      arrived,
      nowcast: { period: `2025-0${m}`, expected: 120, lower80: 120 - Z80 * 10, upper80: 120 + Z80 * 10 },
    });
  for (const m of ['09', '10', '11', '12'])
    months.push({
      month: `2025-${m}`,
      arrived: 0,
      forecast: {
        forecast: 110,
        lower80: 110 - Z80 * 5,
        upper80: 110 + Z80 * 5,
        lower95: 100,
        upper95: 120,
      },
    });
  return months;
}

describe('projectYearEnd', () => {
  it('adds realised, nowcast and forecast months; nowcast variances add, forecast spreads add', () => {
    const p = projectYearEnd(2025, year2025(), 1200);
    expect(p.arrived).toBe(700);
    expect([p.realised, p.nowcast, p.forecast]).toEqual([600, 240, 440]);
    expect(p.months).toEqual({ realised: 6, nowcast: 2, forecast: 4 });
    expect(p.expected).toBe(1280);
    // sd = √(10² + 10² + (4 × 5)²) = √600; 80 %: 1280 ± 1,2816 × 24,495 = 1280 ± 31,391.
    expect(p.lower80).toBeCloseTo(1248.6085, 3);
    expect(p.upper80).toBeCloseTo(1311.3915, 3);
    expect(p.difference).toBe(80);
    expect(p.differenceLower80).toBeCloseTo(48.6085, 3);
    expect(p.verdict).toBe('overspend');
  });

  it('calls a budget inside the band neither over- nor underspent, and one above it an underspend', () => {
    expect(projectYearEnd(2025, year2025(), 1300).verdict).toBe('withinBand');
    expect(projectYearEnd(2025, year2025(), 1312).verdict).toBe('underspend');
    expect(projectYearEnd(2025, year2025(), null)).toMatchObject({ verdict: 'noBudget', difference: null });
  });

  it('never puts the lower limit below what has already arrived', () => {
    const months: ProjectionMonth[] = [
      {
        month: '2025-12',
        arrived: 90,
        nowcast: { period: '2025-12', expected: 100, lower80: 50, upper80: 150 },
      },
    ];
    const p = projectYearEnd(2025, months, 100);
    expect(p.lower80).toBe(90);
    expect(p.upper80).toBeCloseTo(150, 9);
  });

  it('says the projection in Dutch with the amounts in millions', () => {
    const scale = (m: ProjectionMonth): ProjectionMonth => ({
      month: m.month,
      arrived: m.arrived * 100_000,
      ...(m.nowcast
        ? {
            nowcast: {
              ...m.nowcast,
              expected: m.nowcast.expected * 100_000,
              lower80: m.nowcast.lower80 * 100_000,
              upper80: m.nowcast.upper80 * 100_000,
            },
          }
        : {}),
      ...(m.forecast
        ? {
            forecast: {
              ...m.forecast,
              forecast: m.forecast.forecast * 100_000,
              lower80: m.forecast.lower80 * 100_000,
              upper80: m.forecast.upper80 * 100_000,
            },
          }
        : {}),
    });
    const p = projectYearEnd(2025, year2025().map(scale), 120_000_000);
    expect(projectionSentence('Jeugdwet', p)).toBe(
      'Jeugdwet 2025: verwacht jaartotaal € 128,0 mln (80 %-band € 124,9 mln tot € 131,1 mln) tegen een begroting ' +
        'van € 120,0 mln: verwachte overschrijding € 8,0 mln (80 %-band € 4,9 mln tot € 11,1 mln). Het jaartotaal is ' +
        'opgebouwd uit € 60,0 mln gerealiseerd (6 mnd), € 24,0 mln verwacht definitief voor maanden waarvan nog ' +
        'declaraties binnenkomen (2 mnd) en € 44,0 mln voorspeld voor de komende maanden (4 mnd).',
    );
  });
});
