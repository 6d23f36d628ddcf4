/** @module Test helper: reads the figures a dashboard page shows (`<td data-cell="period|area|breakdown">text</td>`) and the text a published value should show. */
import { formatNumber } from '../../src/views/messages.ts';

/** The page's figure cells in page order: the cube cell they show and their text. */
export function pageCells(html: string): Array<{ ref: string; text: string }> {
  return [...html.matchAll(/<td[^>]*data-cell="([^"]*)"[^>]*>([^<]*)<\/td>/g)].map((m) => ({
    ref: m[1] ?? '',
    text: m[2] ?? '',
  }));
}

/** What a published value looks like on a page: 1.234 / 47,5 / `.` for secret, `*` after a provisional one. */
export function shownText(value: { value: number | null; status: string }): string {
  const shown = value.value === null ? '.' : formatNumber(value.value);
  return value.status === 'provisional' ? `${shown}*` : shown;
}

/** The cell key of a CLI JSON row (`msd indicators show --format json`). */
export function cliRef(row: {
  period: string;
  area: string;
  breakdown: { key: string; value: string } | null;
}): string {
  return `${row.period}|${row.area}|${row.breakdown ? `${row.breakdown.key}=${row.breakdown.value}` : ''}`;
}
