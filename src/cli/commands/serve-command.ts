/** @module `msd serve`: serves the dashboard of a data folder over HTTP until stopped. */
import { createApp } from '../../app.ts';
import { createWebServer } from '../../web/server.ts';
import { PRODUCT_VERSION } from '../../version.ts';
import type { CliIo } from '../cli-output.ts';

export interface ServeOptions {
  data: string;
  port: number;
  host: string;
}

/** Starts the server; resolves once listening, with a function that stops it. */
export async function startServer(
  options: ServeOptions,
  io: CliIo,
): Promise<{ url: string; stop: () => Promise<void> }> {
  const app = await createApp({ dataDir: options.data });
  const web = createWebServer({ store: app.store, version: PRODUCT_VERSION });
  try {
    await web.listen({ port: options.port, host: options.host });
  } catch (error) {
    app.close();
    throw error;
  }
  const url = `http://${options.host === '127.0.0.1' || options.host === '0.0.0.0' ? 'localhost' : options.host}:${options.port}`;
  io.out(`Monitor Sociaal Domein serves ${app.folder.dir} at ${url} (Ctrl+C stops).`);
  return {
    url,
    stop: async () => {
      await web.close();
      app.close();
    },
  };
}

/** Serves until SIGINT/SIGTERM. */
export async function runServe(options: ServeOptions, io: CliIo): Promise<void> {
  const server = await startServer(options, io);
  await new Promise<void>((resolve) => {
    const stop = () => void server.stop().then(resolve);
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
}
