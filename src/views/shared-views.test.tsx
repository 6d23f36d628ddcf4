import { renderToString } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import { gemeenteBoundaries } from '../catalogue/reference-areas.ts';
import { BreakdownTable } from './breakdown-table.tsx';
import { IndicatorCard } from './indicator-card.tsx';
import { renderTrendChart, trendChartSpec } from './indicator-trend-chart.ts';
import type { IndicatorView } from './indicator-view-model.ts';
import { StatusBadge } from './status-badge.tsx';
import { WijkMap } from './wijk-map.tsx';

const view: IndicatorView = {
  id: 'youth.clients',
  name: 'Jongeren met jeugdhulp',
  definition: 'Aantal jongeren met jeugdhulp.',
  unit: 'personen',
  areas: [
    { code: 'GM0637', name: 'Zoetermeer' },
    { code: 'WK063700', name: 'Centrum' },
    { code: 'WK063701', name: 'Meerzicht' },
  ],
  periods: ['2023', '2024'],
  cells: [
    { period: '2023', area: 'GM0637', value: 4700, symbol: null, status: 'final' },
    { period: '2024', area: 'GM0637', value: 4725, symbol: null, status: 'provisional' },
    { period: '2024', area: 'WK063700', value: 310, symbol: null, status: 'provisional' },
    { period: '2024', area: 'WK063701', value: null, symbol: '.', status: 'provisional' },
  ],
  dataUntil: null,
};

describe('status badge', () => {
  it('names the status and its mark in words, and the reason after it', () => {
    const html = renderToString(
      <StatusBadge status="uit koers" mark="voorlopig" reason="4.725 ligt boven de streefwaarde 4.000." />,
    );
    expect(html).toContain('msd-status--off-course');
    expect(html).toContain('>uit koers (voorlopig)<');
    expect(html).toContain('Reden: 4.725 ligt boven de streefwaarde 4.000.');
  });
});

describe('breakdown table', () => {
  it('marks a provisional figure with * and shows a hidden one as .', () => {
    const html = renderToString(
      <BreakdownTable
        name="Jongeren met jeugdhulp"
        breakdown="soort hulp"
        period="2024"
        area="Zoetermeer"
        unit="personen"
        rows={[
          { label: 'jeugdhulp zonder verblijf', value: 3310, symbol: null, status: 'provisional' },
          { label: 'jeugdreclassering', value: null, symbol: '.', status: 'final' },
        ]}
      />,
    );
    expect(html).toContain('Jongeren met jeugdhulp naar soort hulp, 2024, Zoetermeer');
    expect(html).toMatch(/jeugdhulp zonder verblijf<\/th><td[^>]*>3\.310\*<\/td>/);
    expect(html).toMatch(/jeugdreclassering<\/th><td[^>]*>\.<\/td>/);
  });
});

describe('wijk map', () => {
  it('draws the wijken and gives their figures as a table, a hidden wijk hatched', () => {
    const html = renderToString(
      <WijkMap view={view} period="2024" boundaries={gemeenteBoundaries('GM0637')} />,
    );
    expect(html).toContain('<svg');
    expect(html).toMatch(/data-code="WK063701"[^>]*><title>Meerzicht: onbekend of afgeschermd<\/title>/);
    expect(html).toMatch(/fill="url\(#map-youth-clients-2024-hatch\)"[^>]*data-code="WK063701"/);
    expect(html).toMatch(/Centrum<\/th><td[^>]*>310\*<\/td>/);
    expect(html).toMatch(/Meerzicht<\/th><td[^>]*>\.\*?<\/td>/);
    // The gemeente is the outline, not a row of the wijk table.
    expect(html).not.toMatch(/Zoetermeer<\/th><td/);
  });
});

describe('trend chart with target band and baseline', () => {
  it('adds a band of ± tolerance around each target in view and a baseline rule', () => {
    const spec = trendChartSpec(view, 'GM0637', 'nl', {
      targets: [
        { period: '2024', value: 4000 },
        { period: '2030', value: 3000 },
      ],
      tolerancePercent: 5,
      baseline: { period: '2019', value: 4400 },
    }) as unknown as { layer: Array<{ mark: { type: string }; data?: { values: unknown[] } }> };
    const band = spec.layer.find((l) => l.mark.type === 'rect');
    expect(band?.data?.values).toEqual([{ period: '2024', target: 4000, lower: 3800, upper: 4200 }]);
    const rule = spec.layer.find((l) => l.mark.type === 'rule');
    expect(rule?.data?.values).toEqual([{ baseline: 4400 }]);
  });

  it('renders the baseline label and says so in the description', async () => {
    const svg = await renderTrendChart(view, view.areas[0]!, 'nl', {
      targets: [{ period: '2024', value: 4000 }],
      tolerancePercent: 5,
      baseline: { period: '2019', value: 4400 },
    });
    expect(svg).toContain('>nulmeting 2019<');
    expect(svg).toContain('De gele band is de streefwaarde met haar marge');
  });
});

describe('indicator card with steering', () => {
  it('shows badge, sentence, facts and narrative, keeping the existing table', () => {
    const html = renderToString(
      <IndicatorCard
        view={view}
        chartSvg="<svg></svg>"
        headingLevel={4}
        headingId="k-youth"
        status={{ status: 'op koers', mark: null, reason: 'binnen de streefwaarde' }}
        sentence="In 2024 kregen 4.725 jongeren jeugdhulp."
        facts={['Streefwaarde 2024: 4.000']}
        narrative={{ html: '<p>Meer preventie.</p>', concept: true }}
      />,
    );
    expect(html).toContain('<h4 class="utrecht-heading-4" id="k-youth">Jongeren met jeugdhulp</h4>');
    expect(html).toContain('>op koers<');
    expect(html).toContain('In 2024 kregen 4.725 jongeren jeugdhulp.');
    expect(html).toContain('Streefwaarde 2024: 4.000');
    expect(html).toContain('Toelichting (concept)');
    expect(html).toMatch(/Zoetermeer<\/th><td[^>]*>4\.700<\/td><td[^>]*>4\.725\*<\/td>/);
  });
});
