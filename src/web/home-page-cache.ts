/**
 * @module Keeps the start page's figures and charts (home-data.ts) until the cube rows they come from change. Loading
 * them renders three Vega charts and takes 130-660 ms of the event loop; while a demo builds, or under many
 * requests, the page is asked for far more often than the figures change.
 */
import type { SqlStore } from '../store/sql-store.ts';
import { OUTLOOK_VERSION_SQL } from './cube-version.ts';
import { HOME_INDICATORS, loadHomePage } from './pages/home-data.ts';
import type { HomePageProps } from './pages/home-page.tsx';

/**
 * What the start page's content depends on, in one cheap query: the rows of its indicators (count, newest write),
 * the delivery date and gemeente (meta), the areas, and for the outlook the signals, nowcast and budget. Rows are only written when they change (ADR 0006), and every
 * write stamps `computed_at`, so an unchanged fingerprint means an unchanged page.
 */
const FINGERPRINT_SQL = `SELECT
  (SELECT count(*) FROM indicator_value WHERE indicator IN (${HOME_INDICATORS.map(() => '?').join(', ')}))::VARCHAR
  || '|' || coalesce((SELECT max(computed_at) FROM indicator_value WHERE indicator IN (${HOME_INDICATORS.map(() => '?').join(', ')}))::VARCHAR, '')
  || '|' || coalesce((SELECT string_agg(key || '=' || value, ',' ORDER BY key) FROM meta), '')
  || '|' || (SELECT count(*) FROM area)::VARCHAR
  || '|' || ${OUTLOOK_VERSION_SQL} AS fingerprint`;

/**
 * A loader of the start page's props that reloads only when the fingerprint changed. While `preferStale()` holds (a
 * demo build in this process, whose notice already says figures follow), a changed fingerprint starts the reload and
 * the page answers at once with the props it has; otherwise every answer waits for the current figures.
 */
export function cachedHomePage(
  store: SqlStore,
  preferStale: () => boolean = () => false,
): () => Promise<HomePageProps> {
  let cached: { fingerprint: string; props: Promise<HomePageProps> } | undefined;
  let shown: Promise<HomePageProps> | undefined;
  return async () => {
    const [row] = await store.all<{ fingerprint: string }>(FINGERPRINT_SQL, [
      ...HOME_INDICATORS,
      ...HOME_INDICATORS,
    ]);
    const fingerprint = row?.fingerprint ?? '';
    if (cached?.fingerprint !== fingerprint) {
      // Concurrent requests share one load; a failed load is not kept.
      const props = loadHomePage(store);
      cached = { fingerprint, props };
      props.then(
        () => {
          shown = props;
        },
        () => {
          if (cached?.props === props) cached = undefined;
        },
      );
    }
    return preferStale() && shown !== undefined ? shown : cached.props;
  };
}
