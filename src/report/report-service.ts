/** @module Makes a report: a new one (assemble → snapshot stored under its hash → HTML/PDF) or one regenerated from a stored snapshot. */
import type { IndicatorDefinition } from '../domain/indicator-definition.ts';
import { ReportError } from '../errors.ts';
import { findSnapshots, saveSnapshot } from '../store/report-snapshot-store.ts';
import type { SqlStore } from '../store/sql-store.ts';
import { t } from '../views/messages.ts';
import { assembleReport } from './report-assembly.ts';
import { momentName } from './report-context.ts';
import { renderReportHtml, runningHeader } from './report-html.tsx';
import { renderPdf } from './pdf-writer.ts';
import {
  canonicalJson,
  SNAPSHOT_FORMAT,
  snapshotHash,
  type ReportMoment,
  type ReportSnapshot,
} from './report-snapshot.ts';

export type ReportFormat = 'html' | 'pdf';

export interface MadeReport {
  snapshot: ReportSnapshot;
  hash: string;
  /** False when the same snapshot was stored before (same figures, same generation moment). */
  stored: boolean;
  bytes: Uint8Array;
}

async function output(snapshot: ReportSnapshot, hash: string, format: ReportFormat, chromium?: string) {
  const html = await renderReportHtml(snapshot, hash);
  if (format === 'html') return new TextEncoder().encode(html);
  return renderPdf(html, {
    header: runningHeader(snapshot, momentName(snapshot.moment)),
    ...(chromium !== undefined ? { chromium } : {}),
  });
}

/** A new report: the snapshot is stored only after the output was made, so a failed PDF stores nothing either. */
export async function makeReport(
  store: SqlStore,
  request: {
    moment: ReportMoment;
    period: string;
    area?: string;
    catalogue: readonly IndicatorDefinition[];
    now: Date;
    format: ReportFormat;
    chromium?: string;
  },
): Promise<MadeReport> {
  const content = canonicalJson(await assembleReport(store, request));
  const hash = snapshotHash(content);
  // Rendered from the stored text, exactly as a later regeneration reads it: the same bytes now and then.
  const snapshot = JSON.parse(content) as ReportSnapshot;
  const bytes = await output(snapshot, hash, request.format, request.chromium);
  const stored = await saveSnapshot(store, {
    hash,
    moment: snapshot.moment,
    period: snapshot.period,
    area: snapshot.area.code,
    createdAt: snapshot.generatedAt,
    content,
  });
  return { snapshot, hash, stored, bytes };
}

/** A report regenerated from a stored snapshot (by full hash or a unique prefix): the store's current figures are not read. */
export async function regenerateReport(
  store: SqlStore,
  request: { hash: string; format: ReportFormat; chromium?: string },
): Promise<MadeReport> {
  const found = request.hash.length >= 8 ? await findSnapshots(store, request.hash) : [];
  if (found.length === 0) throw new ReportError(t('reportUnknownSnapshot', { hash: request.hash }));
  if (found.length > 1) throw new ReportError(t('reportAmbiguousSnapshot', { hash: request.hash }));
  const row = found[0]!;
  const snapshot = JSON.parse(row.content) as ReportSnapshot;
  if (snapshot.format !== SNAPSHOT_FORMAT)
    throw new ReportError(
      t('reportSnapshotFormat', { hash: row.hash, format: snapshot.format, known: SNAPSHOT_FORMAT }),
    );
  // The content is stored canonically, so its hash is the row's hash: a tampered row would show another hash.
  const hash = snapshotHash(row.content);
  return {
    snapshot,
    hash,
    stored: false,
    bytes: await output(snapshot, hash, request.format, request.chromium),
  };
}
