/** @module The answer of a single sign-on callback: logged in (with a link onward; the server also sends a `Refresh` header) or refused, with the Dutch reason and a way back to the login page. */
import type { JSX } from 'preact';
import { t, type Locale } from '../../views/messages.ts';
import { PageLayout } from './page-layout.tsx';

export interface SsoResultPageProps {
  /** The Dutch sentence: who is logged in, or why the login was refused. */
  message: string;
  refused: boolean;
  /** Where to continue: the page asked for (logged in) or `/login` (refused). */
  next: string;
  locale?: Locale;
}

export function SsoResultPage({ message, refused, next, locale = 'nl' }: SsoResultPageProps): JSX.Element {
  return (
    <PageLayout title={t('loginTitle', {}, locale)} locale={locale}>
      <h1 class="utrecht-heading-1">{t('loginTitle', {}, locale)}</h1>
      <div
        class={`utrecht-alert ${refused ? 'utrecht-alert--error' : 'utrecht-alert--ok'}`}
        role={refused ? 'alert' : 'status'}
      >
        <p class="utrecht-paragraph">{message}</p>
      </div>
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href={next}>
          {refused ? t('loginTitle', {}, locale) : t('ssoContinue', {}, locale)}
        </a>
      </p>
    </PageLayout>
  );
}
