/** @module A table of published figures as pages show it (fixed first column, scrolls sideways on a phone) and the same table as rows of a download, so a download holds exactly what the page shows. */
import type { JSX } from 'preact';
import { formatNumber, t, valueStatusLabel, type Locale } from '../../views/messages.ts';

/** One shown figure: the published value, or the CBS symbol when hidden. */
export interface ShownCell {
  readonly value: number | null;
  readonly symbol: string | null;
  /** final | provisional | running */
  readonly status: string;
  /** Which cube cell it is (`period|area|breakdownKey=value`): lets tests compare the page with the CLI. */
  readonly ref?: string;
}

export interface FigureTableRow {
  readonly label: string;
  readonly href?: string;
  readonly cells: readonly (ShownCell | null)[];
}

export interface FigureTableModel {
  readonly id: string;
  readonly caption: string;
  readonly rowHeading: string;
  readonly columns: readonly string[];
  readonly rows: readonly FigureTableRow[];
}

/** The text a cell shows: `1.234`, `.` (secret), `1.234*` (provisional), '' (no figure for that cell). */
export function cellText(cell: ShownCell | null, locale: Locale = 'nl'): string {
  if (!cell) return '';
  const shown = cell.value === null ? (cell.symbol ?? '.') : formatNumber(cell.value, locale);
  return cell.status === 'provisional' ? `${shown}*` : shown;
}

export function FigureTable({
  table,
  locale = 'nl',
}: {
  table: FigureTableModel;
  locale?: Locale;
}): JSX.Element {
  return (
    <div class="msd-table-scroll" tabIndex={0} role="region" aria-labelledby={`${table.id}-caption`}>
      <table class="utrecht-table utrecht-table--html-table msd-figure-table" id={table.id}>
        <caption class="utrecht-table__caption" id={`${table.id}-caption`}>
          {table.caption}
        </caption>
        <thead class="utrecht-table__header">
          <tr class="utrecht-table__row">
            <th scope="col" class="utrecht-table__header-cell msd-fixed-column">
              {table.rowHeading}
            </th>
            {table.columns.map((column) => (
              <th scope="col" class="utrecht-table__header-cell utrecht-table__header-cell--numeric">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody class="utrecht-table__body">
          {table.rows.map((row) => (
            <tr class="utrecht-table__row">
              <th scope="row" class="utrecht-table__header-cell msd-fixed-column">
                {row.href ? (
                  <a class="utrecht-link" href={row.href}>
                    {row.label}
                  </a>
                ) : (
                  row.label
                )}
              </th>
              {row.cells.map((cell) => (
                <td
                  class="utrecht-table__cell utrecht-table__cell--numeric"
                  data-cell={cell?.ref}
                  title={cell && cell.status !== 'final' ? valueStatusLabel(cell.status, locale) : undefined}
                >
                  {cellText(cell, locale)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The download columns: which table, row and column, the figure as shown (number or `.`) and its status. */
export const DOWNLOAD_HEADER = ['tabel', 'rij', 'kolom', 'waarde', 'status'] as const;

/** Every non-empty cell of the tables, in page order, as download rows. */
export function downloadRows(
  tables: readonly FigureTableModel[],
  locale: Locale = 'nl',
): (string | number)[][] {
  return tables.flatMap((table) =>
    table.rows.flatMap((row) =>
      row.cells.flatMap((cell, index) =>
        cell === null
          ? []
          : [
              [
                table.caption,
                row.label,
                table.columns[index] ?? '',
                cell.value ?? cell.symbol ?? '.',
                valueStatusLabel(cell.status, locale),
              ],
            ],
      ),
    ),
  );
}

/** The note under every download: what `.` and the statuses mean. */
export const downloadNote = (locale: Locale = 'nl'): string => t('statusLegend', {}, locale);
