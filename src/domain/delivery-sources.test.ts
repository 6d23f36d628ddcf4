import { describe, expect, it } from 'vitest';
import { deliveryDatesFromMeta, indicatorDeliveryDate } from './delivery-sources.ts';
import { indicatorStatus, isPeriodReported } from './indicator-status.ts';

describe('indicatorDeliveryDate', () => {
  const dates = {
    claim: '2026-02-15',
    provision: '2026-02-15',
    benefit: '2025-12-31',
    population: '2026-01-01',
  };

  it('is the earliest delivery date among the period sources an indicator reads', () => {
    expect(indicatorDeliveryDate(['provision', 'benefit'], dates, '2026-02-15')).toBe('2025-12-31');
    expect(indicatorDeliveryDate(['claim'], dates, '2026-02-15')).toBe('2026-02-15');
  });

  it('ignores reference-date sources and sources without a date, then falls back to the overall date', () => {
    expect(
      indicatorDeliveryDate(['provision', 'population'], { ...dates, provision: '2026-03-31' }, 'x'),
    ).toBe('2026-03-31');
    expect(indicatorDeliveryDate(['benefit', 'households'], { claim: '2026-02-15' }, '2026-02-15')).toBe(
      '2026-02-15',
    );
    expect(indicatorDeliveryDate([], dates, undefined)).toBeUndefined();
  });

  it('reads the per-source dates from meta rows', () => {
    expect(
      deliveryDatesFromMeta([
        { key: 'delivery_date', value: '2026-02-15' },
        { key: 'delivery_date.benefit', value: '2025-12-31' },
        { key: 'delivery_date.unknown', value: '2020-01-01' },
      ]),
    ).toEqual({ benefit: '2025-12-31' });
  });
});

describe('running periods', () => {
  it('are running while the period ends after the delivery date, and unreported once they start after it', () => {
    // 2026 with data up to 15 February: running; January (ended): final; March: not reported at all.
    expect(indicatorStatus('2026-12-31', 0, '2026-02-15')).toBe('running');
    expect(indicatorStatus('2026-01-31', 0, '2026-02-15')).toBe('final');
    expect(indicatorStatus('2026-12-31', 6, '2026-02-15')).toBe('running');
    expect(isPeriodReported('2026-01-01', '2025-12-31')).toBe(false);
    expect(isPeriodReported('2026-01-01', '2026-01-01')).toBe(true);
  });
});
