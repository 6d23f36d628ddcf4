/** @module The report's chapters as one typed list: each entry gives its table-of-contents entries and renders its part of the document. A new chapter (forecasts, social return) is one more entry. */
import type { ComponentChildren, JSX } from 'preact';
import { parsePeriod, previousPeriod } from '../domain/period.ts';
import type { SteeringNode } from '../steering/steering-status.ts';
import { publishedText } from '../views/breakdown-table.tsx';
import { t, type MessageKey } from '../views/messages.ts';
import { OutlookSections } from '../views/outlook-chapter.tsx';
import { SocialReturnChapter } from '../views/social-return-chapter.tsx';
import { StatusBadge } from '../views/status-badge.tsx';
import { columnHeader } from '../views/table-labels.ts';
import { DataTable } from '../views/data-table.tsx';
import { AppendixChapter, ColophonChapter } from './report-appendix.tsx';
import { cardId, ReportCard } from './report-card.tsx';
import { DOMAIN_HEADLINES, indicatorNodes, type ReportContext, type TocEntry } from './report-context.ts';
import { GoalsChapter, goalsToc } from './report-goals.tsx';

export interface ReportChapter {
  /** Stable key (also the id prefix of the chapter's headings). */
  readonly key: string;
  toc(ctx: ReportContext): readonly TocEntry[];
  render(ctx: ReportContext): JSX.Element;
}

/** A chapter section: its h2 carries the id the table of contents links to, and a link back to the contents. */
export function Chapter(props: { id: string; title: string; children: ComponentChildren }): JSX.Element {
  return (
    <section class="msd-report-chapter" aria-labelledby={props.id}>
      <h2 class="utrecht-heading-2" id={props.id}>
        {props.title}
      </h2>
      {props.children}
      <p class="utrecht-paragraph msd-report-back">
        <a class="utrecht-link" href="#inhoud">
          {t('reportBackToToc')}
        </a>
      </p>
    </section>
  );
}

const simple = (
  key: string,
  title: MessageKey,
  render: (ctx: ReportContext) => JSX.Element,
): ReportChapter => ({
  key,
  toc: () => [{ id: key, title: t(title) }],
  render: (ctx) => (
    <Chapter id={key} title={t(title)}>
      {render(ctx)}
    </Chapter>
  ),
});

function Guide({ ctx }: { ctx: ReportContext }): JSX.Element {
  const { snapshot } = ctx;
  return (
    <>
      <p class="utrecht-paragraph">
        {t('reportGuideText', {
          gemeente: snapshot.gemeente.name,
          period: snapshot.period,
          moment: ctx.momentName.toLowerCase(),
        })}
      </p>
      <p class="utrecht-paragraph">{t('reportGuideStatus')}</p>
      <p class="utrecht-paragraph">{t('reportGuideNumbers')}</p>
    </>
  );
}

function Summary({ ctx }: { ctx: ReportContext }): JSX.Element {
  const { snapshot } = ctx;
  const root = snapshot.tree?.root;
  if (!root) return <p class="utrecht-paragraph">{t('reportNoTree')}</p>;
  const caption = t('reportSummaryCaption', { period: snapshot.period, area: snapshot.area.name });
  return (
    <>
      <StatusBadge status={root.status} mark={root.mark} reason={root.reason} />
      <DataTable
        caption={caption}
        keep
        columns={[
          { label: t('reportSummaryGoal') },
          { label: t('statusLabel') },
          { label: t('statusReason') },
        ]}
        rows={root.children.map((goal) => [
          <a class="utrecht-link" href={`#doel-${goal.id}`}>
            {goal.title}
          </a>,
          <StatusBadge status={goal.status} mark={goal.mark} />,
          goal.reason,
        ])}
        rowAttributes={root.children.map(() => ({ class: 'msd-report-summary-row' }))}
      />
    </>
  );
}

const DOMAIN_CHAPTERS = [
  { key: 'jeugd', domain: 'youth', title: 'reportDomainYouth' },
  { key: 'wmo', domain: 'support', title: 'reportDomainSupport' },
  { key: 'participatie', domain: 'participation', title: 'reportDomainParticipation' },
] as const;

function DomainTable({
  ctx,
  domain,
  title,
}: {
  ctx: ReportContext;
  domain: string;
  title: string;
}): JSX.Element {
  const { snapshot } = ctx;
  const period = parsePeriod(snapshot.period);
  const previous = period ? previousPeriod(period).id : '';
  const indicators = snapshot.indicators.filter((i) => i.domain === domain);
  const caption = t('reportDomainTableCaption', {
    domain: title,
    period: snapshot.period,
    previous,
    area: snapshot.area.name,
  });
  const value = (id: string, p: string): string => {
    const cell = ctx.indicator(id)?.cells.find((c) => c.period === p && c.area === snapshot.area.code);
    return cell ? publishedText(cell.value, cell.symbol, cell.status) : '–';
  };
  return (
    <DataTable
      caption={caption}
      keep
      columns={[
        { label: t('reportIndicator') },
        { label: columnHeader('unit') },
        { label: previous, numeric: true },
        { label: snapshot.period, numeric: true },
      ]}
      rows={indicators.map((i) => [i.name, i.unit, value(i.id, previous), value(i.id, snapshot.period)])}
      rowAttributes={indicators.map((i) => ({ 'data-indicator': i.id, 'data-unit': i.unit }))}
    />
  );
}

const domainChapters: ReportChapter[] = DOMAIN_CHAPTERS.map(({ key, domain, title }) => ({
  key,
  toc: () => [{ id: key, title: t(title) }],
  render: (ctx) => {
    const headline = ctx.indicator(DOMAIN_HEADLINES[domain]);
    return (
      <Chapter id={key} title={t(title)}>
        <DomainTable ctx={ctx} domain={domain} title={t(title)} />
        {headline ? <ReportCard ctx={ctx} indicator={headline} place={key} headingLevel={3} /> : <></>}
      </Chapter>
    );
  },
}));

const integralChapter: ReportChapter = {
  key: 'integraal',
  toc: () => [{ id: 'integraal', title: t('reportIntegral') }],
  render: (ctx) => (
    <Chapter id="integraal" title={t('reportIntegral')}>
      <p class="utrecht-paragraph">{t('reportIntegralLead')}</p>
      {ctx.snapshot.indicators
        .filter((i) => i.domain === 'integral')
        .map((i) => (
          <ReportCard ctx={ctx} indicator={i} place="integraal" headingLevel={3} />
        ))}
    </Chapter>
  ),
};

function Attention({ ctx }: { ctx: ReportContext }): JSX.Element {
  const { snapshot } = ctx;
  const flagged = indicatorNodes(snapshot.tree?.root).filter(
    (n) => n.status === 'uit koers' || n.status === 'aandacht',
  );
  if (flagged.length === 0)
    return <p class="utrecht-paragraph">{t('reportAttentionNone', { period: snapshot.period })}</p>;
  const caption = t('reportAttentionCaption', { period: snapshot.period });
  return (
    <>
      <p class="utrecht-paragraph">{t('reportAttentionLead', { period: snapshot.period })}</p>
      <DataTable
        caption={caption}
        keep
        columns={[{ label: t('reportIndicator') }, { label: t('statusLabel') }, { label: t('statusReason') }]}
        rows={flagged.map((node: SteeringNode) => [
          <a class="utrecht-link" href={`#${firstCardId(ctx, node)}`}>
            {node.title}
          </a>,
          <StatusBadge status={node.status} mark={node.mark} />,
          node.reason,
        ])}
      />
    </>
  );
}

/** Where a node's card first appears in the goal chapters (the goal and effect it is reached through first). */
function firstCardId(ctx: ReportContext, target: SteeringNode): string {
  const find = (node: SteeringNode, place: string): string | undefined => {
    for (const child of node.children) {
      if (child.kind === 'indicator' && child.id === target.id) return cardId(place, child.indicator ?? '');
      const deeper = find(child, child.kind === 'indicator' ? place : `${place}-${child.id}`);
      if (deeper) return deeper;
    }
    return undefined;
  };
  const root = ctx.snapshot.tree?.root;
  return (root && find(root, 'k')) ?? 'uit-koers';
}

/** The chapters in document order. */
/** Every node's title by id (for the effects a social-return analysis serves). */
function nodeTitles(root: SteeringNode | undefined): Map<string, string> {
  const titles = new Map<string, string>();
  const visit = (node: SteeringNode) => {
    titles.set(node.id, node.title);
    node.children?.forEach(visit);
  };
  if (root) visit(root);
  return titles;
}

export const REPORT_CHAPTERS: readonly ReportChapter[] = [
  simple('leeswijzer', 'reportGuide', (ctx) => <Guide ctx={ctx} />),
  simple('samenvatting', 'reportSummary', (ctx) => <Summary ctx={ctx} />),
  { key: 'doelen', toc: goalsToc, render: (ctx) => <GoalsChapter ctx={ctx} /> },
  ...domainChapters,
  integralChapter,
  simple('uit-koers', 'reportAttention', (ctx) => <Attention ctx={ctx} />),
  {
    key: 'vooruitblik',
    toc: (ctx) => (ctx.snapshot.outlook ? [{ id: 'vooruitblik', title: t('outlookChapterTitle') }] : []),
    render: (ctx) =>
      ctx.snapshot.outlook && ctx.outlookCharts ? (
        <Chapter id="vooruitblik" title={t('outlookChapterTitle')}>
          <OutlookSections data={ctx.snapshot.outlook} charts={ctx.outlookCharts} level={3} />
        </Chapter>
      ) : (
        <></>
      ),
  },
  simple('rendement', 'srTitle', (ctx) => (
    <SocialReturnChapter
      results={ctx.snapshot.socialReturn ?? []}
      effectTitles={nodeTitles(ctx.snapshot.tree?.root)}
      headingLevel={2}
      showTitle={false}
    />
  )),
  simple('bijlage', 'reportAppendix', (ctx) => <AppendixChapter ctx={ctx} />),
  simple('colofon', 'reportColophon', (ctx) => <ColophonChapter ctx={ctx} />),
];
