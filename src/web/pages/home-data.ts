/** @module Gathers what the start page shows: the three core indicators per year for the gemeente and its wijken, as published values (disclosure control for the public role), and the outlook summary. */
import { findIndicator } from '../../catalogue/standard-catalogue.ts';
import { isValueStatus } from '../../domain/indicator-status.ts';
import { indicatorDataUntil } from '../../engine/compile/indicator-delivery.ts';
import { formatIndicatorValues, queryIndicatorValues } from '../../engine/indicator-query.ts';
import { readDeliveryDates } from '../../ingest/delivery-date.ts';
import type { SqlStore } from '../../store/sql-store.ts';
import { renderTrendChart } from '../../views/indicator-trend-chart.ts';
import type { IndicatorView, PublishedCell } from '../../views/indicator-view-model.ts';
import type { HomePageProps } from './home-page.tsx';
import { loadHomeOutlook } from './home-outlook-data.ts';

export const HOME_INDICATORS = ['youth.clients', 'support.clients', 'participation.benefits.stock'] as const;

const isYear = (period: string): boolean => /^\d{4}$/.test(period);

const UNIT_LABELS: Record<string, string> = { persons: 'personen', households: 'huishoudens', euro: 'euro' };

export async function loadHomePage(store: SqlStore): Promise<HomePageProps> {
  const meta = await store.all<{ key: string; value: string }>('SELECT key, value FROM meta');
  const gemeenteCode = meta.find((m) => m.key === 'gemeente')?.value ?? '';
  const deliveryDate = meta.find((m) => m.key === 'delivery_date')?.value ?? null;
  const deliveryDates = await readDeliveryDates(store);
  const areas = await store.all<{ code: string; name: string }>(
    "SELECT code, name FROM area WHERE code = ? OR (level = 'wijk' AND parent = ?) ORDER BY level = 'wijk', code",
    [gemeenteCode, gemeenteCode],
  );
  const gemeenteName = areas.find((a) => a.code === gemeenteCode)?.name ?? gemeenteCode;
  const cards: HomePageProps['cards'][number][] = [];
  for (const id of HOME_INDICATORS) {
    const definition = findIndicator(id);
    if (!definition) continue;
    // Totals per year; the public page is published output, so the viewer role's disclosure control applies.
    const rows = (await queryIndicatorValues(store, { indicator: id, breakdown: '' })).filter((r) =>
      isYear(r.period),
    );
    if (rows.length === 0) continue;
    const cells: PublishedCell[] = formatIndicatorValues(rows, { role: 'viewer', insideApp: false }).map(
      (v) => ({
        period: v.period,
        area: v.area,
        value: v.value,
        symbol: v.symbol === '' ? null : v.symbol,
        // An unknown status (an imported figure's own word) is shown as provisional, never as final.
        status: isValueStatus(v.status) ? v.status : 'provisional',
      }),
    );
    const view: IndicatorView = {
      id,
      name: definition.nameNl,
      definition: definition.definitionNl,
      unit: UNIT_LABELS[definition.unit] ?? definition.unit,
      areas,
      periods: [...new Set(rows.map((r) => r.period))],
      cells,
      dataUntil: indicatorDataUntil(id, deliveryDates, deliveryDate ?? undefined) ?? null,
    };
    const gemeente = areas[0] ?? { code: gemeenteCode, name: gemeenteName };
    cards.push({ view, chartSvg: await renderTrendChart(view, gemeente) });
  }
  // The outlook needs computed figures; before the first compute the page shows only its notice.
  const outlook = cards.length === 0 ? undefined : await loadHomeOutlook(store, gemeenteCode);
  return {
    gemeente: { code: gemeenteCode, name: gemeenteName },
    deliveryDate,
    deliveryDates,
    cards,
    ...(outlook ? { outlook } : {}),
  };
}
