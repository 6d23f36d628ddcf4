/** @module The login form (NL Design System): username, password, a hidden pre-session `_csrf` token and the local page to return to; a refusal is shown as an error alert tied to the form. */
import type { JSX } from 'preact';
import { t, type Locale } from '../../views/messages.ts';
import { PageLayout } from './page-layout.tsx';

export interface LoginPageProps {
  csrfToken: string;
  next: string;
  /** Why the last attempt was refused (Dutch), if it was. */
  error?: string;
  username?: string;
  /** Single sign-on configured: the organisation whose identity provider the SSO button leads to. */
  ssoOrganisation?: string;
  locale?: Locale;
}

export function LoginPage({
  csrfToken,
  next,
  error,
  username,
  ssoOrganisation,
  locale = 'nl',
}: LoginPageProps): JSX.Element {
  return (
    <PageLayout title={t('loginTitle', {}, locale)} locale={locale}>
      <h1 class="utrecht-heading-1">{t('loginTitle', {}, locale)}</h1>
      <p class="utrecht-paragraph">{t('loginLead', {}, locale)}</p>
      {error ? (
        <div class="utrecht-alert utrecht-alert--error" role="alert" id="login-fout">
          <p class="utrecht-paragraph">{error}</p>
        </div>
      ) : null}
      {ssoOrganisation ? (
        <>
          <p class="utrecht-paragraph">
            <a
              class="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--primary-action"
              href={`/login/oidc?next=${encodeURIComponent(next)}`}
            >
              {t('ssoLoginWith', { organisation: ssoOrganisation }, locale)}
            </a>
          </p>
          <p class="utrecht-paragraph">{t('ssoOr', {}, locale)}</p>
        </>
      ) : null}
      <form class="utrecht-form" method="post" action="/login">
        <input type="hidden" name="_csrf" value={csrfToken} />
        <input type="hidden" name="next" value={next} />
        <div class="utrecht-form-field utrecht-form-field--text">
          <p class="utrecht-form-field__label">
            <label class="utrecht-form-label" for="username">
              {t('loginUsername', {}, locale)}
            </label>
          </p>
          <p class="utrecht-form-field__input">
            <input
              class="utrecht-textbox utrecht-textbox--html-input"
              id="username"
              name="username"
              type="text"
              autocomplete="username"
              required
              value={username ?? ''}
              {...(error ? { 'aria-describedby': 'login-fout' } : {})}
            />
          </p>
        </div>
        <div class="utrecht-form-field utrecht-form-field--text">
          <p class="utrecht-form-field__label">
            <label class="utrecht-form-label" for="password">
              {t('loginPassword', {}, locale)}
            </label>
          </p>
          <p class="utrecht-form-field__input">
            <input
              class="utrecht-textbox utrecht-textbox--html-input"
              id="password"
              name="password"
              type="password"
              autocomplete="current-password"
              required
            />
          </p>
        </div>
        <p class="utrecht-paragraph">
          <button class="utrecht-button utrecht-button--primary-action" type="submit">
            {t('loginSubmit', {}, locale)}
          </button>
        </p>
      </form>
    </PageLayout>
  );
}
