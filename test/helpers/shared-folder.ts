/** @module Test helper: the read-only ../shared reference folder beside the repository, and visible skips for the tests that need it. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The folder beside the repository root (`<repo>/../shared`), found from this file's own location so that a test
 * run from any working directory finds the same folder.
 */
export const SHARED_ROOT = fileURLToPath(new URL('../../../shared', import.meta.url));

/** `MSD_HIDE_SHARED=1` makes the tests behave as on a fresh clone: the folder counts as absent. */
export const HIDE_SHARED_VARIABLE = 'MSD_HIDE_SHARED';

const hidden = (env: NodeJS.ProcessEnv = process.env): boolean => env[HIDE_SHARED_VARIABLE] === '1';

/**
 * Whether the shared folder at `root` can be read, given the environment `env`. A fresh clone has no such folder; CI
 * has it beside the checkout, so under CI=true an absent folder that was not hidden on purpose is an error, never a
 * skip.
 */
export function sharedPresentAt(root: string, env: NodeJS.ProcessEnv): boolean {
  if (hidden(env)) return false;
  const present = existsSync(root);
  if (!present && env['CI'] === 'true') {
    throw new Error(
      `CI=true but the shared reference folder is absent at ${root}; CI must check it out beside the ` +
        `repository (set ${HIDE_SHARED_VARIABLE}=1 to test without it on purpose).`,
    );
  }
  return present;
}

/** Whether ../shared can be read by this test run (see `sharedPresentAt`). */
export function sharedPresent(): boolean {
  return sharedPresentAt(SHARED_ROOT, process.env);
}

/** A path inside ../shared (whether or not it exists: ask `needsShared` before reading it). */
export function sharedPath(...parts: string[]): string {
  return join(SHARED_ROOT, ...parts);
}

/** Why ../shared counts as absent, for the skip reason. */
function absence(): string {
  return hidden() ? `hidden by ${HIDE_SHARED_VARIABLE}=1` : `absent at ${SHARED_ROOT}`;
}

/** What a test file needs from ../shared, and how its tests skip when it is not there. */
export interface SharedNeed {
  /** True when ../shared cannot be read: skip with `describe.skipIf(need.absent)` / `it.skipIf(need.absent)`. */
  readonly absent: boolean;
  /** The test's name, prefixed with the skip reason when the folder is absent (shown in the vitest output). */
  title(name: string): string;
}

/** The need of tests that read nothing from ../shared, for tables of cases that run on both kinds of input. */
export const NOT_NEEDED: SharedNeed = { absent: false, title: (name) => name };

/**
 * Declares that some tests read `what` from ../shared. When the folder is absent the reason is printed once (on
 * stderr, which vitest shows for the file in every reporter) and every `title()` says it, so a skip is never silent.
 */
export function needsShared(what: string): SharedNeed {
  const absent = !sharedPresent();
  if (absent) {
    console.warn(`needs ../shared (${absence()}): skipping the tests on ${what}`);
  }
  return {
    absent,
    title: (name) => (absent ? `needs ../shared (absent): ${name}` : name),
  };
}
