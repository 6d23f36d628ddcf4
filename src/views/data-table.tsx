/** @module A captioned NL Design System table in a keyboard-scrollable region (wide tables stay usable at 390 px). */
import type { ComponentChildren, JSX } from 'preact';

export interface DataColumn {
  readonly label: string;
  /** Right-aligned (amounts, counts). */
  readonly numeric?: boolean;
}

export interface DataTableProps {
  readonly caption: string;
  readonly columns: readonly DataColumn[];
  /** Cells per row; the first cell of a row is its row header. */
  readonly rows: readonly (readonly ComponentChildren[])[];
  /** Rows after the body (totals), rendered in a `tfoot`. */
  readonly footer?: readonly (readonly ComponentChildren[])[];
  /** Extra attributes per body row (a print class, `data-*` hooks), by row index. */
  readonly rowAttributes?: readonly (RowAttributes | undefined)[];
  /** Printed on one page: the report keeps a table whole (class `msd-keep`). */
  readonly keep?: boolean;
}

/** Attributes a body row may carry besides its cells. */
export type RowAttributes = Readonly<Record<`data-${string}`, string>> & { readonly class?: string };

function Row({
  cells,
  columns,
  attributes = {},
}: {
  cells: readonly ComponentChildren[];
  columns: readonly DataColumn[];
  attributes?: RowAttributes | undefined;
}) {
  const { class: extraClass, ...data } = attributes;
  return (
    <tr class={extraClass ? `utrecht-table__row ${extraClass}` : 'utrecht-table__row'} {...data}>
      {cells.map((cell, i) => {
        const numeric = columns[i]?.numeric ? ' utrecht-table__cell--numeric' : '';
        return i === 0 ? (
          <th scope="row" class={`utrecht-table__header-cell${numeric}`}>
            {cell}
          </th>
        ) : (
          <td class={`utrecht-table__cell${numeric}`}>{cell}</td>
        );
      })}
    </tr>
  );
}

export function DataTable({
  caption,
  columns,
  rows,
  footer = [],
  rowAttributes = [],
  keep = false,
}: DataTableProps): JSX.Element {
  return (
    <div
      class={keep ? 'msd-table-scroll msd-keep' : 'msd-table-scroll'}
      tabIndex={0}
      role="region"
      aria-label={caption}
    >
      <table class="utrecht-table utrecht-table--html-table msd-data-table">
        <caption class="utrecht-table__caption">{caption}</caption>
        <thead class="utrecht-table__header">
          <tr class="utrecht-table__row">
            {columns.map((c) => (
              <th
                scope="col"
                class={`utrecht-table__header-cell${c.numeric ? ' utrecht-table__header-cell--numeric' : ''}`}
              >
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody class="utrecht-table__body">
          {rows.map((cells, i) => (
            <Row cells={cells} columns={columns} attributes={rowAttributes[i]} />
          ))}
        </tbody>
        {footer.length > 0 ? (
          <tfoot class="utrecht-table__footer">
            {footer.map((cells) => (
              <Row cells={cells} columns={columns} />
            ))}
          </tfoot>
        ) : null}
      </table>
    </div>
  );
}
