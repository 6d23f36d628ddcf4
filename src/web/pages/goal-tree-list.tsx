/** @module The goal tree as a nested list: each main goal and its effects with their status (text first, colour repeats it), each a link to its own page for the same period and area. */
import type { JSX } from 'preact';
import type { SteeringNode, SteeringView } from '../../steering/steering-status.ts';
import { t, type Locale } from '../../views/messages.ts';
import { queryString } from './filter-form.tsx';
import { StatusBadge } from '../../views/status-badge.tsx';

/** `/doel/<id>` or `/effect/<id>` for the view's period and area; `/indicator/<indicator>` for its area. */
export function nodeHref(node: SteeringNode, view: Pick<SteeringView, 'period' | 'area'>): string {
  // An indicator may lack figures for the steering period (an imported survey year): its page picks its own period.
  if (node.kind === 'indicator' && node.indicator)
    return `/indicator/${encodeURIComponent(node.indicator)}${queryString({ gebied: view.area })}`;
  const base = node.kind === 'goal' ? 'doel' : 'effect';
  return `/${base}/${encodeURIComponent(node.id)}${queryString({ periode: view.period, gebied: view.area })}`;
}

export function GoalTreeList({ view, locale = 'nl' }: { view: SteeringView; locale?: Locale }): JSX.Element {
  return (
    <ul class="msd-tree" aria-label={t('dashGoalTree', {}, locale)}>
      {view.root.children.map((goal) => (
        <li class="msd-tree-goal">
          <a class="utrecht-link" href={nodeHref(goal, view)}>
            {goal.title}
          </a>{' '}
          <StatusBadge status={goal.status} mark={goal.mark} />
          {goal.children.length > 0 ? (
            <ul>
              {goal.children.map((effect) => (
                <li>
                  <a class="utrecht-link" href={nodeHref(effect, view)}>
                    {effect.title}
                  </a>{' '}
                  <StatusBadge status={effect.status} mark={effect.mark} />
                </li>
              ))}
            </ul>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
