/** @module The logout page: who is logged in, and a button that posts the session's CSRF token to `/logout` (no script needed). */
import type { JSX } from 'preact';
import { t, type Locale } from '../../views/messages.ts';
import { PageLayout } from './page-layout.tsx';

export interface LogoutPageProps {
  username: string;
  role: string;
  csrfToken: string;
  locale?: Locale;
}

export function LogoutPage({ username, role, csrfToken, locale = 'nl' }: LogoutPageProps): JSX.Element {
  return (
    <PageLayout title={t('logoutTitle', {}, locale)} locale={locale}>
      <h1 class="utrecht-heading-1">{t('logoutTitle', {}, locale)}</h1>
      <p class="utrecht-paragraph">{t('logoutLead', { username, role }, locale)}</p>
      <form class="utrecht-form" method="post" action="/logout">
        <input type="hidden" name="_csrf" value={csrfToken} />
        <button class="utrecht-button utrecht-button--primary-action" type="submit">
          {t('logoutSubmit', {}, locale)}
        </button>
      </form>
    </PageLayout>
  );
}
