/** @module The goal chapters of the report: per main goal its status and narrative, then its effects, then the indicator cards — the goal tree as steeringStatus computed it. */
import type { JSX } from 'preact';
import type { SteeringNode } from '../steering/steering-status.ts';
import { t } from '../views/messages.ts';
import { StatusBadge } from '../views/status-badge.tsx';
import { ReportCard } from './report-card.tsx';
import type { ReportContext, TocEntry } from './report-context.ts';

const goalId = (goal: SteeringNode): string => `doel-${goal.id}`;

/** The id of a non-indicator node's heading and the place prefix of the cards below it: its path from the root. */
const placeOf = (parent: string, node: SteeringNode): string => `${parent}-${node.id}`;

export function goalsToc(ctx: ReportContext): TocEntry[] {
  const root = ctx.snapshot.tree?.root;
  if (!root) return [];
  return root.children.map((goal) => ({
    id: goalId(goal),
    title: t('reportGoal', { title: goal.title }),
    children: goal.children
      .filter((c) => c.kind !== 'indicator')
      .map((c) => ({
        id: placeOf(placeOf('k', goal), c),
        title: t(c.kind === 'goal' ? 'reportGoal' : 'reportEffect', { title: c.title }),
      })),
  }));
}

function NodeHeader({ node }: { node: SteeringNode }): JSX.Element {
  return (
    <>
      <StatusBadge status={node.status} mark={node.mark} reason={node.reason} />
      {node.description ? <p class="utrecht-paragraph">{node.description}</p> : null}
      {node.narrative ? (
        <div class="msd-narrative">
          <p class="utrecht-paragraph">
            <strong>
              {t(node.narrative.status === 'concept' ? 'cardNarrativeConcept' : 'cardNarrative')}
            </strong>
          </p>
          <div dangerouslySetInnerHTML={{ __html: node.narrative.html }} />
        </div>
      ) : null}
    </>
  );
}

/** The nodes below a goal: sub-goals and effects as h3 sections (flattened), indicators as cards. */
function Children({
  ctx,
  node,
  place,
}: {
  ctx: ReportContext;
  node: SteeringNode;
  place: string;
}): JSX.Element {
  return (
    <>
      {node.children.map((child) => {
        if (child.kind === 'indicator') {
          const indicator = child.indicator === undefined ? undefined : ctx.indicator(child.indicator);
          if (indicator)
            return <ReportCard ctx={ctx} indicator={indicator} node={child} place={place} headingLevel={4} />;
          // An imported slot without figures: its status and reason still say why there is nothing to show.
          return (
            <section class="msd-card" aria-labelledby={`${place}-${child.id}`}>
              <h4 class="utrecht-heading-4" id={`${place}-${child.id}`}>
                {child.title}
              </h4>
              <NodeHeader node={child} />
              {child.sentence ? <p class="utrecht-paragraph">{child.sentence}</p> : null}
            </section>
          );
        }
        const childPlace = placeOf(place, child);
        return (
          <section class="msd-report-effect" aria-labelledby={childPlace}>
            <h3 class="utrecht-heading-3" id={childPlace}>
              {t(child.kind === 'goal' ? 'reportGoal' : 'reportEffect', { title: child.title })}
            </h3>
            <NodeHeader node={child} />
            <Children ctx={ctx} node={child} place={childPlace} />
          </section>
        );
      })}
    </>
  );
}

export function GoalsChapter({ ctx }: { ctx: ReportContext }): JSX.Element {
  const root = ctx.snapshot.tree?.root;
  if (!root) return <></>;
  return (
    <>
      {root.children.map((goal) => (
        <section class="msd-report-chapter msd-report-goal" aria-labelledby={goalId(goal)}>
          <h2 class="utrecht-heading-2" id={goalId(goal)}>
            {t('reportGoal', { title: goal.title })}
          </h2>
          <NodeHeader node={goal} />
          <Children ctx={ctx} node={goal} place={placeOf('k', goal)} />
          <p class="utrecht-paragraph msd-report-back">
            <a class="utrecht-link" href="#inhoud">
              {t('reportBackToToc')}
            </a>
          </p>
        </section>
      ))}
    </>
  );
}
