/** @module Builds the shipped area reference data (src/catalogue/reference/) from CBS figures, the gemeente code list and CBS/PDOK boundaries in ../shared. */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { feature, quantize } from 'topojson-client';
import { topology } from 'topojson-server';
import { presimplify, simplify } from 'topojson-simplify';
import type { GeometryCollection, Objects, Topology } from 'topojson-specification';
import {
  BOUNDARY_OBJECTS,
  WIJK_COLUMNS,
  type ShippedAreas,
  type ShippedGemeente,
} from '../src/catalogue/reference/shipped-areas-format.ts';

export const REFERENCE_SOURCE =
  'CBS Kerncijfers wijken en buurten 2024 (85984NED); CBS/PDOK wijk- en buurtkaart 2014, gemeentegrenzen 2015; CC BY 4.0';

/**
 * Points whose Visvalingam triangle area (in square degrees) is below this are dropped. The source
 * boundaries are already generalised and quantized to a ~270 × 310 m grid (one cell ≈ 1.09e-5 deg²),
 * so this removes only one-cell jogs; coarser simplification would erase small urban wijken.
 */
const MIN_WEIGHT = 1.2e-5;

export interface BuiltReferenceData {
  areasJson: string;
  boundariesTopojson: string;
}

const GEMEENTE_CODE = /^GM\d{4}$/;
/** Amsterdam's wijken have letters in their last two positions (WK0363AA); all others are digits. */
const WIJK_CODE = /^WK\d{4}[0-9A-Z]{2}$/;

type KwbRecord = Record<string, number | null>;

type Figures = [
  inhabitants: number | null,
  men: number | null,
  women: number | null,
  dwellings: number | null,
];

/** The four shipped figures of one CBS record (null where CBS publishes none). */
function figures(record: KwbRecord): Figures {
  const value = (key: string): number | null => {
    const v = record[key];
    return typeof v === 'number' ? v : null;
  };
  return [value('AantalInwoners_5'), value('Mannen_6'), value('Vrouwen_7'), value('Woningvoorraad_35')];
}

/** Parses the markdown table `| 0637 | Zoetermeer | Zuid-Holland | ... |` into code → name, province. */
export function parseGemeenteCodes(markdown: string): Map<string, { name: string; province: string }> {
  const result = new Map<string, { name: string; province: string }>();
  for (const line of markdown.split('\n')) {
    const match = /^\|\s*(\d{4})\s*\|\s*([^|]+?)\s*\|\s*([^|]+?)\s*\|/.exec(line);
    if (match?.[1] && match[2] && match[3])
      result.set(`GM${match[1]}`, { name: match[2], province: match[3] });
  }
  return result;
}

/** "Wijk 06 Oosterheem" → "Oosterheem"; "Wijk 03" stays "Wijk 03"; other names are kept. */
export function cleanWijkName(statnaam: string): string {
  const trimmed = statnaam.trim();
  const match = /^Wijk\s+\d+\s+(.+)$/.exec(trimmed);
  return match?.[1] ? match[1].trim() : trimmed;
}

function readJson(path: string): unknown {
  return JSON.parse(readFileSync(path, 'utf8')) as unknown;
}

function layerFeatures(path: string): Feature<Geometry, { statcode: string; statnaam: string }>[] {
  const topo = readJson(path) as Topology<{
    layer: GeometryCollection<{ statcode: string; statnaam: string }>;
  }>;
  const collection = feature(topo, topo.objects.layer) as FeatureCollection<
    Geometry,
    { statcode: string; statnaam: string }
  >;
  return collection.features;
}

/** Serialises the areas one wijk per line: compact, yet reviewable in a diff. */
function serialiseAreas(areas: ShippedAreas): string {
  const lines = ['{'];
  lines.push(`"source":${JSON.stringify(areas.source)},`);
  lines.push(`"year":${areas.year},`);
  lines.push(`"boundaryYears":${JSON.stringify(areas.boundaryYears)},`);
  lines.push(`"wijkColumns":${JSON.stringify(areas.wijkColumns)},`);
  lines.push('"gemeenten":{');
  const codes = Object.keys(areas.gemeenten);
  codes.forEach((code, i) => {
    const { wijken, ...gemeente } = areas.gemeenten[code] as ShippedGemeente;
    const head = JSON.stringify(gemeente).slice(0, -1);
    lines.push(`${JSON.stringify(code)}:${head},"wijken":[`);
    wijken.forEach((wijk, j) => lines.push(JSON.stringify(wijk) + (j < wijken.length - 1 ? ',' : '')));
    lines.push(`]}${i < codes.length - 1 ? ',' : ''}`);
  });
  lines.push('}}');
  return lines.join('\n') + '\n';
}

/** Builds both shipped files from the shared folder (pure apart from reading; deterministic). */
export function buildReferenceData(sharedDir: string): BuiltReferenceData {
  const kwb = readJson(join(sharedDir, 'data/cbs/kwb-2024-gemeenten-wijken.json')) as Record<
    string,
    KwbRecord
  >;
  const names = parseGemeenteCodes(
    readFileSync(join(sharedDir, 'istandaarden/jw/codelijsten/CBS_Gemeentecodes.md'), 'utf8'),
  );
  const wijkSource = layerFeatures(join(sharedDir, 'data/geo/wijk_2014.topojson'));
  const gemeenteSource = layerFeatures(join(sharedDir, 'data/geo/gemeente_2015.topojson'));
  const wijkShapes = new Map(wijkSource.map((f) => [f.properties.statcode, f]));
  const gemeenteShapes = new Map(gemeenteSource.map((f) => [f.properties.statcode, f]));

  const codes = Object.keys(kwb).sort();
  const gemeenten: Record<string, ShippedGemeente> = {};
  const unknown = codes.filter((c) => !GEMEENTE_CODE.test(c) && !WIJK_CODE.test(c));
  if (unknown.length > 0) throw new Error(`unexpected area codes in the CBS figures: ${unknown.join(', ')}`);
  const gemeenteCodes = codes.filter((c) => GEMEENTE_CODE.test(c));
  const wijkCodes = codes.filter((c) => WIJK_CODE.test(c));
  for (const code of gemeenteCodes) {
    const entry = names.get(code);
    if (!entry) throw new Error(`${code} is in the CBS figures but not in CBS_Gemeentecodes.md`);
    const [inhabitants, men, women, dwellings] = figures(kwb[code] as KwbRecord);
    gemeenten[code] = {
      name: entry.name,
      province: entry.province,
      inhabitants,
      men,
      women,
      dwellings,
      shape: gemeenteShapes.has(code),
      wijken: [],
    };
  }
  for (const code of wijkCodes) {
    const parent = gemeenten[`GM${code.slice(2, 6)}`];
    if (!parent) throw new Error(`${code} has no gemeente in the CBS figures`);
    const shape = wijkShapes.get(code);
    // Wijken without a 2014 shape have no name in the sources either: CBS's "Wijk NN" convention.
    const name = shape ? cleanWijkName(shape.properties.statnaam) : `Wijk ${code.slice(6)}`;
    parent.wijken.push([code, name, ...figures(kwb[code] as KwbRecord), shape ? 1 : 0]);
  }
  if (names.size !== Object.keys(gemeenten).length)
    throw new Error(
      `CBS_Gemeentecodes.md lists ${names.size} gemeenten, the CBS figures ${Object.keys(gemeenten).length}`,
    );

  const areas: ShippedAreas = {
    source: REFERENCE_SOURCE,
    year: 2024,
    boundaryYears: { gemeente: 2015, wijk: 2014 },
    wijkColumns: WIJK_COLUMNS,
    gemeenten,
  };

  const shapesOf = (source: Map<string, Feature<Geometry, { statcode: string }>>, wanted: string[]) => ({
    type: 'FeatureCollection' as const,
    features: wanted.flatMap((code) => {
      const shape = source.get(code);
      return shape
        ? [{ type: 'Feature' as const, id: code, properties: null, geometry: shape.geometry }]
        : [];
    }),
  });
  const raw = topology({
    [BOUNDARY_OBJECTS.gemeente]: shapesOf(gemeenteShapes, gemeenteCodes),
    [BOUNDARY_OBJECTS.wijk]: shapesOf(wijkShapes, wijkCodes),
  });
  // The boundary geometries carry no properties (the code is the geometry id).
  const simplified = simplify(presimplify(raw as Topology<Objects<Record<string, never>>>), MIN_WEIGHT);
  // Re-quantize on the source's own grid: no precision is lost that the source had.
  const sourceTopo = readJson(join(sharedDir, 'data/geo/wijk_2014.topojson')) as Topology;
  if (!sourceTopo.transform) throw new Error('wijk_2014.topojson is expected to be quantized');
  const quantized = quantize({ ...simplified, bbox: raw.bbox }, sourceTopo.transform);

  return { areasJson: serialiseAreas(areas), boundariesTopojson: JSON.stringify(quantized) + '\n' };
}

export const REFERENCE_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../src/catalogue/reference');

function main(): void {
  const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  const sharedDir = resolve(process.argv[3] ?? join(projectRoot, '../shared'));
  const built = buildReferenceData(sharedDir);
  writeFileSync(join(REFERENCE_DIR, 'areas-2024.json'), built.areasJson);
  writeFileSync(join(REFERENCE_DIR, 'boundaries.topo.json'), built.boundariesTopojson);
  console.log(
    `areas-2024.json ${Buffer.byteLength(built.areasJson)} bytes, boundaries.topo.json ${Buffer.byteLength(built.boundariesTopojson)} bytes`,
  );
}

const invokedDirectly = process.argv
  .slice(1, 3)
  .some((arg) => resolve(arg) === fileURLToPath(import.meta.url));
if (invokedDirectly) main();
