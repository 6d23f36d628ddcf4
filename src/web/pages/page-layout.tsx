/** @module The page shell shared by every page: NL Design System (Utrecht) document, skip link, header, main landmark and footer. */
import type { ComponentChildren, JSX } from 'preact';
import { t, type Locale } from '../../views/messages.ts';
import { pageTheme } from '../theme/page-theme.ts';

export interface PageLayoutProps {
  title: string;
  locale?: Locale;
  /** Extra elements in `<head>` (the upload pages: a meta refresh, or their one script from /static/). */
  head?: ComponentChildren;
  children: ComponentChildren;
}

export function PageLayout({ title, locale = 'nl', head, children }: PageLayoutProps): JSX.Element {
  // The municipality's name, logo and tokens (msd serve --theme), or the neutral default.
  const theme = pageTheme();
  return (
    <html lang={locale}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${title} — ${t('appName', {}, locale)}`}</title>
        <link rel="stylesheet" href="/static/nlds.css" />
        <link rel="stylesheet" href="/static/msd.css" />
        <link rel="stylesheet" href="/static/dashboard.css" />
        <link rel="stylesheet" href={theme.cssUrl} />
        {head}
      </head>
      <body class="utrecht-theme utrecht-document utrecht-document--surface">
        <a class="utrecht-skip-link utrecht-skip-link--visible-on-focus" href="#inhoud">
          {t('skipToContent', {}, locale)}
        </a>
        <div class="utrecht-page">
          <header class="utrecht-page-header msd-header">
            <div class="msd-brand">
              {theme.logo ? (
                <img
                  class="msd-logo"
                  src={theme.logo.url}
                  alt={t('themeLogoAlt', { name: theme.name ?? t('appName', {}, locale) }, locale)}
                />
              ) : null}
              <p class="msd-app-name">{t('appName', {}, locale)}</p>
              {theme.name ? <p class="msd-gemeente-name">{theme.name}</p> : null}
            </div>
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
                <li>
                  <a class="utrecht-link msd-nav-link" href="/prognose">
                    {t('navOutlook', {}, locale)}
                  </a>
                </li>
                <li>
                  <a class="utrecht-link msd-nav-link" href="/rendement">
                    {t('navSocialReturn', {}, locale)}
                  </a>
                </li>
                <li>
                  <a class="utrecht-link msd-nav-link" href="/logout">
                    {t('navLogout', {}, locale)}
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
