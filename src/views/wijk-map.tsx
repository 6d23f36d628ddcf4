/** @module The wijk map of one indicator for one period: the choropleth SVG with, as its text alternative, the same figures as a table. */
import type { FeatureCollection, Geometry } from 'geojson';
import type { JSX } from 'preact';
import { CHOROPLETH_LABELS_NL, renderChoroplethSvg } from './choropleth-map.ts';
import { publishedText } from './breakdown-table.tsx';
import { cellKey, indexCells, type IndicatorView } from './indicator-view-model.ts';
import { t, type Locale } from './messages.ts';

export interface WijkMapProps {
  view: IndicatorView;
  period: string;
  /** The gemeente with its wijken (`gemeenteBoundaries()`): wijken are coloured, the gemeente outlined. */
  boundaries: FeatureCollection<Geometry | null>;
  locale?: Locale;
  /** Prefix of the SVG's element ids; give each map on one page its own (default from indicator and period). */
  idPrefix?: string;
}

/** The map's SVG: hidden values (secret, '.') are hatched, never drawn as a colour. */
export function renderWijkMapSvg(props: WijkMapProps): string {
  const cells = indexCells(props.view.cells);
  const values = new Map<string, number | null>(
    props.view.areas.map((area) => [area.code, cells.get(cellKey(props.period, area.code))?.value ?? null]),
  );
  return renderChoroplethSvg(props.boundaries, values, {
    title: t('mapCaption', { name: props.view.name, period: props.period }, props.locale ?? 'nl'),
    unit: props.view.unit,
    width: 640,
    height: 380,
    // The legend names each class with its unit ("161,8 per 10.000 – 185,9 per 10.000"): room for that text.
    legendWidth: 280,
    idPrefix: props.idPrefix ?? `map-${props.view.id.replaceAll('.', '-')}-${props.period}`,
    labels: CHOROPLETH_LABELS_NL,
  });
}

/** The map and its table; only the wijken (areas in the boundaries with level wijk) are listed. */
export function WijkMap(props: WijkMapProps): JSX.Element {
  const { view, period, locale = 'nl' } = props;
  const cells = indexCells(view.cells);
  const wijken = new Set(
    props.boundaries.features
      .filter((f) => f.properties?.['level'] === 'wijk')
      .map((f) => String(f.properties?.['code'] ?? '')),
  );
  const rows = view.areas.filter((area) => wijken.has(area.code));
  const caption = t('mapTableCaption', { name: view.name, period }, locale);
  return (
    <div class="msd-map msd-keep">
      <figure
        class="utrecht-figure msd-chart"
        dangerouslySetInnerHTML={{ __html: renderWijkMapSvg(props) }}
      />
      <div class="msd-table-scroll" tabIndex={0} role="region" aria-label={caption}>
        <table class="utrecht-table utrecht-table--html-table">
          <caption class="utrecht-table__caption">{caption}</caption>
          <thead class="utrecht-table__header">
            <tr class="utrecht-table__row">
              <th scope="col" class="utrecht-table__header-cell">
                {t('area', {}, locale)}
              </th>
              <th scope="col" class="utrecht-table__header-cell utrecht-table__header-cell--numeric">
                {view.unit}
              </th>
            </tr>
          </thead>
          <tbody class="utrecht-table__body">
            {rows.map((area) => {
              const cell = cells.get(cellKey(period, area.code));
              return (
                <tr class="utrecht-table__row">
                  <th scope="row" class="utrecht-table__header-cell">
                    {area.name}
                  </th>
                  <td class="utrecht-table__cell utrecht-table__cell--numeric">
                    {cell ? publishedText(cell.value, cell.symbol, cell.status, locale) : '.'}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </div>
  );
}
