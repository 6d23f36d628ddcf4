/** @module The year-end projection per domain and product category as a table (budget, expected total, 80 % band, expected over- or underspend) followed by each row's Dutch sentence. */
import type { JSX } from 'preact';
import type { BudgetProjection } from '../engine/budget-projection-service.ts';
import { formatAmount, VERDICT_LABELS } from '../outlook/budget-projection.ts';
import { t } from './messages.ts';

export function BudgetProjectionTable({ projection }: { projection: BudgetProjection }): JSX.Element {
  const caption = t('budgetTableCaption', { year: projection.year });
  return (
    <div class="msd-budget">
      <p class="utrecht-paragraph">
        {t('budgetAsOf', { year: projection.year, asOf: projection.asOf || '—' })}
      </p>
      <div class="msd-table-scroll" tabIndex={0} role="region" aria-label={caption}>
        <table class="utrecht-table utrecht-table--html-table">
          <caption class="utrecht-table__caption">{caption}</caption>
          <thead class="utrecht-table__header">
            <tr class="utrecht-table__row">
              <th scope="col" class="utrecht-table__header-cell">
                {t('budgetColCategory')}
              </th>
              {(
                ['budgetColBudget', 'budgetColExpected', 'budgetColBand80', 'budgetColDifference'] as const
              ).map((key) => (
                <th scope="col" class="utrecht-table__header-cell utrecht-table__header-cell--numeric">
                  {t(key)}
                </th>
              ))}
              <th scope="col" class="utrecht-table__header-cell">
                {t('budgetColVerdict')}
              </th>
            </tr>
          </thead>
          <tbody class="utrecht-table__body">
            {projection.rows.map((r) => {
              const p = r.projection;
              return (
                <tr class="utrecht-table__row">
                  <th scope="row" class="utrecht-table__header-cell">
                    {r.name}
                  </th>
                  <td class="utrecht-table__cell utrecht-table__cell--numeric">
                    {p === null || p.budget === null ? '' : formatAmount(p.budget)}
                  </td>
                  <td class="utrecht-table__cell utrecht-table__cell--numeric">
                    {p ? formatAmount(p.expected) : ''}
                  </td>
                  <td class="utrecht-table__cell utrecht-table__cell--numeric">
                    {p ? `${formatAmount(p.lower80)} – ${formatAmount(p.upper80)}` : ''}
                  </td>
                  <td class="utrecht-table__cell utrecht-table__cell--numeric">
                    {p === null || p.difference === null ? '' : formatAmount(p.difference)}
                  </td>
                  <td class="utrecht-table__cell">
                    {p ? VERDICT_LABELS[p.verdict] : t('budgetNoProjection')}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <ul class="utrecht-unordered-list msd-notes">
        {projection.rows.map((r) => (
          <li class="utrecht-unordered-list__item">{r.sentence}</li>
        ))}
      </ul>
    </div>
  );
}
