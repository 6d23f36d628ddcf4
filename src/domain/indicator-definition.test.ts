/** @module Tests for the indicator definition schema: valid definitions parse with defaults; errors name the field and the problem. */
import { describe, expect, it } from 'vitest';
import { IndicatorDefinitionError, parseIndicatorDefinition } from './indicator-definition.ts';
import { indicatorStatus } from './indicator-status.ts';

const valid = {
  id: 'local.clients',
  nameNl: 'Cliënten',
  definitionNl: 'Aantal cliënten in de periode.',
  domain: 'youth',
  subject: 'person',
  measure: { kind: 'periodCount' },
  periodKinds: ['year'],
  areaLevels: ['gemeente'],
  unit: 'persons',
  direction: 'none',
  source: 'lokaal',
};

describe('parseIndicatorDefinition', () => {
  it('accepts a valid definition and fills defaults', () => {
    const def = parseIndicatorDefinition(valid);
    expect(def.filters).toEqual({});
    expect(def.breakdowns).toEqual([]);
    expect(def.followUpMonths).toBe(0);
  });

  it('names the field and problem of a bad definition', () => {
    expect(() =>
      parseIndicatorDefinition({ ...valid, measure: { kind: 'ratio', numerator: 'x', factor: 100 } }),
    ).toThrow(/Indicator local\.clients: measure\.denominator/);
    expect(() => parseIndicatorDefinition({ ...valid, breakdowns: ['ageGroup'] })).toThrow(
      'ageClasses: required when breakdowns include ageGroup',
    );
    expect(() =>
      parseIndicatorDefinition({ ...valid, measure: { kind: 'continuing' }, periodKinds: ['month'] }),
    ).toThrow('periodKinds: continuing supports year periods only');
    expect(() => parseIndicatorDefinition({ ...valid, id: 'Bad id' })).toThrow(IndicatorDefinitionError);
  });
});

describe('indicatorStatus', () => {
  it('is final once the delivery date covers the period end plus the follow-up window', () => {
    expect(indicatorStatus('2020-06-30', 0, '2020-06-30')).toBe('final');
    expect(indicatorStatus('2020-06-30', 0, '2020-06-29')).toBe('running');
    expect(indicatorStatus('2020-06-30', 6, '2020-12-30')).toBe('provisional');
    expect(indicatorStatus('2020-06-30', 6, '2020-12-31')).toBe('final');
    expect(indicatorStatus('2020-06-30', 0, undefined)).toBe('provisional');
  });
});
