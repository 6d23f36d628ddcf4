/** @module Signals as a list: per area and period the Dutch sentence that names the rule that fired and the numbers behind it; an empty list says why in words. */
import type { JSX } from 'preact';
import type { StoredSignal } from '../engine/outlook-read-service.ts';
import { formatNumber, t } from './messages.ts';

export interface SignalListProps {
  signals: readonly StoredSignal[];
  /** All signals of the choice (the list may show fewer). */
  total: number;
  indicator: string;
}

export function SignalList({ signals, total, indicator }: SignalListProps): JSX.Element {
  if (signals.length === 0) return <p class="utrecht-paragraph">{t('outlookNoSignals', { indicator })}</p>;
  return (
    <>
      {total > signals.length && (
        <p class="utrecht-paragraph">
          {t('signalsMostRecent', { shown: formatNumber(signals.length), total: formatNumber(total) })}
        </p>
      )}
      <ul class="utrecht-unordered-list msd-signals">
        {signals.map((s) => (
          <li class="utrecht-unordered-list__item">
            <strong>{s.areaName}</strong>
            {`: ${s.sentence}`}
          </li>
        ))}
      </ul>
    </>
  );
}
