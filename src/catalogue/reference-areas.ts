/** @module Shipped reference areas: every Dutch gemeente and its wijken (CBS 2024 figures) and their boundaries, read from src/catalogue/reference/. */
import { readFileSync } from 'node:fs';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { normaliseAreaCode } from '../domain/area-code.ts';
import {
  BOUNDARY_OBJECTS,
  type ShippedAreas,
  type ShippedGemeente,
  type ShippedWijkRow,
} from './reference/shipped-areas-format.ts';

export interface ReferenceArea {
  code: string;
  name: string;
  level: 'gemeente' | 'wijk';
  /** The gemeente code for a wijk; null for a gemeente. */
  parent: string | null;
  inhabitants: number | null;
  men: number | null;
  women: number | null;
  dwellings: number | null;
}

export interface GemeenteReference {
  gemeente: ReferenceArea;
  wijken: ReferenceArea[];
  /** Attribution to show wherever these figures or shapes are used. */
  source: string;
}

export interface BoundaryProperties {
  code: string;
  name: string;
  level: 'gemeente' | 'wijk';
}

type BoundaryTopology = Topology<{
  gemeenten: GeometryCollection;
  wijken: GeometryCollection;
}>;

const REFERENCE_DIR = new URL('./reference/', import.meta.url);

let areasCache: ShippedAreas | undefined;
let shapesCache: Map<string, Geometry> | undefined;

function areas(): ShippedAreas {
  areasCache ??= JSON.parse(readFileSync(new URL('areas-2024.json', REFERENCE_DIR), 'utf8')) as ShippedAreas;
  return areasCache;
}

/** All shapes by CBS code, decoded once. The source rings run clockwise, as d3-geo expects (RFC 7946 says the opposite). */
function shapes(): Map<string, Geometry> {
  if (shapesCache) return shapesCache;
  const topo = JSON.parse(
    readFileSync(new URL('boundaries.topo.json', REFERENCE_DIR), 'utf8'),
  ) as BoundaryTopology;
  const map = new Map<string, Geometry>();
  for (const key of [BOUNDARY_OBJECTS.gemeente, BOUNDARY_OBJECTS.wijk]) {
    const collection = feature(topo, topo.objects[key]) as FeatureCollection;
    for (const f of collection.features) if (typeof f.id === 'string') map.set(f.id, f.geometry);
  }
  shapesCache = map;
  return map;
}

function gemeenteArea(code: string, g: ShippedGemeente): ReferenceArea {
  const { name, inhabitants, men, women, dwellings } = g;
  return { code, name, level: 'gemeente', parent: null, inhabitants, men, women, dwellings };
}

function wijkArea(parent: string, row: ShippedWijkRow): ReferenceArea {
  const [code, name, inhabitants, men, women, dwellings] = row;
  return { code, name, level: 'wijk', parent, inhabitants, men, women, dwellings };
}

/** The 342 gemeenten (indeling 2024 = 2026), sorted by code. */
export function listGemeenten(): ReferenceArea[] {
  return Object.entries(areas().gemeenten).map(([code, g]) => gemeenteArea(code, g));
}

/** A gemeente with its wijken and their CBS figures; accepts `GM0637`, `gm0637` or `0637`. */
export function gemeenteReference(code: string): GemeenteReference | undefined {
  const normalised = normaliseAreaCode(code);
  const data = areas();
  const g = data.gemeenten[normalised];
  if (!g) return undefined;
  return {
    gemeente: gemeenteArea(normalised, g),
    wijken: g.wijken.map((row) => wijkArea(normalised, row)),
    source: data.source,
  };
}

/**
 * The gemeente's outline (2015) and its wijken's outlines (2014) as WGS84 GeoJSON, gemeente first.
 * Areas without a shape in those years (merged gemeenten, re-coded wijken) are left out; an unknown
 * code gives an empty collection.
 */
export function gemeenteBoundaries(code: string): FeatureCollection<Geometry, BoundaryProperties> {
  const normalised = normaliseAreaCode(code);
  const g = areas().gemeenten[normalised];
  const features: Feature<Geometry, BoundaryProperties>[] = [];
  if (!g) return { type: 'FeatureCollection', features };
  const byCode = shapes();
  const add = (areaCode: string, name: string, level: 'gemeente' | 'wijk'): void => {
    const geometry = byCode.get(areaCode);
    if (geometry)
      features.push({ type: 'Feature', id: areaCode, properties: { code: areaCode, name, level }, geometry });
  };
  add(normalised, g.name, 'gemeente');
  for (const [wijkCode, name] of g.wijken) add(wijkCode, name, 'wijk');
  return { type: 'FeatureCollection', features };
}
