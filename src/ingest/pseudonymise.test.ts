/** @module Tests for keyed pseudonymisation: stability, key dependence, normalisation and domain separation. */
import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { Pseudonymiser, householdKey, pseudonymiseBsn } from './pseudonymise.ts';

const secret = Buffer.from('0123456789abcdef0123456789abcdef');
const otherSecret = Buffer.from('fedcba9876543210fedcba9876543210');

describe('pseudonymiseBsn', () => {
  it('gives a known, stable value for a known key', () => {
    expect(pseudonymiseBsn(secret, '999900006')).toBe('sTa6k-1PAsJ0Sy-Bh4qEVH');
    const expected = createHmac('sha256', secret).update('999900018').digest('base64url').slice(0, 22);
    expect(pseudonymiseBsn(secret, '999900018')).toBe(expected);
  });

  it('is 22 base64url characters', () => {
    expect(pseudonymiseBsn(secret, '999900006')).toMatch(/^[A-Za-z0-9_-]{22}$/);
  });

  it('gives different pseudonyms under different secrets', () => {
    expect(pseudonymiseBsn(otherSecret, '999900006')).not.toBe(pseudonymiseBsn(secret, '999900006'));
  });

  it('normalises an eight-digit BSN and whitespace before hashing', () => {
    expect(pseudonymiseBsn(secret, '12345672')).toBe(pseudonymiseBsn(secret, '012345672'));
    expect(pseudonymiseBsn(secret, ' 999900006\n')).toBe('sTa6k-1PAsJ0Sy-Bh4qEVH');
  });

  it('refuses a malformed BSN and a short secret', () => {
    expect(() => pseudonymiseBsn(secret, '9999-00006')).toThrow(RangeError);
    expect(() => pseudonymiseBsn(Buffer.from('short'), '999900006')).toThrow(/at least 16 bytes/);
  });
});

describe('householdKey', () => {
  it('gives a known value and normalises postcode, letter and addition', () => {
    const key = householdKey(secret, {
      postcode: '2511CV',
      huisnummer: 12,
      huisletter: 'A',
      toevoeging: 'BIS',
    });
    expect(key).toBe('87wgZd6iwzC_4S1d5VQQHd');
    expect(
      householdKey(secret, { postcode: '2511 cv', huisnummer: '012', huisletter: 'a', toevoeging: 'bis' }),
    ).toBe(key);
  });

  it('distinguishes a different house letter, addition or number', () => {
    const base = householdKey(secret, { postcode: '2511CV', huisnummer: 12 });
    expect(householdKey(secret, { postcode: '2511CV', huisnummer: 12, huisletter: 'A' })).not.toBe(base);
    expect(householdKey(secret, { postcode: '2511CV', huisnummer: 12, toevoeging: '2' })).not.toBe(base);
    expect(householdKey(secret, { postcode: '2511CV', huisnummer: 122 })).not.toBe(base);
    // The separator keeps "1" + "22" apart from "12" + "2".
    expect(householdKey(secret, { postcode: '2511CV', huisnummer: 1, toevoeging: '22' })).not.toBe(
      householdKey(secret, { postcode: '2511CV', huisnummer: 12, toevoeging: '2' }),
    );
  });

  it('never equals the person pseudonym of the same digits (domain separation)', () => {
    // Without the household prefix, this address would be hashed as a plain string; the key must differ from
    // any person pseudonym, including one of the same text.
    const key = householdKey(secret, { postcode: '999900006', huisnummer: '' });
    expect(key).not.toBe(pseudonymiseBsn(secret, '999900006'));
    const unprefixed = createHmac('sha256', secret).update('2511CV\u000012\u0000\u0000').digest('base64url');
    expect(householdKey(secret, { postcode: '2511CV', huisnummer: 12 })).not.toBe(unprefixed.slice(0, 22));
  });
});

describe('Pseudonymiser', () => {
  it('gives the same ids as the pure functions, from its cache on repeat', () => {
    const p = new Pseudonymiser(secret);
    expect(p.personId('999900006')).toBe('sTa6k-1PAsJ0Sy-Bh4qEVH');
    expect(p.personId('999900006')).toBe('sTa6k-1PAsJ0Sy-Bh4qEVH');
    expect(p.householdKey({ postcode: '2511 CV', huisnummer: 12, huisletter: 'A', toevoeging: 'BIS' })).toBe(
      '87wgZd6iwzC_4S1d5VQQHd',
    );
  });

  it('is not affected by later changes to the caller’s secret buffer', () => {
    const mutable = Buffer.from(secret);
    const p = new Pseudonymiser(mutable);
    mutable.fill(0);
    expect(p.personId('999900018')).toBe(pseudonymiseBsn(secret, '999900018'));
  });
});
