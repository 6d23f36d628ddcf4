import { describe, expect, it } from 'vitest';
import { VALUE_STATUSES } from '../domain/indicator-status.ts';
import { batchStatusLabel, valueStatusLabel } from './messages.ts';
import { areaLevelLabel, breakdownLabel, domainLabel, unitLabel } from './table-labels.ts';

describe('Dutch labels of stored codes', () => {
  it('labels every value status, including running, and leaves unknown codes as they are', () => {
    expect(valueStatusLabel('final')).toBe('definitief');
    expect(valueStatusLabel('provisional')).toBe('voorlopig');
    expect(valueStatusLabel('running')).toBe('lopend');
    expect(valueStatusLabel('running', 'en')).toBe('running');
    expect(valueStatusLabel('other')).toBe('other');
    // A status the engine adds without a label would show in English: every code has its own Dutch word.
    for (const status of VALUE_STATUSES) expect(valueStatusLabel(status)).not.toBe(status);
  });

  it('labels batch statuses, breakdowns, units, domains and area levels', () => {
    expect(['stored', 'rejected', 'duplicate'].map((s) => batchStatusLabel(s))).toEqual([
      'opgeslagen',
      'geweigerd',
      'al ingelezen',
    ]);
    expect(breakdownLabel('careType', 'met verblijf')).toBe('soort jeugdhulp: met verblijf');
    expect(breakdownLabel('gender', 'female')).toBe('geslacht: vrouw');
    expect(breakdownLabel('newKey', 'x')).toBe('newKey: x');
    expect(unitLabel('per10000')).toBe('per 10.000');
    expect(domainLabel('support')).toBe('Wmo');
    expect(areaLevelLabel('custom')).toBe('eigen gebied');
  });
});
