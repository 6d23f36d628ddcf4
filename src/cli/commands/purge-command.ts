/** @module `msd purge --older-than <n>y|<n>m [--dry-run]`: removes record-level data older than the retention limit (or, as a dry run, counts it), prints per table how many rows, and records the purge in the audit trail. */
import { cliActor } from '../../access/audit-log.ts';
import { systemClock, type Clock } from '../../access/clock.ts';
import { createApp } from '../../app.ts';
import { parseRetentionSpan } from '../../domain/retention-rule.ts';
import { finishPendingRecompute } from '../../engine/run/pending-recompute.ts';
import { CliError, isRetentionError } from '../../errors.ts';
import { purgeRecords } from '../../retention/purge-service.ts';
import {
  invalidSpan,
  NOTHING_PURGED,
  PURGE_HEADERS,
  PURGE_KEEPS,
  PURGED_TABLE_LABELS,
  purgeSummary,
} from '../../retention/retention-reasons.ts';
import { formatNumber } from '../../views/messages.ts';
import { auditCli } from '../cli-audit.ts';
import { formatTable, type CliIo } from '../cli-output.ts';

export interface PurgeCommandOptions {
  readonly data: string;
  readonly olderThan: string;
  readonly dryRun?: boolean;
}

/**
 * Runs the purge. Figures an interrupted ingest left pending are computed first, so the periods the purge freezes
 * hold figures from all of their records. A cut-off before the one in force is refused (exit 1); a span that is no
 * span too (exit 2). `clock` gives today (tests fix it).
 */
export async function runPurge(
  options: PurgeCommandOptions,
  io: CliIo,
  clock: Clock = systemClock,
): Promise<void> {
  const span = parseRetentionSpan(options.olderThan);
  if (span === undefined) throw new CliError(invalidSpan(options.olderThan), 2);
  const dryRun = options.dryRun === true;
  const app = await createApp({ dataDir: options.data });
  try {
    if (!dryRun) await finishPendingRecompute(app.store);
    const outcome = await purgeRecords(app.store, {
      span,
      clock,
      by: cliActor().actor,
      dryRun,
      record: (rule, counts) =>
        auditCli(
          app.store,
          'purge',
          `grens ${rule.cutoff}: ${counts.map((c) => `${c.table} ${c.rows}`).join(', ')}`,
        ),
    }).catch((error: unknown) => {
      throw isRetentionError(error) ? new CliError(error.message, 1) : error;
    });
    const total = outcome.counts.reduce((sum, c) => sum + c.rows, 0);
    io.out(purgeSummary(outcome.rule.cutoff, total, outcome.dryRun));
    io.out(
      formatTable(
        outcome.counts.map((c) => ({ table: PURGED_TABLE_LABELS[c.table], rows: formatNumber(c.rows) })),
        ['table', 'rows'],
        [PURGE_HEADERS.table, PURGE_HEADERS.rows],
      ),
    );
    if (total === 0) io.out(NOTHING_PURGED);
    io.out(PURGE_KEEPS);
  } finally {
    app.close();
  }
}
