/** @module Tests for the shipped reference areas: Zoetermeer's figures and wijken, boundaries, and that the shipped files match a fresh build. */
import { readFileSync } from 'node:fs';
import { geoArea, geoBounds } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import { buildReferenceData } from '../../scripts/build-reference-data.ts';
import { needsShared, SHARED_ROOT } from '../../test/helpers/shared-folder.ts';
import { gemeenteBoundaries, gemeenteReference, listGemeenten } from './reference-areas.ts';

const REFERENCE = new URL('./reference/', import.meta.url);
const cbsData = needsShared('the CBS and PDOK source data the shipped files are built from (data/)');

describe('gemeenteReference', () => {
  const zoetermeer = gemeenteReference('GM0637');

  it('gives Zoetermeer its name and CBS 2024 inhabitants', () => {
    expect(zoetermeer?.gemeente).toEqual({
      code: 'GM0637',
      name: 'Zoetermeer',
      level: 'gemeente',
      parent: null,
      inhabitants: 128434,
      men: 62865,
      women: 65569,
      dwellings: 57653,
    });
  });

  it('lists exactly the nine Zoetermeer wijken with their names', () => {
    expect(zoetermeer?.wijken.map((w) => [w.code, w.name])).toEqual([
      ['WK063700', 'Centrum'],
      ['WK063701', 'Meerzicht'],
      ['WK063702', 'Buytenwegh - De Leyens'],
      ['WK063703', 'Seghwaert'],
      ['WK063704', 'Noordhove'],
      ['WK063705', 'Rokkeveen'],
      ['WK063706', 'Oosterheem'],
      ['WK063708', 'Industriegebied'],
      ['WK063709', 'Buitengebied'],
    ]);
    expect(zoetermeer?.wijken.every((w) => w.level === 'wijk' && w.parent === 'GM0637')).toBe(true);
  });

  it('gives Oosterheem 23,730 inhabitants', () => {
    const oosterheem = zoetermeer?.wijken.find((w) => w.code === 'WK063706');
    expect(oosterheem?.inhabitants).toBe(23730);
    expect(oosterheem?.men).toBe(11695);
    expect(oosterheem?.women).toBe(12035);
  });

  it('has wijk inhabitants that sum to the gemeente figure within CBS rounding to fives', () => {
    const sum = (zoetermeer?.wijken ?? []).reduce((total, w) => total + (w.inhabitants ?? 0), 0);
    expect(sum).toBe(128425);
    // CBS rounds wijk figures to multiples of 5: at most 2 per wijk off.
    expect(Math.abs(sum - 128434)).toBeLessThanOrEqual(2 * 9);
  });

  it('accepts the bare and lower-case forms of a code', () => {
    expect(gemeenteReference('0637')?.gemeente.name).toBe('Zoetermeer');
    expect(gemeenteReference('gm0637')?.gemeente.name).toBe('Zoetermeer');
  });

  it('names its source and licence', () => {
    expect(zoetermeer?.source).toContain('85984NED');
    expect(zoetermeer?.source).toContain('CC BY 4.0');
  });

  it('gives undefined for an unknown code', () => {
    expect(gemeenteReference('GM9999')).toBeUndefined();
    expect(gemeenteReference('WK063706')).toBeUndefined();
    expect(gemeenteReference('Zoetermeer')).toBeUndefined();
  });

  it("includes Amsterdam's letter-coded wijken (WK0363AA …)", () => {
    const amsterdam = gemeenteReference('GM0363');
    expect(amsterdam?.wijken).toHaveLength(110);
    expect(amsterdam?.wijken[0]).toMatchObject({ code: 'WK0363AA', name: 'Wijk AA', inhabitants: 9180 });
  });

  it('gives wijken without a 2014 shape the CBS "Wijk NN" name', () => {
    // Dijk en Waard (GM1980) was formed in 2022: none of its wijk codes existed in 2014.
    const dijkEnWaard = gemeenteReference('GM1980');
    expect(dijkEnWaard?.gemeente.name).toBe('Dijk en Waard');
    expect(dijkEnWaard?.wijken[0]?.name).toMatch(/^Wijk \d\d$/);
  });
});

describe('listGemeenten', () => {
  const gemeenten = listGemeenten();

  it('lists all 342 gemeenten, sorted by code, with 3,393 wijken between them', () => {
    expect(gemeenten.reduce((n, g) => n + (gemeenteReference(g.code)?.wijken.length ?? 0), 0)).toBe(3393);
    expect(gemeenten).toHaveLength(342);
    const codes = gemeenten.map((g) => g.code);
    expect(codes).toEqual([...codes].sort());
    expect(codes.every((c) => /^GM\d{4}$/.test(c))).toBe(true);
  });

  it('sums to the Dutch population of 1 January 2024', () => {
    const total = gemeenten.reduce((sum, g) => sum + (g.inhabitants ?? 0), 0);
    expect(total).toBe(17942942);
  });
});

describe('gemeenteBoundaries', () => {
  const boundaries = gemeenteBoundaries('GM0637');

  it('gives Zoetermeer one gemeente feature and nine wijk features', () => {
    const levels = boundaries.features.map((f) => f.properties.level);
    expect(levels.filter((l) => l === 'gemeente')).toHaveLength(1);
    expect(levels.filter((l) => l === 'wijk')).toHaveLength(9);
    expect(boundaries.features[0]?.properties).toEqual({
      code: 'GM0637',
      name: 'Zoetermeer',
      level: 'gemeente',
    });
    expect(boundaries.features.find((f) => f.properties.code === 'WK063706')?.properties.name).toBe(
      'Oosterheem',
    );
  });

  it('places Zoetermeer around 4.4–4.6 E, 52.0–52.1 N', () => {
    const gemeente = boundaries.features[0];
    if (!gemeente) throw new Error('no gemeente feature');
    const [[west, south], [east, north]] = geoBounds(gemeente);
    expect(west).toBeGreaterThan(4.4);
    expect(east).toBeLessThan(4.6);
    expect(south).toBeGreaterThan(52.0);
    expect(north).toBeLessThan(52.1);
  });

  it('winds every ring the way d3-geo expects (small areas, not the rest of the globe)', () => {
    for (const f of boundaries.features) {
      expect(geoArea(f)).toBeGreaterThan(0);
      expect(geoArea(f)).toBeLessThan(1e-5);
    }
  });

  it('keeps the wijken inside the gemeente outline', () => {
    const [[gWest, gSouth], [gEast, gNorth]] = geoBounds(boundaries.features[0] ?? boundaries);
    for (const f of boundaries.features.slice(1)) {
      const [[west, south], [east, north]] = geoBounds(f);
      expect(west).toBeGreaterThanOrEqual(gWest - 1e-9);
      expect(east).toBeLessThanOrEqual(gEast + 1e-9);
      expect(south).toBeGreaterThanOrEqual(gSouth - 1e-9);
      expect(north).toBeLessThanOrEqual(gNorth + 1e-9);
    }
  });

  it('gives an empty collection for an unknown code', () => {
    expect(gemeenteBoundaries('GM9999').features).toEqual([]);
  });
});

describe('the shipped files', () => {
  it('stay small enough to ship (under 600 KB together)', () => {
    const size =
      readFileSync(new URL('areas-2024.json', REFERENCE)).byteLength +
      readFileSync(new URL('boundaries.topo.json', REFERENCE)).byteLength;
    expect(size).toBeLessThan(600 * 1024);
  });

  it.skipIf(cbsData.absent)(cbsData.title('equal a fresh build from ../shared'), () => {
    const built = buildReferenceData(SHARED_ROOT);
    expect(built.areasJson).toBe(readFileSync(new URL('areas-2024.json', REFERENCE), 'utf8'));
    expect(built.boundariesTopojson).toBe(readFileSync(new URL('boundaries.topo.json', REFERENCE), 'utf8'));
  });
});
