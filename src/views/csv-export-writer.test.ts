import { describe, expect, it } from 'vitest';
import { dutchCsv, dutchDecimal } from './csv-export-writer.ts';

describe('Dutch-locale CSV', () => {
  it('writes numbers with a decimal comma and no thousands separator, never in exponent notation', () => {
    expect(dutchDecimal(47.5)).toBe('47,5');
    expect(dutchDecimal(128434)).toBe('128434');
    expect(dutchDecimal(-0.25)).toBe('-0,25');
    expect(dutchDecimal(1e-7)).toBe('0,0000001');
  });

  it('starts with a BOM, separates with ; and ends every line with CRLF', () => {
    expect(
      dutchCsv(
        ['gebied', 'waarde'],
        [
          ['Centrum', 1.5],
          ['Oosterheem', null],
        ],
      ),
    ).toBe('\uFEFFgebied;waarde\r\nCentrum;1,5\r\nOosterheem;\r\n');
  });

  it('quotes cells with the separator, quotes, line breaks or edge spaces', () => {
    expect(dutchCsv(['a'], [['Noord; herzien'], ['"oud"'], ['twee\nregels'], [' rand'], ['1,5']])).toBe(
      '\uFEFFa\r\n"Noord; herzien"\r\n"""oud"""\r\n"twee\nregels"\r\n" rand"\r\n1,5\r\n',
    );
  });
});
