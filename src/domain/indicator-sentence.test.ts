import { describe, expect, it } from 'vitest';
import type { PublishedFigure } from './goal-status.ts';
import { indicatorSentence, type SentenceInput } from './indicator-sentence.ts';

const fig = (value: number | null, extra: Partial<PublishedFigure> = {}): PublishedFigure => ({
  value,
  numerator: value,
  hidden: false,
  valueStatus: 'final',
  ...extra,
});

const inflow: SentenceInput = {
  name: 'Instroom jeugdhulp',
  period: '2018',
  unit: 'persons',
  unitLabel: 'jongeren',
  figure: fig(1150),
  previous: { period: '2017', figure: fig(1340) },
  target: 1200,
  direction: 'down',
  status: 'op koers',
};

describe('indicatorSentence', () => {
  it('writes value, change, target and status the Dutch way', () => {
    expect(indicatorSentence(inflow)).toBe(
      'Instroom jeugdhulp 2018: 1.150 jongeren, 14 % minder dan in 2017; streefwaarde 1.200 of minder — op koers.',
    );
  });
  it('writes a rise, an upward target and the mark', () => {
    expect(
      indicatorSentence({
        ...inflow,
        name: 'Uitstroom zonder terugval',
        unitLabel: undefined,
        figure: fig(1415, { valueStatus: 'provisional' }),
        previous: { period: '2017', figure: fig(1305) },
        target: 1500,
        direction: 'up',
        status: 'aandacht',
        mark: 'voorlopig',
      }),
    ).toBe(
      'Uitstroom zonder terugval 2018: 1.415 personen, 8 % meer dan in 2017; streefwaarde 1.500 of meer — aandacht (voorlopig).',
    );
  });
  it('writes a cost target as realisation against the budget', () => {
    expect(
      indicatorSentence({
        name: 'Kosten jeugdhulp',
        period: '2024',
        unit: 'euro',
        figure: fig(23307274, { numerator: null }),
        previous: { period: '2023', figure: fig(21500000) },
        target: 22000000,
        budget: true,
        direction: 'down',
        status: 'uit koers',
      }),
    ).toBe(
      'Kosten jeugdhulp 2024: realisatie € 23.307.274, 8 % hoger dan in 2023; begroting € 22.000.000 (realisatie 106 % van de begroting) — uit koers.',
    );
  });
  it('writes percentages with changes in procentpunt and without a target', () => {
    expect(
      indicatorSentence({
        name: '% jongeren met jeugdhulp',
        period: '2024',
        unit: 'percent',
        figure: fig(12.3),
        previous: { period: '2023', figure: fig(12.7) },
        direction: 'down',
        status: 'geen streefwaarde',
      }),
    ).toBe('% jongeren met jeugdhulp 2024: 12,3 %, 0,4 procentpunt lager dan in 2023 — geen streefwaarde.');
  });
  it('says evenveel when the change rounds to 0 %, and leaves the change out after a hidden previous value', () => {
    expect(indicatorSentence({ ...inflow, previous: { period: '2017', figure: fig(1152) } })).toContain(
      'evenveel als in 2017',
    );
    expect(
      indicatorSentence({ ...inflow, previous: { period: '2017', figure: fig(null, { hidden: true }) } }),
    ).toBe('Instroom jeugdhulp 2018: 1.150 jongeren; streefwaarde 1.200 of minder — op koers.');
  });
  it('never shows a hidden value and says why there is nothing', () => {
    expect(
      indicatorSentence({ ...inflow, figure: fig(null, { hidden: true }), status: 'te klein om te duiden' }),
    ).toBe('Instroom jeugdhulp 2018: geheim (te klein om te publiceren) — te klein om te duiden.');
    expect(indicatorSentence({ ...inflow, figure: undefined, status: 'nog geen gegevens' })).toBe(
      'Instroom jeugdhulp 2018: nog geen gegevens.',
    );
  });
  it('writes a euro target that is no budget (cost per client) as a plain target', () => {
    expect(
      indicatorSentence({
        name: 'Kosten per cliënt',
        period: '2024',
        unit: 'euro',
        figure: fig(9721, { numerator: null }),
        target: 10000,
        direction: 'down',
        status: 'op koers',
      }),
    ).toBe('Kosten per cliënt 2024: € 9.721; streefwaarde € 10.000 of minder — op koers.');
  });
  it('writes rates per 10.000 with hoger/lager', () => {
    expect(
      indicatorSentence({
        name: 'Bijstand per 10.000 inwoners 18+',
        period: '2024',
        unit: 'per10000',
        figure: fig(312.46),
        previous: { period: '2023', figure: fig(340) },
        target: 330,
        direction: 'down',
        status: 'op koers',
      }),
    ).toBe(
      'Bijstand per 10.000 inwoners 18+ 2024: 312,5 per 10.000, 8 % lager dan in 2023; streefwaarde 330 of minder — op koers.',
    );
  });
});
