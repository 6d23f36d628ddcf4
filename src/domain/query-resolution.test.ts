import { describe, expect, it } from 'vitest';
import { STANDARD_CATALOGUE } from '../catalogue/standard-catalogue.ts';
import {
  dataSpan,
  emptyAnswerNote,
  resolveArea,
  resolveQuery,
  type AreaRef,
  type QueryContext,
  type QueryRequest,
} from './query-resolution.ts';

const AREAS: AreaRef[] = [
  { code: 'GM0637', name: 'Zoetermeer', level: 'gemeente' },
  { code: 'WK063700', name: 'Centrum', level: 'wijk' },
  { code: 'WK063702', name: 'Buytenwegh - De Leyens', level: 'wijk' },
  { code: 'WK063706', name: 'Oosterheem', level: 'wijk' },
  { code: 'GEBIED-C', name: 'Centrum', level: 'custom' },
  { code: 'BU06370000', name: 'Stadshart', level: 'buurt' },
];
const CONTEXT: QueryContext = { catalogue: STANDARD_CATALOGUE, areas: AREAS, indicatorHasValues: true };

const refusal = (request: QueryRequest, context: QueryContext = CONTEXT) => {
  const result = resolveQuery(request, context);
  if (result.ok) throw new Error('expected a refusal');
  return [result.error.kind, result.error.message];
};

describe('resolving an area', () => {
  it('finds it by code in any spelling, or by name in any case and spacing', () => {
    const code = (input: string) => {
      const r = resolveArea(input, AREAS);
      return r.ok ? r.area.code : r.error.kind;
    };
    expect(code('gm0637')).toBe('GM0637');
    expect(code('0637')).toBe('GM0637');
    expect(code(' WK063706 ')).toBe('WK063706');
    expect(code('ZOETERMEER')).toBe('GM0637');
    expect(code('oosterheem')).toBe('WK063706');
    expect(code('buytenwegh  -  de leyens')).toBe('WK063702');
    expect(code('Zoetermeer-Noord')).toBe('unknownArea');
    expect(code('GM9999')).toBe('unknownArea');
  });

  it('lists the candidates with their codes when a name is ambiguous', () => {
    const r = resolveArea('centrum', AREAS);
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.error.message).toBe(
        'gebied "centrum" is niet eenduidig; kies een code: Centrum (WK063700), Centrum (GEBIED-C)',
      );
  });
});

describe('resolving a query', () => {
  it('resolves indicator, period, area by name and breakdown', () => {
    const result = resolveQuery(
      { indicator: 'youth.clients', period: '2019-q3', area: 'Oosterheem', breakdown: 'careType' },
      CONTEXT,
    );
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.query.period?.id).toBe('2019-Q3');
      expect(result.query.area).toEqual(AREAS[3]);
      expect(result.query.breakdown).toBe('careType');
      expect(result.query.definition?.id).toBe('youth.clients');
    }
  });

  it('refuses each wrong part with a Dutch message naming the choices', () => {
    expect(refusal({ indicator: 'youth.nope' }, { ...CONTEXT, indicatorHasValues: false })[0]).toBe(
      'unknownIndicator',
    );
    expect(refusal({ indicator: 'youth.clients', period: '2019-13' })).toEqual([
      'invalidPeriod',
      'ongeldige periode "2019-13" (gebruik 2019, 2019-H1, 2019-Q3 of 2019-07)',
    ]);
    expect(refusal({ indicator: 'youth.clients.pct', period: '2019-Q3' })).toEqual([
      'unsupportedPeriodKind',
      'youth.clients.pct kent geen kwartalen; wel: jaar, halfjaar',
    ]);
    expect(refusal({ indicator: 'youth.continuing', period: '2019-07' })).toEqual([
      'unsupportedPeriodKind',
      'youth.continuing kent geen maanden; wel: jaar',
    ]);
    expect(refusal({ indicator: 'youth.clients', area: 'GM9999' })).toEqual([
      'unknownArea',
      'onbekend gebied "GM9999"; bekijk de gebieden (codes en namen) met msd areas list',
    ]);
    expect(refusal({ indicator: 'youth.clients', breakdown: 'provider' })).toEqual([
      'unknownBreakdown',
      'youth.clients kent geen uitsplitsing "provider"; kies uit: careType, ageGroup, gender',
    ]);
    expect(refusal({ indicator: 'youth.clients.pct', breakdown: 'careType' })).toEqual([
      'unknownBreakdown',
      'youth.clients.pct kent geen uitsplitsingen, dus ook geen uitsplitsing "careType"',
    ]);
  });

  it('lets imported figures without a definition through with any period kind and breakdown', () => {
    const result = resolveQuery({ indicator: 'ggd.other', period: '2019-07', breakdown: 'x' }, CONTEXT);
    expect(result.ok).toBe(true);
    if (result.ok) expect([result.query.definition, result.query.period?.id]).toEqual([undefined, '2019-07']);
  });
});

describe('explaining an empty answer', () => {
  const query = (request: QueryRequest) => {
    const result = resolveQuery(request, CONTEXT);
    if (!result.ok) throw result.error;
    return result.query;
  };
  const range = {
    periods: ['2015', '2015-01', '2025', '2026', '2026-01', '2026-02'],
    deliveryDate: '2026-02-15',
  };

  it('spans the data from the first month to the delivery date', () => {
    expect(dataSpan(range)).toEqual({ from: '2015-01', to: '2026-02-15' });
    // Imported figures for a year after the delivery date run to that year's end.
    expect(dataSpan({ periods: ['2016', '2020'], deliveryDate: '2019-12-31' })).toEqual({
      from: '2016-01',
      to: '2020-12-31',
    });
    expect(dataSpan({ periods: [], deliveryDate: '2019-12-31' })).toBeUndefined();
  });

  it('names the period outside the data, a buurt, an area not computed, or no figures at all', () => {
    expect(emptyAnswerNote(query({ indicator: 'youth.clients', period: '2030' }), range)).toBe(
      'geen gegevens voor 2030; de gegevens lopen van 2015-01 tot 2026-02-15',
    );
    expect(emptyAnswerNote(query({ indicator: 'youth.clients', area: 'Stadshart' }), range)).toBe(
      'geen cijfers voor Stadshart (BU06370000): indicatoren worden berekend voor de gemeente, de wijken en eigen gebieden',
    );
    expect(emptyAnswerNote(query({ indicator: 'youth.clients', area: 'GEBIED-C' }), range)).toBe(
      'geen cijfers voor youth.clients in Centrum (GEBIED-C); bereken de indicatoren opnieuw (msd compute)',
    );
    expect(emptyAnswerNote(query({ indicator: 'youth.clients' }), range, 'CBS 85984NED')).toBe(
      'geen cijfers voor youth.clients uit bron "CBS 85984NED"',
    );
    expect(emptyAnswerNote(query({ indicator: 'youth.clients' }), { periods: [], deliveryDate: null })).toBe(
      'nog geen cijfers voor youth.clients; lees gegevens in (msd ingest) en bereken de indicatoren (msd compute)',
    );
  });
});
