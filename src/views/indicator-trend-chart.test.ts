import { describe, expect, it } from 'vitest';
import { renderTrendChart, trendChartSpec } from './indicator-trend-chart.ts';
import { periodLabel, type IndicatorView } from './indicator-view-model.ts';

const view: IndicatorView = {
  id: 'youth.clients',
  name: 'Jongeren met jeugdhulp',
  definition: 'Aantal jongeren met jeugdhulp.',
  unit: 'personen',
  areas: [{ code: 'GM0637', name: 'Zoetermeer' }],
  periods: ['2024', '2025', '2026'],
  cells: [
    { period: '2024', area: 'GM0637', value: 4700, symbol: null, status: 'final' },
    { period: '2025', area: 'GM0637', value: 4725, symbol: null, status: 'provisional' },
    { period: '2026', area: 'GM0637', value: 2510, symbol: null, status: 'running' },
  ],
  dataUntil: '2026-02-15',
};

describe('trend chart of a running period', () => {
  it('draws the running period as a dashed outline labelled with the date its data run up to', () => {
    const spec = trendChartSpec(view, 'GM0637') as unknown as {
      data: { values: Array<{ period: string; status: string; label: string }> };
      layer: Array<{ encoding: Record<string, { scale?: { domain: string[]; range: unknown[] } }> }>;
    };
    expect(spec.data.values.map((v) => [v.period, v.status, v.label])).toEqual([
      ['2024', 'definitief', ''],
      ['2025', 'voorlopig', ''],
      ['2026', 'lopend', 't/m 15-02-2026'],
    ]);
    const bar = spec.layer[0]?.encoding ?? {};
    expect(bar['fill']?.scale).toEqual({
      domain: ['definitief', 'voorlopig', 'lopend'],
      range: ['#24578f', '#8fb3d9', '#ffffff'],
    });
    expect(bar['strokeDash']?.scale?.range).toEqual([
      [1, 0],
      [1, 0],
      [4, 3],
    ]);
  });

  it('renders the outline, the label and a legend entry in the SVG', async () => {
    const svg = await renderTrendChart(view, { code: 'GM0637', name: 'Zoetermeer' });
    expect(svg).toContain('t/m 15-02-2026');
    expect(svg).toContain('>lopend<');
    expect(svg).toMatch(/fill="#ffffff" stroke="#24578f" stroke-width="1.5" stroke-dasharray="4,3"/);
  });

  it('lists only the statuses that occur', () => {
    const complete: IndicatorView = { ...view, cells: view.cells.filter((c) => c.status !== 'running') };
    const spec = trendChartSpec(complete, 'GM0637') as unknown as {
      layer: Array<{ encoding: Record<string, { scale?: { domain: string[] } }> }>;
    };
    expect(spec.layer[0]?.encoding['fill']?.scale?.domain).toEqual(['definitief', 'voorlopig']);
  });
});

describe('period labels in tables', () => {
  it('mark a running period in words with the date its data run up to', () => {
    expect(periodLabel(view, '2026')).toBe('2026 (lopend, t/m 15-02-2026)');
    expect(periodLabel(view, '2026', 'en')).toBe('2026 (running, up to 15/02/2026)');
    expect(periodLabel(view, '2025')).toBe('2025');
    expect(periodLabel({ ...view, dataUntil: null }, '2026')).toBe('2026 (lopend)');
  });
});

describe('trend chart of months', () => {
  const months: IndicatorView = {
    ...view,
    periods: ['2025-11', '2025-12', '2026-01'],
    cells: ['2025-11', '2025-12', '2026-01'].map((period) => ({
      period,
      area: 'GM0637',
      value: 400,
      symbol: null,
      status: 'final' as const,
    })),
  };
  type Spec = { layer: Array<{ mark?: { type?: string }; encoding?: { x?: { title?: string } } }> };

  it('titles the axis by the period kind and leaves out a yearly baseline', () => {
    const baseline = { period: '2015', value: 5000 };
    const spec = trendChartSpec(months, 'GM0637', 'nl', { baseline }) as unknown as Spec;
    expect(spec.layer[0]?.encoding?.x?.title).toBe('Maand');
    expect(spec.layer.some((l) => l.mark?.type === 'rule')).toBe(false);
    // The same baseline on a yearly chart is drawn.
    const yearly = trendChartSpec(view, 'GM0637', 'nl', { baseline }) as unknown as Spec;
    expect(yearly.layer[0]?.encoding?.x?.title).toBe('Jaar');
    expect(yearly.layer.some((l) => l.mark?.type === 'rule')).toBe(true);
  });
});
