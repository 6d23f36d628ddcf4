/**
 * @module The version of everything the dashboard pages show — cube rows, meta (delivery dates), areas, the goal
 * tree (versions, targets, narratives), batches and quarantine, and the start page's outlook (signals, nowcast,
 * budget) — in one query (read at most once a second, see
 * `versionReader`), and a cache of rendered charts, maps and pages that is
 * emptied when that version changes. Rows are only written when they change and every write stamps `computed_at`
 * (ADR 0006), so an unchanged fingerprint means unchanged pages (the same reasoning as home-page-cache.ts).
 */
import type { SqlStore } from '../store/sql-store.ts';

/** The version of the outlook the start page shows (signals, nowcast, budget), as one SQL text expression. */
export const OUTLOOK_VERSION_SQL = `(SELECT count(*) FROM outlook_signal)::VARCHAR
  || '|' || coalesce((SELECT max(computed_at) FROM claim_nowcast), '')
  || '|' || coalesce((SELECT count(*) || '/' || max(imported_at) FROM budget_line)::VARCHAR, '')`;

const VERSION_SQL = `SELECT
  (SELECT count(*) FROM indicator_value)::VARCHAR
  || '|' || coalesce((SELECT max(computed_at) FROM indicator_value)::VARCHAR, '')
  || '|' || coalesce((SELECT string_agg(key || '=' || value, ',' ORDER BY key) FROM meta), '')
  || '|' || (SELECT count(*) FROM area)::VARCHAR
  || '|' || (SELECT count(*) FROM indicator_definition)::VARCHAR
  || '|' || coalesce((SELECT max(version) FROM goal_tree_version)::VARCHAR, '')
  || '|' || coalesce((SELECT count(*) || '/' || max(set_at) FROM goal_target)::VARCHAR, '')
  || '|' || coalesce((SELECT count(*) || '/' || max(written_at) FROM goal_narrative)::VARCHAR, '')
  || '|' || (SELECT count(*) FROM batch)::VARCHAR || '|' || (SELECT count(*) FROM quarantine)::VARCHAR
  || '|' || ${OUTLOOK_VERSION_SQL} AS fingerprint`;

/** The current version of what the pages show. */
export async function cubeVersion(store: SqlStore): Promise<string> {
  const [row] = await store.all<{ fingerprint: string }>(VERSION_SQL);
  return row?.fingerprint ?? '';
}

/** How long a read version is trusted before the next request reads it again. */
export const VERSION_TTL_MS = 1000;

/**
 * A reader of the version for many concurrent requests. The version query reads a dozen tables and, on a busy
 * machine, takes tens of milliseconds on the store's one connection — per request it would dominate every cached
 * page. So it runs at most once per `ttlMs` (concurrent requests share one query): a change of the data shows on
 * the pages within that time. Writes only happen in this process while it serves (DuckDB has one writer; the CLI
 * hands its commands to the server), and after a write a page is at most `ttlMs` behind.
 */
export function versionReader(
  store: SqlStore,
  ttlMs: number = VERSION_TTL_MS,
  now: () => number = () => performance.now(),
): () => Promise<string> {
  let current: { read: Promise<string>; at: number } | undefined;
  return () => {
    if (current === undefined || now() - current.at >= ttlMs) {
      const read = cubeVersion(store);
      const entry = { read, at: now() };
      current = entry;
      // A failed read is not kept: the next request asks again.
      read.catch(() => {
        if (current === entry) current = undefined;
      });
    }
    return current.read;
  };
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
