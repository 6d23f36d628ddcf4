/**
 * @module The version of everything the dashboard pages show — cube rows, meta (delivery dates), areas and the goal
 * tree (versions, targets, narratives) — in one cheap query, and a cache of rendered charts, maps and pages that is
 * emptied when that version changes. Rows are only written when they change and every write stamps `computed_at`
 * (ADR 0006), so an unchanged fingerprint means unchanged pages (the same reasoning as home-page-cache.ts).
 */
import type { SqlStore } from '../store/sql-store.ts';

const VERSION_SQL = `SELECT
  (SELECT count(*) FROM indicator_value)::VARCHAR
  || '|' || coalesce((SELECT max(computed_at) FROM indicator_value)::VARCHAR, '')
  || '|' || coalesce((SELECT string_agg(key || '=' || value, ',' ORDER BY key) FROM meta), '')
  || '|' || (SELECT count(*) FROM area)::VARCHAR
  || '|' || (SELECT count(*) FROM indicator_definition)::VARCHAR
  || '|' || coalesce((SELECT max(version) FROM goal_tree_version)::VARCHAR, '')
  || '|' || coalesce((SELECT count(*) || '/' || max(set_at) FROM goal_target)::VARCHAR, '')
  || '|' || coalesce((SELECT count(*) || '/' || max(written_at) FROM goal_narrative)::VARCHAR, '') AS fingerprint`;

/** The current version of what the pages show. */
export async function cubeVersion(store: SqlStore): Promise<string> {
  const [row] = await store.all<{ fingerprint: string }>(VERSION_SQL);
  return row?.fingerprint ?? '';
}

/** At most this many entries are kept per version (pages × filters); the oldest goes first. */
const MAX_ENTRIES = 2000;

/**
 * Values (rendered SVG, page HTML) by key for one version of the data. `get` shares one computation between
 * concurrent requests; a failed computation is not kept; a new version empties the cache.
 */
export class VersionedCache<T> {
  private version = '';
  private readonly entries = new Map<string, Promise<T>>();

  constructor(private readonly maxEntries = MAX_ENTRIES) {}

  get(version: string, key: string, compute: () => Promise<T>): Promise<T> {
    if (version !== this.version) {
      this.entries.clear();
      this.version = version;
    }
    const hit = this.entries.get(key);
    if (hit) return hit;
    const value = compute();
    this.entries.set(key, value);
    if (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
    value.catch(() => {
      if (this.entries.get(key) === value) this.entries.delete(key);
    });
    return value;
  }

  get size(): number {
    return this.entries.size;
  }
}
