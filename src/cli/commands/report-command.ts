/** @module `msd report` and `msd snapshots list`: the council report for a P&C moment as self-contained HTML or PDF (snapshot stored under its hash), regenerated later from a snapshot, and the list of snapshots. */
import { auditCli } from '../cli-audit.ts';
import { createApp } from '../../app.ts';
import { loadCatalogue } from '../../catalogue/local-catalogue.ts';
import { CliError, isReportError } from '../../errors.ts';
import { isReportMoment, REPORT_MOMENTS } from '../../report/report-snapshot.ts';
import { makeReport, regenerateReport, type ReportFormat } from '../../report/report-service.ts';
import { listSnapshots } from '../../store/report-snapshot-store.ts';
import { formatNumber, t } from '../../views/messages.ts';
import { columnHeader } from '../../views/table-labels.ts';
import { writeFileAtomic } from '../atomic-file-writer.ts';
import { formatTable, type CliIo } from '../cli-output.ts';
import { momentName } from '../../report/report-context.ts';

export interface ReportOptions {
  data: string;
  moment?: string;
  period?: string;
  area?: string;
  snapshot?: string;
  format: ReportFormat;
  out: string;
  chromium?: string;
}

const size = (bytes: number): string =>
  bytes >= 1024 * 1024
    ? `${formatNumber(bytes / 1024 / 1024)} MB`
    : `${formatNumber(Math.ceil(bytes / 1024))} kB`;

export async function runReport(options: ReportOptions, io: CliIo): Promise<void> {
  if (options.snapshot === undefined) {
    if (options.moment === undefined || options.period === undefined)
      throw new CliError(t('reportNeedsPeriodOrSnapshot'), 2);
    if (!isReportMoment(options.moment))
      throw new CliError(
        t('reportUnknownMoment', { moment: options.moment, moments: REPORT_MOMENTS.join(', ') }),
        2,
      );
  }
  const app = await createApp({ dataDir: options.data });
  try {
    const chromium = options.chromium !== undefined ? { chromium: options.chromium } : {};
    const made =
      options.snapshot !== undefined
        ? await regenerateReport(app.store, { hash: options.snapshot, format: options.format, ...chromium })
        : await makeReport(app.store, {
            moment: options.moment as (typeof REPORT_MOMENTS)[number],
            period: options.period as string,
            ...(options.area !== undefined ? { area: options.area } : {}),
            catalogue: await loadCatalogue(app.store),
            now: new Date(),
            format: options.format,
            ...chromium,
          });
    // Written whole or not at all: a failure (no Chromium, a full disk) leaves no partial file.
    await writeFileAtomic(options.out, made.bytes);
    await auditCli(
      app.store,
      'report',
      `${made.snapshot.moment} ${made.snapshot.period} ${made.hash} → ${options.out}`,
    );
    io.out(
      t('reportWritten', {
        moment: momentName(made.snapshot.moment),
        period: made.snapshot.period,
        area: made.snapshot.area.name,
        file: options.out,
        format: options.format.toUpperCase(),
        size: size(made.bytes.length),
        hash: made.hash,
        isNew:
          options.snapshot !== undefined ? '' : t(made.stored ? 'reportSnapshotNew' : 'reportSnapshotKept'),
      }),
    );
  } catch (error) {
    if (isReportError(error)) throw new CliError(error.message, 1);
    throw error;
  } finally {
    app.close();
  }
}

export async function runSnapshotsList(options: { data: string; format: 'table' | 'json' }, io: CliIo) {
  const app = await createApp({ dataDir: options.data, readOnly: true });
  try {
    const rows = await listSnapshots(app.store);
    if (options.format === 'json') {
      io.out(JSON.stringify(rows, null, 2));
      return;
    }
    if (rows.length === 0) {
      io.out(t('snapshotsNone'));
      return;
    }
    io.out(
      formatTable(
        rows.map((r) => ({ ...r, moment: momentName(r.moment as (typeof REPORT_MOMENTS)[number]) })),
        ['hash', 'moment', 'period', 'area', 'createdAt'],
        [
          'hash',
          t('snapshotsMoment'),
          columnHeader('period'),
          columnHeader('areaCode'),
          t('snapshotsCreatedAt'),
        ],
      ),
    );
  } finally {
    app.close();
  }
}
