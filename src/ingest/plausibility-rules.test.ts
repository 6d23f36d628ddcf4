/** @module Tests for the plausibility rules: date windows, volumes per unit, amounts, counts, codes, figures per unit and the scaled CBS column. */
import { describe, expect, it } from 'vitest';
import { isRealDate } from './istandaarden/value-checks.ts';
import {
  addYears,
  amountRule,
  birthDateRule,
  careDateRule,
  countRule,
  figureRule,
  identifierRule,
  productCodeRule,
  scaledColumnRule,
  volumeRule,
} from './plausibility-rules.ts';

describe('plausibility rules', () => {
  it('keeps dates of care within 1900 … delivery + 2 years and birth dates within 1900 … delivery + 1 year', () => {
    expect(isRealDate('-2023-01-01')).toBe(false);
    expect(isRealDate('99999-01-01')).toBe(false);
    expect(careDateRule('0001-01-01', '2024-06-30')).toBe('ligt buiten 1900-01-01 … 2026-06-30');
    expect(careDateRule('9999-12-31', '2024-06-30')).toBe('ligt buiten 1900-01-01 … 2026-06-30');
    expect(careDateRule('2026-06-30', '2024-06-30')).toBeNull();
    expect(careDateRule('1900-01-01', '2024-06-30')).toBeNull();
    expect(birthDateRule('2025-07-01', '2024-06-30')).toBe('ligt buiten 1900-01-01 … 2025-06-30');
    // An unborn child may have care (a supervision order before birth).
    expect(birthDateRule('2024-07-12', '2024-06-30')).toBeNull();
    expect(birthDateRule('1899-12-31', '2024-06-30')).not.toBeNull();
    expect(birthDateRule('2010-05-10', '2024-06-30')).toBeNull();
    expect(addYears('2024-02-29', 2)).toBe('2026-03-01');
  });

  it('bounds volumes per unit, amounts and counts', () => {
    expect(volumeRule(-99999999999, '04')).toBe('ligt buiten 0 … 43920 (eenheid 04)');
    expect(volumeRule(43920, '04')).toBeNull();
    expect(volumeRule(1831, '14')).toBe('ligt buiten 0 … 1830 (eenheid 14)');
    expect(volumeRule(Number.NaN, null)).not.toBeNull();
    expect(amountRule(-99999999999)).toBe('ligt buiten ± 1 miljoen euro');
    expect(amountRule(-12000)).toBeNull();
    expect(countRule(-5)).toBe('ligt buiten 0 … 2000000');
    expect(countRule(3.5)).toBe('is geen geheel aantal');
    expect(countRule(3000000000)).toBe('ligt buiten 0 … 2000000');
    expect(countRule(140)).toBeNull();
  });

  it('checks product codes and identifiers against their pattern', () => {
    expect(productCodeRule('Straatweg')).toBe('is geen productcode (1 tot 5 letters of cijfers)');
    expect(productCodeRule('45A01')).toBeNull();
    expect(identifierRule('J-1')).toBeNull();
    expect(identifierRule('J. Jansen')).not.toBeNull();
    expect(identifierRule('jansen@voorbeeld.nl')).not.toBeNull();
    expect(identifierRule('02-09-1974')).not.toBeNull();
    expect(identifierRule('2019-07-01')).toBeNull();
  });

  it('checks figures by their indicator unit', () => {
    expect(figureRule(-5, 'persons')).toBe('is negatief (een aantal is 0 of meer)');
    expect(figureRule(3.5, 'persons')).toBe('is geen geheel aantal');
    expect(figureRule(1e20, 'persons')).toBe('is geen plausibel getal (te groot)');
    expect(figureRule(100.5, 'percent')).toBe('ligt buiten 0 … 100 (eenheid percent)');
    expect(figureRule(62.5, 'percent')).toBeNull();
    expect(figureRule(1250000, 'euro')).toBeNull();
  });

  it('refuses a CBS column whose decimal point was lost (shares above 100 %, or ten times numerator/denominator)', () => {
    // Almere-like youth.clients.pct: 10.0–16.7 % read as 100–167.
    const lost = [100, 123, 167, 141].map((value) => ({ value, numerator: null, denominator: null }));
    expect(scaledColumnRule('JongerenMetJeugdzorg', 'percent', lost)).toContain(
      'lijkt met 10 vermenigvuldigd',
    );
    // Per 1 000 inhabitants: 623 where 8005 / 128434 gives 62.3.
    const rates = [{ value: 623, numerator: 8005, denominator: 128434 }];
    expect(scaledColumnRule('WmoClientenRelatief_101', 'per1000', rates)).toContain(
      'ongeveer 10 keer teller/noemer',
    );
    expect(
      scaledColumnRule('WmoClientenRelatief_101', 'per1000', [
        { value: 62, numerator: 8005, denominator: 128434 },
      ]),
    ).toBeNull();
    expect(scaledColumnRule('JongerenMetJeugdzorg', 'persons', lost)).toBeNull();
  });
});
