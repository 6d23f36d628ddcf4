/** @module The filter form of a dashboard page: a GET form (works without JavaScript), so every choice is a link one can share; and the page's download links for the same choice. */
import type { JSX } from 'preact';
import { t, type Locale } from '../../views/messages.ts';

export interface FilterChoice {
  /** The URL parameter (`soort`, `periode`, `gebied`, `uitsplitsing`). */
  readonly name: string;
  readonly label: string;
  readonly selected: string;
  readonly options: readonly { value: string; label: string }[];
}

export function FilterForm({
  action,
  choices,
  locale = 'nl',
}: {
  action: string;
  choices: readonly FilterChoice[];
  locale?: Locale;
}): JSX.Element {
  return (
    <form class="msd-filters" method="get" action={action} aria-label={t('dashFilters', {}, locale)}>
      {choices.map((choice) => (
        <div class="utrecht-form-field msd-filter">
          <label class="utrecht-form-label" for={`filter-${choice.name}`}>
            {choice.label}
          </label>
          <select
            class="utrecht-select utrecht-select--html-select"
            id={`filter-${choice.name}`}
            name={choice.name}
          >
            {choice.options.map((option) => (
              <option value={option.value} selected={option.value === choice.selected}>
                {option.label}
              </option>
            ))}
          </select>
        </div>
      ))}
      <button type="submit" class="utrecht-button utrecht-button--primary-action msd-filter-submit">
        {t('dashShow', {}, locale)}
      </button>
    </form>
  );
}

/** `?a=1&b=2` of the given parameters (empty ones left out), with `format` added when given. */
export function queryString(
  params: Readonly<Record<string, string | undefined>>,
  format?: 'csv' | 'xlsx',
): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value) search.set(key, value);
  if (format) search.set('format', format);
  const text = search.toString();
  return text === '' ? '' : `?${text}`;
}

export function DownloadLinks({
  path,
  params,
  locale = 'nl',
}: {
  path: string;
  params: Readonly<Record<string, string | undefined>>;
  locale?: Locale;
}): JSX.Element {
  return (
    <p class="utrecht-paragraph msd-downloads">
      {t('dashDownload', {}, locale)}{' '}
      <a class="utrecht-link" href={`${path}${queryString(params, 'csv')}`} download>
        {t('dashDownloadCsv', {}, locale)}
      </a>{' '}
      ·{' '}
      <a class="utrecht-link" href={`${path}${queryString(params, 'xlsx')}`} download>
        {t('dashDownloadXlsx', {}, locale)}
      </a>
    </p>
  );
}
