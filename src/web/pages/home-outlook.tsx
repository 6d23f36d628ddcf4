/** @module The start page's "Vooruitblik": each law's expected year total against its budget and the gemeente's latest signals, with a link to /prognose for the rest. */
import type { JSX } from 'preact';
import { t, type Locale } from '../../views/messages.ts';
import type { HomeOutlook } from './home-outlook-data.ts';

export function HomeOutlookSection({
  outlook,
  gemeente,
  locale = 'nl',
}: {
  outlook: HomeOutlook;
  gemeente: string;
  locale?: Locale;
}): JSX.Element {
  const { projection, signals, signalTotal } = outlook;
  return (
    <section aria-labelledby="vooruitblik">
      <h2 class="utrecht-heading-2" id="vooruitblik">
        {t('homeOutlookHeading', {}, locale)}
      </h2>
      <h3 class="utrecht-heading-3">{t('homeOutlookProjection', { year: projection.year }, locale)}</h3>
      {projection.asOf ? (
        <p class="utrecht-paragraph">{t('homeOutlookAsOf', { asOf: projection.asOf }, locale)}</p>
      ) : null}
      <ul class="utrecht-unordered-list">
        {projection.rows.map((r) => (
          <li class="utrecht-unordered-list__item">
            {r.verdict ? <strong>{`${r.name}: ${r.verdict}. `}</strong> : null}
            {r.sentence}
          </li>
        ))}
      </ul>
      <h3 class="utrecht-heading-3">{t('homeOutlookSignals', { gemeente }, locale)}</h3>
      {signals.length === 0 ? (
        <p class="utrecht-paragraph">{t('homeOutlookNoSignals', { gemeente }, locale)}</p>
      ) : (
        <ul class="utrecht-unordered-list">
          {signals.map((s) => (
            <li class="utrecht-unordered-list__item">
              <a class="utrecht-link" href={s.href}>
                {s.indicatorName}
              </a>
              {` — ${s.sentence}`}
            </li>
          ))}
        </ul>
      )}
      {signalTotal > signals.length ? (
        <p class="utrecht-paragraph">
          {t('homeOutlookMoreSignals', { count: signalTotal - signals.length, gemeente }, locale)}
        </p>
      ) : null}
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href="/prognose">
          {t('homeOutlookLink', {}, locale)}
        </a>
      </p>
    </section>
  );
}
