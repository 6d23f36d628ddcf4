/**
 * @module Upload memory check (`node --expose-gc bin/run-ts.js bench/web/upload-curl-bench.ts <file>`): starts the
 * web server in this process on a fresh data folder under `bench/.out/` (port 4312) and sends `<file>` with `curl`
 * from another process, so only the server's memory is sampled: live ArrayBuffer memory (after a collection every
 * 0.25 s) while the upload is received, and while its ingest runs.
 */
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createSession } from '../../src/access/session-store.ts';
import { addUser } from '../../src/access/user-store.ts';
import { createApp } from '../../src/app.ts';
import { runInit } from '../../src/cli/commands/init-command.ts';
import { SESSION_COOKIE } from '../../src/web/route-access.ts';
import { createWebServer } from '../../src/web/server.ts';

const file = process.argv[3];
if (!file) throw new Error('usage: upload-curl-bench.ts <file>');
const MB = 1024 * 1024;
const root = fileURLToPath(new URL('../../', import.meta.url));
await mkdir(join(root, 'bench/.out'), { recursive: true });
const dir = await mkdtemp(join(root, 'bench/.out/upload-curl-'));
try {
  await runInit({ data: dir, gemeente: 'GM0637', firstAdmin: false }, { out: () => {}, err: () => {} });
  const app = await createApp({ dataDir: dir });
  const readStore = await app.store.fork();
  let job: Promise<void> | undefined;
  const web = createWebServer({
    store: readStore,
    version: 'bench',
    uploads: { app },
    onUploadJob: (done) => (job = done),
  });
  await addUser(app.store, { username: 'bench-analyst', role: 'analyst' });
  const session = await createSession(app.store, 'bench-analyst', '127.0.0.1');
  const base = await web.listen({ port: 4312, host: '127.0.0.1' });
  const gc = (globalThis as { gc?: () => void }).gc;
  let receiving = 0;
  let ingesting = 0;
  let received = false;
  const sampler = setInterval(() => {
    gc?.();
    const live = process.memoryUsage().arrayBuffers;
    if (received) ingesting = Math.max(ingesting, live);
    else receiving = Math.max(receiving, live);
  }, 250);
  const t0 = Date.now();
  const status = await new Promise<string>((resolve) => {
    const curl = spawn('curl', [
      ...['-s', '-o', '/dev/null', '-w', '%{http_code}'],
      ...['-b', `${SESSION_COOKIE}=${session.id}`, '-F', `bestanden=@${file}`],
      `${base}/gegevensleveringen/uploaden?_csrf=${session.csrfToken}`,
    ]);
    let out = '';
    curl.stdout.on('data', (d: Buffer) => (out += d.toString()));
    curl.on('exit', () => resolve(out));
  });
  received = true;
  const t1 = Date.now();
  await job;
  clearInterval(sampler);
  process.stdout.write(
    `${file}: answer ${status} after ${((t1 - t0) / 1000).toFixed(1)} s; job done after ${((Date.now() - t0) / 1000).toFixed(1)} s; ` +
      `peak live buffers ${(receiving / MB).toFixed(1)} MB while receiving, ${(ingesting / MB).toFixed(1)} MB during the ingest` +
      `${gc ? '' : ' (without --expose-gc: garbage included)'}\n`,
  );
  await web.close();
  readStore.close();
  app.close();
} finally {
  await rm(dir, { recursive: true, force: true });
}
