/** @module Small NL Design System form parts shared by the edit pages: a labelled field with an optional hint, the choice of a node or indicator, the period field, and the Dutch alert for a saved or refused change. */
import type { ComponentChildren, JSX } from 'preact';
import { t } from '../../views/messages.ts';

export function FormField(props: {
  id: string;
  label: string;
  hint?: string;
  children: ComponentChildren;
}): JSX.Element {
  return (
    <div class="utrecht-form-field">
      <p class="utrecht-form-field__label">
        <label class="utrecht-form-label" for={props.id}>
          {props.label}
        </label>
      </p>
      {props.hint ? (
        <p class="utrecht-form-field-description" id={`${props.id}-hint`}>
          {props.hint}
        </p>
      ) : null}
      <div class="utrecht-form-field__input">{props.children}</div>
    </div>
  );
}

/** A saved change (status) or a refusal (alert) in Dutch; nothing when there is neither. */
export function EditNotice({ saved, error }: { saved?: string; error?: string }): JSX.Element | null {
  if (error)
    return (
      <div class="utrecht-alert utrecht-alert--error" role="alert" id="bewerk-fout">
        <p class="utrecht-paragraph">{error}</p>
      </div>
    );
  if (saved)
    return (
      <div class="utrecht-alert utrecht-alert--ok" role="status">
        <p class="utrecht-paragraph">{saved}</p>
      </div>
    );
  return null;
}

/** A labelled choice of a goal-tree node or indicator, each shown as "title (id)". */
export function ChoiceField(props: {
  id: string;
  label: string;
  options: ReadonlyArray<{ id: string; title: string }>;
  selected: string;
  /** `aria-describedby` of the form's error alert, when there is one. */
  describedBy?: string;
}): JSX.Element {
  return (
    <FormField id={props.id} label={props.label}>
      <select
        class="utrecht-select utrecht-select--html-select"
        id={props.id}
        name={props.id}
        {...(props.describedBy ? { 'aria-describedby': props.describedBy } : {})}
      >
        {props.options.map((n) => (
          <option value={n.id} selected={n.id === props.selected}>
            {`${n.title} (${n.id})`}
          </option>
        ))}
      </select>
    </FormField>
  );
}

/** The period a change applies to ("2024", "2024-H1" …), with its hint. */
export function PeriodField({ value }: { value: string }): JSX.Element {
  return (
    <FormField id="period" label={t('editPeriod')} hint={t('editPeriodHint')}>
      <input
        class="utrecht-textbox utrecht-textbox--html-input"
        id="period"
        name="period"
        type="text"
        required
        value={value}
        aria-describedby="period-hint"
      />
    </FormField>
  );
}
