/** @module The narrative editor (policy): choose a node and period, write markdown, "Voorbeeld" renders it on the server (no script), "Opslaan" stores a new version; every earlier version is listed below. */
import type { JSX } from 'preact';
import type { NarrativeRow } from '../../store/goal-tree-tables.ts';
import { formatDate, t } from '../../views/messages.ts';
import { EditFormFrame } from './edit-form-frame.tsx';
import { ChoiceField, FormField, PeriodField } from './edit-form-fields.tsx';

export interface NarrativeEditPageProps {
  csrfToken: string;
  nodes: readonly { id: string; title: string }[];
  node: string;
  period: string;
  text: string;
  status: 'concept' | 'definitief';
  /** Server-rendered (safe) HTML of the text when "Voorbeeld" was pressed. */
  previewHtml?: string;
  /** Each version with its safe HTML, newest first. */
  history: readonly (NarrativeRow & { html: string })[];
  saved?: string;
  error?: string;
}

export function NarrativeEditPage(props: NarrativeEditPageProps): JSX.Element {
  const described = props.error ? { 'aria-describedby': 'bewerk-fout' } : {};
  // What follows the form: the preview (when asked) and every earlier version.
  const below = (
    <>
      {props.previewHtml !== undefined ? (
        <section aria-labelledby="voorbeeld">
          <h2 class="utrecht-heading-2" id="voorbeeld">
            {t('editPreviewHeading')}
          </h2>
          <div class="msd-narrative" dangerouslySetInnerHTML={{ __html: props.previewHtml }} />
        </section>
      ) : null}
      <section aria-labelledby="geschiedenis">
        <h2 class="utrecht-heading-2" id="geschiedenis">
          {t('editHistory')}
        </h2>
        {props.history.length === 0 ? <p class="utrecht-paragraph">{t('editHistoryEmpty')}</p> : null}
        {props.history.map((row) => (
          <article class="msd-narrative-version">
            <h3 class="utrecht-heading-3">
              {t('editHistoryItem', {
                id: row.id,
                status: row.status,
                author: row.author,
                at: `${formatDate(row.writtenAt)} ${row.writtenAt.slice(11, 16)}`,
              })}
            </h3>
            <div class="msd-narrative" dangerouslySetInnerHTML={{ __html: row.html }} />
          </article>
        ))}
      </section>
    </>
  );
  return (
    <EditFormFrame
      title={t('editNarrativeTitle')}
      lead={t('editNarrativeLead')}
      action="/bewerken/verhaal"
      csrfToken={props.csrfToken}
      buttons={[
        { label: t('editPreview'), kind: 'secondary', action: 'voorbeeld' },
        { label: t('editSave'), kind: 'primary', action: 'opslaan' },
      ]}
      {...(props.saved ? { saved: props.saved } : {})}
      {...(props.error ? { error: props.error } : {})}
      after={below}
    >
      <ChoiceField
        id="node"
        label={t('editNode')}
        options={props.nodes}
        selected={props.node}
        {...(props.error ? { describedBy: 'bewerk-fout' } : {})}
      />
      <PeriodField value={props.period} />
      <FormField id="text" label={t('editText')}>
        <textarea
          class="utrecht-textarea utrecht-textarea--html-textarea"
          id="text"
          name="text"
          rows={12}
          {...described}
        >
          {props.text}
        </textarea>
      </FormField>
      <FormField id="status" label={t('editStatus')}>
        <select class="utrecht-select utrecht-select--html-select" id="status" name="status">
          <option value="concept" selected={props.status === 'concept'}>
            {t('editStatusConcept')}
          </option>
          <option value="definitief" selected={props.status === 'definitief'}>
            {t('editStatusFinal')}
          </option>
        </select>
      </FormField>
    </EditFormFrame>
  );
}
