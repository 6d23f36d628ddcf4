/** @module The forecast track record as a table: per method, period kind and horizon how many final outcomes fell inside the stated 80 % and 95 % bands; without outcomes yet, a sentence that says so. */
import type { JSX } from 'preact';
import { coverageText, TRACK_RECORD_HEADERS, type TrackRecord } from '../outlook/track-record.ts';
import { formatNumber, t, type MessageKey } from './messages.ts';

const KIND_WORDS: Record<string, MessageKey> = {
  year: 'trackKindYear',
  half: 'trackKindHalf',
  quarter: 'trackKindQuarter',
  month: 'trackKindMonth',
};

const kindWord = (kind: string): string => {
  const key = KIND_WORDS[kind];
  return key ? t(key) : kind;
};

export function TrackRecordTable({ record }: { record: TrackRecord & { kept: number } }): JSX.Element {
  if (record.outcomes === 0)
    return <p class="utrecht-paragraph">{t('trackRecordNone', { vintages: formatNumber(record.kept) })}</p>;
  const lead = t('trackRecordLead', {
    outcomes: formatNumber(record.outcomes),
    vintages: formatNumber(record.kept),
  });
  const headers = Object.values(TRACK_RECORD_HEADERS);
  return (
    <div class="msd-table-scroll" tabIndex={0} role="region" aria-label={lead}>
      <table class="utrecht-table utrecht-table--html-table">
        <caption class="utrecht-table__caption">{lead}</caption>
        <thead class="utrecht-table__header">
          <tr class="utrecht-table__row">
            {headers.map((h) => (
              <th scope="col" class="utrecht-table__header-cell">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody class="utrecht-table__body">
          {record.rows.map((r) => (
            <tr class="utrecht-table__row">
              <td class="utrecht-table__cell">{r.method}</td>
              <td class="utrecht-table__cell">{kindWord(r.kind)}</td>
              <td class="utrecht-table__cell">{r.horizon}</td>
              <td class="utrecht-table__cell">{formatNumber(r.outcomes)}</td>
              <td class="utrecht-table__cell">{coverageText(r.inside80, r.outcomes)}</td>
              <td class="utrecht-table__cell">{coverageText(r.inside95, r.outcomes)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
