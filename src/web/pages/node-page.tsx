/** @module `/doel/<id>` and `/effect/<id>`: one node of the goal tree with its status and reason, description, narrative, and its effects or indicators (status, sentence, figure against target), for a period and area. */
import type { JSX } from 'preact';
import type { SteeringNode, SteeringView } from '../../steering/steering-status.ts';
import { t, type Locale } from '../../views/messages.ts';
import { EditLinks } from './edit-links.tsx';
import { FilterForm, type FilterChoice } from './filter-form.tsx';
import { nodeHref } from './goal-tree-list.tsx';
import { PageLayout } from './page-layout.tsx';
import { StatusBadge } from '../../views/status-badge.tsx';

export interface NodePageProps {
  node: SteeringNode;
  view: SteeringView;
  choices: readonly FilterChoice[];
  path: string;
  areaName: string;
  /** The user may edit (policy and up): links to the narrative and target editors for this node and period. */
  canEdit?: boolean;
  locale?: Locale;
}

export function NodePage({
  node,
  view,
  choices,
  path,
  areaName,
  canEdit = false,
  locale = 'nl',
}: NodePageProps): JSX.Element {
  const kindLabel = t(node.kind === 'goal' ? 'dashGoal' : 'dashEffect', {}, locale);
  return (
    <PageLayout title={`${kindLabel}: ${node.title}`} locale={locale}>
      <nav aria-label={t('dashBreadcrumb', {}, locale)} class="msd-breadcrumb">
        <a class="utrecht-link" href="/">
          {t('navHome', {}, locale)}
        </a>
      </nav>
      <h1 class="utrecht-heading-1">{`${kindLabel}: ${node.title}`}</h1>
      <p class="utrecht-paragraph utrecht-paragraph--lead">
        <StatusBadge status={node.status} mark={node.mark} />{' '}
        {t('dashNodeStatusFor', { period: view.period, area: areaName }, locale)} {node.reason}
      </p>
      {node.description ? <p class="utrecht-paragraph">{node.description}</p> : null}
      {node.note ? <p class="utrecht-paragraph msd-notes">{node.note}</p> : null}
      <FilterForm action={path} choices={choices} locale={locale} />
      {node.narrative ? (
        <section class="msd-card" aria-labelledby="verhaal">
          <h2 class="utrecht-heading-2" id="verhaal">
            {t('dashNarrative', { status: node.narrative.status }, locale)}
          </h2>
          <div class="msd-narrative" dangerouslySetInnerHTML={{ __html: node.narrative.html }} />
        </section>
      ) : null}
      {canEdit ? (
        <EditLinks narrative={{ node: node.id, period: view.period }} subject={node.title} locale={locale} />
      ) : null}
      <h2 class="utrecht-heading-2">
        {t(node.kind === 'goal' ? 'dashEffectsHeading' : 'dashIndicatorsHeading', {}, locale)}
      </h2>
      {node.children.length === 0 ? (
        <p class="utrecht-paragraph">{t('dashNoChildren', {}, locale)}</p>
      ) : (
        <ul class="msd-children">
          {node.children.map((child) => (
            <li class="msd-card">
              <h3 class="utrecht-heading-3">
                <a class="utrecht-link" href={nodeHref(child, view)}>
                  {child.title}
                </a>
              </h3>
              <p class="utrecht-paragraph">
                <StatusBadge status={child.status} mark={child.mark} /> {child.sentence ?? child.reason}
              </p>
              {child.sentence ? <p class="utrecht-paragraph msd-notes">{child.reason}</p> : null}
              {child.narrative ? (
                <div class="msd-narrative" dangerouslySetInnerHTML={{ __html: child.narrative.html }} />
              ) : null}
              {canEdit && child.indicator ? (
                <EditLinks
                  target={{ indicator: child.indicator, period: view.period }}
                  subject={child.title}
                  locale={locale}
                />
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </PageLayout>
  );
}
