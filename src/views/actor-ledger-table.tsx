/** @module The ledger per actor of a case analysis or programme ("wie betaalt, wie profiteert"): amounts per actor with a total row, and one sentence naming who pays and who benefits. */
import type { JSX } from 'preact';
import { whoPaysWhoBenefits, type ActorShare } from '../social-return/actor-ledger.ts';
import type { CaseAnalysisResult } from '../social-return/case-analysis.ts';
import type { ProgrammeResultData } from '../social-return/social-return-result.ts';
import { DataTable } from './data-table.tsx';
import { t, type Locale, type MessageKey } from './messages.ts';
import { actorName, formatEuro, formatPercent } from './social-return-format.ts';

export type LedgerResult = CaseAnalysisResult | ProgrammeResultData;

const CASE_MEASURES = [
  ['currentYearlyCost', 'srCurrentYearlyCost'],
  ['costIfNothingDone', 'srCostIfNothingDone'],
  ['oneOffCost', 'srOneOffCost'],
  ['newYearlyCost', 'srNewYearlyCost'],
  ['differencePerYear', 'srDifferencePerYear'],
  ['differenceInclOneOff', 'srDifferenceInclOneOff'],
] as const satisfies readonly (readonly [keyof CaseAnalysisResult['totals'], MessageKey])[];

const PROGRAMME_MEASURES = [
  ['pvCosts', 'srPvCosts'],
  ['pvBenefits', 'srPvBenefits'],
  ['npv', 'srNpv'],
] as const satisfies readonly (readonly [keyof ProgrammeResultData['totals'], MessageKey])[];

/** `Gemeente 67 % (€ 1.000,00), Overig 33 % (€ 500,00)`, or `niemand`. */
function sideText(side: readonly ActorShare[], locale: Locale): string {
  if (side.length === 0) return t('srWrongPocketNone', {}, locale);
  return side
    .map(
      (s) =>
        `${actorName(s.actor)} ${formatPercent(Math.round(s.share * 100) / 100, locale)} (${formatEuro(s.cents)})`,
    )
    .join(', ');
}

/** The sentence under the ledger: who bears the costs and who receives the benefits, with shares. */
export function wrongPocketSentence(result: LedgerResult, locale: Locale = 'nl'): string {
  const ledger = whoPaysWhoBenefits(result);
  return t(
    'srWrongPocket',
    { payers: sideText(ledger.payers, locale), beneficiaries: sideText(ledger.beneficiaries, locale) },
    locale,
  );
}

export function ActorLedgerTable({
  result,
  locale = 'nl',
}: {
  result: LedgerResult;
  locale?: Locale;
}): JSX.Element {
  const measures: readonly (readonly [string, MessageKey])[] =
    result.kind === 'casusanalyse' ? CASE_MEASURES : PROGRAMME_MEASURES;
  const amount = (row: object, key: string) => formatEuro(Number((row as Record<string, number>)[key] ?? 0));
  return (
    <>
      <DataTable
        caption={t('srLedgerCaption', {}, locale)}
        columns={[
          { label: t('srActor', {}, locale) },
          ...measures.map(([, label]) => ({ label: t(label, {}, locale), numeric: true })),
        ]}
        rows={result.byActor.map((row) => [
          actorName(row.actor),
          ...measures.map(([key]) => amount(row, key)),
        ])}
        footer={[[t('srTotal', {}, locale), ...measures.map(([key]) => amount(result.totals, key))]]}
      />
      <p class="utrecht-paragraph">{wrongPocketSentence(result, locale)}</p>
    </>
  );
}
