/**
 * @module Browser uploads as background jobs of the server: each job ingests its received files through the same
 * function as `msd ingest` (ingest-run.ts), in the server's write queue (after handed-over CLI commands, never
 * interleaved), audits the ingest and the upload, and removes its temporary folder whatever happens. Jobs are kept
 * in memory for their status page (the batches themselves are in the store; after a restart `/data` shows them).
 */
import { rm } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import { audit } from '../access/audit-log.ts';
import type { Clock } from '../access/clock.ts';
import type { App } from '../app.ts';
import { ingestAndRecompute } from '../engine/run/ingest-run.ts';
import type { FileResult } from '../ingest/batch.ts';
import { listQuarantineOfBatches, type QuarantineRow } from '../ingest/batch-report.ts';
import type { MappingProfile } from '../ingest/csv/mapping-profile.ts';
import { isIngestError, isStoreError } from '../errors.ts';
import { formatNumber, t } from '../views/messages.ts';
import type { ReceivedFile } from './upload-receiver.ts';
import type { WriteQueue } from './write-queue.ts';

export const UPLOAD_STAGES = ['ontvangen', 'inlezen', 'herberekenen', 'klaar', 'mislukt'] as const;
export type UploadStage = (typeof UPLOAD_STAGES)[number];

/** One file's outcome as the status page shows it (the file's own name, never the temporary path). */
export interface UploadFileOutcome {
  readonly name: string;
  readonly bytes: number;
  readonly result?: FileResult;
}

export interface UploadJob {
  readonly id: string;
  /** The uploading account: only it (and an admin) may see the job. */
  readonly owner: string;
  readonly files: readonly ReceivedFile[];
  stage: UploadStage;
  outcomes: UploadFileOutcome[];
  quarantine: QuarantineRow[];
  /** The recompute's Dutch summary (periods, values, seconds) once done. */
  recomputed?: string;
  /** Why the run failed (stage `mislukt`), in Dutch. */
  error?: string;
}

/** Finished jobs kept for their status page; the oldest goes first. */
const KEPT_JOBS = 200;

export interface UploadJobDeps {
  /** The server's open data folder: its writing store, pseudonymiser and gemeente (as `msd ingest` uses them). */
  readonly app: App;
  readonly writes: WriteQueue;
  readonly clock?: Clock;
}

/**
 * Removes what an earlier server process left in `<data>/uploads/` (stopped or killed mid-ingest): one process
 * serves a data folder, so nothing there belongs to a running job when a server starts. Their batches, if any,
 * were stored whole or not at all (batch.ts).
 */
export async function clearLeftoverUploads(uploadsDir: string): Promise<void> {
  await rm(uploadsDir, { recursive: true, force: true });
}

/** A new job id: 16 random hex characters (the temporary folder's name too). */
export const newUploadId = (): string => randomBytes(8).toString('hex');

/** The audit object of an upload: each file with its size and result counts (names and numbers only). */
export function uploadAuditObject(job: UploadJob): string {
  const files = job.outcomes.map((o) => {
    const r = o.result;
    const counts = r
      ? `${r.status}, gelezen ${r.counts.read}, opgeslagen ${r.counts.stored}, quarantaine ${r.counts.quarantined}`
      : 'niet ingelezen';
    return `${o.name} (${o.bytes} bytes; ${counts})`;
  });
  return `upload ${job.id}: ${files.join('; ')}`;
}

/** The failure of a run in Dutch: our own errors say why; anything else only its kind (its text may quote data). */
function failureText(error: unknown): string {
  if (isIngestError(error) || isStoreError(error)) return error.message;
  return t('uploadUnexpected', { kind: error instanceof Error ? error.constructor.name : typeof error });
}

export class UploadJobs {
  private readonly jobs = new Map<string, UploadJob>();

  constructor(private readonly deps: UploadJobDeps) {}

  /** Removes a received upload that will not be ingested (its form was refused after the files arrived). */
  async discard(dir: string): Promise<void> {
    await rm(dir, { recursive: true, force: true });
  }

  get(id: string): UploadJob | undefined {
    return this.jobs.get(id);
  }

  /**
   * Registers the job for files received into `dir` and starts it in the background; resolves when it has ended
   * (tests wait for that; the route does not). `origin`: the uploader's address, for the audit trail.
   */
  start(
    job: { id: string; owner: string; files: readonly ReceivedFile[] },
    dir: string,
    origin: string,
    profile: MappingProfile | undefined,
  ): { job: UploadJob; done: Promise<void> } {
    const entry: UploadJob = {
      ...job,
      stage: 'ontvangen',
      outcomes: job.files.map((f) => ({ name: f.name, bytes: f.bytes })),
      quarantine: [],
    };
    this.jobs.set(entry.id, entry);
    for (const old of [...this.jobs.keys()].slice(0, Math.max(0, this.jobs.size - KEPT_JOBS)))
      this.jobs.delete(old);
    // Ingest and both audit entries run in the write queue: they use the writing connection, which a handed-over
    // command may otherwise hold in an open transaction.
    const done = this.deps.writes
      .run(async () => {
        try {
          await this.ingest(entry, dir, origin, profile);
        } catch (error) {
          entry.stage = 'mislukt';
          entry.error = failureText(error);
        }
        await this.auditUpload(entry, origin);
      })
      .catch((error: unknown) => {
        entry.stage = 'mislukt';
        entry.error = failureText(error);
      })
      .finally(() => rm(dir, { recursive: true, force: true }));
    return { job: entry, done };
  }

  private async ingest(
    job: UploadJob,
    dir: string,
    origin: string,
    profile: MappingProfile | undefined,
  ): Promise<void> {
    const { app, clock } = this.deps;
    job.stage = 'inlezen';
    const actor = `user:${job.owner}`;
    const run = await ingestAndRecompute(
      job.files.map((f) => f.path),
      {
        store: app.store,
        pseudonymiser: await app.pseudonymiser(),
        gemeente: await app.gemeente(),
        by: actor,
        ...(profile ? { profiles: [profile] } : {}),
      },
      {
        audit: (object) => audit(app.store, { actor, action: 'ingest', object, origin }, clock),
        ingested: (results) => {
          job.outcomes = job.files.map((f) => {
            const result = results.find((r) => r.file === f.path);
            return {
              name: f.name,
              bytes: f.bytes,
              ...(result ? { result: withoutFolder(result, dir) } : {}),
            };
          });
          job.stage = 'herberekenen';
        },
      },
    );
    const batches = run.results.flatMap((r) =>
      r.batch === null || r.status === 'duplicate' ? [] : [r.batch],
    );
    job.quarantine = await listQuarantineOfBatches(app.store, batches);
    if (run.recompute)
      job.recomputed = t('uploadRecomputed', {
        rows: formatNumber(run.recompute.rows),
        indicators: formatNumber(run.recompute.indicators),
      });
    job.stage = 'klaar';
  }

  private async auditUpload(job: UploadJob, origin: string): Promise<void> {
    await audit(
      this.deps.app.store,
      {
        actor: `user:${job.owner}`,
        action: 'upload',
        object: uploadAuditObject(job),
        origin,
        outcome: job.stage === 'klaar' ? 'ok' : 'refused',
      },
      this.deps.clock,
    );
  }
}

/** A result whose texts name the file, not the temporary folder it was read from. */
function withoutFolder(result: FileResult, dir: string): FileResult {
  const strip = (text: string) => text.split(`${dir}/`).join('');
  return { ...result, file: strip(result.file), ...(result.error ? { error: strip(result.error) } : {}) };
}
