/** @module Tests for the choropleth SVG: paths per area, labels, legend classes, hatching and the accessible title/description. */
import type { FeatureCollection, Geometry } from 'geojson';
import { describe, expect, it } from 'vitest';
import { gemeenteBoundaries, gemeenteReference } from '../catalogue/reference-areas.ts';
import {
  CHOROPLETH_PALETTE,
  classBreaks,
  classOf,
  escapeXml,
  renderChoroplethSvg,
} from './choropleth-map.ts';

type Props = { code: string; name: string; level?: string };

/** Three unit squares side by side near Zoetermeer. */
function squares(names: string[]): FeatureCollection<Geometry, Props> {
  return {
    type: 'FeatureCollection',
    features: names.map((name, i) => ({
      type: 'Feature',
      properties: { code: `WK00000${i}`, name },
      geometry: {
        type: 'Polygon',
        // Clockwise, as d3-geo expects.
        coordinates: [
          [
            [4.4 + i * 0.01, 52.0],
            [4.4 + i * 0.01, 52.01],
            [4.41 + i * 0.01, 52.01],
            [4.41 + i * 0.01, 52.0],
            [4.4 + i * 0.01, 52.0],
          ],
        ],
      },
    })),
  };
}

const paths = (svg: string): string[] => svg.match(/<path [^>]*>.*?<\/path>/g) ?? [];
const fillOf = (path: string): string | undefined => /fill="([^"]+)"/.exec(path)?.[1];
const legendItems = (svg: string): string[] => svg.match(/<g class="legend-item">.*?<\/g>/g) ?? [];

describe('renderChoroplethSvg on the wijken of Zoetermeer', () => {
  const reference = gemeenteReference('GM0637');
  if (!reference) throw new Error('Zoetermeer missing from the reference data');
  const values = new Map<string, number | null>(reference.wijken.map((w) => [w.code, w.inhabitants]));
  values.set('WK063704', null); // Noordhove suppressed
  const svg = renderChoroplethSvg(gemeenteBoundaries('GM0637'), values, {
    title: 'Inwoners per wijk, Zoetermeer 2024',
    unit: 'inwoners',
  });

  it('is an image with a title and a description naming the extremes and the unknown area', () => {
    expect(svg).toMatch(/^<svg [^>]*role="img"/);
    expect(svg).toContain('>Inwoners per wijk, Zoetermeer 2024</title>');
    expect(svg).toContain('Hoogste waarde: Oosterheem (23.730 inwoners)');
    expect(svg).toContain('laagste waarde: Buitengebied (405 inwoners)');
    expect(svg).toContain('Zonder waarde (onbekend of afgeschermd): 1 van 9 gebieden.');
    const titleId = /aria-labelledby="([^"]+)"/.exec(svg)?.[1];
    expect(svg).toContain(`<title id="${titleId}">`);
  });

  it('draws one path per wijk plus the gemeente outline, each titled "Name: value"', () => {
    const all = paths(svg);
    expect(all).toHaveLength(10);
    expect(all.filter((p) => fillOf(p) === 'none')).toHaveLength(1);
    expect(svg).toContain('<title>Oosterheem: 23.730 inwoners</title>');
    expect(svg).toContain('<title>Centrum: 21.690 inwoners</title>');
    expect(svg).toContain('<title>Noordhove: onbekend of afgeschermd</title>');
    expect(svg).toContain('<title>Zoetermeer: onbekend of afgeschermd</title>');
  });

  it('colours the largest wijk darkest, the smallest lightest and hatches the suppressed one', () => {
    const byCode = new Map(paths(svg).map((p) => [/data-code="([^"]+)"/.exec(p)?.[1], fillOf(p)]));
    expect(byCode.get('WK063706')).toBe(CHOROPLETH_PALETTE[4]);
    expect(byCode.get('WK063709')).toBe(CHOROPLETH_PALETTE[0]);
    expect(byCode.get('WK063704')).toMatch(/^url\(#.+-hatch\)$/);
    expect(svg).toMatch(/<pattern id="[^"]+-hatch"/);
  });

  it('has a legend of five classes from the lowest to the highest value plus the hatched class', () => {
    const items = legendItems(svg);
    expect(items).toHaveLength(6);
    expect(items[0]).toContain('405 inwoners – 5.070 inwoners');
    expect(items[4]).toContain('– 23.730 inwoners');
    expect(items.slice(0, 5).map(fillOf)).toEqual([...CHOROPLETH_PALETTE]);
    expect(items[5]).toContain('onbekend of afgeschermd');
  });

  it('keeps every path inside the map part of the view box', () => {
    for (const p of paths(svg)) {
      const d = /d="([^"]+)"/.exec(p)?.[1] ?? '';
      expect(d).not.toContain('NaN');
      const numbers = (d.match(/-?\d+(\.\d+)?/g) ?? []).map(Number);
      expect(Math.min(...numbers)).toBeGreaterThanOrEqual(0);
      expect(Math.max(...numbers)).toBeLessThanOrEqual(720 - 200);
    }
  });

  it('is deterministic', () => {
    const again = renderChoroplethSvg(gemeenteBoundaries('GM0637'), values, {
      title: 'Inwoners per wijk, Zoetermeer 2024',
      unit: 'inwoners',
    });
    expect(again).toBe(svg);
  });
});

describe('renderChoroplethSvg edge cases', () => {
  it('escapes names and titles and formats percentages the Dutch way', () => {
    const svg = renderChoroplethSvg(
      squares(['Noord & Zuid', '<Oost>', "'s-Heerenberg"]),
      new Map([
        ['WK000000', 12.5],
        ['WK000001', 40],
        ['WK000002', 7.25],
      ]),
      { title: 'Jeugdhulp & Wmo', unit: '%' },
    );
    expect(svg).toContain('<title>Noord &#38; Zuid: 12,5%</title>');
    expect(svg).toContain('<title>&#60;Oost&#62;: 40%</title>');
    expect(svg).toContain('<title>&#39;s-Heerenberg: 7,3%</title>');
    expect(svg).toContain('>Jeugdhulp &#38; Wmo</title>');
    expect(svg).not.toContain('<Oost>');
  });

  it('uses one class when all values are equal', () => {
    const svg = renderChoroplethSvg(
      squares(['A', 'B']),
      new Map([
        ['WK000000', 3],
        ['WK000001', 3],
      ]),
      { title: 't', unit: 'x' },
    );
    expect(legendItems(svg)).toHaveLength(2);
    expect(paths(svg).map(fillOf)).toEqual([CHOROPLETH_PALETTE[2], CHOROPLETH_PALETTE[2]]);
  });

  it('hatches every area and shows only the unknown class when no value is known', () => {
    const svg = renderChoroplethSvg(squares(['A', 'B']), new Map(), { title: 't', unit: 'x' });
    expect(legendItems(svg)).toHaveLength(1);
    expect(paths(svg).every((p) => fillOf(p)?.endsWith('-hatch)'))).toBe(true);
    expect(svg).not.toContain('Hoogste waarde');
  });

  it('gives each map its own ids when asked', () => {
    const svg = renderChoroplethSvg(squares(['A']), new Map([['WK000000', 1]]), {
      title: 't',
      unit: 'x',
      idPrefix: 'map-2',
    });
    expect(svg).toContain('id="map-2-hatch"');
    expect(svg).toContain('aria-describedby="map-2-desc"');
  });

  it('renders an empty collection as a map with only the legend', () => {
    const svg = renderChoroplethSvg({ type: 'FeatureCollection', features: [] }, new Map(), {
      title: 't',
      unit: 'x',
    });
    expect(paths(svg)).toHaveLength(0);
    expect(svg).not.toContain('NaN');
  });
});

describe('classBreaks and classOf', () => {
  it('splits the range into five equal intervals', () => {
    expect(classBreaks([0, 10, 3, 7])).toEqual([0, 2, 4, 6, 8, 10]);
  });

  it('puts boundary values in the upper class and the maximum in the last', () => {
    const breaks = [0, 2, 4, 6, 8, 10];
    expect(classOf(0, breaks)).toBe(0);
    expect(classOf(1.99, breaks)).toBe(0);
    expect(classOf(2, breaks)).toBe(1);
    expect(classOf(9.5, breaks)).toBe(4);
    expect(classOf(10, breaks)).toBe(4);
  });

  it('gives no breaks for no values and two for one distinct value', () => {
    expect(classBreaks([])).toEqual([]);
    expect(classBreaks([5, 5])).toEqual([5, 5]);
  });

  it('escapes the five XML special characters', () => {
    expect(escapeXml(`a&b<c>d"e'f`)).toBe('a&#38;b&#60;c&#62;d&#34;e&#39;f');
  });
});
