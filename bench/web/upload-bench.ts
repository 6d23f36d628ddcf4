/**
 * @module Upload benchmark (`npm run bench:upload`): starts the web server in this process on a fresh data folder
 * and sends, over loopback as a logged-in analyst, (1) one upload just under the limit (a `.zip` of random bytes,
 * streamed to disk, then rejected by the ingest as unreadable) and (2) a chunked upload over the limit (refused
 * with 413 at the limit). Reports time, MB/s and the process's peak RSS above its start, which shows that no file
 * is held in memory. Options: `--mb n` (the limit, default 200), `--port n` (default 4311).
 */
import { mkdir, mkdtemp, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { createSession } from '../../src/access/session-store.ts';
import { addUser } from '../../src/access/user-store.ts';
import { createApp } from '../../src/app.ts';
import { runInit } from '../../src/cli/commands/init-command.ts';
import { SESSION_COOKIE } from '../../src/web/route-access.ts';
import { UPLOADS_FOLDER } from '../../src/web/routes/upload-routes.ts';
import { createWebServer } from '../../src/web/server.ts';

const arg = (name: string): string | undefined => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const MB = 1024 * 1024;
const limitMb = Number(arg('mb') ?? 200);
const port = Number(arg('port') ?? 4311);
const root = fileURLToPath(new URL('../../', import.meta.url));

const boundary = '----msd-bench';
const head = (name: string) =>
  Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="bestanden"; filename="${name}"\r\nContent-Type: application/zip\r\n\r\n`,
  );
const tail = Buffer.from(`\r\n--${boundary}--\r\n`);

/** A multipart body of one file of `bytes` bytes, produced in 64 kB chunks (the client holds none of it). */
function body(name: string, bytes: number): ReadableStream<Uint8Array> {
  const chunk = Buffer.alloc(64 * 1024, 0x5a);
  let sent = -1;
  return new ReadableStream({
    pull(controller) {
      if (sent < 0) {
        controller.enqueue(head(name));
        sent = 0;
      } else if (sent < bytes) {
        const n = Math.min(chunk.length, bytes - sent);
        controller.enqueue(chunk.subarray(0, n));
        sent += n;
      } else {
        controller.enqueue(tail);
        controller.close();
      }
    },
  });
}

async function main(): Promise<void> {
  await mkdir(join(root, 'bench/.out'), { recursive: true });
  const dir = await mkdtemp(join(root, 'bench/.out/upload-'));
  try {
    await runInit({ data: dir, gemeente: 'GM0637', firstAdmin: false }, { out: () => {}, err: () => {} });
    const app = await createApp({ dataDir: dir });
    const readStore = await app.store.fork();
    const jobs: Promise<void>[] = [];
    const web = createWebServer({
      store: readStore,
      version: 'bench',
      uploads: { app, limitBytes: limitMb * MB },
      onUploadJob: (done) => jobs.push(done),
    });
    await addUser(app.store, { username: 'bench-analyst', role: 'analyst' });
    const session = await createSession(app.store, 'bench-analyst', '127.0.0.1');
    const base = await web.listen({ port, host: '127.0.0.1' });
    const start = process.memoryUsage().rss;
    let peak = start;
    // RSS keeps freed chunks until the allocator returns them; live Buffer memory (arrayBuffers) is what is held.
    let peakBuffers = 0;
    const gc = (globalThis as { gc?: () => void }).gc;
    let ticks = 0;
    const sampler = setInterval(() => {
      // With --expose-gc, garbage is collected every 0.5 s, so mostly buffers still referenced count.
      if (gc && ++ticks % 25 === 0) gc();
      const usage = process.memoryUsage();
      peak = Math.max(peak, usage.rss);
      peakBuffers = Math.max(peakBuffers, usage.arrayBuffers);
    }, 20);
    const send = async (name: string, bytes: number) => {
      peak = process.memoryUsage().rss;
      peakBuffers = 0;
      const t0 = performance.now();
      const response = await fetch(`${base}/gegevensleveringen/uploaden?_csrf=${session.csrfToken}`, {
        method: 'POST',
        redirect: 'manual',
        headers: {
          cookie: `${SESSION_COOKIE}=${session.id}`,
          'content-type': `multipart/form-data; boundary=${boundary}`,
        },
        body: body(name, bytes),
        duplex: 'half',
      } as RequestInit);
      await response.arrayBuffer();
      const received = performance.now() - t0;
      const receivedBuffers = peakBuffers;
      await Promise.all(jobs.splice(0));
      const total = performance.now() - t0;
      const left = await readdir(join(dir, UPLOADS_FOLDER)).catch(() => []);
      process.stdout.write(
        `${name}: ${(bytes / MB).toFixed(0)} MB → ${response.status}; answered after ${(received / 1000).toFixed(1)} s ` +
          `(${(bytes / MB / (received / 1000)).toFixed(0)} MB/s), job done after ${(total / 1000).toFixed(1)} s; ` +
          `peak RSS +${((peak - start) / MB).toFixed(0)} MB, peak live buffers ${(receivedBuffers / MB).toFixed(1)} MB while receiving, ` +
          `${(peakBuffers / MB).toFixed(1)} MB with the ingest; ` +
          `temp folders left: ${left.length}\n`,
      );
    };
    await send('onder-de-grens.zip', limitMb * MB - MB);
    await send('boven-de-grens.zip', limitMb * MB + 50 * MB);
    clearInterval(sampler);
    await web.close();
    readStore.close();
    app.close();
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

await main();
