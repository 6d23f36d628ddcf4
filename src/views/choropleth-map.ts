/** @module Choropleth map as an accessible, self-contained SVG string: d3-geo Mercator fitted to the areas, five equal-interval classes, hatching for unknown or suppressed values. */
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { geoMercator, geoPath } from 'd3-geo';

/**
 * ColorBrewer YlGnBu, 5 classes: sequential, colour-blind safe, print friendly, and the darkest
 * class still separates from the grey hatching of unknown values.
 */
export const CHOROPLETH_PALETTE = ['#ffffcc', '#a1dab4', '#41b6c4', '#2c7fb8', '#253494'] as const;

export const CHOROPLETH_CLASSES = CHOROPLETH_PALETTE.length;

/** User-facing (Dutch) labels; callers with a message catalogue pass their own. */
export const CHOROPLETH_LABELS_NL = {
  unknown: 'onbekend of afgeschermd',
  map: 'Kaart',
  areas: 'gebieden',
  highest: 'Hoogste waarde',
  lowest: 'laagste waarde',
  withoutValue: 'Zonder waarde (onbekend of afgeschermd)',
  of: 'van',
  legend: 'Legenda',
} as const;

export type ChoroplethLabels = { readonly [K in keyof typeof CHOROPLETH_LABELS_NL]: string };

export interface ChoroplethOptions {
  title: string;
  unit: string;
  width?: number;
  height?: number;
  /** Prefix for element ids (pattern, title, desc); give each map on one page its own. */
  idPrefix?: string;
  labels?: ChoroplethLabels;
  locale?: string;
  /** Width reserved for the legend at the right (default 200); wider for long units such as "per 10.000". */
  legendWidth?: number;
}

interface Area {
  code: string;
  name: string;
  value: number | null;
  feature: Feature<Geometry | null>;
}

const LEGEND_WIDTH = 200;

/** Escapes text for use in XML content and attribute values. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * Five equal-interval classes between the lowest and the highest known value: returns the six
 * boundaries. Equal intervals keep the legend readable for the few areas (wijken) of one gemeente.
 */
export function classBreaks(values: readonly number[], classes: number = CHOROPLETH_CLASSES): number[] {
  if (values.length === 0) return [];
  const min = Math.min(...values);
  const max = Math.max(...values);
  if (min === max) return [min, max];
  return Array.from({ length: classes + 1 }, (_, i) =>
    i === classes ? max : min + ((max - min) * i) / classes,
  );
}

/** The class index (0-based) of a value given the boundaries from `classBreaks`. */
export function classOf(value: number, breaks: readonly number[]): number {
  const classes = Math.max(1, breaks.length - 1);
  for (let i = 1; i < classes; i++) if (value < (breaks[i] ?? Infinity)) return i - 1;
  return classes - 1;
}

function stringProperty(f: Feature<Geometry | null>, key: string): string | undefined {
  const value: unknown = f.properties?.[key];
  return typeof value === 'string' ? value : undefined;
}

function hashId(text: string): string {
  let h = 5381;
  for (let i = 0; i < text.length; i++) h = ((h * 33) ^ text.charCodeAt(i)) >>> 0;
  return `choropleth-${h.toString(36)}`;
}

/**
 * Renders the features as a choropleth. Values are looked up by `properties.code` (else the feature
 * id); a missing or null value is drawn hatched. In a collection that mixes a gemeente with its
 * wijken (as `gemeenteBoundaries()` returns), the wijken are coloured and the gemeente is drawn on
 * top as an outline.
 */
export function renderChoroplethSvg(
  features: FeatureCollection<Geometry | null>,
  values: ReadonlyMap<string, number | null>,
  options: ChoroplethOptions,
): string {
  const width = options.width ?? 720;
  const height = options.height ?? 520;
  const labels = options.labels ?? CHOROPLETH_LABELS_NL;
  const id = options.idPrefix ?? hashId(`${options.title}|${options.unit}`);
  const number = new Intl.NumberFormat(options.locale ?? 'nl-NL', { maximumFractionDigits: 1 });
  const withUnit = (v: number): string =>
    options.unit === '%'
      ? `${number.format(v)}%`
      : `${number.format(v)}${options.unit ? ` ${options.unit}` : ''}`;

  const areas: Area[] = features.features.map((feature) => {
    const code = stringProperty(feature, 'code') ?? String(feature.id ?? '');
    return { code, name: stringProperty(feature, 'name') ?? code, value: values.get(code) ?? null, feature };
  });
  const hasWijken = areas.some((a) => stringProperty(a.feature, 'level') === 'wijk');
  const isOutline = (a: Area): boolean => hasWijken && stringProperty(a.feature, 'level') === 'gemeente';
  const filled = areas.filter((a) => !isOutline(a));
  const outlines = areas.filter(isOutline);

  const known = filled.filter(
    (a): a is Area & { value: number } => a.value !== null && Number.isFinite(a.value),
  );
  const breaks = classBreaks(known.map((a) => a.value));
  const classCount = Math.max(0, breaks.length - 1);
  const colourOf = (value: number): string =>
    classCount === 1
      ? (CHOROPLETH_PALETTE[2] as string)
      : (CHOROPLETH_PALETTE[classOf(value, breaks)] as string);

  const mapWidth = width - (options.legendWidth ?? LEGEND_WIDTH);
  const projection = geoMercator().fitExtent(
    [
      [8, 8],
      [mapWidth - 8, height - 8],
    ],
    features as FeatureCollection,
  );
  const path = geoPath(projection).digits(1);

  const pathOf = (a: Area, fill: string, stroke: string, strokeWidth: number): string => {
    if (!a.feature.geometry) return '';
    const d = path(a.feature as Feature);
    if (!d) return '';
    const label = `${a.name}: ${a.value === null ? labels.unknown : withUnit(a.value)}`;
    return (
      `<path d="${d}" fill="${fill}" stroke="${stroke}" stroke-width="${strokeWidth}" data-code="${escapeXml(a.code)}">` +
      `<title>${escapeXml(label)}</title></path>`
    );
  };
  const areaPaths = filled.map((a) =>
    pathOf(a, a.value === null ? `url(#${id}-hatch)` : colourOf(a.value), '#ffffff', 0.75),
  );
  const outlinePaths = outlines.map((a) => pathOf(a, 'none', '#1a1a1a', 1.5));

  const legendItems: string[] = [];
  const swatch = (row: number, fill: string, text: string): string => {
    const y = 40 + row * 26;
    return (
      `<g class="legend-item"><rect x="${mapWidth + 12}" y="${y}" width="22" height="16" fill="${fill}" stroke="#767676" stroke-width="0.5"/>` +
      `<text x="${mapWidth + 42}" y="${y + 12}">${escapeXml(text)}</text></g>`
    );
  };
  for (let i = 0; i < classCount; i++) {
    const from = breaks[i] ?? 0;
    const to = breaks[i + 1] ?? from;
    legendItems.push(
      swatch(
        i,
        classCount === 1 ? (CHOROPLETH_PALETTE[2] as string) : (CHOROPLETH_PALETTE[i] as string),
        `${withUnit(from)} – ${withUnit(to)}`,
      ),
    );
  }
  legendItems.push(swatch(classCount, `url(#${id}-hatch)`, labels.unknown));

  const sorted = [...known].sort((a, b) => b.value - a.value);
  const highest = sorted[0];
  const lowest = sorted[sorted.length - 1];
  const unknownCount = filled.length - known.length;
  const description = [
    `${labels.map}: ${options.title} (${options.unit}), ${filled.length} ${labels.areas}.`,
    highest && lowest
      ? `${labels.highest}: ${highest.name} (${withUnit(highest.value)}); ${labels.lowest}: ${lowest.name} (${withUnit(lowest.value)}).`
      : '',
    unknownCount > 0
      ? `${labels.withoutValue}: ${unknownCount} ${labels.of} ${filled.length} ${labels.areas}.`
      : '',
  ]
    .filter(Boolean)
    .join(' ');

  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="${id}-title" aria-describedby="${id}-desc" font-family="sans-serif" font-size="13">`,
    `<title id="${id}-title">${escapeXml(options.title)}</title>`,
    `<desc id="${id}-desc">${escapeXml(description)}</desc>`,
    `<defs><pattern id="${id}-hatch" patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)">` +
      `<rect width="6" height="6" fill="#ffffff"/><line x1="0" y1="0" x2="0" y2="6" stroke="#767676" stroke-width="2"/></pattern></defs>`,
    `<g class="areas">${areaPaths.join('')}</g>`,
    outlinePaths.length > 0 ? `<g class="outlines">${outlinePaths.join('')}</g>` : '',
    `<g class="legend"><text x="${mapWidth + 12}" y="26" font-weight="bold">${escapeXml(`${labels.legend} (${options.unit})`)}</text>${legendItems.join('')}</g>`,
    `</svg>`,
  ]
    .filter(Boolean)
    .join('\n');
}
