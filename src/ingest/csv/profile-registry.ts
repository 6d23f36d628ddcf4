/** @module The shipped mapping profiles, user profiles from files, and detection of a CSV's profile from its header line. */
import { readFileSync, readdirSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { IngestError } from '../../errors.ts';
import { POSITION } from '../ingest-reasons.ts';
import { unreadableProfile } from './csv-reasons.ts';
import { parseMappingProfile, requiredColumns, type MappingProfile } from './mapping-profile.ts';

const PROFILE_DIR = fileURLToPath(new URL('./profiles/', import.meta.url));

let shipped: MappingProfile[] | undefined;

/** The profiles shipped with the product (`src/ingest/csv/profiles/*.json`). */
export function shippedProfiles(): MappingProfile[] {
  shipped ??= readdirSync(PROFILE_DIR)
    .filter((name) => extname(name) === '.json')
    .sort()
    .map((name) => parseMappingProfile(JSON.parse(readFileSync(join(PROFILE_DIR, name), 'utf8')), name));
  return shipped;
}

/** Loads a user profile from a JSON file; errors name the file and the field. */
export function loadProfileFile(path: string): MappingProfile {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new IngestError(path, POSITION.profile, unreadableProfile((error as Error).message));
  }
  return parseMappingProfile(raw, path);
}

/** Reads the first line of a file (the CSV header). */
export async function readHeaderLine(path: string): Promise<string> {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(64 * 1024);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    const text = buffer
      .subarray(0, bytesRead)
      .toString('utf8')
      .replace(/^\uFEFF/, '');
    return text.split(/\r?\n/, 1)[0] ?? '';
  } finally {
    await handle.close();
  }
}

/** The candidate profile whose columns all occur in the header, preferring the one that uses most columns. */
export function detectProfile(
  header: string,
  candidates: readonly MappingProfile[],
): MappingProfile | undefined {
  let best: MappingProfile | undefined;
  let bestScore = -1;
  for (const profile of candidates) {
    const columns = header.split(profile.delimiter).map((c) => c.trim().replace(/^"|"$/g, ''));
    const needed = requiredColumns(profile);
    if (needed.every((c) => columns.includes(c)) && needed.length > bestScore) {
      best = profile;
      bestScore = needed.length;
    }
  }
  return best;
}
