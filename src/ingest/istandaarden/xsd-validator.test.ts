/** @module Tests for XSD validation against the official schemas (in ../shared: skipped visibly without it) and for the missing-schema message. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { needsShared, sharedPath } from '../../../test/helpers/shared-folder.ts';
import type { MessageType } from './message-types.ts';
import { resolveXsdFolder, validateAgainstXsd } from './xsd-validator.ts';

const ROOT = sharedPath('istandaarden');
const SAMPLE_305 = join(ROOT, 'jw', 'berichten', 'JW305.xml');
const MESSAGES = fileURLToPath(new URL('../../../test/fixtures/istandaarden/berichten/', import.meta.url));
const xsds = needsShared('the official iJw / iWmo 3.2 XSDs and the JW305 sample (istandaarden/)');

describe.skipIf(xsds.absent)(xsds.title('validateAgainstXsd'), () => {
  it('accepts the official JW305 sample, whether pointed at the distribution root or the xsd folder', async () => {
    const xml = readFileSync(SAMPLE_305, 'utf8');
    expect(await validateAgainstXsd(xml, '305', 'youth', ROOT)).toEqual({ valid: true, errors: [] });
    expect((await validateAgainstXsd(xml, '305', 'youth', join(ROOT, 'jw', 'xsd'))).valid).toBe(true);
  });

  it("accepts every one of the project's own iJw and iWmo messages", async () => {
    const names = readdirSync(MESSAGES).sort();
    expect(names).toEqual([
      'JW301.xml',
      'JW302.xml',
      'JW305.xml',
      'JW307.xml',
      'JW323.xml',
      'WMO301.xml',
      'WMO305.xml',
      'WMO307.xml',
      'WMO323.xml',
    ]);
    for (const name of names) {
      const [, prefix, type] = /^(JW|WMO)(\d{3})\.xml$/.exec(name) ?? [];
      const xml = readFileSync(join(MESSAGES, name), 'utf8');
      const law = prefix === 'JW' ? 'youth' : 'support';
      expect(await validateAgainstXsd(xml, type as MessageType, law, ROOT), name).toEqual({
        valid: true,
        errors: [],
      });
    }
  });

  it.each([
    ['the official JW305 sample', SAMPLE_305, 'jw305', '2026-04-03'],
    ["the project's WMO305", join(MESSAGES, 'WMO305.xml'), 'wmo305', '2026-01-19'],
  ])('rejects elements in the wrong order with a line number (%s)', async (_what, file, prefix, date) => {
    const original = readFileSync(file, 'utf8');
    const swapped = original.replace(
      new RegExp(
        `(<${prefix}:Begindatum>${date}</${prefix}:Begindatum>)(\\s*)(<${prefix}:StatusAanlevering>1</${prefix}:StatusAanlevering>)`,
      ),
      '$3$2$1',
    );
    expect(swapped).not.toBe(original);
    const law = prefix.startsWith('jw') ? 'youth' : 'support';
    const result = await validateAgainstXsd(swapped, '305', law, ROOT);
    expect(result.valid).toBe(false);
    expect(result.errors[0]).toMatch(/^message\.xml:\d+: .*StatusAanlevering/);
  });

  it('rejects a youth message validated as Wmo (different namespace), and the other way round', async () => {
    const result = await validateAgainstXsd(readFileSync(SAMPLE_305, 'utf8'), '305', 'support', ROOT);
    expect(result.valid).toBe(false);
    const wmo = readFileSync(join(MESSAGES, 'WMO305.xml'), 'utf8');
    expect((await validateAgainstXsd(wmo, '305', 'youth', ROOT)).valid).toBe(false);
  });
});

describe('resolveXsdFolder', () => {
  it('names the missing schema when the folder has none', async () => {
    await expect(resolveXsdFolder(MESSAGES, 'youth', '301')).rejects.toThrow(
      new RegExp(`JW301\\.xsd niet gevonden in ${MESSAGES.replace(/\/$/, '')}`),
    );
  });
});
