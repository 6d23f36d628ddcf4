/** @module Tests for the Dutch reasons of CSV files DuckDB's reader refuses: line as in the file, what is wrong, never the line's content. */
import { describe, expect, it } from 'vitest';
import { NOT_UTF8, csvReadProblem } from './csv-reasons.ts';

describe('CSV reader problems in Dutch', () => {
  it('names the line and the problem without quoting the line', () => {
    const columns = csvReadProblem(
      'Invalid Input Error: CSV Error on Line: 25000\nOriginal Line: 999990056;J. Jansen;x;y\nExpected Number of Columns: 3 Found: 4',
    );
    expect(columns).toEqual({ line: 25000, reason: 'regel heeft 4 velden, de kopregel 3' });
    const quote = csvReadProblem(
      'Invalid Input Error: CSV Error on Line: 163\nOriginal Line: 1;"Jansen;3\nValue with unterminated quote found.\n  quote = " (Set By User)',
    );
    expect(quote).toEqual({ line: 163, reason: 'een aanhalingsteken (") wordt niet gesloten' });
    const latin = csvReadProblem(
      'Invalid Input Error: CSV Error on Line: 2\nOriginal Line: a;b\nInvalid unicode (byte sequence mismatch) detected. This file is not utf-8 encoded.\n  quote = " (Set By User)',
    );
    expect(latin).toEqual({ line: 2, reason: NOT_UTF8 });
    expect(JSON.stringify([columns, quote, latin])).not.toContain('Jansen');
  });
});
