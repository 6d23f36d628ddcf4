/** @module Tests for the cell readers of aggregate files: numbers, CBS symbols, status words, units, delimiters and quoting. */
import { describe, expect, it } from 'vitest';
import { UNITS } from '../../domain/indicator-definition.ts';
import { readFigure, readPeriodMarker, readStatus, readUnit } from './aggregate-value.ts';
import { detectDelimiter, parseDelimitedText } from './delimited-text.ts';

describe('readFigure', () => {
  it('reads decimal commas and points, and CBS-padded numbers', () => {
    expect(readFigure('47,5')).toEqual({ kind: 'number', value: 47.5, marker: '' });
    expect(readFigure(' 1645 ')).toEqual({ kind: 'number', value: 1645, marker: '' });
    expect(readFigure('-3.25')).toEqual({ kind: 'number', value: -3.25, marker: '' });
    expect(readFigure(62)).toEqual({ kind: 'number', value: 62, marker: '' });
  });

  it('keeps CBS symbols apart: "." secret, blank cannot occur, "*" and "**" provisional markers', () => {
    expect(readFigure('       .')).toEqual({ kind: 'secret', marker: '' });
    expect(readFigure('')).toEqual({ kind: 'impossible' });
    expect(readFigure('1234*')).toEqual({ kind: 'number', value: 1234, marker: '*' });
    expect(readFigure('12,5 **')).toEqual({ kind: 'number', value: 12.5, marker: '**' });
    expect(readFigure('.*')).toEqual({ kind: 'secret', marker: '*' });
    expect(readFigure(null)).toEqual({ kind: 'secret', marker: '' });
    expect(readFigure(null, 'impossible')).toEqual({ kind: 'impossible' });
  });

  it('refuses thousands separators and words', () => {
    expect(readFigure('1.234,5')).toEqual({ kind: 'invalid', text: '1.234,5' });
    expect(readFigure('veel')).toEqual({ kind: 'invalid', text: 'veel' });
  });
});

describe('readStatus, readUnit and readPeriodMarker', () => {
  it('reads English, Dutch and CBS status markers', () => {
    expect(['final', 'Definitief', 'provisional', 'voorlopig', '*', '**', ''].map(readStatus)).toEqual([
      'final',
      'final',
      'provisional',
      'provisional',
      'provisional',
      'provisional',
      undefined,
    ]);
    expect(readStatus('maybe')).toBeNull();
  });

  it('reads catalogue units and common aliases', () => {
    expect(readUnit('%', UNITS)).toBe('percent');
    expect(readUnit('per 1.000', UNITS)).toBe('per1000');
    expect(readUnit('persons', UNITS)).toBe('persons');
    expect(readUnit('', UNITS)).toBeUndefined();
    expect(readUnit('stuks', UNITS)).toBeNull();
  });

  it('strips a provisional marker from a period', () => {
    expect(readPeriodMarker('2023*')).toEqual({ text: '2023', provisional: true });
    expect(readPeriodMarker(' 2023 ')).toEqual({ text: '2023', provisional: false });
  });
});

describe('parseDelimitedText', () => {
  it('detects ; , and tab outside quotes', () => {
    expect(detectDelimiter('"a;b",c,d')).toBe(',');
    expect(detectDelimiter('"a,b";c;d')).toBe(';');
    expect(detectDelimiter('a\tb\tc')).toBe('\t');
  });

  it('keeps quoted delimiters, doubled quotes and line breaks, and reports the line a record starts on', () => {
    const text = 'name;note\r\n"a;b";"say ""hi"""\r\n"multi\nline";x\n\nlast;y;extra\n';
    const parsed = parseDelimitedText(text);
    expect(parsed.header).toEqual(['name', 'note']);
    expect(parsed.records.map((r) => [r.line, r.fields.name, r.fields.note])).toEqual([
      [2, 'a;b', 'say "hi"'],
      [3, 'multi\nline', 'x'],
      [6, 'last', 'y'],
    ]);
    expect(parsed.records[2]?.fields['#extra']).toBe('extra');
  });
});
