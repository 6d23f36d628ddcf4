/**
 * @module The version of what the API answers from, as an ETag: the results cube, the catalogue of local definitions,
 * the areas, meta (delivery dates, gemeente) and the goal tree (versions, targets, narratives). Cube rows are only
 * written when they change and every write stamps `computed_at` (ADR 0006), so counts plus newest stamps change
 * whenever an answer can; a few small queries per request, hashed with the product version (answers change with the code).
 */
import { createHash } from 'node:crypto';
import type { SqlStore } from '../../store/sql-store.ts';

/**
 * One small query per part: each answers in about a millisecond from DuckDB's statistics or a short scan, while the
 * same parts as scalar subqueries of one statement took 70-130 ms to plan and run on demo S.
 */
const VERSION_PARTS = [
  'SELECT count(*)::VARCHAR AS v FROM indicator_value',
  'SELECT max(computed_at)::VARCHAR AS v FROM indicator_value',
  "SELECT string_agg(md5(d::VARCHAR), ',' ORDER BY d::VARCHAR) AS v FROM indicator_definition d",
  'SELECT count(*)::VARCHAR AS v FROM area',
  'SELECT count(*)::VARCHAR AS v FROM area_member',
  "SELECT string_agg(key || '=' || value, ',' ORDER BY key) AS v FROM meta",
  'SELECT max(version)::VARCHAR AS v FROM goal_tree_version',
  "SELECT count(*)::VARCHAR || '/' || coalesce(max(set_at)::VARCHAR, '') AS v FROM goal_target",
  'SELECT max(id)::VARCHAR AS v FROM goal_narrative',
] as const;

/** The strong ETag (quoted) of the data every API answer is read from. */
export async function apiEtag(store: SqlStore, productVersion: string): Promise<string> {
  const parts: string[] = [productVersion];
  for (const sql of VERSION_PARTS) {
    const [row] = await store.all<{ v: string | null }>(sql);
    parts.push(row?.v ?? '');
  }
  const hash = createHash('sha256').update(parts.join('|')).digest('base64url').slice(0, 27);
  return `"${hash}"`;
}

/** True when an If-None-Match header names `etag` (a list, `*`, or weak forms of it). */
export function etagMatches(header: string | undefined, etag: string): boolean {
  if (header === undefined) return false;
  return header
    .split(',')
    .map((tag) => tag.trim().replace(/^W\//, ''))
    .some((tag) => tag === etag || tag === '*');
}
