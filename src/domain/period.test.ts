import { describe, expect, it } from 'vitest';
import { addMonths, isIsoDate, parsePeriod, periodsOfKind, previousPeriod } from './period.ts';

describe('parsePeriod', () => {
  it('parses each period kind into inclusive date ranges', () => {
    expect(parsePeriod('2019')).toEqual({
      id: '2019',
      kind: 'year',
      year: 2019,
      start: '2019-01-01',
      end: '2019-12-31',
    });
    expect(parsePeriod('2019-H1')).toMatchObject({ kind: 'half', start: '2019-01-01', end: '2019-06-30' });
    expect(parsePeriod('2019-q3')).toMatchObject({ id: '2019-Q3', start: '2019-07-01', end: '2019-09-30' });
    expect(parsePeriod('2020-02')).toMatchObject({ kind: 'month', start: '2020-02-01', end: '2020-02-29' });
  });

  it('rejects malformed periods', () => {
    for (const bad of ['19', '2019-H3', '2019-Q5', '2019-13', '2019-7', 'abc'])
      expect(parsePeriod(bad)).toBeUndefined();
  });
});

describe('period arithmetic', () => {
  it('enumerates quarters over two years in order', () => {
    expect(periodsOfKind('quarter', 2018, 2019).map((p) => p.id)).toEqual([
      '2018-Q1',
      '2018-Q2',
      '2018-Q3',
      '2018-Q4',
      '2019-Q1',
      '2019-Q2',
      '2019-Q3',
      '2019-Q4',
    ]);
  });

  it('steps back across a year boundary', () => {
    expect(previousPeriod(parsePeriod('2019-01')!).id).toBe('2018-12');
    expect(previousPeriod(parsePeriod('2019-H2')!).id).toBe('2019-H1');
    expect(previousPeriod(parsePeriod('2019')!).id).toBe('2018');
  });

  it('adds months clamping to the end of the month', () => {
    expect(addMonths('2019-08-31', 6)).toBe('2020-02-29');
    expect(addMonths('2019-01-15', 12)).toBe('2020-01-15');
  });

  it('recognises impossible dates', () => {
    expect(isIsoDate('2027-06-31')).toBe(false);
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
  });
});
