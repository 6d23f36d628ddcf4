/** @module Tests for the value checks: calendar dates, integers, canonical identifiers, field bags. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FieldBag, canonicalInteger, isRealDate, parseNonNegativeInteger } from './value-checks.ts';

describe('isRealDate', () => {
  it('accepts real dates including leap days', () => {
    expect(isRealDate('2026-04-30')).toBe(true);
    expect(isRealDate('2024-02-29')).toBe(true);
    expect(isRealDate('2000-02-29')).toBe(true);
  });

  it('rejects days that do not exist and malformed text', () => {
    expect(isRealDate('2027-06-31')).toBe(false);
    expect(isRealDate('2026-02-29')).toBe(false);
    expect(isRealDate('1900-02-29')).toBe(false);
    expect(isRealDate('2026-13-01')).toBe(false);
    expect(isRealDate('2026-00-10')).toBe(false);
    expect(isRealDate('2026-01-00')).toBe(false);
    expect(isRealDate('2026-1-01')).toBe(false);
    expect(isRealDate('2026-01-01Z')).toBe(false);
    expect(isRealDate('2026/01/01')).toBe(false);
  });
});

describe('integers', () => {
  it('parses xs:integer amounts and canonicalises identifiers', () => {
    expect(parseNonNegativeInteger('+0042')).toBe(42);
    expect(parseNonNegativeInteger('-1')).toBeNull();
    expect(parseNonNegativeInteger('1.5')).toBeNull();
    expect(canonicalInteger('000300201')).toBe('300201');
    expect(canonicalInteger('0')).toBe('0');
    expect(canonicalInteger('12a')).toBeNull();
  });
});

describe('FieldBag', () => {
  it('keeps only leaves inside its own element, keyed by relative path', () => {
    const bag = new FieldBag('Client/StartProducten/StartProduct', '3:1');
    expect(bag.collect('Client/StartProducten/StartProduct/Product/b:Categorie', '45')).toBe(true);
    expect(bag.collect('Client/StartProducten/StartProductX/Begindatum', '2026-01-01')).toBe(false);
    expect(bag.collect('Client/Bsn', '999900006')).toBe(false);
    expect(bag.get('Product/b:Categorie')).toBe('45');
    expect(bag.get('Begindatum')).toBeNull();
    expect(bag.where).toBe('3:1 Bericht/Client/StartProducten/StartProduct');
  });
});

describe('integer checks without regular expressions', () => {
  it('agree with the xs:integer patterns on arbitrary digit-like text', () => {
    const text = fc.string({
      unit: fc.constantFrom('0', '1', '9', '+', '-', 'a', ' ', '.'),
      maxLength: 20,
    });
    fc.assert(
      fc.property(text, (value) => {
        expect(parseNonNegativeInteger(value)).toBe(/^\+?\d{1,15}$/.test(value) ? Number(value) : null);
        expect(canonicalInteger(value)).toBe(
          /^\+?\d{1,18}$/.test(value) ? value.replace(/^\+/, '').replace(/^0+(?=\d)/, '') : null,
        );
      }),
      { numRuns: 2000 },
    );
  });
});
