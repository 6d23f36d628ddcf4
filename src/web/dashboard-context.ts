/** @module What every dashboard page needs besides values, read once per data version: the catalogue (standard, local, imported-only ids), the deployment's areas (gemeente, wijken, custom areas) and the delivery dates per source. */
import { loadCatalogue } from '../catalogue/local-catalogue.ts';
import { STANDARD_CATALOGUE } from '../catalogue/standard-catalogue.ts';
import type { DeliveryDates } from '../domain/delivery-sources.ts';
import type { IndicatorDefinition } from '../domain/indicator-definition.ts';
import { readDeliveryDates } from '../ingest/delivery-date.ts';
import type { SqlStore } from '../store/sql-store.ts';

export interface DashboardArea {
  readonly code: string;
  readonly name: string;
  /** gemeente | wijk | custom */
  readonly level: string;
}

/** One indicator the dashboard can show: a catalogue definition, or figures imported without one. */
export interface DashboardIndicator {
  readonly id: string;
  readonly name: string;
  readonly definition: IndicatorDefinition | undefined;
  /** computed = standard catalogue, local = own definition, imported = figures read in. */
  readonly origin: 'computed' | 'local' | 'imported';
}

export interface DashboardContext {
  readonly gemeente: DashboardArea;
  /** Gemeente first, then its wijken, then custom areas (each by code). */
  readonly areas: readonly DashboardArea[];
  readonly catalogue: readonly IndicatorDefinition[];
  readonly indicators: readonly DashboardIndicator[];
  readonly deliveryDate: string | null;
  readonly deliveryDates: DeliveryDates;
}

const STANDARD_IDS = new Set(STANDARD_CATALOGUE.map((d) => d.id));
const LEVEL_ORDER: Record<string, number> = { gemeente: 0, wijk: 1, custom: 2 };

export async function loadDashboardContext(store: SqlStore): Promise<DashboardContext> {
  const catalogue = await loadCatalogue(store);
  const meta = await store.all<{ key: string; value: string }>('SELECT key, value FROM meta');
  const gemeenteCode = meta.find((m) => m.key === 'gemeente')?.value ?? '';
  const rows = await store.all<{ code: string; name: string; level: string }>(
    `SELECT code, name, level FROM area
     WHERE code = ? OR (level = 'wijk' AND parent = ?) OR level NOT IN ('gemeente', 'wijk', 'buurt')
     ORDER BY code`,
    [gemeenteCode, gemeenteCode],
  );
  const areas = rows
    .map((r) => ({
      code: r.code,
      name: r.name,
      level: r.level === 'gemeente' || r.level === 'wijk' ? r.level : 'custom',
    }))
    .sort(
      (a, b) => (LEVEL_ORDER[a.level] ?? 3) - (LEVEL_ORDER[b.level] ?? 3) || a.code.localeCompare(b.code),
    );
  const gemeente = areas.find((a) => a.code === gemeenteCode) ?? {
    code: gemeenteCode,
    name: gemeenteCode,
    level: 'gemeente',
  };
  const imported = await store.all<{ indicator: string }>(
    'SELECT DISTINCT indicator FROM indicator_value ORDER BY indicator',
  );
  const defined = new Set(catalogue.map((d) => d.id));
  const indicators: DashboardIndicator[] = [
    ...catalogue.map((d) => ({
      id: d.id,
      name: d.nameNl,
      definition: d,
      origin:
        d.measure.kind === 'imported'
          ? ('imported' as const)
          : STANDARD_IDS.has(d.id)
            ? ('computed' as const)
            : ('local' as const),
    })),
    ...imported
      .filter((r) => !defined.has(r.indicator))
      .map((r) => ({
        id: r.indicator,
        name: r.indicator,
        definition: undefined,
        origin: 'imported' as const,
      })),
  ];
  return {
    gemeente,
    areas,
    catalogue,
    indicators,
    deliveryDate: meta.find((m) => m.key === 'delivery_date')?.value ?? null,
    deliveryDates: await readDeliveryDates(store),
  };
}
