/** @module Custom areas (kernen, gebieden) as sets of wijken/buurten of the deployment's gemeente: reading (JSON or CSV), validation with clear errors, storage in `area` + `area_member`, listing. */
import { readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { cbsAreaLevel, gemeenteOf, normaliseAreaCode, wijkOfBuurt } from '../../domain/area-code.ts';
import type { SqlStore } from '../../store/sql-store.ts';
import { decodeText, parseDelimitedText } from './delimited-text.ts';

export interface CustomAreaInput {
  code: string;
  name: string;
  members: string[];
}

/** Problems with a custom areas file, all of them, each naming the area and what is wrong. */
export class CustomAreaError extends Error {
  override readonly name = 'CustomAreaError';
  constructor(
    readonly file: string,
    readonly problems: readonly string[],
  ) {
    super(`${file}: ${problems.join('; ')}`);
  }
}

/** Codes of custom areas: a letter first, then letters, digits, `-` or `_` (at most 40). */
const CODE_PATTERN = /^[A-Za-z][A-Za-z0-9_-]{0,39}$/;
/** Codes the engine and disclosure control read as CBS levels (prefix GM/WK/BU) are refused. */
const CBS_LIKE = /^(GM|WK|BU)/i;

function fromJson(file: string, text: string): unknown[] {
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch (error) {
    throw new CustomAreaError(file, [`not valid JSON: ${(error as Error).message}`]);
  }
  return Array.isArray(input) ? input : [input];
}

/** CSV: `code;name;member` (one line per member) or `code;name;members` (members separated by spaces, commas or |). */
function fromCsv(file: string, text: string): unknown[] {
  const parsed = parseDelimitedText(text);
  const header = parsed.header.map((h) => h.toLowerCase());
  const memberColumn = header.includes('members') ? 'members' : 'member';
  const missing = ['code', 'name', memberColumn].filter((c) => !header.includes(c));
  if (missing.length > 0)
    throw new CustomAreaError(file, [
      `line 1 (header): missing column ${missing.join(', ')} (expected code;name;member)`,
    ]);
  const byCode = new Map<string, CustomAreaInput>();
  for (const record of parsed.records) {
    const get = (name: string): string =>
      (Object.entries(record.fields).find(([k]) => k.toLowerCase() === name)?.[1] ?? '').trim();
    const code = get('code');
    if (code === '' && get(memberColumn) === '') continue;
    const area = byCode.get(code) ?? { code, name: get('name'), members: [] };
    area.members.push(
      ...get(memberColumn)
        .split(/[\s,|]+/)
        .filter((m) => m !== ''),
    );
    byCode.set(code, area);
  }
  return [...byCode.values()];
}

export async function readCustomAreasFile(file: string): Promise<unknown[]> {
  const text = decodeText(await readFile(file));
  return extname(file).toLowerCase() === '.json' || /^\s*[[{]/.test(text)
    ? fromJson(file, text)
    : fromCsv(file, text);
}

export interface AreaContext {
  gemeente: string;
  /** Areas in the store by code, with level. */
  areas: ReadonlyMap<string, string>;
}

/** Validates every area; throws CustomAreaError listing all problems, else returns the areas with normalised members. */
export function validateCustomAreas(
  file: string,
  input: readonly unknown[],
  context: AreaContext,
): CustomAreaInput[] {
  const problems: string[] = [];
  const areas: CustomAreaInput[] = [];
  const codes = new Set<string>();
  if (input.length === 0) problems.push('no areas');
  input.forEach((raw, index) => {
    const o = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
    const code = typeof o.code === 'string' ? o.code.trim() : '';
    const label = code ? `area ${code}` : `area ${index + 1}`;
    const say = (message: string) => problems.push(`${label}: ${message}`);
    if (code === '') say('code is missing');
    else if (CBS_LIKE.test(code))
      say(`code ${code} looks like a CBS code (GM/WK/BU); choose another, e.g. KERN-01`);
    else if (!CODE_PATTERN.test(code))
      say(`code ${code} must be a letter followed by letters, digits, - or _ (at most 40)`);
    else if (codes.has(code)) say(`code ${code} is defined twice`);
    else if (context.areas.has(code) && context.areas.get(code) !== 'custom')
      say(`code ${code} is already a ${context.areas.get(code)} area`);
    codes.add(code);
    const name = typeof o.name === 'string' ? o.name.trim() : '';
    if (name === '') say('name is missing');
    const rawMembers = Array.isArray(o.members) ? o.members : [];
    if (rawMembers.length === 0) say('members is missing or empty (list wijk or buurt codes)');
    const members: string[] = [];
    for (const m of rawMembers) {
      if (typeof m !== 'string') {
        say(`member ${JSON.stringify(m)} is not a code`);
        continue;
      }
      const member = normaliseAreaCode(m);
      const level = cbsAreaLevel(member) ?? (context.areas.get(member) === 'wijk' ? 'wijk' : undefined);
      if (level !== 'wijk' && level !== 'buurt') say(`member ${m.trim()} is not a wijk or buurt code`);
      else if (gemeenteOf(member) !== context.gemeente)
        say(`member ${member} belongs to another gemeente (${gemeenteOf(member)}), not ${context.gemeente}`);
      else if (level === 'wijk' && !context.areas.has(member))
        say(`member ${member} is an unknown wijk of ${context.gemeente}`);
      else if (level === 'buurt' && !context.areas.has(wijkOfBuurt(member)!))
        say(`member ${member} lies in an unknown wijk (${wijkOfBuurt(member)}) of ${context.gemeente}`);
      else if (members.includes(member)) say(`member ${member} is listed twice`);
      else members.push(member);
    }
    areas.push({ code, name, members });
  });
  if (problems.length > 0) throw new CustomAreaError(file, problems);
  return areas;
}

/** Stores custom areas in one transaction: an existing custom area with the same code is replaced; others are kept. */
export async function storeCustomAreas(
  store: SqlStore,
  gemeente: string,
  areas: readonly CustomAreaInput[],
  source: string,
): Promise<{ created: string[]; replaced: string[] }> {
  return store.transaction(async () => {
    const created: string[] = [];
    const replaced: string[] = [];
    for (const area of areas) {
      const existing = await store.all("SELECT 1 FROM area WHERE code = ? AND level = 'custom'", [area.code]);
      (existing.length > 0 ? replaced : created).push(area.code);
      await store.run('DELETE FROM area WHERE code = ?', [area.code]);
      await store.run('DELETE FROM area_member WHERE area = ?', [area.code]);
      await store.append(
        'area_member',
        area.members.map((m) => [area.code, m]),
      );
      // Inhabitants: the sum over member wijken when every member is a wijk with known inhabitants.
      await store.run(
        `INSERT INTO area
         SELECT ?, ?, 'custom', ?, NULL, NULL,
           CASE WHEN count(a.inhabitants) = count(*) THEN sum(a.inhabitants) END, ?
         FROM area_member m LEFT JOIN area a ON a.code = m.member WHERE m.area = ?`,
        [area.code, area.name, gemeente, source, area.code],
      );
    }
    return { created, replaced };
  });
}

/** Reads, validates and stores a custom areas file for the deployment's gemeente. */
export async function defineCustomAreasFromFile(
  store: SqlStore,
  file: string,
  gemeente: string,
): Promise<{ created: string[]; replaced: string[] }> {
  const input = await readCustomAreasFile(file);
  const rows = await store.all<{ code: string; level: string }>('SELECT code, level FROM area');
  const areas = validateCustomAreas(file, input, {
    gemeente,
    areas: new Map(rows.map((r) => [r.code, r.level])),
  });
  return storeCustomAreas(store, gemeente, areas, `msd areas define ${basename(file)}`);
}

export type AreaListing = {
  code: string;
  name: string;
  level: string;
  parent: string | null;
  inhabitants: number | null;
  members: string;
};

/** The deployment's areas: gemeente, wijken, then custom areas with their members. */
export async function listAreas(store: SqlStore): Promise<AreaListing[]> {
  return store.all<AreaListing>(
    `SELECT a.code, a.name, a.level, a.parent, a.inhabitants,
       coalesce((SELECT string_agg(m.member, ' ' ORDER BY m.member) FROM area_member m WHERE m.area = a.code), '') AS members
     FROM area a
     ORDER BY CASE a.level WHEN 'gemeente' THEN 0 WHEN 'wijk' THEN 1 WHEN 'buurt' THEN 2 ELSE 3 END, a.code`,
  );
}
