import { describe, expect, it } from 'vitest';
import { indicatorStatus, type IndicatorStatusInput, type PublishedFigure } from './goal-status.ts';

const fig = (value: number | null, extra: Partial<PublishedFigure> = {}): PublishedFigure => ({
  value,
  numerator: value,
  hidden: false,
  valueStatus: 'final',
  ...extra,
});

const base = (over: Partial<IndicatorStatusInput>): IndicatorStatusInput => ({
  period: '2018',
  area: 'GM0637',
  figure: fig(1150),
  direction: 'down',
  target: 1200,
  sizeApplies: true,
  ...over,
});

describe('indicatorStatus, direction down (lower is better)', () => {
  it('is op koers at or below the target', () => {
    expect(indicatorStatus(base({})).status).toBe('op koers');
    const atTarget = indicatorStatus(base({ figure: fig(1200) }));
    expect(atTarget).toEqual({
      status: 'op koers',
      reason: '1.200 is niet hoger dan de streefwaarde 1.200',
    });
  });
  it('is aandacht above the target up to and including the band edge (target + 5 %)', () => {
    expect(indicatorStatus(base({ figure: fig(1201) })).status).toBe('aandacht');
    const edge = indicatorStatus(base({ figure: fig(1260) }));
    expect(edge.status).toBe('aandacht');
    expect(edge.reason).toBe(
      '1.260 is hoger dan de streefwaarde 1.200, maar binnen de marge van 5 % (tot 1.260)',
    );
  });
  it('is uit koers beyond the band edge', () => {
    const off = indicatorStatus(base({ figure: fig(1261) }));
    expect(off.status).toBe('uit koers');
    expect(off.reason).toBe(
      '1.261 is hoger dan de streefwaarde 1.200 en buiten de marge van 5 % (grens 1.260)',
    );
  });
  it('uses a configured tolerance', () => {
    expect(indicatorStatus(base({ figure: fig(1300), tolerancePercent: 10 })).status).toBe('aandacht');
    expect(indicatorStatus(base({ figure: fig(1321), tolerancePercent: 10 })).status).toBe('uit koers');
    expect(indicatorStatus(base({ figure: fig(1201), tolerancePercent: 0 })).status).toBe('uit koers');
  });
});

describe('indicatorStatus, direction up (higher is better)', () => {
  const up = (value: number) => indicatorStatus(base({ direction: 'up', target: 1000, figure: fig(value) }));
  it('is op koers at or above the target', () => {
    expect(up(1000).status).toBe('op koers');
    expect(up(1400).reason).toBe('1.400 is niet lager dan de streefwaarde 1.000');
  });
  it('is aandacht below the target down to the band edge, uit koers beyond', () => {
    expect(up(950).status).toBe('aandacht');
    expect(up(950).reason).toBe(
      '950 is lager dan de streefwaarde 1.000, maar binnen de marge van 5 % (tot 950)',
    );
    expect(up(949).status).toBe('uit koers');
  });
});

describe('indicatorStatus, direction none (a point target)', () => {
  const none = (value: number) =>
    indicatorStatus(base({ direction: 'none', target: 1000, figure: fig(value) }));
  it('is op koers within the band on either side, aandacht within twice the band, uit koers beyond', () => {
    expect(none(1050).status).toBe('op koers');
    expect(none(950).status).toBe('op koers');
    expect(none(1100).status).toBe('aandacht');
    expect(none(899).status).toBe('uit koers');
    expect(none(1050).reason).toBe('1.050 ligt binnen 5 % van de streefwaarde 1.000');
  });
});

describe('indicatorStatus without a verdict', () => {
  it('says nog geen gegevens without a cube row, naming period and area', () => {
    expect(indicatorStatus(base({ figure: undefined }))).toEqual({
      status: 'nog geen gegevens',
      reason: 'nog geen cijfer voor 2018 in GM0637',
    });
  });
  it('names the source of an imported slot without a figure', () => {
    expect(indicatorStatus(base({ figure: undefined, importedSource: 'GGD Jeugdmonitor' })).reason).toBe(
      'nog geen cijfer voor 2018 ingelezen (bron: GGD Jeugdmonitor)',
    );
  });
  it('says te klein om te duiden when disclosure control hid the value', () => {
    const hidden = indicatorStatus(base({ figure: fig(null, { hidden: true, numerator: null }) }));
    expect(hidden.status).toBe('te klein om te duiden');
    expect(hidden.reason).toContain('geheim');
  });
  it('says te klein om te duiden below the minimum size (default numerator < 20), also with a target', () => {
    expect(indicatorStatus(base({ figure: fig(15), target: 100 }))).toEqual({
      status: 'te klein om te duiden',
      reason: 'te weinig om iets over te zeggen: 15 (minder dan 20)',
    });
    expect(indicatorStatus(base({ figure: fig(20), target: 100 })).status).toBe('op koers');
    expect(indicatorStatus(base({ figure: fig(25), target: 100, minimumSize: 30 })).status).toBe(
      'te klein om te duiden',
    );
  });
  it('ignores the minimum size for amounts and survey figures', () => {
    const euro = indicatorStatus(
      base({ figure: fig(12, { numerator: null }), target: 15, sizeApplies: false, unit: 'euro' }),
    );
    expect(euro.status).toBe('op koers');
    expect(euro.reason).toBe('€ 12 is niet hoger dan de streefwaarde € 15');
  });
  it('says geen streefwaarde without a target and describes the trend against the baseline', () => {
    const noTarget = indicatorStatus(base({ target: undefined, baseline: { period: '2015', value: 1340 } }));
    expect(noTarget).toEqual({
      status: 'geen streefwaarde',
      reason: 'geen streefwaarde voor 2018; 1.150 is 14 % lager dan de nulmeting 2015 (1.340)',
    });
    expect(indicatorStatus(base({ target: undefined })).reason).toBe(
      'geen streefwaarde voor 2018; geen nulmeting om mee te vergelijken',
    );
  });
});

describe('indicatorStatus marks provisional and running figures', () => {
  it('keeps the verdict and marks a provisional figure voorlopig', () => {
    const s = indicatorStatus(base({ figure: fig(1150, { valueStatus: 'provisional' }) }));
    expect(s.status).toBe('op koers');
    expect(s.mark).toBe('voorlopig');
    expect(s.reason).toBe(
      '1.150 is niet hoger dan de streefwaarde 1.200; voorlopig cijfer: nog niet alle gegevens over deze periode zijn binnen',
    );
  });
  it('marks a running period lopend', () => {
    const s = indicatorStatus(base({ figure: fig(1300, { valueStatus: 'running' }) }));
    expect(s.status).toBe('uit koers');
    expect(s.mark).toBe('lopend');
    expect(s.reason).toMatch(/lopende periode: het cijfer kan nog veranderen$/);
  });
  it('has no mark for a final figure', () => {
    expect(indicatorStatus(base({})).mark).toBeUndefined();
  });
});
