/** @module Tests for the shared-folder helper: where ../shared is looked for, hiding it, failing under CI=true, and the visible skip title. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { NOT_NEEDED, SHARED_ROOT, needsShared, sharedPath, sharedPresentAt } from './shared-folder.ts';

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

describe('the shared folder', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.restoreAllMocks();
  });

  it('is looked for beside the repository root, whatever the working directory', () => {
    expect(SHARED_ROOT).toBe(join(dirname(REPO_ROOT), 'shared'));
    expect(sharedPath('istandaarden', 'jw')).toBe(join(dirname(REPO_ROOT), 'shared', 'istandaarden', 'jw'));
  });

  it('counts as present when it exists and as absent when it does not (outside CI)', () => {
    const existing = mkdtempSync(join(tmpdir(), 'msd-shared-'));
    expect(sharedPresentAt(existing, {})).toBe(true);
    expect(sharedPresentAt(join(existing, 'missing'), {})).toBe(false);
    expect(sharedPresentAt(join(existing, 'missing'), { CI: 'false' })).toBe(false);
  });

  it('counts as absent when MSD_HIDE_SHARED=1 hides it, also under CI=true', () => {
    const existing = mkdtempSync(join(tmpdir(), 'msd-shared-'));
    expect(sharedPresentAt(existing, { MSD_HIDE_SHARED: '1' })).toBe(false);
    expect(sharedPresentAt(join(existing, 'missing'), { MSD_HIDE_SHARED: '1', CI: 'true' })).toBe(false);
  });

  it('fails loudly under CI=true when it is absent without being hidden', () => {
    const missing = join(mkdtempSync(join(tmpdir(), 'msd-shared-')), 'missing');
    expect(() => sharedPresentAt(missing, { CI: 'true' })).toThrow(
      `CI=true but the shared reference folder is absent at ${missing}; CI must check it out beside the repository (set MSD_HIDE_SHARED=1 to test without it on purpose).`,
    );
  });

  it('makes a hidden folder skip with a printed reason and a title that says why', () => {
    vi.stubEnv('MSD_HIDE_SHARED', '1');
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const need = needsShared('the official samples');
    expect(need.absent).toBe(true);
    expect(need.title('reads them')).toBe('needs ../shared (absent): reads them');
    expect(warn).toHaveBeenCalledExactlyOnceWith(
      'needs ../shared (hidden by MSD_HIDE_SHARED=1): skipping the tests on the official samples',
    );
  });

  it('leaves the title alone and prints nothing for tests that need nothing from it', () => {
    expect(NOT_NEEDED).toMatchObject({ absent: false });
    expect(NOT_NEEDED.title('reads fixtures')).toBe('reads fixtures');
  });
});
