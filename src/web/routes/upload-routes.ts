/**
 * @module Browser uploads for analysts (issue 18, item 4): `GET /gegevensleveringen/uploaden` (the form),
 * `POST` (a streaming multipart upload into `<data>/uploads/<id>/`, size-limited, known file types only, the CSRF
 * token checked from the action URL before the body is read, see route-access.ts), then a background job ingesting
 * the files through the same function as `msd ingest` (upload-jobs.ts) and `GET /gegevensleveringen/uploaden/<id>`,
 * its status page (only for the uploader and admins).
 */
import { UPLOAD_PAGE_CSP } from '../content-security-policy.ts';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { h } from 'preact';
import type { Clock } from '../../access/clock.ts';
import type { App } from '../../app.ts';
import { HttpError } from '../../errors.ts';
import { shippedProfiles } from '../../ingest/csv/profile-registry.ts';
import { INGESTIBLE_EXTENSIONS } from '../../ingest/ingest-paths.ts';
import { t } from '../../views/messages.ts';
import type { BuildStatus } from '../build-status.ts';
import { UploadPage } from '../pages/upload-page.tsx';
import { UploadStatusPage } from '../pages/upload-status-page.tsx';
import { sendHtml } from '../render-page.ts';
import { newUploadId, UploadJobs } from '../upload-jobs.ts';
import { receiveUpload, sizeText } from '../upload-receiver.ts';
import type { WriteQueue } from '../write-queue.ts';

export const UPLOAD_PATH = '/gegevensleveringen/uploaden';

/** Default size limit of one upload request (all its files together): `MSD_UPLOAD_LIMIT_MB` changes it. */
export const DEFAULT_UPLOAD_LIMIT_BYTES = 200 * 1024 * 1024;

/** The folder under the data folder where uploads wait for their ingest (each in `<id>/`, removed afterwards). */
export const UPLOADS_FOLDER = 'uploads';

export interface UploadSettings {
  /** The server's open data folder (its writing store, pseudonymiser, gemeente): the one `msd ingest` would use. */
  readonly app: App;
  /** Bytes per upload request; default DEFAULT_UPLOAD_LIMIT_BYTES. */
  readonly limitBytes?: number;
}

export interface UploadRouteDeps {
  /** Absent: the pages say uploading is not possible on this server (no data folder of its own). */
  readonly uploads?: UploadSettings | undefined;
  readonly writes: WriteQueue;
  readonly buildStatus?: BuildStatus | undefined;
  readonly clock?: Clock | undefined;
  /** Called with each job's completion (tests wait for it). */
  readonly onJob?: ((done: Promise<void>) => void) | undefined;
}

/** The upload limit from `MSD_UPLOAD_LIMIT_MB` (a positive number of megabytes), else the default. */
export function uploadLimitFromEnv(env: NodeJS.ProcessEnv = process.env): number {
  const mb = Number(env['MSD_UPLOAD_LIMIT_MB']);
  return Number.isFinite(mb) && mb > 0 ? Math.round(mb * 1024 * 1024) : DEFAULT_UPLOAD_LIMIT_BYTES;
}

export function registerUploadRoutes(app: FastifyInstance, deps: UploadRouteDeps): void {
  const limitBytes = deps.uploads?.limitBytes ?? DEFAULT_UPLOAD_LIMIT_BYTES;
  const jobs = deps.uploads
    ? new UploadJobs({
        app: deps.uploads.app,
        writes: deps.writes,
        ...(deps.clock ? { clock: deps.clock } : {}),
      })
    : undefined;
  const profiles = () => shippedProfiles().map((p) => p.name);

  /** Why uploading cannot be done now, in Dutch; undefined when it can. */
  const unavailable = (): string | undefined => {
    if (!jobs) return t('uploadUnavailable');
    if (deps.buildStatus?.building) return t('uploadBuilding', { step: deps.buildStatus.state.step });
    return undefined;
  };

  // A multipart body is left unread for the upload handler, which streams it to disk after the access and CSRF
  // checks; on any other route it stays refused (415) as before.
  app.addContentTypeParser('multipart/form-data', (request, _payload, done) => {
    if (request.method === 'POST' && request.routeOptions.url === UPLOAD_PATH) done(null, undefined);
    else
      done(Object.assign(new Error('multipart body'), { code: 'FST_ERR_CTP_INVALID_MEDIA_TYPE' }), undefined);
  });

  app.get(
    UPLOAD_PATH,
    {
      config: { access: 'analyst' },
      // After the app's own onSend (which sets the strict policy): this page may load /static/upload-progress.js.
      onSend: async (_request, reply) => {
        reply.header('content-security-policy', UPLOAD_PAGE_CSP);
      },
    },
    async (request, reply) => {
      const reason = unavailable();
      return sendHtml(
        reply,
        200,
        h(UploadPage, {
          csrfToken: request.identity?.csrfToken ?? '',
          types: INGESTIBLE_EXTENSIONS,
          limit: sizeText(limitBytes),
          limitBytes,
          profiles: profiles(),
          ...(reason ? { unavailable: reason } : {}),
        }),
      );
    },
  );

  app.post(UPLOAD_PATH, { config: { access: 'analyst' } }, async (request, reply) => {
    const reason = unavailable();
    if (reason !== undefined || !jobs || !deps.uploads)
      throw new HttpError(409, reason ?? t('uploadUnavailable'));
    const id = newUploadId();
    const dir = join(deps.uploads.app.folder.dir, UPLOADS_FOLDER, id);
    const received = await receiveUpload(request.raw, request.headers, dir, limitBytes);
    const profileName = received.fields['profiel'] ?? '';
    const profile = shippedProfiles().find((p) => p.name === profileName);
    if (profileName !== '' && !profile) {
      await jobs.discard(dir);
      throw new HttpError(400, t('uploadUnknownProfile', { profile: profileName.slice(0, 80) }));
    }
    const owner = request.identity?.username ?? 'anoniem';
    const { done } = jobs.start({ id, owner, files: received.files }, dir, request.ip, profile);
    deps.onJob?.(done);
    return reply.code(303).header('cache-control', 'no-store').redirect(`${UPLOAD_PATH}/${id}`, 303);
  });

  app.get<{ Params: { id: string } }>(
    `${UPLOAD_PATH}/:id`,
    { config: { access: 'analyst' } },
    async (request, reply) => {
      const id = request.params.id;
      const job = jobs?.get(id);
      if (!job) throw new HttpError(404, t('uploadNotFound', { id: id.slice(0, 40) }));
      const identity = request.identity;
      if (identity?.role !== 'admin' && identity?.username !== job.owner)
        throw new HttpError(403, t('uploadNotYours'));
      return sendHtml(reply, 200, h(UploadStatusPage, { job }));
    },
  );
}
