/** @module A goal-tree status as text with a coloured mark (the text carries the meaning; colour only repeats it), and the voorlopig/lopend mark when the figure may still change. */
import type { JSX } from 'preact';

const CLASS_BY_STATUS: Record<string, string> = {
  'op koers': 'msd-status--on',
  aandacht: 'msd-status--attention',
  'uit koers': 'msd-status--off',
};

export function StatusText({ status, mark }: { status: string; mark: string | null }): JSX.Element {
  return (
    <strong class={`msd-status ${CLASS_BY_STATUS[status] ?? 'msd-status--none'}`}>
      {status}
      {mark ? ` (${mark})` : ''}
    </strong>
  );
}
