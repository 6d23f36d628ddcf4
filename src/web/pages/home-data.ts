/** @module Gathers what the start page shows: the three core indicators per year for the gemeente and its wijken, as published values (disclosure control for the public role). */
import { findIndicator } from '../../catalogue/standard-catalogue.ts';
import type { SqlStore } from '../../store/sql-store.ts';
import { renderTrendChart } from '../../views/indicator-trend-chart.ts';
import type { IndicatorView, PublishedCell } from '../../views/indicator-view-model.ts';
import type { HomePageProps } from './home-page.tsx';

export const HOME_INDICATORS = ['youth.clients', 'support.clients', 'participation.benefits.stock'] as const;

const UNIT_LABELS: Record<string, string> = { persons: 'personen', households: 'huishoudens', euro: 'euro' };

export async function loadHomePage(store: SqlStore): Promise<HomePageProps> {
  const meta = await store.all<{ key: string; value: string }>('SELECT key, value FROM meta');
  const gemeenteCode = meta.find((m) => m.key === 'gemeente')?.value ?? '';
  const deliveryDate = meta.find((m) => m.key === 'delivery_date')?.value ?? null;
  const areas = await store.all<{ code: string; name: string }>(
    "SELECT code, name FROM area WHERE code = ? OR (level = 'wijk' AND parent = ?) ORDER BY level = 'wijk', code",
    [gemeenteCode, gemeenteCode],
  );
  const gemeenteName = areas.find((a) => a.code === gemeenteCode)?.name ?? gemeenteCode;
  const cards: HomePageProps['cards'][number][] = [];
  for (const id of HOME_INDICATORS) {
    const definition = findIndicator(id);
    if (!definition) continue;
    const rows = await store.all<{
      period: string;
      area: string;
      value: number | null;
      numerator: number | null;
      status: string;
    }>(
      `SELECT period, area, value, numerator, status FROM indicator_value
       WHERE indicator = ? AND breakdown_key = '' AND length(period) = 4 ORDER BY period`,
      [id],
    );
    if (rows.length === 0) continue;
    const cells: PublishedCell[] = publishCounts(rows);
    const view: IndicatorView = {
      id,
      name: definition.nameNl,
      definition: definition.definitionNl,
      unit: UNIT_LABELS[definition.unit] ?? definition.unit,
      areas,
      periods: [...new Set(rows.map((r) => r.period))],
      cells,
    };
    const gemeente = areas[0] ?? { code: gemeenteCode, name: gemeenteName };
    cards.push({ view, chartSvg: await renderTrendChart(view, gemeente) });
  }
  return { gemeente: { code: gemeenteCode, name: gemeenteName }, deliveryDate, cards };
}

// TEMPORARY until src/domain/disclosure-control.ts lands: CBS count rule (0–7 secret, else round to 5).
function publishCounts(
  rows: ReadonlyArray<{ period: string; area: string; value: number | null; status: string }>,
): PublishedCell[] {
  return rows.map((r) => {
    const hidden = r.value === null || r.value <= 7;
    return {
      period: r.period,
      area: r.area,
      value: hidden ? null : Math.round(r.value! / 5) * 5,
      symbol: hidden ? '.' : null,
      status: r.status === 'final' ? 'final' : 'provisional',
    };
  });
}
