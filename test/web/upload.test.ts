import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listAudit } from '../../src/access/audit-log.ts';
import { createApp, type App } from '../../src/app.ts';
import { runInit } from '../../src/cli/commands/init-command.ts';
import type { SqlStore } from '../../src/store/sql-store.ts';
import { VERSION_TTL_MS } from '../../src/web/cube-version.ts';
import { UPLOADS_FOLDER } from '../../src/web/routes/upload-routes.ts';
import { createWebServer } from '../../src/web/server.ts';
import { loginAs, type TestLogin } from '../helpers/login.ts';
import { multipartBody, type MultipartFile } from '../helpers/multipart-body.ts';

const BERICHTEN = new URL('../fixtures/istandaarden/berichten/', import.meta.url).pathname;
const ISTANDAARDEN = new URL('../fixtures/istandaarden/', import.meta.url).pathname;
const CSV = new URL('../fixtures/csv/', import.meta.url).pathname;
const LIMIT = 64 * 1024;

const textOf = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/\s+/g, ' ');

describe('uploading delivery files in the browser (analyst)', () => {
  let dir: string;
  let app: App;
  let readStore: SqlStore;
  let web: FastifyInstance;
  let analyst: TestLogin;
  const jobs: Promise<void>[] = [];

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'msd-upload-'));
    await runInit({ data: dir, gemeente: 'GM0637', firstAdmin: false }, { out: () => {}, err: () => {} });
    app = await createApp({ dataDir: dir });
    readStore = await app.store.fork();
    web = createWebServer({
      store: readStore,
      version: 'test',
      uploads: { app, limitBytes: LIMIT },
      onUploadJob: (done) => jobs.push(done),
    });
    await web.ready();
    analyst = await loginAs(app.store, 'analyst');
  });

  afterAll(async () => {
    await web.close();
    readStore.close();
    app.close();
  });

  const upload = async (
    login: TestLogin,
    files: MultipartFile[],
    options: { csrf?: string | null; fields?: Record<string, string>; wait?: boolean } = {},
  ) => {
    const { payload, contentType } = multipartBody(files, options.fields);
    const csrf = options.csrf === undefined ? login.csrfToken : options.csrf;
    const response = await web.inject({
      method: 'POST',
      url: `/gegevensleveringen/uploaden${csrf === null ? '' : `?_csrf=${encodeURIComponent(csrf)}`}`,
      headers: { ...login.headers, 'content-type': contentType },
      payload,
    });
    if (options.wait !== false) await Promise.all(jobs.splice(0));
    return response;
  };
  const fixture = async (folder: string, name: string): Promise<MultipartFile> => ({
    name,
    content: await readFile(join(folder, name)),
  });
  const count = async (sql: string) => Number((await app.store.all<{ n: number }>(sql))[0]?.n ?? -1);
  const uploadsLeft = async () => readdir(join(dir, UPLOADS_FOLDER)).catch(() => [] as string[]);
  const statusOf = async (location: string, login: TestLogin = analyst) =>
    web.inject({ url: location, headers: login.headers });

  it('shows the form with the CSRF token in its action, the limit, the file kinds and the profiles', async () => {
    const page = await web.inject({ url: '/gegevensleveringen/uploaden', headers: analyst.headers });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain(
      `action="/gegevensleveringen/uploaden?_csrf=${encodeURIComponent(analyst.csrfToken)}"`,
    );
    expect(page.body).toContain('enctype="multipart/form-data"');
    expect(page.body).toContain('<script src="/static/upload-progress.js" defer></script>');
    expect(textOf(page.body)).toContain(
      'Eén of meer bestanden (.csv, .txt, .xlsx, .xml, .zip), samen ten hoogste 64 kB.',
    );
    expect(page.body).toContain('<option value="msd-standaard-voorzieningen">');
    // Only this page may load its script; inline script stays forbidden.
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    expect(page.headers['content-security-policy']).not.toContain('unsafe-inline');
    const script = await web.inject({ url: '/static/upload-progress.js' });
    expect(script.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(script.body).toContain('XMLHttpRequest');
  });

  it('links to the form from /data', async () => {
    const data = await web.inject({ url: '/data', headers: analyst.headers });
    expect(data.body).toContain(
      '<a class="utrecht-link" href="/gegevensleveringen/uploaden">Bestanden uploaden</a>',
    );
  });

  it('ingests a valid message like msd ingest: 303 to its status, stored rows on /data, audit, no temp files', async () => {
    const response = await upload(analyst, [await fixture(BERICHTEN, 'JW301.xml')]);
    expect(response.statusCode).toBe(303);
    const location = String(response.headers.location);
    expect(location).toMatch(/^\/gegevensleveringen\/uploaden\/[0-9a-f]{16}$/);
    const status = await statusOf(location);
    expect(status.statusCode).toBe(200);
    const text = textOf(status.body);
    expect(text).toContain('Klaar: de bestanden zijn verwerkt en de cijfers bijgewerkt.');
    expect(text).toContain('JW301.xml');
    expect(text).toContain('Geen enkele regel van deze upload is in quarantaine geplaatst.');
    // Finished: no more refreshing.
    expect(status.body).not.toContain('http-equiv="refresh"');
    expect(
      await count("SELECT count(*) AS n FROM provision WHERE allocation_no IN ('610001', '610002')"),
    ).toBe(2);
    const [batch] = await app.store.all<{ file: string; status: string; received_by: string }>(
      "SELECT file, status, received_by FROM batch WHERE file = 'JW301.xml'",
    );
    expect(batch).toEqual({ file: 'JW301.xml', status: 'stored', received_by: 'user:test-analyst' });
    // The pages read the store's version at most once per VERSION_TTL_MS (as after a handed-over msd ingest).
    await new Promise((resolve) => setTimeout(resolve, VERSION_TTL_MS + 50));
    const data = textOf((await web.inject({ url: '/data', headers: analyst.headers })).body);
    expect(data).toContain('JW301.xml');
    const entries = await listAudit(app.store);
    const ingest = entries.filter((e) => e.action === 'ingest');
    const uploads = entries.filter((e) => e.action === 'upload');
    expect(ingest.at(-1)).toMatchObject({ actor: 'user:test-analyst', outcome: 'ok' });
    expect(ingest.at(-1)?.object).toMatch(/^1 bestand\(en\); batches: \d+ stored$/);
    expect(uploads).toHaveLength(1);
    expect(uploads[0]).toMatchObject({ actor: 'user:test-analyst', outcome: 'ok', origin: '127.0.0.1' });
    const size = (await readFile(join(BERICHTEN, 'JW301.xml'))).length;
    expect(uploads[0]?.object).toContain(`JW301.xml (${size} bytes; stored, gelezen `);
    expect(await uploadsLeft()).toEqual([]);
  });

  it('shows every quarantined line with its file, line and the Dutch reason /data shows', async () => {
    const response = await upload(analyst, [await fixture(CSV, 'voorzieningen.csv')], {
      fields: { profiel: 'msd-standaard-voorzieningen' },
    });
    const text = textOf((await statusOf(String(response.headers.location))).body);
    expect(text).toContain('3 regel(s) of bestand(en) niet opgeslagen');
    expect(text).toMatch(/voorzieningen\.csv regel 7 BSN voldoet niet aan de elfproef/);
    expect(text).toMatch(/voorzieningen\.csv regel 8 start_date is geen geldige datum: 2027-06-31/);
    expect(text).toMatch(/voorzieningen\.csv regel 9 category staat niet in codelijst JZ020: 99/);
    await new Promise((resolve) => setTimeout(resolve, VERSION_TTL_MS + 50));
    const data = textOf((await web.inject({ url: '/data', headers: analyst.headers })).body);
    expect(data).toContain('regel 8 start_date is geen geldige datum: 2027-06-31');
    expect(await uploadsLeft()).toEqual([]);
  });

  it('never half-stores a broken file: it is rejected whole while the good file beside it is stored', async () => {
    const claimsBefore = await count('SELECT count(*) AS n FROM claim');
    const response = await upload(analyst, [
      await fixture(ISTANDAARDEN, 'truncated-323.xml'),
      await fixture(BERICHTEN, 'WMO301.xml'),
    ]);
    const text = textOf((await statusOf(String(response.headers.location))).body);
    expect(text).toMatch(/geweigerd: truncated-323\.xml/);
    expect(text).not.toContain(join(dir, UPLOADS_FOLDER));
    expect(await count('SELECT count(*) AS n FROM claim')).toBe(claimsBefore);
    expect(await app.store.all("SELECT status FROM batch WHERE file = 'truncated-323.xml'")).toEqual([
      { status: 'rejected' },
    ]);
    expect(
      await count("SELECT count(*) AS n FROM provision WHERE allocation_no IN ('710001', '710002')"),
    ).toBe(2);
    expect(await uploadsLeft()).toEqual([]);
  });

  it('refuses an upload over the limit with a Dutch 413 page and stores nothing', async () => {
    const batches = await count('SELECT count(*) AS n FROM batch');
    const big = { name: 'groot.csv', content: Buffer.alloc(LIMIT + 1, 'a') };
    const response = await upload(analyst, [big]);
    expect(response.statusCode).toBe(413);
    expect(response.headers['content-type']).toContain('text/html');
    expect(textOf(response.body)).toContain(
      'De upload is groter dan de grens van 64 kB per keer. Er is niets opgeslagen.',
    );
    expect(response.body).toContain('class="utrecht-page-header msd-header"');
    expect(await count('SELECT count(*) AS n FROM batch')).toBe(batches);
    expect(await uploadsLeft()).toEqual([]);
  });

  it('counts the bytes of a body sent without a length and stops at the limit (413, nothing kept)', async () => {
    const batches = await count('SELECT count(*) AS n FROM batch');
    const base = await web.listen({ port: 0, host: '127.0.0.1' });
    const { payload, contentType } = multipartBody([
      { name: 'groot.xml', content: Buffer.alloc(LIMIT * 3, 'b') },
    ]);
    // A stream body goes out chunked: no Content-Length to refuse it by, so the receiver counts while writing.
    const body = new ReadableStream({
      start(controller) {
        for (let at = 0; at < payload.length; at += 16 * 1024)
          controller.enqueue(payload.subarray(at, at + 16 * 1024));
        controller.close();
      },
    });
    const response = await fetch(`${base}/gegevensleveringen/uploaden?_csrf=${analyst.csrfToken}`, {
      method: 'POST',
      headers: { ...analyst.headers, 'content-type': contentType },
      body,
      duplex: 'half',
    } as RequestInit);
    expect(response.status).toBe(413);
    expect(await response.text()).toContain('De upload is groter dan de grens van 64 kB per keer.');
    await Promise.all(jobs.splice(0));
    expect(await count('SELECT count(*) AS n FROM batch')).toBe(batches);
    expect(await uploadsLeft()).toEqual([]);
  });

  it('refuses a missing or wrong CSRF token with 403 before reading the body', async () => {
    const batches = await count('SELECT count(*) AS n FROM batch');
    const file = await fixture(BERICHTEN, 'JW305.xml');
    for (const csrf of [null, 'nope']) {
      const response = await upload(analyst, [file], { csrf });
      expect(response.statusCode).toBe(403);
      expect(textOf(response.body)).toContain(
        'Het formulier is verlopen of komt niet van deze site (ontbrekend of ongeldig CSRF-token).',
      );
    }
    expect(await count('SELECT count(*) AS n FROM batch')).toBe(batches);
    expect(await uploadsLeft()).toEqual([]);
  });

  it('refuses viewers and policy users (403), and a file kind msd ingest does not read (415)', async () => {
    const file = await fixture(BERICHTEN, 'JW305.xml');
    for (const role of ['viewer', 'policy'] as const) {
      const login = await loginAs(app.store, role);
      const response = await upload(login, [file]);
      expect(response.statusCode).toBe(403);
      expect(textOf(response.body)).toContain(`Uw rol (${role}) geeft geen toegang tot`);
      expect(
        (await web.inject({ url: '/gegevensleveringen/uploaden', headers: login.headers })).statusCode,
      ).toBe(403);
    }
    const pdf = await upload(analyst, [{ name: 'rapport.pdf', content: '%PDF-1.4' }]);
    expect(pdf.statusCode).toBe(415);
    expect(textOf(pdf.body)).toContain(
      'Bestand rapport.pdf: dit soort bestand wordt niet ingelezen; dat kan met .csv, .txt, .xlsx, .xml, .zip. Er is niets opgeslagen.',
    );
    const none = await upload(analyst, [{ name: '', content: '' }]);
    expect(none.statusCode).toBe(400);
    expect(textOf(none.body)).toContain('Kies ten minste één bestand om te uploaden.');
    expect(await uploadsLeft()).toEqual([]);
  });

  it("shows a job's status only to its uploader and to admins", async () => {
    const response = await upload(analyst, [await fixture(BERICHTEN, 'JW307.xml')], { wait: false });
    const location = String(response.headers.location);
    // The request returned at once; while the job runs its page refreshes itself and names the stage.
    const running = await statusOf(location);
    expect(running.body).toContain('<meta http-equiv="refresh" content="2"/>');
    expect(textOf(running.body)).toMatch(/(Ontvangen|Inlezen|Herberekenen): /);
    expect(textOf(running.body)).toContain('Deze pagina ververst zich elke 2 seconden');
    await Promise.all(jobs.splice(0));
    const other = await loginAs(app.store, 'analyst');
    const colleague = await web.inject({ url: location, headers: (await otherAnalyst()).headers });
    expect(colleague.statusCode).toBe(403);
    expect(textOf(colleague.body)).toContain('Deze upload is van een andere gebruiker');
    expect((await statusOf(location, await loginAs(app.store, 'admin'))).statusCode).toBe(200);
    expect((await statusOf(location, other)).statusCode).toBe(200);
    const unknown = await statusOf('/gegevensleveringen/uploaden/0000000000000000');
    expect(unknown.statusCode).toBe(404);
    expect(textOf(unknown.body)).toContain('Upload 0000000000000000 is onbekend.');
  });

  const otherAnalyst = async (): Promise<TestLogin> => {
    const { addUser } = await import('../../src/access/user-store.ts');
    const { createSession } = await import('../../src/access/session-store.ts');
    const { SESSION_COOKIE } = await import('../../src/web/route-access.ts');
    await addUser(app.store, { username: 'collega', role: 'analyst' }).catch(() => undefined);
    const session = await createSession(app.store, 'collega', '127.0.0.1');
    return {
      headers: { cookie: `${SESSION_COOKIE}=${session.id}` },
      csrfToken: session.csrfToken,
      username: 'collega',
    };
  };
});
