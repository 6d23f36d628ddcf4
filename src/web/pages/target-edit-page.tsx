/** @module The target editor (policy): choose an indicator of the goal tree, a period and a value; the values set before stay listed (who, when) below. */
import type { JSX } from 'preact';
import type { TargetChangeRow } from '../../store/goal-tree-tables.ts';
import { formatDate, formatNumber, t } from '../../views/messages.ts';
import { EditFormFrame } from './edit-form-frame.tsx';
import { ChoiceField, FormField, PeriodField } from './edit-form-fields.tsx';

export interface TargetEditPageProps {
  csrfToken: string;
  indicators: readonly { id: string; title: string }[];
  indicator: string;
  period: string;
  value: string;
  /** Values set for the chosen indicator, newest first. */
  history: readonly TargetChangeRow[];
  saved?: string;
  error?: string;
}

export function TargetEditPage(props: TargetEditPageProps): JSX.Element {
  const described = props.error
    ? { 'aria-describedby': 'bewerk-fout value-hint' }
    : { 'aria-describedby': 'value-hint' };
  // What follows the form: the values set before.
  const below = (
    <>
      <h2 class="utrecht-heading-2">{t('editHistory')}</h2>
      {props.history.length === 0 ? (
        <p class="utrecht-paragraph">{t('editHistoryEmpty')}</p>
      ) : (
        <table class="utrecht-table">
          <caption class="utrecht-table__caption">
            {t('editTargetHistoryCaption', { indicator: props.indicator })}
          </caption>
          <thead class="utrecht-table__header">
            <tr class="utrecht-table__row">
              <th class="utrecht-table__header-cell" scope="col">
                {t('editPeriod')}
              </th>
              <th class="utrecht-table__header-cell" scope="col">
                {t('editValue')}
              </th>
              <th class="utrecht-table__header-cell" scope="col">
                {t('editNode')}
              </th>
              <th class="utrecht-table__header-cell" scope="col">
                {t('editWhen')}
              </th>
              <th class="utrecht-table__header-cell" scope="col">
                {t('editBy')}
              </th>
            </tr>
          </thead>
          <tbody class="utrecht-table__body">
            {props.history.map((row) => (
              <tr class="utrecht-table__row">
                <td class="utrecht-table__cell">{row.period}</td>
                <td class="utrecht-table__cell utrecht-table__cell--numeric">{formatNumber(row.value)}</td>
                <td class="utrecht-table__cell">{row.node}</td>
                <td class="utrecht-table__cell">{`${formatDate(row.setAt)} ${row.setAt.slice(11, 16)}`}</td>
                <td class="utrecht-table__cell">{row.setBy}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
  return (
    <EditFormFrame
      title={t('editTargetTitle')}
      lead={t('editTargetLead')}
      action="/bewerken/streefwaarde"
      csrfToken={props.csrfToken}
      buttons={[{ label: t('editSave'), kind: 'primary' }]}
      {...(props.saved ? { saved: props.saved } : {})}
      {...(props.error ? { error: props.error } : {})}
      after={below}
    >
      <ChoiceField
        id="indicator"
        label={t('editIndicator')}
        options={props.indicators}
        selected={props.indicator}
      />
      <PeriodField value={props.period} />
      <FormField id="value" label={t('editValue')} hint={t('editValueHint')}>
        <input
          class="utrecht-textbox utrecht-textbox--html-input"
          id="value"
          name="value"
          type="text"
          inputMode="decimal"
          required
          value={props.value}
          {...described}
        />
      </FormField>
    </EditFormFrame>
  );
}
