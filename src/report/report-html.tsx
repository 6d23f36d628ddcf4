/** @module The council report as one self-contained HTML document (inline CSS and SVG, no script, no external request), rendered only from a snapshot: the same snapshot always gives the same bytes. */
import type { JSX } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { formatDate, t } from '../views/messages.ts';
import { reportDate } from './report-appendix.tsx';
import { REPORT_CHAPTERS } from './report-chapters.tsx';
import { classesIn, reportCss } from './report-css.ts';
import { prepareReport, type ReportContext, type TocEntry } from './report-context.ts';
import type { ReportSnapshot } from './report-snapshot.ts';

/** "Gemeente Zoetermeer · Jaarrekening · 2024": the running header of every PDF page. */
export function runningHeader(snapshot: ReportSnapshot, moment: string): string {
  return t('reportRunningHeader', { gemeente: snapshot.gemeente.name, moment, period: snapshot.period });
}

function TocList({ entries }: { entries: readonly TocEntry[] }): JSX.Element {
  return (
    <ol class="utrecht-ordered-list">
      {entries.map((entry) => (
        <li class="utrecht-ordered-list__item">
          <a class="utrecht-link" href={`#${entry.id}`}>
            {entry.title}
          </a>
          {entry.children && entry.children.length > 0 ? <TocList entries={entry.children} /> : null}
        </li>
      ))}
    </ol>
  );
}

function Cover({ ctx }: { ctx: ReportContext }): JSX.Element {
  const { snapshot } = ctx;
  return (
    <header class="msd-report-cover">
      <p class="utrecht-paragraph">{t('appName')}</p>
      <h1 class="utrecht-heading-1" id="omslag">
        {`${t('reportTitle', { gemeente: snapshot.gemeente.name })}: ${t('reportSubtitle', {
          moment: ctx.momentName,
          period: snapshot.period,
        })}`}
      </h1>
      <ul class="utrecht-unordered-list">
        <li class="utrecht-unordered-list__item">{t('reportCoverArea', { area: snapshot.area.name })}</li>
        <li class="utrecht-unordered-list__item">
          {t('reportCoverDate', { date: reportDate(snapshot.generatedAt) })}
        </li>
        <li class="utrecht-unordered-list__item">
          {snapshot.deliveryDate
            ? t('reportCoverFreshness', { date: formatDate(snapshot.deliveryDate) })
            : t('reportCoverNoDelivery')}
        </li>
      </ul>
    </header>
  );
}

function ReportDocument({ ctx }: { ctx: ReportContext }): JSX.Element {
  const toc = REPORT_CHAPTERS.flatMap((chapter) => chapter.toc(ctx));
  return (
    <div class="msd-report">
      <Cover ctx={ctx} />
      <nav class="msd-report-toc" aria-labelledby="inhoud">
        <h2 class="utrecht-heading-2" id="inhoud">
          {t('reportToc')}
        </h2>
        <TocList entries={toc} />
      </nav>
      <main>{REPORT_CHAPTERS.map((chapter) => chapter.render(ctx))}</main>
    </div>
  );
}

const escapeText = (text: string): string =>
  text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

/** The whole document. Nothing here reads the clock or the store: only the snapshot and its hash. */
export async function renderReportHtml(snapshot: ReportSnapshot, hash: string): Promise<string> {
  const ctx = await prepareReport(snapshot, hash);
  const body = renderToString(<ReportDocument ctx={ctx} />);
  const classes = classesIn(body);
  classes.add('utrecht-theme');
  classes.add('utrecht-document');
  const title = `${t('reportTitle', { gemeente: snapshot.gemeente.name })}: ${ctx.momentName} ${snapshot.period}`;
  return [
    '<!DOCTYPE html>',
    '<html lang="nl">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    // No script, no external source of any kind: the document works offline and as an e-mail attachment.
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`,
    `<meta name="msd-snapshot" content="${hash}">`,
    `<title>${escapeText(title)}</title>`,
    `<style>${reportCss(classes)}</style>`,
    '</head>',
    `<body class="utrecht-theme utrecht-document">${body}</body>`,
    '</html>',
    '',
  ].join('\n');
}
