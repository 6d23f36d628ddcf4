/** @module Vitest global setup: every test's temporary files go under one folder of this run (TMPDIR), removed when the run ends. */
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Points TMPDIR (read by `os.tmpdir()` in the test processes, which inherit it) at a fresh folder. */
export function setup(): () => void {
  const previous = process.env['TMPDIR'];
  const root = mkdtempSync(join(tmpdir(), 'msd-test-run-'));
  // Like /tmp: tests that run the CLI as another user (`nobody`) need a place for tsx's cache there too.
  chmodSync(root, 0o1777);
  process.env['TMPDIR'] = root;
  return () => {
    if (previous === undefined) delete process.env['TMPDIR'];
    else process.env['TMPDIR'] = previous;
    rmSync(root, { recursive: true, force: true });
  };
}
