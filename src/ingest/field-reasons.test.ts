/** @module Tests for the reason builder: identifying fields never echo their value, other values only in a safe shape, and the digit scrub. */
import { describe, expect, it } from 'vitest';
import {
  SCRUBBED,
  fieldReason,
  isIdentifyingField,
  scrubDigits,
  scrubTechnicalMessage,
  shown,
} from './field-reasons.ts';

describe('reasons built from field, rule and value', () => {
  it('knows identifying fields by any segment of their path', () => {
    for (const field of [
      'Bsn',
      'bsn',
      'Geboortedatum/b:Datum',
      'birth_date',
      'Contactgegevens/Contact/Adres/b:Postcode',
      'Naam/b:Geslachtsnaam/b:Achternaam',
      'huisnummer',
      'Telefoon/Telefoon01/Telefoonnummer',
      'Emailadres',
    ]) {
      expect(isIdentifyingField(field), field).toBe(true);
    }
    for (const field of ['Begindatum', 'Product/b:Categorie', 'start_date', 'DeclaratieNummer']) {
      expect(isIdentifyingField(field), field).toBe(false);
    }
  });

  it('never echoes a BSN, in any spelling', () => {
    for (const bsn of [
      '9999.00.006',
      '12345672',
      '99990000 6',
      ':48013166',
      '123-45-6782',
      'BSN: 123456782',
    ]) {
      expect(fieldReason('Bsn', 'voldoet niet aan de elfproef', 'identifying', bsn)).toBe(
        'Bsn voldoet niet aan de elfproef',
      );
      // Even where a BSN lands in a code or date field, its digit run is too long to be echoed.
      expect(fieldReason('Product/b:Code', 'is geen productcode', 'code', bsn)).toBe(
        'Code is geen productcode',
      );
      expect(fieldReason('Begindatum', 'is geen geldige datum', 'date', bsn)).toBe(
        'Begindatum is geen geldige datum',
      );
    }
  });

  it('names the field and the rule, not a surname typed into a date field', () => {
    expect(fieldReason('BerichtIdentificatie/b:Dagtekening', 'is geen geldige datum', 'date', 'Wit')).toBe(
      'Dagtekening is geen geldige datum',
    );
    expect(fieldReason('Geboortedatum/b:Datum', 'is geen geldige datum', 'date', '2027-06-31')).toBe(
      'Datum is geen geldige datum',
    );
  });

  it('echoes year-first dates, short codes, area codes and period ids of non-identifying fields', () => {
    expect(fieldReason('Begindatum', 'is geen geldige datum', 'date', '2027-06-31')).toBe(
      'Begindatum is geen geldige datum: 2027-06-31',
    );
    expect(fieldReason('start_date', 'ligt buiten 1900-01-01 … 2028-12-06', 'date', '-2023-01-01')).toBe(
      'start_date ligt buiten 1900-01-01 … 2028-12-06: -2023-01-01',
    );
    expect(fieldReason('ProductCategorie', 'staat niet in codelijst WMO020', 'code', '45')).toBe(
      'ProductCategorie staat niet in codelijst WMO020: 45',
    );
    // Words of four letters or more (a street, a name) are not echoed as codes.
    expect(fieldReason('ProductCode', 'is geen productcode', 'code', 'Straatweg')).toBe(
      'ProductCode is geen productcode',
    );
    expect(fieldReason('ProductCode', 'is geen productcode', 'code', 'Jansen')).toBe(
      'ProductCode is geen productcode',
    );
    // Numbers are never echoed: a volume or amount field may hold a mistyped BSN.
    expect(fieldReason('GeleverdVolume', 'ligt buiten 0 … 1830', 'number', '-99999999999')).toBe(
      'GeleverdVolume ligt buiten 0 … 1830',
    );
    expect(shown('area', 'WK063706')).toBe('"WK063706"');
    expect(shown('area', '2726BC')).toBe('(waarde niet getoond)');
    expect(shown('period', '2020-Q5')).toBe('"2020-Q5"');
    expect(shown('identifier', 'J. Jansen')).toBe('(waarde niet getoond)');
  });

  it('scrubs digit runs of a BSN shape as defence in depth, and quoted values of technical messages', () => {
    expect(scrubDigits('BSN 9999.00.006 voldoet niet')).toBe(`BSN ${SCRUBBED} voldoet niet`);
    expect(scrubDigits('BSN 99990000 6')).toBe(`BSN ${SCRUBBED}`);
    expect(scrubDigits('BSN :48013166')).toBe(`BSN :${SCRUBBED}`);
    expect(scrubDigits('regel 163: start_date is geen geldige datum: 2027-06-31')).toBe(
      'regel 163: start_date is geen geldige datum: 2027-06-31',
    );
    expect(
      scrubTechnicalMessage('Conversion Error: Could not convert string "Jansen" to INT64\nLINE 1: …'),
    ).toBe('Conversion Error: Could not convert string "…" to INT64');
  });
});
