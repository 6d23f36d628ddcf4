/** @module The links from the dashboard to the edit pages ("Verhaal bewerken", "Streefwaarde aanpassen"), pre-filled with the node or indicator and the period shown; rendered only for users who may edit (edit-access.ts). */
import type { JSX } from 'preact';
import { t, type Locale } from '../../views/messages.ts';

/** `/bewerken/verhaal` for this goal tree node and period. */
export const narrativeEditHref = (node: string, period: string): string =>
  `/bewerken/verhaal?${new URLSearchParams({ node, period }).toString()}`;

/** `/bewerken/streefwaarde` for this indicator and period. */
export const targetEditHref = (indicator: string, period: string): string =>
  `/bewerken/streefwaarde?${new URLSearchParams({ indicator, period }).toString()}`;

export interface EditLinksProps {
  /** The goal tree node whose narrative the link edits, if any. */
  narrative?: { node: string; period: string };
  /** The indicator whose target the link sets, if any. */
  target?: { indicator: string; period: string };
  /** What the links are about (a node or indicator title): read out after the link text, so that several links with
   * the same visible text on one page stay distinguishable for screen reader users. */
  subject: string;
  locale?: Locale;
}

/** A row of edit links (nothing when neither is given). */
export function EditLinks({ narrative, target, subject, locale = 'nl' }: EditLinksProps): JSX.Element | null {
  if (!narrative && !target) return null;
  const about = <span class="msd-visually-hidden">{`: ${subject}`}</span>;
  return (
    <p class="utrecht-paragraph msd-edit-links">
      {narrative ? (
        <a class="utrecht-link msd-edit-link" href={narrativeEditHref(narrative.node, narrative.period)}>
          {t('editLinkNarrative', {}, locale)}
          {about}
        </a>
      ) : null}
      {target ? (
        <a class="utrecht-link msd-edit-link" href={targetEditHref(target.indicator, target.period)}>
          {t('editLinkTarget', {}, locale)}
          {about}
        </a>
      ) : null}
    </p>
  );
}
