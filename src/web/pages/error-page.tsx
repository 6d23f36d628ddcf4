/** @module The error page (404, 405, 413, 500 …) in the site layout: a Dutch title and explanation (a fault's names its reference) and a link back home. */
import type { JSX } from 'preact';
import { t, type Locale } from '../../views/messages.ts';
import { PageLayout } from './page-layout.tsx';

export interface ErrorPageProps {
  title: string;
  message: string;
  locale?: Locale;
}

export function ErrorPage({ title, message, locale = 'nl' }: ErrorPageProps): JSX.Element {
  return (
    <PageLayout title={title} locale={locale}>
      <h1 class="utrecht-heading-1">{title}</h1>
      <p class="utrecht-paragraph utrecht-paragraph--lead">{message}</p>
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href="/">
          {t('errorBackHome', {}, locale)}
        </a>
      </p>
    </PageLayout>
  );
}
