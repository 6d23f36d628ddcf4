/** @module Tests for the BSN eleven-test. */
import { describe, expect, it } from 'vitest';
import { elfproefCheckDigit, isValidBsn, normaliseBsn } from './bsn.ts';

describe('isValidBsn', () => {
  it('accepts the test BSNs used in the official iJw samples', () => {
    expect(isValidBsn('999900006')).toBe(true);
    expect(isValidBsn('999900018')).toBe(true);
    expect(isValidBsn('111222333')).toBe(true);
  });

  it('rejects a number whose weighted sum is not divisible by eleven', () => {
    expect(isValidBsn('999900007')).toBe(false);
    expect(isValidBsn('123456789')).toBe(false);
  });

  it('rejects all zeros even though their sum is divisible by eleven', () => {
    expect(isValidBsn('000000000')).toBe(false);
    expect(isValidBsn('00000000')).toBe(false);
  });

  it('accepts eight digits as a BSN whose leading zero was dropped', () => {
    // 012345672: 0*9+1*8+2*7+3*6+4*5+5*4+6*3+7*2 = 112, minus 2 = 110 = 10 * 11
    expect(isValidBsn('012345672')).toBe(true);
    expect(isValidBsn('12345672')).toBe(true);
  });

  it('rejects wrong lengths and non-digits', () => {
    expect(isValidBsn('')).toBe(false);
    expect(isValidBsn('1234567')).toBe(false);
    expect(isValidBsn('9999000060')).toBe(false);
    expect(isValidBsn('99990000a')).toBe(false);
    expect(isValidBsn('9999-0000-6')).toBe(false);
  });
});

describe('elfproefCheckDigit', () => {
  it('gives the ninth digit that passes the eleven-test, and none when it would be 10', () => {
    expect(elfproefCheckDigit(10000001)).toBe(0);
    expect(elfproefCheckDigit(10000000)).toBe(9);
    expect(isValidBsn(`11122233${elfproefCheckDigit(11122233)}`)).toBe(true);
    expect(isValidBsn('111222334')).toBe(false);
    // Prefix 10000003: 9·1 + 2·3 = 15, remainder 4; and 100000034 passes: 15 − 4 = 11.
    expect(elfproefCheckDigit(10000003)).toBe(4);
  });
});

describe('normaliseBsn', () => {
  it('trims whitespace and restores the leading zero', () => {
    expect(normaliseBsn(' 999900006 ')).toBe('999900006');
    expect(normaliseBsn('12345672')).toBe('012345672');
    expect(normaliseBsn('12 345 672')).toBeNull();
  });
});
