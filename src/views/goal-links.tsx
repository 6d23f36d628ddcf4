/** @module Which goal-tree effects an analysis serves (links to `/effect/<id>`) and which indicators its results feed. */
import type { JSX } from 'preact';
import type { GoalTreeNodes } from '../social-return/social-return-model.ts';
import { t, type Locale } from './messages.ts';

export interface GoalLinksProps {
  readonly goalNodes: readonly string[];
  /** The current goal tree (titles); a node no longer in it is named as gone. */
  readonly tree: GoalTreeNodes;
  /** Indicator ids the analysis feeds, with their names where the catalogue knows them. */
  readonly indicators: readonly { readonly id: string; readonly name: string | null }[];
  readonly locale?: Locale;
}

export function GoalLinks({ goalNodes, tree, indicators, locale = 'nl' }: GoalLinksProps): JSX.Element {
  return (
    <>
      {goalNodes.length === 0 ? (
        <p class="utrecht-paragraph">{t('srGoalsNone', {}, locale)}</p>
      ) : (
        <ul class="utrecht-unordered-list">
          {goalNodes.map((id) => {
            const node = tree.nodes.get(id);
            return (
              <li class="utrecht-unordered-list__item">
                {node ? (
                  <a class="utrecht-link" href={`/effect/${encodeURIComponent(id)}`}>
                    {node.title}
                  </a>
                ) : (
                  t('srGoalGone', { id }, locale)
                )}
              </li>
            );
          })}
        </ul>
      )}
      {indicators.length > 0 ? (
        <p class="utrecht-paragraph">
          {t(
            'srIndicatorsFed',
            { list: indicators.map((i) => (i.name ? `${i.name} (${i.id})` : i.id)).join(', ') },
            locale,
          )}
        </p>
      ) : null}
    </>
  );
}
