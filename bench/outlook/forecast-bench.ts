/** @module Forecast benchmark (`npm run bench:forecast`): the nowcast of late declarations, then every series of a computed demo (indicator × area × period kind year, quarter, month) forecast and signalled from scratch, then the incremental refresh with nothing changed. */
import { existsSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { createApp } from '../../src/app.ts';
import { refreshForecasts } from '../../src/engine/forecast-service.ts';
import { refreshNowcast } from '../../src/engine/nowcast-service.ts';

const arg = (name: string): string | undefined => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const dataDir = arg('data') ?? process.env['MSD_BENCH_DATA'] ?? 'data-m';

async function main(): Promise<void> {
  if (!existsSync(join(dataDir, 'msd.duckdb'))) {
    console.error(
      `No database in ${dataDir}. Build the demo first: node bin/msd.js demo --size M --no-serve --data ${dataDir}`,
    );
    process.exitCode = 2;
    return;
  }
  const app = await createApp({ dataDir });
  try {
    const [cube] = await app.store.all<{ rows: number }>(
      'SELECT count(*)::INTEGER AS rows FROM indicator_value',
    );
    console.log(
      `data ${dataDir}: ${cube?.rows ?? 0} cube rows; ${cpus().length} cores, load ${loadavg()[0]?.toFixed(2)}`,
    );
    // The nowcast first, as after a compute: every claim-based series is fitted on its expected final figures.
    const t = performance.now();
    const nowcast = await refreshNowcast(app.store);
    console.log(
      `nowcast: ${nowcast.groups} claim groups, ${nowcast.rows} rows as of ${nowcast.asOf} in ${((performance.now() - t) / 1000).toFixed(1)} s`,
    );
    // From scratch: forget the fingerprints so every series is fitted again.
    await app.store.run('DELETE FROM forecast_series');
    const cpuBefore = process.cpuUsage();
    const full = await refreshForecasts(app.store);
    const cpu = process.cpuUsage(cpuBefore);
    const byKind = await app.store.all<{ period_kind: string; series: number; forecast: number }>(
      `SELECT period_kind, count(*)::INTEGER AS series, count(method)::INTEGER AS forecast
       FROM forecast_series GROUP BY period_kind ORDER BY period_kind`,
    );
    console.log(
      `full: ${full.series} series (${byKind.map((k) => `${k.period_kind} ${k.series}, ${k.forecast} forecast`).join('; ')}), ` +
        `${full.forecasts} forecast values, ${full.signals} signals in ${(full.ms / 1000).toFixed(1)} s ` +
        `(CPU ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s)`,
    );
    // Which method family the backtest chose: naive, seasonal-naive, ets or arima.
    const byMethod = await app.store.all<{ family: string; series: number }>(
      `SELECT split_part(method, '(', 1) AS family, count(*)::INTEGER AS series
       FROM forecast_series WHERE method IS NOT NULL GROUP BY family ORDER BY series DESC`,
    );
    console.log(`chosen: ${byMethod.map((m) => `${m.family} ${m.series}`).join(', ')}`);
    const again = await refreshForecasts(app.store);
    console.log(
      `incremental, nothing changed: ${again.refitted} of ${again.series} refitted in ${(again.ms / 1000).toFixed(1)} s`,
    );
  } finally {
    app.close();
  }
}

await main();
