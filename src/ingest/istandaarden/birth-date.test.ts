import { describe, expect, it } from 'vitest';
import { storedBirthDate } from './birth-date.ts';

describe('storedBirthDate', () => {
  it('keeps the whole date when no DatumGebruik is given', () => {
    expect(storedBirthDate('2010-02-14', null)).toBe('2010-02-14');
  });

  it('keeps year and month with the 1st as day when the day (1) or day and month (2) are unknown', () => {
    expect(storedBirthDate('2010-02-14', '1')).toBe('2010-02-01');
    expect(storedBirthDate('2010-07-01', '2')).toBe('2010-07-01');
  });

  it('gives no birth date when the date is unknown (3)', () => {
    expect(storedBirthDate('1900-01-01', '3')).toBeNull();
  });

  it('rejects anything that is not an ISO date', () => {
    expect(() => storedBirthDate('14-02-2010', null)).toThrow(RangeError);
    expect(() => storedBirthDate('2010-13-01', null)).toThrow(RangeError);
  });
});
