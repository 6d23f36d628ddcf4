/** @module Dutch texts about retention: the purge's table and summary, a refused cut-off, and the reason figures or records before the cut-off are not there. */
import { formatDate, formatNumber } from '../views/messages.ts';
import type { PurgedTable } from './purged-tables.ts';

/** What each purged table holds, as the purge's table names it. */
export const PURGED_TABLE_LABELS: Readonly<Record<PurgedTable, string>> = {
  provision: 'voorzieningen (jeugdhulp, Wmo)',
  claim: 'declaratieregels',
  benefit: 'uitkeringen',
  reintegration: 're-integratievoorzieningen',
  residence: 'adressen (wijk, buurt)',
  istd_allocation: 'toewijzingen (301)',
  istd_care_start: 'starts zorg (305)',
  istd_care_stop: 'stops zorg (307)',
  istd_message: 'berichten (koppen)',
  istd_message_hash: 'berichtcontroles',
  quarantine: 'regels in quarantaine',
  person: 'personen (pseudoniem)',
};

/** Column headers of the purge's table. */
export const PURGE_HEADERS = { table: 'Gegevens', rows: 'Rijen' } as const;

/** Why figures or records of before the cut-off are not there (the freeze's reason, the ingest's refusal). */
export const purgedBefore = (cutoff: string): string =>
  `gegevens vóór ${formatDate(cutoff)} zijn verwijderd volgens de bewaartermijn`;

/** A record of which the whole period lies before the cut-off: refused at ingest. */
export const recordBeforeCutoff = (cutoff: string): string =>
  `${purgedBefore(cutoff)}; dit record valt daar helemaal vóór en wordt niet opnieuw opgeslagen`;

/** A purge with a cut-off before the one in force. */
export const cutoffMovesBack = (cutoff: string, current: string): string =>
  `de bewaartermijn geeft grens ${formatDate(cutoff)}, maar gegevens vóór ${formatDate(current)} zijn al verwijderd; ` +
  'een grens kan alleen later worden, niet eerder (kies een kortere termijn, of dezelfde)';

/** `--older-than` that is no span. */
export const invalidSpan = (text: string): string =>
  `"${text}" is geen bewaartermijn: geef een aantal jaren of maanden, bijvoorbeeld 7y of 84m`;

/** The purge's first line: what was (or would be) removed. */
export function purgeSummary(cutoff: string, total: number, dryRun: boolean): string {
  const rows = `${formatNumber(total)} ${total === 1 ? 'rij' : 'rijen'}`;
  return dryRun
    ? `Proefdraai (--dry-run): er is niets verwijderd. Met grens ${formatDate(cutoff)} zou msd purge ${rows} verwijderen:`
    : `Verwijderd: ${rows} met gegevens die vóór ${formatDate(cutoff)} eindigden:`;
}

/** What a purge keeps and what the freeze means (printed after the table). */
export const PURGE_KEEPS =
  'Bewaard: berekende cijfers, raadsrapportages, prognoses, begroting, doelenboom, toelichtingen en de audittrail. ' +
  'Cijfers van perioden vóór de grens worden niet opnieuw berekend.';

/** The purge found nothing to remove. */
export const NOTHING_PURGED = 'Er waren geen gegevens ouder dan de bewaartermijn.';
