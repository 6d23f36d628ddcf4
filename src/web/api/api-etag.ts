/**
 * @module The version of what the API answers from, as an ETag: the results cube, the catalogue of local definitions,
 * the areas, meta (delivery dates, gemeente) and the goal tree (versions, targets, narratives). Cube rows are only
 * written when they change and every write stamps `computed_at` (ADR 0006), so counts plus newest stamps change
 * whenever an answer can; one cheap query per request, hashed with the product version (answers change with the code).
 */
import { createHash } from 'node:crypto';
import type { SqlStore } from '../../store/sql-store.ts';

const VERSION_SQL = `SELECT concat_ws('|',
  (SELECT count(*) FROM indicator_value)::VARCHAR,
  coalesce((SELECT max(computed_at) FROM indicator_value)::VARCHAR, ''),
  (SELECT count(*) FROM indicator_definition)::VARCHAR,
  coalesce((SELECT string_agg(md5(d::VARCHAR), ',' ORDER BY d::VARCHAR) FROM indicator_definition d), ''),
  (SELECT count(*) FROM area)::VARCHAR,
  (SELECT count(*) FROM area_member)::VARCHAR,
  coalesce((SELECT string_agg(key || '=' || value, ',' ORDER BY key) FROM meta), ''),
  coalesce((SELECT max(version) FROM goal_tree_version)::VARCHAR, ''),
  (SELECT count(*) FROM goal_target)::VARCHAR,
  coalesce((SELECT max(set_at) FROM goal_target)::VARCHAR, ''),
  coalesce((SELECT max(id) FROM goal_narrative)::VARCHAR, '')
) AS version`;

/** The strong ETag (quoted) of the data every API answer is read from. */
export async function apiEtag(store: SqlStore, productVersion: string): Promise<string> {
  const [row] = await store.all<{ version: string }>(VERSION_SQL);
  const hash = createHash('sha256')
    .update(`${productVersion}|${row?.version ?? ''}`)
    .digest('base64url')
    .slice(0, 27);
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
