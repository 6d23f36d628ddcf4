/** @module `npm run bench`: runs every benchmark (ingest, engine, CLI start-up) one after the other, each in its own process, and fails when one fails. */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const BENCHES = ['bench/ingest/ingest-bench.ts', 'bench/engine/engine-bench.ts', 'bench/cli/cli-bench.ts'];
const root = fileURLToPath(new URL('..', import.meta.url));
const runner = fileURLToPath(new URL('../bin/run-ts.js', import.meta.url));

let failed = 0;
for (const bench of BENCHES) {
  if (!existsSync(`${root}/${bench}`)) {
    console.error(`missing benchmark ${bench}`);
    failed++;
    continue;
  }
  console.log(`\n=== ${bench}`);
  const result = spawnSync(process.execPath, [runner, bench, ...process.argv.slice(2)], {
    cwd: root,
    stdio: 'inherit',
  });
  if (result.status !== 0) failed++;
}
process.exitCode = failed > 0 ? 1 : 0;
