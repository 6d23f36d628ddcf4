/** @module Tests for XSD validation against the official schemas (skipped when ../shared is absent). */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveXsdFolder, validateAgainstXsd } from './xsd-validator.ts';

const ROOT = join(process.cwd(), '..', 'shared', 'istandaarden');
const SAMPLE_305 = join(ROOT, 'jw', 'berichten', 'JW305.xml');

describe.skipIf(!existsSync(SAMPLE_305))('validateAgainstXsd', () => {
  it('accepts the official JW305 sample, whether pointed at the distribution root or the xsd folder', async () => {
    const xml = readFileSync(SAMPLE_305, 'utf8');
    expect(await validateAgainstXsd(xml, '305', 'youth', ROOT)).toEqual({ valid: true, errors: [] });
    expect((await validateAgainstXsd(xml, '305', 'youth', join(ROOT, 'jw', 'xsd'))).valid).toBe(true);
  });

  it('rejects elements in the wrong order with a line number', async () => {
    const xml = readFileSync(SAMPLE_305, 'utf8').replace(
      /(<jw305:Begindatum>2026-04-03<\/jw305:Begindatum>)(\s*)(<jw305:StatusAanlevering>1<\/jw305:StatusAanlevering>)/,
      '$3$2$1',
    );
    const result = await validateAgainstXsd(xml, '305', 'youth', ROOT);
    expect(result.valid).toBe(false);
    expect(result.errors[0]).toMatch(/^message\.xml:\d+: .*StatusAanlevering/);
  });

  it('rejects a youth message validated as Wmo (different namespace)', async () => {
    const result = await validateAgainstXsd(readFileSync(SAMPLE_305, 'utf8'), '305', 'support', ROOT);
    expect(result.valid).toBe(false);
  });

  it('names the missing schema when the folder has none', async () => {
    await expect(resolveXsdFolder(join(ROOT, 'jw', 'berichten'), 'youth', '301')).rejects.toThrow(
      /JW301\.xsd niet gevonden in /,
    );
  });
});
