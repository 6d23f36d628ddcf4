/** @module Dutch texts about batches as a whole: figures pending after an interrupted run, corrected resends, conflicting resends and removed batches. */
import type { ReplacedVersion } from './batch.ts';

/** Figures are stale and this command cannot write them (a read-only open). */
export const FIGURES_PENDING =
  'cijfers zijn nog niet bijgewerkt na een onderbroken inlezing; voer `msd compute` uit';

/** A recompute left pending by an earlier, interrupted run was finished now. */
export const pendingFinished = (batches: readonly number[]): string =>
  `cijfers bijgewerkt die na een onderbroken inlezing nog openstonden (${batches.length === 1 ? 'partij' : 'partijen'} ${batches.join(', ')})`;

/** `vervangt eerder in quarantaine geplaatst bericht 123 (partij 4)` and the like, for the batch report. */
export function replacedText(replaced: ReplacedVersion): string {
  const what = replaced.message === undefined ? 'bestand' : 'bericht';
  const name = replaced.message === undefined ? replaced.file : replaced.message;
  const was = replaced.was === 'rejected' ? 'geweigerd' : 'in quarantaine geplaatst';
  return `vervangt eerder ${was} ${what} ${name} (partij ${replaced.batch})`;
}

/**
 * A message whose identity (BerichtIdentificatie, afzender, berichtsoort) is known with other content, while the
 * earlier version was stored without problems: the iStandaarden want a new identity for every message (BRS20), and a
 * correction travels as a new message (StatusAanlevering 2 or 3, a new 301 with the same ToewijzingNummer, a credit line).
 */
export const conflictingResend = (messageId: string, sender: string, batch: number): string =>
  `bericht ${messageId} van afzender ${sender} is al ingelezen (partij ${batch}) met andere inhoud; ` +
  'niet opnieuw ingelezen: een correctie komt als nieuw bericht met een eigen berichtidentificatie';

/** `msd batches remove`: what was removed. */
export const batchRemoved = (batch: number, file: string, figures: number, quarantined: number): string =>
  `partij ${batch} (${file}) verwijderd: ${figures} ${figures === 1 ? 'cijfer' : 'cijfers'} en ${quarantined} ${quarantined === 1 ? 'quarantaineregel' : 'quarantaineregels'}`;

/** `msd batches remove` of a batch that does not exist. */
export const noSuchBatch = (batch: string): string => `partij ${batch} bestaat niet (zie \`msd batches\`)`;

/** `msd batches remove` of a record-level batch. */
export const recordBatchNotRemovable = (batch: number, source: string): string =>
  `partij ${batch} (${source}) bevat records over personen; alleen partijen met geaggregeerde cijfers (CBS, msd values import) ` +
  'kunnen worden verwijderd. Records verwijderen valt onder de bewaartermijnen en kan (nog) niet.';

/** Imported figures feed no computed figure: the engine reads only computed rows. */
export const NOTHING_TO_RECOMPUTE =
  'geen berekende cijfers hingen van deze cijfers af; waar een berekend cijfer bestaat, toont de monitor dat';
