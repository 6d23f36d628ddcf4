/** @module The upload form (analyst): one or more delivery files and an optional mapping profile, posted as multipart with the session's CSRF token in the action URL; a script from /static/ shows the sending progress (the form works without it). */
import type { JSX } from 'preact';
import { t } from '../../views/messages.ts';
import { EditNotice, FormField } from './edit-form-fields.tsx';
import { PageLayout } from './page-layout.tsx';

export interface UploadPageProps {
  csrfToken: string;
  /** Extensions accepted (`.xml`, `.zip`, …). */
  types: readonly string[];
  /** The size limit per upload, for people (200 MB). */
  limit: string;
  limitBytes: number;
  /** The shipped mapping profiles by name. */
  profiles: readonly string[];
  /** Why uploading is not possible here now (no data folder, demo still building); the form is then not shown. */
  unavailable?: string;
  error?: string;
}

export function UploadPage(props: UploadPageProps): JSX.Element {
  const action = `/gegevensleveringen/uploaden?_csrf=${encodeURIComponent(props.csrfToken)}`;
  return (
    <PageLayout
      title={t('uploadTitle')}
      head={props.unavailable ? null : <script src="/static/upload-progress.js" defer />}
    >
      <h1 class="utrecht-heading-1">{t('uploadTitle')}</h1>
      <p class="utrecht-paragraph utrecht-paragraph--lead">{t('uploadLead')}</p>
      {props.unavailable ? (
        <div class="utrecht-alert utrecht-alert--warning" role="status">
          <p class="utrecht-paragraph">{props.unavailable}</p>
        </div>
      ) : (
        <>
          <EditNotice {...(props.error ? { error: props.error } : {})} />
          {/* The token travels in the action URL: the multipart body is streamed only after the token is checked. */}
          <form
            class="utrecht-form"
            method="post"
            action={action}
            encType="multipart/form-data"
            data-upload-form=""
            data-limit={String(props.limitBytes)}
          >
            <input type="hidden" name="_csrf" value={props.csrfToken} />
            <FormField
              id="bestanden"
              label={t('uploadFilesLabel')}
              hint={t('uploadFilesHint', { types: props.types.join(', '), limit: props.limit })}
            >
              <input
                class="utrecht-textbox utrecht-textbox--html-input"
                id="bestanden"
                name="bestanden"
                type="file"
                multiple
                required
                accept={props.types.join(',')}
                aria-describedby={props.error ? 'bewerk-fout bestanden-hint' : 'bestanden-hint'}
              />
            </FormField>
            <FormField id="profiel" label={t('uploadProfileLabel')} hint={t('uploadProfileHint')}>
              <select
                class="utrecht-select utrecht-select--html-select"
                id="profiel"
                name="profiel"
                aria-describedby="profiel-hint"
              >
                <option value="">{t('uploadProfileAuto')}</option>
                {props.profiles.map((name) => (
                  <option value={name}>{name}</option>
                ))}
              </select>
            </FormField>
            <p class="utrecht-paragraph">
              <button class="utrecht-button utrecht-button--primary-action" type="submit">
                {t('uploadSubmit')}
              </button>
            </p>
            {/* Filled by upload-progress.js while the files are sent; hidden without the script. */}
            <div class="msd-upload-progress" hidden data-upload-progress="">
              <label class="utrecht-form-label" for="verzenden">
                {t('uploadSendingLabel')}
              </label>
              <progress id="verzenden" max="100" value="0" />
              <p
                class="utrecht-paragraph"
                role="status"
                aria-live="polite"
                data-sending={t('uploadSending')}
              />
            </div>
          </form>
        </>
      )}
    </PageLayout>
  );
}
