/** @module The frozen content of a council report (everything it shows, published values only) and its content hash: sha256 of a canonical JSON. */
import { createHash } from 'node:crypto';
import type { FeatureCollection, Geometry } from 'geojson';
import type { DeliveryDates } from '../domain/delivery-sources.ts';
import type { PeriodValue } from '../domain/goal-tree.ts';
import type { IndicatorDomain } from '../domain/indicator-definition.ts';
import type { ValueStatus } from '../domain/indicator-status.ts';
import type { OutlookData, SeriesForecastView } from '../engine/outlook-read-service.ts';
import type { SocialReturnResult } from '../social-return/social-return-result.ts';
import type { SteeringNode } from '../steering/steering-status.ts';

/** The P&C moments a report is made for (planning-en-controlcyclus). */
export const REPORT_MOMENTS = ['jaarrekening', 'voorjaarsnota', 'najaarsnota', 'halfjaar'] as const;
export type ReportMoment = (typeof REPORT_MOMENTS)[number];
export const isReportMoment = (text: string): text is ReportMoment =>
  (REPORT_MOMENTS as readonly string[]).includes(text);

/** Bumped when the shape changes; a renderer refuses a snapshot format it does not know. */
export const SNAPSHOT_FORMAT = 1;

export interface ReportCell {
  readonly period: string;
  readonly area: string;
  /** The published value (disclosure control for the public: a report is a publication); null when hidden. */
  readonly value: number | null;
  readonly symbol: string | null;
  readonly status: ValueStatus;
}

export interface ReportBreakdown {
  readonly key: string;
  readonly label: string;
  readonly rows: ReadonlyArray<{
    readonly label: string;
    readonly value: number | null;
    readonly symbol: string | null;
    readonly status: ValueStatus;
  }>;
}

export interface ReportIndicator {
  readonly id: string;
  readonly name: string;
  readonly definition: string;
  readonly domain: IndicatorDomain | 'imported';
  /** The unit as the reader sees it (personen, euro, procent …). */
  readonly unit: string;
  readonly source: string;
  /** Up to when its data are delivered (labels a running period); null when unknown. */
  readonly dataUntil: string | null;
  /** Periods of the report's kind up to the report period, oldest first (the trend). */
  readonly periods: readonly string[];
  /** Totals for the gemeente and its wijken (and the report area) in those periods. */
  readonly cells: readonly ReportCell[];
  /** The report period and area split by each breakdown the indicator has. */
  readonly breakdowns: readonly ReportBreakdown[];
}

export interface ReportTree {
  readonly version: number;
  readonly title: string;
  readonly rollupRule: string;
  readonly root: SteeringNode;
  /** Per indicator node: all its targets and the tolerance (for the target band in the trend chart). */
  readonly targets: Readonly<
    Record<string, { readonly targets: readonly PeriodValue[]; readonly tolerancePercent: number }>
  >;
}

export interface ReportSnapshot {
  readonly format: number;
  /** The product version that generated it (the HTML's layout belongs to the code; the figures to the snapshot). */
  readonly productVersion: string;
  readonly moment: ReportMoment;
  readonly period: string;
  /** ISO date-time of the generation: the report's date, printed on the cover. */
  readonly generatedAt: string;
  readonly gemeente: { readonly code: string; readonly name: string };
  readonly area: { readonly code: string; readonly name: string };
  /** The gemeente first, then its wijken. */
  readonly areas: ReadonlyArray<{ readonly code: string; readonly name: string }>;
  readonly boundaries: FeatureCollection<Geometry | null>;
  readonly deliveryDate: string | null;
  readonly deliveryDates: DeliveryDates;
  /** Null when no goal tree was loaded (the report then has no goal chapters, and says so). */
  readonly tree: ReportTree | null;
  /** Every indicator the report shows, sorted by id. */
  readonly indicators: readonly ReportIndicator[];
  /** The stored social-return analyses' results (case analyses and programmes, by name); absent in older snapshots. */
  readonly socialReturn?: readonly SocialReturnResult[];
  /** Year-end projection, forecast, signals, funnel and track record as /prognose shows them; absent in older snapshots. */
  readonly outlook?: OutlookData;
  /** Per card indicator: its forecast with 80 % and 95 % bands for the report's area and period kind; absent in older snapshots and when no card has one. */
  readonly forecasts?: Readonly<Record<string, SeriesForecastView>>;
}

/** JSON with object keys sorted at every level and no whitespace: the same content always gives the same text. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v === null || typeof v !== 'object' || Array.isArray(v)) return v;
    const sorted: Record<string, unknown> = {};
    for (const key of Object.keys(v).sort()) sorted[key] = (v as Record<string, unknown>)[key];
    return sorted;
  });
}

/** The snapshot's hash: sha256 (hex) of its canonical JSON. */
export function snapshotHash(canonical: string): string {
  return createHash('sha256').update(canonical, 'utf8').digest('hex');
}
