/** @module The page shell shared by every page: NL Design System (Utrecht) document, skip link, header, main landmark and footer. */
import type { ComponentChildren, JSX } from 'preact';
import { t, type Locale } from '../../views/messages.ts';

export interface PageLayoutProps {
  title: string;
  locale?: Locale;
  children: ComponentChildren;
}

export function PageLayout({ title, locale = 'nl', children }: PageLayoutProps): JSX.Element {
  return (
    <html lang={locale}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${title} — ${t('appName', {}, locale)}`}</title>
        <link rel="stylesheet" href="/static/nlds.css" />
        <link rel="stylesheet" href="/static/msd.css" />
        <link rel="stylesheet" href="/static/dashboard.css" />
      </head>
      <body class="utrecht-theme utrecht-document utrecht-document--surface">
        <a class="utrecht-skip-link utrecht-skip-link--visible-on-focus" href="#inhoud">
          {t('skipToContent', {}, locale)}
        </a>
        <div class="utrecht-page">
          <header class="utrecht-page-header msd-header">
            <p class="msd-app-name">{t('appName', {}, locale)}</p>
            <nav aria-label={t('navLabel', {}, locale)}>
              <ul class="msd-nav">
                <li>
                  <a class="utrecht-link msd-nav-link" href="/">
                    {t('navHome', {}, locale)}
                  </a>
                </li>
                {(
                  [
                    ['/domein/jeugd', 'dashNavYouth'],
                    ['/domein/wmo', 'dashNavSupport'],
                    ['/domein/participatie', 'dashNavParticipation'],
                    ['/domein/integraal', 'dashNavIntegral'],
                  ] as const
                ).map(([href, key]) => (
                  <li>
                    <a class="utrecht-link msd-nav-link" href={href}>
                      {t(key, {}, locale)}
                    </a>
                  </li>
                ))}
                <li>
                  <a class="utrecht-link msd-nav-link" href="/data">
                    {t('navData', {}, locale)}
                  </a>
                </li>
              </ul>
            </nav>
          </header>
          <main class="utrecht-page-content msd-main" id="inhoud">
            {children}
          </main>
          <footer class="utrecht-page-footer msd-footer">
            <p class="utrecht-paragraph">{t('footer', {}, locale)}</p>
          </footer>
        </div>
      </body>
    </html>
  );
}
