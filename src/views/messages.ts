/** @module The message catalogue: every user-facing string, Dutch first (the UI language), English second. */

export const LOCALES = ['nl', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

const MESSAGES = {
  appName: { nl: 'Monitor Sociaal Domein', en: 'Social Domain Monitor' },
  skipToContent: { nl: 'Direct naar de inhoud', en: 'Skip to content' },
  homeTitle: { nl: 'Kerncijfers sociaal domein', en: 'Social domain key figures' },
  homeLead: {
    nl: 'Het aantal inwoners met jeugdhulp, Wmo-ondersteuning en bijstand per jaar, voor de gemeente en per wijk.',
    en: 'Inhabitants with youth care, Wmo support and social assistance per year, for the municipality and per district.',
  },
  noData: {
    nl: 'Er zijn nog geen berekende cijfers. Laad gegevens in (msd ingest) en bereken de indicatoren (msd compute).',
    en: 'No computed figures yet. Load data (msd ingest) and compute the indicators (msd compute).',
  },
  area: { nl: 'Gebied', en: 'Area' },
  year: { nl: 'Jaar', en: 'Year' },
  value: { nl: 'Waarde', en: 'Value' },
  chartDescription: {
    nl: 'Staafdiagram van {name} per jaar voor {area}. De tabel hieronder geeft dezelfde cijfers.',
    en: 'Bar chart of {name} per year for {area}. The table below gives the same figures.',
  },
  tableCaption: { nl: '{name} per jaar en per wijk', en: '{name} per year and district' },
  provisional: { nl: 'voorlopig', en: 'provisional' },
  final: { nl: 'definitief', en: 'final' },
  statusLegend: {
    nl: '* = voorlopig cijfer (nog niet alle gegevens over deze periode zijn binnen). . = geheim (minder dan 8 personen) of onbekend.',
    en: '* = provisional (not all data for this period have arrived). . = secret (fewer than 8 persons) or unknown.',
  },
  disclosureNote: {
    nl: 'Aantallen zijn afgerond op vijftallen; een persoon telt één keer per gebied. Inwoners zonder bekende wijk tellen alleen mee in het gemeentetotaal, dus de wijken tellen niet altijd op tot de gemeente.',
    en: 'Counts are rounded to multiples of five; a person counts once per area. Inhabitants without a known district count only in the municipal total, so districts need not add up to it.',
  },
  deliveryDate: { nl: 'Gegevens geleverd tot en met {date}.', en: 'Data delivered up to {date}.' },
  source: {
    nl: 'Bron: eigen registraties gemeente {gemeente}; CBS (gebieden, CC BY 4.0).',
    en: 'Source: municipal records {gemeente}; CBS (areas, CC BY 4.0).',
  },
  dataTitle: { nl: 'Gegevensleveringen', en: 'Data deliveries' },
  dataLead: {
    nl: 'Welke bestanden zijn ingelezen, wat is opgeslagen en welke regels in quarantaine staan (met plaats en reden, zonder persoonsgegevens).',
    en: 'Which files were ingested, what was stored and which records are in quarantine (with position and reason, no personal data).',
  },
  batchesHeading: { nl: 'Ingelezen bestanden', en: 'Ingested files' },
  batchesCaption: { nl: 'Ingelezen bestanden, oudste eerst', en: 'Ingested files, oldest first' },
  noBatches: { nl: 'Er zijn nog geen bestanden ingelezen.', en: 'No files have been ingested yet.' },
  batchNo: { nl: 'Levering', en: 'Batch' },
  receivedAt: { nl: 'Ontvangen', en: 'Received' },
  sourceKind: { nl: 'Soort bron', en: 'Source kind' },
  fileName: { nl: 'Bestand', en: 'File' },
  batchStatus: { nl: 'Resultaat', en: 'Result' },
  statusStored: { nl: 'opgeslagen', en: 'stored' },
  statusRejected: { nl: 'geweigerd', en: 'rejected' },
  read: { nl: 'Gelezen', en: 'Read' },
  stored: { nl: 'Opgeslagen', en: 'Stored' },
  replaced: { nl: 'Vervangen', en: 'Replaced' },
  quarantined: { nl: 'Quarantaine', en: 'Quarantined' },
  quarantineHeading: { nl: 'Quarantaine', en: 'Quarantine' },
  quarantineCaption: {
    nl: 'Regels die niet zijn opgeslagen, met plaats en reden',
    en: 'Records not stored, with position and reason',
  },
  noQuarantine: { nl: 'Er staan geen regels in quarantaine.', en: 'No records are in quarantine.' },
  quarantineShown: { nl: '{shown} van {total} regels getoond.', en: '{shown} of {total} records shown.' },
  messageId: { nl: 'Bericht', en: 'Message' },
  position: { nl: 'Plaats', en: 'Position' },
  reason: { nl: 'Reden', en: 'Reason' },
  navHome: { nl: 'Kerncijfers', en: 'Key figures' },
  navData: { nl: 'Gegevensleveringen', en: 'Data deliveries' },
  navLabel: { nl: 'Hoofdmenu', en: 'Main menu' },
  buildGenerate: {
    nl: 'de bronbestanden van de demogemeente worden gemaakt',
    en: 'generating the demo source files',
  },
  buildIngest: { nl: 'de bronbestanden worden ingelezen', en: 'ingesting the source files' },
  buildCompute: { nl: 'de kerncijfers worden berekend', en: 'computing the key figures' },
  buildComplete: {
    nl: 'de kerncijfers hieronder zijn klaar, de overige indicatoren worden nog berekend',
    en: 'the key figures below are ready, the other indicators are still being computed',
  },
  buildBusy: {
    nl: 'De demogemeente wordt opgebouwd: {step} ({seconds} seconden bezig). De cijfers verschijnen op deze pagina zodra ze berekend zijn; vernieuw de pagina over een minuut.',
    en: 'The demo municipality is being built: {step} ({seconds} seconds so far). The figures appear on this page once computed; reload in a minute.',
  },
  buildFailed: {
    nl: 'Het opbouwen van de demogemeente is mislukt: {detail}',
    en: 'Building the demo municipality failed: {detail}',
  },
  footer: { nl: 'Monitor Sociaal Domein — open source', en: 'Social Domain Monitor — open source' },
  goalsStored: {
    nl: '{source}: doelenboom versie {version} opgeslagen — {title} ({goals} doelen, {effects} effecten, {indicators} indicatoren).',
    en: '{source}: goal tree version {version} stored — {title} ({goals} goals, {effects} effects, {indicators} indicators).',
  },
  goalsUnchanged: {
    nl: '{source}: gelijk aan doelenboom versie {version} ({title}); niets gewijzigd.',
    en: '{source}: same as goal tree version {version} ({title}); nothing changed.',
  },
  goalsExported: {
    nl: 'Doelenboom versie {version} geschreven naar {file}.',
    en: 'Goal tree version {version} written to {file}.',
  },
  goalsHeader: {
    nl: '{title} — doelenboom versie {version}, periode {period}, gebied {area} (samenvatten: {rule})',
    en: '{title} — goal tree version {version}, period {period}, area {area} (roll-up: {rule})',
  },
  rollupWorst: { nl: 'slechtste status', en: 'worst status' },
  rollupWeightedShare: { nl: 'gewogen aandeel op koers', en: 'weighted share on course' },
  goalsVision: { nl: 'Visie', en: 'Vision' },
  goalsGoal: { nl: 'Doel', en: 'Goal' },
  goalsEffect: { nl: 'Effect', en: 'Effect' },
  goalsReason: { nl: 'reden', en: 'reason' },
  goalsNote: { nl: 'let op', en: 'note' },
  goalsNarrative: { nl: 'verhaal ({status}, {author})', en: 'narrative ({status}, {author})' },
  targetSet: {
    nl: 'Streefwaarde {indicator} {period}: {value} (doelenboom versie {version}, knoop {nodes}).',
    en: 'Target {indicator} {period}: {value} (goal tree version {version}, node {nodes}).',
  },
  narrativeSaved: {
    nl: 'Verhaal bij {node} over {period} opgeslagen ({status}, versie {id} in de geschiedenis; doelenboom versie {version}).',
    en: 'Narrative for {node} on {period} stored ({status}, version {id} in the history; goal tree version {version}).',
  },
  noNarratives: { nl: 'Geen verhalen bij {node}{period}.', en: 'No narratives for {node}{period}.' },
  narrativesPeriod: { nl: ' over {period}', en: ' on {period}' },
} as const satisfies Record<string, Record<Locale, string>>;

export type MessageKey = keyof typeof MESSAGES;

/** A message with `{name}` placeholders filled in. */
export function t(
  key: MessageKey,
  params: Record<string, string | number> = {},
  locale: Locale = 'nl',
): string {
  return MESSAGES[key][locale].replace(/\{(\w+)\}/g, (_, name: string) =>
    String(params[name] ?? `{${name}}`),
  );
}

const NUMBER_FORMAT: Record<Locale, Intl.NumberFormat> = {
  nl: new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1 }),
  en: new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 }),
};

/** A number as the locale writes it (nl: 12.345,6). */
export const formatNumber = (value: number, locale: Locale = 'nl'): string =>
  NUMBER_FORMAT[locale].format(value);
