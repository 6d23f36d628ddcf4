/** @module `msd serve`: serves the dashboard of a data folder over HTTP until stopped, and runs write commands the CLI hands over. */
import { randomBytes } from 'node:crypto';
import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { readOidcSettings } from '../../access/oidc-settings.ts';
import { createApp, holdApp } from '../../app.ts';
import { finishPendingRecompute } from '../../engine/run/pending-recompute.ts';
import { pendingFinished } from '../../ingest/batch-reasons.ts';
import { t } from '../../views/messages.ts';
import { PRODUCT_VERSION } from '../../version.ts';
import { createWebServer } from '../../web/server.ts';
import { UPLOADS_FOLDER, uploadLimitFromEnv } from '../../web/routes/upload-routes.ts';
import { clearLeftoverUploads } from '../../web/upload-jobs.ts';
import type { PageTheme } from '../../web/theme/page-theme.ts';
import { loadThemeFolder } from '../../web/theme/theme-folder.ts';
import { CliError, isAccessError, isThemeError } from '../../errors.ts';
import type { BuildStatus } from '../../web/build-status.ts';
import type { CliIo } from '../cli-output.ts';
import { HANDOFF_COMMANDS, SERVER_FILE } from '../server-handoff.ts';

export interface ServeOptions {
  data: string;
  port: number;
  host: string;
  /** `--behind-proxy <address>`: the TLS proxy; X-Forwarded-Proto/-For are trusted from this address only. */
  behindProxy?: string | undefined;
  /** A theme folder (`--theme <dir>`, docs/theming.md); default: the neutral theme. */
  theme?: string | undefined;
}

/** The theme folder of `--theme`, read and checked before anything starts; a refused folder is exit 2 with every problem. */
export async function loadThemeOption(dir: string | undefined): Promise<PageTheme | undefined> {
  if (dir === undefined) return undefined;
  try {
    return await loadThemeFolder(dir);
  } catch (error) {
    if (!isThemeError(error)) throw error;
    const lines = error.problems.map((p) => `  - ${p.file}: ${p.reason}`);
    throw new CliError(`${t('themeRefused', { dir: error.dir })}\n${lines.join('\n')}`, 2);
  }
}

/** The CLI entry point, passed in so the server can run handed-over commands without importing the CLI. */
export type RunCli = (argv: readonly string[], io: CliIo) => Promise<number>;

/**
 * Starts the server; resolves once listening, with a function that stops it. While it runs, `<data>/server.json`
 * (mode 0600) tells the CLI where to hand write commands (DuckDB allows one writing process per file).
 */
export async function startServer(
  options: ServeOptions,
  io: CliIo,
  runCli: RunCli,
  buildStatus?: BuildStatus,
  loadedTheme?: PageTheme,
): Promise<RunningServer> {
  const theme = loadedTheme ?? (await loadThemeOption(options.theme));
  const app = await createApp({ dataDir: options.data });
  // `msd serve` first finishes figures an interrupted ingest left pending (`msd demo` computes them in its build).
  if (buildStatus === undefined) {
    try {
      const finished = await finishPendingRecompute(app.store);
      if (finished) io.out(pendingFinished(finished.stale.batches));
    } catch (error) {
      app.close();
      throw error;
    }
  }
  let oidc;
  try {
    oidc = await readOidcSettings(app.folder.dir);
  } catch (error) {
    app.close();
    // A wrong oidc.json is a configuration fault the admin fixes: the Dutch reason, exit code 2.
    throw isAccessError(error) ? new CliError(error.message) : error;
  }
  await clearLeftoverUploads(join(app.folder.dir, UPLOADS_FOLDER));
  const release = holdApp(app);
  const token = randomBytes(24).toString('base64url');
  // Pages read on their own connection, so they never see (or disturb) a handed-over command's open transaction.
  const readStore = await app.store.fork();
  const web = createWebServer({
    store: readStore,
    version: PRODUCT_VERSION,
    ...(buildStatus ? { buildStatus } : {}),
    ...(options.behindProxy ? { trustedProxy: options.behindProxy } : {}),
    ...(theme ? { theme } : {}),
    ...(oidc ? { oidc } : {}),
    // Browser uploads ingest on the held app, like a handed-over `msd ingest` (MSD_UPLOAD_LIMIT_MB: the size limit).
    uploads: { app, limitBytes: uploadLimitFromEnv() },
    cliJobs: {
      token,
      allowed: HANDOFF_COMMANDS,
      async run(args, stdin) {
        const out: string[] = [];
        const err: string[] = [];
        const code = await runCli(['node', 'msd', ...args], {
          out: (l) => out.push(l),
          err: (l) => err.push(l),
          ...(stdin === undefined ? {} : { stdin }),
        });
        // A demo still being built: the CLI names the step, so a missing or partial answer is explained.
        const building = buildStatus?.building ? buildStatus.state.step : undefined;
        return { code, out, err, ...(building ? { building } : {}) };
      },
    },
  });
  const serverFile = join(app.folder.dir, SERVER_FILE);
  let port: number;
  const stop = async () => {
    await rm(serverFile, { force: true });
    await web.close();
    release();
    readStore.close();
    app.close();
  };
  try {
    // The port listened on: the one asked for, or the one the system chose for port 0.
    port = Number(new URL(await web.listen({ port: options.port, host: options.host })).port);
    const localUrl = `http://${options.host === '0.0.0.0' ? '127.0.0.1' : options.host}:${port}`;
    await writeFile(serverFile, JSON.stringify({ pid: process.pid, url: localUrl, token }), { mode: 0o600 });
  } catch (error) {
    await stop();
    throw error;
  }
  const url = `http://${options.host === '127.0.0.1' || options.host === '0.0.0.0' ? 'localhost' : options.host}:${port}`;
  io.out(t('cliServing', { dir: app.folder.dir, url }));
  return { url, stop };
}

export interface RunningServer {
  url: string;
  stop: () => Promise<void>;
}

/** Serves until SIGINT/SIGTERM. */
export async function runServe(options: ServeOptions, io: CliIo, runCli: RunCli): Promise<void> {
  await serveUntilStopped(await startServer(options, io, runCli));
}

/** Resolves when the process is asked to stop (Ctrl+C, SIGTERM), after the server has stopped. */
export async function serveUntilStopped(server: RunningServer): Promise<void> {
  await new Promise<void>((resolve) => {
    const stop = () => void server.stop().then(resolve);
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
}
