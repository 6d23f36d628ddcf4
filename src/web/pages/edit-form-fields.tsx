/** @module Small NL Design System form parts shared by the edit pages: a labelled field with an optional hint, and the Dutch alert for a saved or refused change. */
import type { ComponentChildren, JSX } from 'preact';

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
