/** @module The frame both edit pages share: page layout, heading and lead, the Dutch saved/refused notice, the POST form with the session's CSRF token and its buttons; the page passes its fields, and what follows the form (preview, history). */
import type { ComponentChildren, JSX } from 'preact';
import { EditNotice } from './edit-form-fields.tsx';
import { PageLayout } from './page-layout.tsx';

export interface EditFormButton {
  label: string;
  /** Primary (the save) or secondary (e.g. "Voorbeeld"). */
  kind: 'primary' | 'secondary';
  /** Sent as `action=<value>` when the form has more than one button. */
  action?: string;
}

export interface EditFormFrameProps {
  title: string;
  lead: string;
  /** Where the form posts (its own route). */
  action: string;
  csrfToken: string;
  buttons: readonly EditFormButton[];
  saved?: string;
  error?: string;
  /** The form's fields. */
  children: ComponentChildren;
  /** Shown below the form: preview, history. */
  after?: ComponentChildren;
}

export function EditFormFrame(props: EditFormFrameProps): JSX.Element {
  return (
    <PageLayout title={props.title}>
      <h1 class="utrecht-heading-1">{props.title}</h1>
      <p class="utrecht-paragraph">{props.lead}</p>
      <EditNotice
        {...(props.saved ? { saved: props.saved } : {})}
        {...(props.error ? { error: props.error } : {})}
      />
      <form class="utrecht-form" method="post" action={props.action}>
        <input type="hidden" name="_csrf" value={props.csrfToken} />
        {props.children}
        <p class="utrecht-button-group">
          {props.buttons.map((button, index) => (
            <>
              {index > 0 ? ' ' : null}
              <button
                class={`utrecht-button utrecht-button--${button.kind}-action`}
                type="submit"
                {...(button.action ? { name: 'action', value: button.action } : {})}
              >
                {button.label}
              </button>
            </>
          ))}
        </p>
      </form>
      {props.after}
    </PageLayout>
  );
}
