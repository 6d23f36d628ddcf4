/** @module The message catalogue: every user-facing string, Dutch first (the UI language), English second. */
import type { DeliverySource } from '../domain/delivery-sources.ts';

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
  // The trend chart's x-axis title per period kind (year above).
  axisHalf: { nl: 'Halfjaar', en: 'Half year' },
  axisQuarter: { nl: 'Kwartaal', en: 'Quarter' },
  axisMonth: { nl: 'Maand', en: 'Month' },
  value: { nl: 'Waarde', en: 'Value' },
  chartDescription: {
    nl: 'Staafdiagram van {name} per jaar voor {area}. De tabel hieronder geeft dezelfde cijfers.',
    en: 'Bar chart of {name} per year for {area}. The table below gives the same figures.',
  },
  tableCaption: { nl: '{name} per jaar en per wijk', en: '{name} per year and district' },
  provisional: { nl: 'voorlopig', en: 'provisional' },
  final: { nl: 'definitief', en: 'final' },
  running: { nl: 'lopend', en: 'running' },
  periodRunning: { nl: '{period} (lopend, t/m {date})', en: '{period} (running, up to {date})' },
  runningUntil: { nl: 't/m {date}', en: 'up to {date}' },
  statusLegend: {
    nl: '* = voorlopig cijfer (nog niet alle gegevens over deze periode zijn binnen). . = geheim (minder dan 8 personen) of onbekend.',
    en: '* = provisional (not all data for this period have arrived). . = secret (fewer than 8 persons) or unknown.',
  },
  runningLegend: {
    nl: 'Lopend = de periode is nog niet voorbij de laatste levering: het cijfer telt alleen tot en met de genoemde datum en is niet te vergelijken met een volledige periode. In de grafiek is zo’n periode alleen omlijnd.',
    en: 'Running = the period runs past the last delivery: the figure counts only up to the date given and cannot be compared with a complete period. The chart draws such a period as an outline only.',
  },
  disclosureNote: {
    nl: 'Aantallen zijn afgerond op vijftallen; een persoon telt één keer per gebied. Inwoners zonder bekende wijk tellen alleen mee in het gemeentetotaal, dus de wijken tellen niet altijd op tot de gemeente.',
    en: 'Counts are rounded to multiples of five; a person counts once per area. Inhabitants without a known district count only in the municipal total, so districts need not add up to it.',
  },
  deliveryDate: { nl: 'Gegevens geleverd tot en met {date}.', en: 'Data delivered up to {date}.' },
  deliveryDates: { nl: 'Gegevens per bron tot en met: {list}.', en: 'Data per source up to: {list}.' },
  sourceClaim: { nl: 'declaraties {date}', en: 'claims {date}' },
  sourceProvision: { nl: 'toewijzingen en voorzieningen {date}', en: 'allocations and provisions {date}' },
  sourceBenefit: { nl: 'uitkeringen {date}', en: 'benefits {date}' },
  sourcePopulation: { nl: 'bevolking (peildatum) {date}', en: 'population (reference date) {date}' },
  sourceHouseholds: { nl: 'huishoudens (peildatum) {date}', en: 'households (reference date) {date}' },
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
  statusDuplicate: { nl: 'al ingelezen', en: 'already ingested' },
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
  cliDefined: { nl: 'Vastgelegd: {ids}', en: 'Defined: {ids}' },
  cliReplaced: { nl: 'Vervangen: {ids}', en: 'Replaced: {ids}' },
  cliComputeAreas: {
    nl: 'Voer `msd compute` uit om de indicatoren voor deze gebieden te berekenen.',
    en: 'Run `msd compute` to compute the indicators for these areas.',
  },
  cliInvalidPeriod: {
    nl: 'ongeldige periode "{period}" (schrijf 2024, 2024-H1, 2024-Q3 of 2024-07).',
    en: 'Invalid period "{period}" (use 2024, 2024-H1, 2024-Q3 or 2024-07).',
  },
  cliRejected: { nl: 'geweigerd: {reason}', en: 'rejected: {reason}' },
  cliQuarantineHint: {
    nl: 'Regels in quarantaine en hun redenen: msd batches',
    en: 'Quarantined lines and their reasons: msd batches',
  },
  cliServing: {
    nl: 'Monitor Sociaal Domein toont {dir} op {url} (Ctrl+C stopt).',
    en: 'Monitor Sociaal Domein serves {dir} at {url} (Ctrl+C stops).',
  },
  cliRegion: {
    nl: 'Regio: berichten voor {list} worden ook geaccepteerd.',
    en: 'Region: messages for {list} are accepted too.',
  },
  cliRegionNone: { nl: 'geen andere gemeente', en: 'no other gemeente' },
  cliInvalidRegion: {
    nl: 'ongeldige --regio-code "{code}" (verwacht CBS-gemeentecodes, bijv. GM0637,GM0638).',
    en: 'Invalid --regio code "{code}" (expected CBS gemeente codes, e.g. GM0637,GM0638).',
  },
  cliUnknownGemeente: {
    nl: 'onbekende gemeentecode "{code}" (verwacht bijv. GM0637; zie de gemeentelijke indeling van het CBS).',
    en: 'Unknown gemeente code "{code}" (expected e.g. GM0637; see CBS gemeentelijke indeling).',
  },
  cliFolderBelongs: {
    nl: 'De gegevensmap {dir} hoort bij {current}; daarin kan niet ook {code} staan. Kies een andere map met --data.',
    en: 'The data folder {dir} belongs to {current}; it cannot also hold {code}. Use another --data folder.',
  },
  cliAreasLoaded: {
    nl: '{code} {name} geladen: {areas} gebieden, {boundaries} grenzen ({source}).',
    en: 'Loaded {code} {name}: {areas} areas, {boundaries} boundaries ({source}).',
  },
  cliInitialised: {
    nl: '{dir} ingericht: database {database}, geheime sleutel {secret}.',
    en: 'Initialised {dir}: database {database}, secret key {secret}.',
  },
  cliSchemaVersion: { nl: 'schemaversie {version}', en: 'schema v{version}' },
  cliPresent: { nl: 'al aanwezig', en: 'present' },
  cliSecretCreated: {
    nl: 'aangemaakt (bewaar hem goed: zonder deze sleutel zijn de pseudoniemen niet opnieuw te maken)',
    en: 'created (keep it safe: without it pseudonyms cannot be reproduced)',
  },
  cliAlreadyInitialised: {
    nl: '{dir} is al ingericht{gemeente}; er is niets gewijzigd.',
    en: '{dir} is already initialised{gemeente}; nothing changed.',
  },
  cliForGemeente: { nl: ' voor {code} {name}', en: ' for {code} {name}' },
  cliComputed: {
    nl: '{indicators} indicatoren berekend: {rows} waarden in {seconds}.',
    en: 'Computed {indicators} indicators: {rows} values in {seconds}.',
  },
  cliRecomputed: {
    nl: 'Opnieuw berekend voor {periods}: {rows} waarden van {indicators} indicatoren{tables} in {seconds}.',
    en: 'Recomputed {periods}: {rows} values for {indicators} indicators{tables} in {seconds}.',
  },
  cliEveryPeriod: { nl: 'alle perioden', en: 'every period' },
  cliPeriodsFrom: { nl: 'de perioden vanaf {date}', en: 'periods from {date} on' },
  cliReadingTables: { nl: ' die {tables} lezen', en: ' reading {tables}' },
  cliOutlook: {
    nl: 'Vooruitblik: {refitted} van {series} reeksen opnieuw voorspeld ({forecasts} voorspelde waarden, {signals} signalen) in {seconds}; nowcast van {groups} declaratiegroepen per {asOf}.',
    en: 'Outlook: {refitted} of {series} series forecast again ({forecasts} forecast values, {signals} signals) in {seconds}; nowcast of {groups} claim groups as of {asOf}.',
  },
  cliDemoReused: {
    nl: 'De bronbestanden voor omvang {size}, seed {seed} staan al in {dir}; die worden opnieuw gebruikt.',
    en: 'Source files for size {size}, seed {seed} already in {dir}; reusing them.',
  },
  cliDemoGenerated: {
    nl: '{name} gegenereerd (omvang {size}, seed {seed}): {files} bestanden, {rows} regels in {dir} ({seconds}).',
    en: 'Generated {name} (size {size}, seed {seed}): {files} files, {rows} rows in {dir} ({seconds}).',
  },
  cliDemoIngested: {
    nl: '{stored} bestanden ingelezen ({duplicates} al aanwezig, {rejected} geweigerd) in {seconds}.',
    en: 'Ingested {stored} files ({duplicates} already present, {rejected} rejected) in {seconds}.',
  },
  cliDemoUpToDate: {
    nl: 'Er is niets nieuws ingelezen; de berekende cijfers zijn actueel.',
    en: 'Nothing new was ingested; the computed figures are up to date.',
  },
  cliDemoComputed: {
    nl: 'Kubus berekend in {seconds} (de cijfers van de startpagina na {core}).',
    en: "Computed the cube in {seconds} (the start page's after {core}).",
  },
  cliDemoGoalTree: {
    nl: 'Doelenboom van Voorschoten geladen (versie {version}) met nulmetingen 2015, streefwaarden en verhalen; zie msd goals show.',
    en: 'Loaded the Voorschoten goal tree (version {version}) with baselines 2015, targets and narratives; see msd goals show.',
  },
  cliCube: {
    nl: 'Kubus: {withValues} van de {indicators} indicatoren in de catalogus hebben waarden; {values} indicatorwaarden in totaal.',
    en: 'Cube: {withValues} of the {indicators} indicators in the catalogue have values; {values} indicator values in all.',
  },
  cliDemoReady: { nl: 'Demo klaar in {seconds}.', en: 'Demo ready in {seconds}.' },
  cliDemoReadyAt: { nl: 'Demo klaar in {seconds}: {url}', en: 'Demo ready in {seconds}: {url}' },
  cliDemoFailed: {
    nl: 'het opbouwen van de demo is mislukt: {detail}',
    en: 'building the demo failed: {detail}',
  },
  cliUnexpected: { nl: 'onverwachte fout: {detail}', en: 'unexpected error: {detail}' },
  cliWholeNumber: {
    nl: '{name} moet een geheel getal van {min} tot en met {max} zijn.',
    en: '{name} must be a whole number from {min} to {max}.',
  },
  cliDemoSize: { nl: 'size moet een van {sizes} zijn.', en: 'size must be one of {sizes}.' },
  cliArgError: { nl: 'fout: {detail}', en: 'error: {detail}' },
  cliArgInvalidOption: {
    nl: "de waarde '{value}' bij optie '{option}' is ongeldig.",
    en: "option '{option}' argument '{value}' is invalid.",
  },
  cliArgInvalidArgument: {
    nl: "de waarde '{value}' voor argument '{argument}' is ongeldig.",
    en: "command-argument value '{value}' is invalid for argument '{argument}'.",
  },
  cliArgAllowedChoices: { nl: 'Toegestaan: {choices}.', en: 'Allowed choices are {choices}.' },
  cliArgMissing: { nl: "het argument '{argument}' ontbreekt", en: "missing required argument '{argument}'" },
  cliArgOptionValueMissing: {
    nl: "bij optie '{option}' ontbreekt de waarde",
    en: "option '{option}' argument missing",
  },
  cliArgRequiredOption: {
    nl: "de verplichte optie '{option}' ontbreekt",
    en: "required option '{option}' not specified",
  },
  cliArgUnknownOption: { nl: "onbekende optie '{option}'", en: "unknown option '{option}'" },
  cliArgUnknownCommand: { nl: "onbekende opdracht '{command}'", en: "unknown command '{command}'" },
  cliArgTooMany: {
    nl: 'te veel argumenten{command}: verwacht {expected}, gekregen {received}.',
    en: 'too many arguments{command}. Expected {expected} but got {received}.',
  },
  cliArgForCommand: { nl: " voor '{command}'", en: " for '{command}'" },
  cliArgDidYouMean: { nl: '(Bedoelt u {suggestion}?)', en: '(Did you mean {suggestion}?)' },
  handOffNotice: {
    nl: 'de gegevensmap is in gebruik door msd serve (PID {pid}, {url}); de opdracht wordt daar uitgevoerd.',
    en: 'the data folder is held by msd serve (PID {pid}, {url}); the command runs there.',
  },
  handOffUnreachable: {
    nl: 'msd serve op {url} is niet bereikbaar: {reason}',
    en: 'cannot reach msd serve at {url}: {reason}',
  },
  handOffRefused: {
    nl: 'msd serve weigerde de opdracht ({status}): {reason}',
    en: 'msd serve refused the command ({status}): {reason}',
  },
  buildStepGenerate: { nl: 'bronbestanden maken', en: 'generating source files' },
  buildStepIngest: { nl: 'inlezen', en: 'ingesting' },
  buildStepCompute: { nl: 'kerncijfers berekenen', en: 'computing key figures' },
  buildStepComplete: { nl: 'overige indicatoren berekenen', en: 'computing the other indicators' },
  buildStillRunning: {
    nl: 'de demo wordt nog opgebouwd (stap: {step}); cijfers volgen',
    en: 'the demo is still being built (step: {step}); figures will follow',
  },
  noAreas: {
    nl: 'nog geen gebieden; laad de gemeente en haar wijken met msd init --gemeente GMxxxx',
    en: 'no areas yet; load the gemeente and its districts with msd init --gemeente GMxxxx',
  },
  noBatchesCli: {
    nl: 'nog geen bestanden ingelezen; lees ze in met msd ingest',
    en: 'no files ingested yet; ingest them with msd ingest',
  },
  xlsxNeedsOut: {
    nl: 'xlsx is een werkmap, geen tekst: geef een bestand op met --out <bestand.xlsx>',
    en: 'xlsx is a workbook, not text: name a file with --out <file.xlsx>',
  },
  exportWritten: { nl: '{rows} rijen geschreven naar {file}', en: '{rows} rows written to {file}' },
  exportPublished: {
    nl: 'Gepubliceerde waarden: aantallen afgerond op vijftallen, aantallen van 0 tot en met 7 geheim; percentages uit afgeronde aantallen.',
    en: 'Published values: counts rounded to multiples of five, counts of 0 to 7 secret; rates from rounded counts.',
  },
  exportExact: {
    nl: 'Exacte waarden (--exact), zonder onthullingsbeheersing: alleen voor vertrouwelijk gebruik binnen de gemeente.',
    en: 'Exact values (--exact), without disclosure control: for confidential use within the municipality only.',
  },
  exportLegend: {
    nl: '. = geheim of onbekend. Status: definitief, voorlopig (nog niet alle gegevens over de periode zijn binnen) of lopend (de periode loopt nog).',
    en: '. = secret or unknown. Status: final, provisional (not all data for the period have arrived) or running (the period is still running).',
  },
  exportNotWritten: { nl: 'geen bestand geschreven', en: 'no file written' },
  exportFailed: {
    nl: 'kan {file} niet schrijven: {detail}',
    en: 'cannot write {file}: {detail}',
  },
  footer: { nl: 'Monitor Sociaal Domein — open source', en: 'Social Domain Monitor — open source' },
  errorNotFoundTitle: { nl: 'Pagina niet gevonden', en: 'Page not found' },
  errorNotFound: {
    nl: 'De pagina {path} bestaat niet. Controleer het adres, of ga terug naar de kerncijfers.',
    en: 'The page {path} does not exist. Check the address, or go back to the key figures.',
  },
  errorNotFoundApi: { nl: 'Het adres {path} bestaat niet.', en: 'The address {path} does not exist.' },
  errorServerTitle: { nl: 'Er ging iets mis', en: 'Something went wrong' },
  errorServer: {
    nl: 'Er ging iets mis op de server. Probeer het later opnieuw. Meldt u het probleem, noem dan deze referentie: {reference}.',
    en: 'Something went wrong on the server. Please try again later. If you report the problem, quote this reference: {reference}.',
  },
  errorRequestTitle: { nl: 'Verzoek niet verwerkt', en: 'Request not processed' },
  errorInvalidJson: {
    nl: 'De inhoud van het verzoek is geen geldige JSON.',
    en: 'The request body is not valid JSON.',
  },
  errorEmptyJson: {
    nl: 'Het verzoek heeft het inhoudstype JSON maar geen inhoud.',
    en: 'The request has content type JSON but no body.',
  },
  errorBadRequest: {
    nl: 'Het verzoek klopt niet: {reason}',
    en: 'The request is not valid: {reason}',
  },
  errorRequestOther: {
    nl: 'Het verzoek kon niet worden verwerkt (HTTP-status {status}).',
    en: 'The request could not be processed (HTTP status {status}).',
  },
  errorBodyTooLarge: {
    nl: 'De inhoud van het verzoek is te groot: hier mag die ten hoogste {limit} zijn.',
    en: 'The request body is too large: here it may be at most {limit}.',
  },
  errorMediaType: {
    nl: 'Het inhoudstype {type} wordt hier niet geaccepteerd; stuur JSON (application/json).',
    en: 'Content type {type} is not accepted here; send JSON (application/json).',
  },
  errorMethod: {
    nl: 'De methode {method} is op {path} niet toegestaan; wel: {allow}.',
    en: 'Method {method} is not allowed on {path}; allowed: {allow}.',
  },
  errorLoopbackOnly: { nl: 'Alleen vanaf deze machine.', en: 'Only from this machine.' },
  errorBadToken: { nl: 'Ongeldig token.', en: 'Invalid token.' },
  errorCliArgs: {
    nl: 'args moet een lijst van teksten zijn.',
    en: 'args must be an array of strings.',
  },
  errorCliCommand: {
    nl: 'De server voert "{command}" niet uit voor de opdrachtregel.',
    en: 'The server does not run "{command}" for the command line.',
  },
  errorBackHome: { nl: 'Terug naar de kerncijfers', en: 'Back to the key figures' },
  sourceKindIstandaarden: { nl: 'iJw/iWmo-berichten', en: 'iJw/iWmo messages' },
  sourceKindBenefits: { nl: 'Uitkeringen (CSV)', en: 'Benefits (CSV)' },
  sourceKindClaims: { nl: 'Declaraties (CSV)', en: 'Claims (CSV)' },
  sourceKindProvisions: { nl: 'Voorzieningen (CSV)', en: 'Provisions (CSV)' },
  sourceKindPopulation: { nl: 'Bevolking (CSV)', en: 'Population (CSV)' },
  sourceKindHouseholds: { nl: 'Huishoudens (CSV)', en: 'Households (CSV)' },
  sourceKindPostcodes: { nl: 'Postcodetabel (CSV)', en: 'Postcode table (CSV)' },
  sourceKindCsvProfile: { nl: 'CSV-export (profiel {profile})', en: 'CSV export (profile {profile})' },
  sourceKindCbs: { nl: 'CBS-tabel {table}', en: 'CBS table {table}' },
  sourceKindAggregates: { nl: 'Geïmporteerde cijfers (CSV)', en: 'Imported figures (CSV)' },
  sourceKindUnrecognised: { nl: 'Niet herkend bestand', en: 'Unrecognised file' },
  sourceKindUnknown: { nl: 'Onbekende soort ({kind})', en: 'Unknown kind ({kind})' },
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

  // — Access control, sessions and audit trail (issue 18) —
  accessUnknownRole: {
    nl: 'Onbekende rol "{role}"; kies admin, analyst, policy of viewer.',
    en: 'Unknown role "{role}"; choose admin, analyst, policy or viewer.',
  },
  accessPasswordTooShort: {
    nl: 'Het wachtwoord is te kort: minstens {min} tekens.',
    en: 'The password is too short: at least {min} characters.',
  },
  accessUnknownUser: { nl: 'Er is geen gebruiker "{username}".', en: 'There is no user "{username}".' },
  accessBadUsername: {
    nl: 'Ongeldige gebruikersnaam "{username}": 2 tot 64 tekens, kleine letters, cijfers en . _ @ -.',
    en: 'Invalid username "{username}": 2 to 64 characters, lower-case letters, digits and . _ @ -.',
  },
  accessUserExists: {
    nl: 'De gebruiker "{username}" bestaat al.',
    en: 'The user "{username}" already exists.',
  },
  accessLastAdmin: {
    nl: '"{username}" is de laatste actieve beheerder (admin); maak eerst een andere beheerder.',
    en: '"{username}" is the last active admin; create another admin first.',
  },
  accessNoPasswordOnStdin: {
    nl: 'Geef het wachtwoord op standaardinvoer (bijvoorbeeld: echo "…" | msd users add … --password-stdin).',
    en: 'Give the password on standard input (for example: echo "…" | msd users add … --password-stdin).',
  },
  accessUserAdded: {
    nl: 'Gebruiker {username} toegevoegd met rol {role}.',
    en: 'User {username} added with role {role}.',
  },
  accessUserDisabled: {
    nl: 'Gebruiker {username} uitgeschakeld; zijn sessies zijn beëindigd.',
    en: 'User {username} disabled; their sessions have ended.',
  },
  accessUserEnabled: { nl: 'Gebruiker {username} weer ingeschakeld.', en: 'User {username} enabled again.' },
  accessUserReset: {
    nl: 'Nieuw wachtwoord voor {username} (wordt maar één keer getoond): {password}',
    en: 'New password for {username} (shown only once): {password}',
  },
  accessUserResetStdin: {
    nl: 'Wachtwoord van {username} gewijzigd; zijn sessies zijn beëindigd.',
    en: 'Password of {username} changed; their sessions have ended.',
  },
  accessRoleSet: {
    nl: 'Rol van {username}: {before} → {after}.',
    en: 'Role of {username}: {before} → {after}.',
  },
  accessNoUsers: {
    nl: 'Er zijn nog geen gebruikers. Maak er een met msd users add.',
    en: 'No users yet. Create one with msd users add.',
  },
  accessUsersHeader: { nl: 'gebruiker\trol\tstatus\taangemaakt', en: 'user\trole\tstatus\tcreated' },
  accessActive: { nl: 'actief', en: 'active' },
  accessDisabled: { nl: 'uitgeschakeld', en: 'disabled' },
  accessFirstAdmin: {
    nl: 'Eerste beheerder aangemaakt: gebruiker {username}, wachtwoord {password} (wordt maar één keer getoond; wijzig het met msd users reset).',
    en: 'First admin created: user {username}, password {password} (shown only once; change it with msd users reset).',
  },
  accessDemoAccounts: {
    nl: 'Demo-accounts (alleen voor deze demo; de server luistert op {host}):',
    en: 'Demo accounts (for this demo only; the server listens on {host}):',
  },
  accessDemoAccount: {
    nl: '  {role}: gebruiker {username}, wachtwoord {password}',
    en: '  {role}: user {username}, password {password}',
  },
  accessTokenCreated: {
    nl: 'API-token voor {username} (wordt maar één keer getoond; stuur het als Authorization: Bearer …): {token}',
    en: 'API token for {username} (shown only once; send it as Authorization: Bearer …): {token}',
  },
  accessAuditExported: {
    nl: '{count} auditregels geschreven naar {file}.',
    en: '{count} audit entries written to {file}.',
  },
  accessBadDate: {
    nl: '{option} moet een datum zijn als 2026-01-31, niet "{value}".',
    en: '{option} must be a date like 2026-01-31, not "{value}".',
  },
  loginTitle: { nl: 'Inloggen', en: 'Log in' },
  loginLead: {
    nl: 'Log in met uw gebruikersnaam en wachtwoord. De monitor bevat gevoelige gegevens; uw handelingen worden vastgelegd.',
    en: 'Log in with your username and password. The monitor holds sensitive data; your actions are recorded.',
  },
  loginUsername: { nl: 'Gebruikersnaam', en: 'Username' },
  loginPassword: { nl: 'Wachtwoord', en: 'Password' },
  loginSubmit: { nl: 'Inloggen', en: 'Log in' },
  loginFailed: {
    nl: 'De gebruikersnaam of het wachtwoord klopt niet, of het account is uitgeschakeld.',
    en: 'The username or password is wrong, or the account is disabled.',
  },
  loginLocked: {
    nl: 'Te veel mislukte pogingen. Probeer het over {minutes} minuten opnieuw.',
    en: 'Too many failed attempts. Try again in {minutes} minutes.',
  },
  loginExpired: {
    nl: 'Het formulier is verlopen. Probeer het opnieuw.',
    en: 'The form has expired. Please try again.',
  },
  logoutTitle: { nl: 'Uitloggen', en: 'Log out' },
  logoutLead: {
    nl: 'U bent ingelogd als {username} ({role}).',
    en: 'You are logged in as {username} ({role}).',
  },
  logoutSubmit: { nl: 'Uitloggen', en: 'Log out' },
  navLogout: { nl: 'Uitloggen', en: 'Log out' },
  errorLoginRequired: {
    nl: 'U bent niet ingelogd, of uw sessie is verlopen. Log in of stuur een geldig API-token (Authorization: Bearer).',
    en: 'You are not logged in, or your session has expired. Log in or send a valid API token (Authorization: Bearer).',
  },
  errorForbiddenRole: {
    nl: 'Uw rol ({role}) geeft geen toegang tot {path}; daarvoor is de rol {required} nodig.',
    en: 'Your role ({role}) gives no access to {path}; it needs the role {required}.',
  },
  errorForbiddenUndeclared: {
    nl: 'Het adres {path} is niet vrijgegeven.',
    en: 'The address {path} has not been released.',
  },
  errorCsrf: {
    nl: 'Het formulier is verlopen of komt niet van deze site (ontbrekend of ongeldig CSRF-token). Laad de pagina opnieuw.',
    en: 'The form has expired or does not come from this site (missing or invalid CSRF token). Reload the page.',
  },
  errorBrowserNotAllowed: {
    nl: 'Dit adres is alleen voor de opdrachtregel op deze machine, niet voor een browser.',
    en: 'This address is for the command line on this machine only, not for a browser.',
  },
  auditTitle: { nl: 'Audittrail', en: 'Audit trail' },
  auditLead: {
    nl: 'Wie deed wat, wanneer, met welk object en vanaf waar. De audittrail kan niet worden gewijzigd.',
    en: 'Who did what, when, to which object and from where. The audit trail cannot be changed.',
  },
  auditCaption: {
    nl: 'Auditregels {first}–{last} van {total}, nieuwste eerst',
    en: 'Audit entries {first}–{last} of {total}, newest first',
  },
  auditEmpty: { nl: 'Er zijn nog geen auditregels.', en: 'There are no audit entries yet.' },
  auditWhen: { nl: 'Wanneer (UTC)', en: 'When (UTC)' },
  auditWho: { nl: 'Wie', en: 'Who' },
  auditWhat: { nl: 'Wat', en: 'What' },
  auditObject: { nl: 'Object', en: 'Object' },
  auditFrom: { nl: 'Vanaf', en: 'From' },
  auditOutcome: { nl: 'Uitkomst', en: 'Outcome' },
  auditPrevious: { nl: 'Nieuwere regels', en: 'Newer entries' },
  auditNext: { nl: 'Oudere regels', en: 'Older entries' },
  auditPages: { nl: 'Bladeren door de audittrail', en: 'Browse the audit trail' },
  // --- Social return (maatschappelijk rendement): the /rendement pages and the report chapter -----------------
  navSocialReturn: { nl: 'Rendement', en: 'Social return' },
  navOutlook: { nl: 'Prognose', en: 'Outlook' },
  srTitle: { nl: 'Maatschappelijk rendement', en: 'Social return' },
  srLead: {
    nl: 'Wat levert een aanpak op, en voor wie? Casusanalyses tellen per huishouden de kosten nu, zonder ingrijpen en na de oplossing; kosten-batenanalyses van programma’s rekenen met aannames die hieronder steeds zichtbaar zijn.',
    en: 'What does an intervention return, and to whom? Case analyses count per household the cost now, without intervention and after; programme cost-benefit analyses rest on assumptions that are always shown.',
  },
  srCaution: {
    nl: 'Dit zijn onderbouwde schattingen, geen metingen: de effecten zijn hypothetisch en een besparing op papier is nog geen geld in de begroting. Kijk altijd naar de aannames en de gevoeligheid.',
    en: 'These are reasoned estimates, not measurements: the effects are hypothetical and a saving on paper is not money in the budget. Always look at the assumptions and the sensitivity.',
  },
  srNone: {
    nl: 'Er zijn nog geen casusanalyses, programma’s of prijslijsten opgeslagen. Laad een voorbeeld (msd rendement example overbetuwe of zoetermeer) of lees een eigen werkmap in (msd rendement template, dan msd rendement import).',
    en: 'No case analyses, programmes or price lists are stored yet. Load an example (msd rendement example overbetuwe or zoetermeer) or import your own workbook (msd rendement template, then msd rendement import).',
  },
  srListCaption: {
    nl: 'Opgeslagen analyses met hun kernuitkomst',
    en: 'Stored analyses with their key result',
  },
  srColName: { nl: 'Analyse', en: 'Analysis' },
  srColKind: { nl: 'Soort', en: 'Kind' },
  srColPriceYear: { nl: 'Prijsjaar', en: 'Price year' },
  srColKeyResult: { nl: 'Kernuitkomst', en: 'Key result' },
  srColStored: { nl: 'Opgeslagen', en: 'Stored' },
  srKindCasusanalyse: { nl: 'Casusanalyse', en: 'Case analysis' },
  srKindProgramma: { nl: 'Kosten-baten programma', en: 'Programme cost-benefit' },
  srKindPrijslijst: { nl: 'Prijslijst', en: 'Price list' },
  srKeyCases: {
    nl: '{difference} per jaar minder kosten ({cases} casussen)',
    en: '{difference} a year less cost ({cases} cases)',
  },
  srKeyProgramme: { nl: 'netto contante waarde {npv}', en: 'net present value {npv}' },
  srKeyPriceList: { nl: '{items} prijsposten', en: '{items} price items' },
  srMeta: {
    nl: '{kind} · bedragen in prijsjaar {year}',
    en: '{kind} · amounts in price year {year}',
  },
  srDownload: {
    nl: 'Download invoer en uitkomst als Excel-werkmap ({name}.xlsx)',
    en: 'Download input and result as an Excel workbook ({name}.xlsx)',
  },
  srBackToList: { nl: 'Alle analyses', en: 'All analyses' },
  srUnknownName: {
    nl: 'Er is geen analyse met de naam {name}. Kies er een uit het overzicht op /rendement.',
    en: 'There is no analysis named {name}. Choose one from the overview at /rendement.',
  },
  srBadName: {
    nl: 'Dit adres hoort niet bij een analyse. Kies er een uit het overzicht op /rendement.',
    en: 'This address does not belong to an analysis. Choose one from the overview at /rendement.',
  },
  cliDemoSocialReturn: {
    nl: 'Voorbeelden maatschappelijk rendement geladen ({names}); zie /rendement.',
    en: 'Loaded the social-return examples ({names}); see /rendement.',
  },
  srKeyFigures: { nl: 'Uitkomst', en: 'Result' },
  srGoalsHeading: { nl: 'Doelen die deze aanpak dient', en: 'Goals this intervention serves' },
  srGoalsNone: {
    nl: 'Deze analyse is niet aan een effect uit de doelenboom gekoppeld (kolom doelboom op het blad Analyse).',
    en: 'This analysis is not linked to an effect of the goal tree (column doelboom on the Analyse sheet).',
  },
  srGoalGone: {
    nl: '{id} (staat niet meer in de huidige doelenboom)',
    en: '{id} (no longer in the current goal tree)',
  },
  srIndicatorsFed: { nl: 'Draagt bij aan de indicatoren: {list}.', en: 'Feeds the indicators: {list}.' },
  srLedgerHeading: { nl: 'Wie betaalt, wie profiteert', en: 'Who pays, who benefits' },
  srLedgerCaption: {
    nl: 'Bedragen per kostendrager en in totaal',
    en: 'Amounts per actor and in total',
  },
  srActor: { nl: 'Kostendrager', en: 'Actor' },
  srTotal: { nl: 'Totaal', en: 'Total' },
  srCurrentYearlyCost: { nl: 'Huidige kosten per jaar', en: 'Current yearly cost' },
  srCostIfNothingDone: { nl: 'Kosten als we niks doen', en: 'Cost if nothing is done' },
  srOneOffCost: { nl: 'Eenmalige kosten', en: 'One-off cost' },
  srNewYearlyCost: { nl: 'Nieuwe kosten per jaar', en: 'New yearly cost' },
  srDifferencePerYear: { nl: 'Verschil per jaar', en: 'Difference per year' },
  srDifferenceInclOneOff: { nl: 'Verschil incl. eenmalig', en: 'Difference incl. one-off' },
  srPvCosts: { nl: 'Contante waarde kosten', en: 'Present value of costs' },
  srPvBenefits: { nl: 'Contante waarde baten', en: 'Present value of benefits' },
  srNpv: { nl: 'Netto contante waarde', en: 'Net present value' },
  srRatio: { nl: 'Baten/kosten (SROI-ratio)', en: 'Benefit/cost (SROI ratio)' },
  srPayback: { nl: 'Terugverdiend in jaar', en: 'Paid back in year' },
  srNoRatio: { nl: 'geen (geen kosten)', en: 'none (no costs)' },
  srNoPayback: { nl: 'niet binnen {years} jaar', en: 'not within {years} years' },
  srWrongPocket: {
    nl: 'Kosten: {payers}. Baten: {beneficiaries}.',
    en: 'Costs: {payers}. Benefits: {beneficiaries}.',
  },
  srWrongPocketNone: { nl: 'niemand', en: 'nobody' },
  srCasesHeading: { nl: 'De casussen', en: 'The cases' },
  srCasesCaption: {
    nl: 'Per casus: kosten per jaar zonder de oplossing (huidig of als we niks doen) en erna, en het ervaren welbevinden',
    en: 'Per case: yearly cost without the solution (current or if nothing is done) and after, and experienced well-being',
  },
  srCase: { nl: 'Casus', en: 'Case' },
  srEurosPerYear: { nl: 'Kosten per jaar', en: 'Cost per year' },
  srWithoutSolution: { nl: 'zonder de oplossing', en: 'without the solution' },
  srAfterSolution: { nl: 'na de oplossing', en: 'after the solution' },
  srCasesChartTitle: { nl: 'Kosten per casus: {title}', en: 'Cost per case: {title}' },
  srCasesChartDescription: {
    nl: 'Per casus (de {cases} casussen, grootste besparing bovenaan) de kosten per jaar zonder de oplossing en erna, verbonden door een lijn. De tabel hieronder geeft dezelfde bedragen.',
    en: 'Per case (the {cases} cases, largest saving on top) the yearly cost without the solution and after, joined by a line. The table below gives the same amounts.',
  },
  srCaseKind: { nl: 'Soort', en: 'Kind' },
  srCaseBaseline: { nl: 'Kosten per jaar zonder oplossing', en: 'Yearly cost without solution' },
  srWellbeingBefore: { nl: 'Welbevinden vóór', en: 'Well-being before' },
  srWellbeingAfter: { nl: 'Welbevinden na', en: 'Well-being after' },
  srCaseBestaand: { nl: 'bestaand', en: 'existing' },
  srCaseNieuw: { nl: 'nieuw', en: 'new' },
  srNotMeasured: { nl: 'niet gemeten', en: 'not measured' },
  srWellbeing: {
    nl: 'Ervaren welbevinden (schaal 1–10, {cases} casussen): gemiddeld {before} vóór en {after} na, een verandering van {change}.',
    en: 'Experienced well-being (scale 1–10, {cases} cases): on average {before} before and {after} after, a change of {change}.',
  },
  srWellbeingNone: {
    nl: 'Het ervaren welbevinden is in deze casussen niet gemeten.',
    en: 'Experienced well-being was not measured in these cases.',
  },
  srCasesSpread: {
    nl: '{better} van de {cases} casussen kosten na de oplossing minder per jaar, {worse} meer en {same} evenveel; het verschil per casus loopt van {min} tot {max}.',
    en: '{better} of the {cases} cases cost less a year after the solution, {worse} more and {same} the same; the difference per case runs from {min} to {max}.',
  },
  srAssumptionsHeading: { nl: 'Aannames', en: 'Assumptions' },
  srProgrammeAssumptions: {
    nl: 'Disconteringsvoet {rate} per jaar; horizon {years} jaar; jaar 1 is het heden.',
    en: 'Discount rate {rate} a year; horizon {years} years; year 1 is the present.',
  },
  srResultsCaption: {
    nl: 'Resultaten met hun aannames en contante waarde (percentages: deel van het resultaat)',
    en: 'Results with their assumptions and present value (percentages: share of the result)',
  },
  srResult: { nl: 'Resultaat', en: 'Result' },
  srCount: { nl: 'Aantal', en: 'Count' },
  srUnitPrice: { nl: 'Prijs per eenheid', en: 'Unit price' },
  srDuration: { nl: 'Looptijd (jaar)', en: 'Duration (years)' },
  srDeadweight: { nl: 'Deadweight', en: 'Deadweight' },
  srAttribution: { nl: 'Toerekening aan anderen', en: 'Attribution to others' },
  srDisplacement: { nl: 'Verplaatsing', en: 'Displacement' },
  srDropOff: { nl: 'Afname per jaar', en: 'Drop-off per year' },
  srMunicipalShare: { nl: 'Aandeel gemeente', en: 'Municipal share' },
  srFirstYearShare: { nl: 'Aandeel eerste jaar', en: 'First-year share' },
  srShareOfActor: { nl: 'kostendrager van de post', en: 'actor of the item' },
  srAllAtOnce: { nl: 'alles in het jaar zelf', en: 'all in the year itself' },
  srCostsCaption: { nl: 'Kosten van het programma', en: 'Costs of the programme' },
  srCostLabel: { nl: 'Omschrijving', en: 'Description' },
  srCostKind: { nl: 'Soort', en: 'Kind' },
  srAmount: { nl: 'Bedrag', en: 'Amount' },
  srCostEenmalig: { nl: 'eenmalig (jaar 1)', en: 'one-off (year 1)' },
  srCostJaarlijks: { nl: 'jaarlijks', en: 'yearly' },
  srPriceListCaption: {
    nl: 'Prijslijst: de prijzen in prijsjaar {year}, met kostendrager en bron',
    en: 'Price list: the prices in price year {year}, with actor and source',
  },
  srCode: { nl: 'Code', en: 'Code' },
  srDescription: { nl: 'Omschrijving', en: 'Description' },
  srUnit: { nl: 'Eenheid', en: 'Unit' },
  srPrice: { nl: 'Prijs', en: 'Price' },
  srSource: { nl: 'Bron', en: 'Source' },
  srSensitivityHeading: {
    nl: 'Gevoeligheid: welke aanname beslist?',
    en: 'Sensitivity: which assumption decides?',
  },
  srSensitivityLead: {
    nl: 'Elke aanname apart gevarieerd (de andere blijven staan): percentages van 0 tot 100 %, al het andere 50 % lager en hoger, tenzij de analyse een eigen bereik geeft. De netto contante waarde is {npv}.',
    en: 'Each assumption varied alone (the others unchanged): shares from 0 to 100 %, everything else 50 % lower and higher, unless the analysis gives its own range. The net present value is {npv}.',
  },
  srTornadoTitle: { nl: 'Tornadodiagram: {title}', en: 'Tornado chart: {title}' },
  srTornadoDescription: {
    nl: 'Per aanname de netto contante waarde bij de lage en de hoge waarde, de {shown} aannames met de grootste uitslag; de verticale lijn is de uitkomst met de aannames zoals ingevuld. De tabel hieronder geeft alle aannames.',
    en: 'Per assumption the net present value at its low and high value, the {shown} assumptions with the largest swing; the vertical line is the result with the assumptions as entered. The table below gives all assumptions.',
  },
  srTornadoNone: {
    nl: 'Geen enkele aanname verandert de uitkomst binnen haar bereik; er is geen tornadodiagram.',
    en: 'No assumption changes the result within its range; there is no tornado chart.',
  },
  srTornadoCaption: {
    nl: 'De gegevens van het tornadodiagram: netto contante waarde per aanname bij laag en hoog, grootste uitslag eerst',
    en: 'The tornado chart’s data: net present value per assumption at low and high, largest swing first',
  },
  srTornadoCaptionAll: {
    nl: 'Alle aannames: netto contante waarde bij laag en hoog, grootste uitslag eerst',
    en: 'Every assumption: net present value at low and high, largest swing first',
  },
  srAllAssumptions: {
    nl: 'Alle {count} aannames in een tabel (ook die de uitkomst niet of nauwelijks veranderen)',
    en: 'All {count} assumptions in a table (also those that hardly change the result)',
  },
  srAssumption: { nl: 'Aanname', en: 'Assumption' },
  srRange: { nl: 'Bereik (basis)', en: 'Range (base)' },
  srNpvLow: { nl: 'NCW bij laag', en: 'NPV at low' },
  srNpvHigh: { nl: 'NCW bij hoog', en: 'NPV at high' },
  srSignFlips: { nl: 'Teken keert om', en: 'Sign flips' },
  srLowLegend: { nl: 'lage waarde', en: 'low value' },
  srHighLegend: { nl: 'hoge waarde', en: 'high value' },
  srYes: { nl: 'ja', en: 'yes' },
  srNo: { nl: 'nee', en: 'no' },
  srChapterLead: {
    nl: 'De monitor berekent wat aanpakken opleveren en voor wie, met de aannames erbij. Details, de werkmap en de volledige gevoeligheid staan op /rendement.',
    en: 'The monitor computes what interventions return and to whom, with their assumptions. Details, the workbook and the full sensitivity are at /rendement.',
  },
  // --- Dashboard (issue 17): goal tree, indicator, domain and wijk pages, filters, downloads, freshness ---
  dashNavYouth: { nl: 'Jeugd', en: 'Youth' },
  dashNavSupport: { nl: 'Wmo', en: 'Wmo' },
  dashNavParticipation: { nl: 'Participatie', en: 'Participation' },
  dashNavIntegral: { nl: 'Integraal', en: 'Integral' },
  dashBreadcrumb: { nl: 'Kruimelpad', en: 'Breadcrumb' },
  dashFilters: {
    nl: 'Keuze van periode, gebied en uitsplitsing',
    en: 'Choice of period, area and breakdown',
  },
  dashShow: { nl: 'Toon', en: 'Show' },
  dashPeriodKind: { nl: 'Soort periode', en: 'Period kind' },
  dashPeriod: { nl: 'Periode', en: 'Period' },
  dashYear: { nl: 'Jaar', en: 'Year' },
  dashBreakdown: { nl: 'Uitsplitsing', en: 'Breakdown' },
  dashNoBreakdown: { nl: 'geen', en: 'none' },
  dashDownload: { nl: 'Download de cijfers van deze pagina:', en: 'Download the figures on this page:' },
  dashDownloadCsv: { nl: 'CSV (Excel, puntkomma)', en: 'CSV (Excel, semicolon)' },
  dashDownloadXlsx: { nl: 'Excel-werkmap (XLSX)', en: 'Excel workbook (XLSX)' },
  dashBadFilter: { nl: 'Deze keuze kan niet: {reason}.', en: 'This choice is not possible: {reason}.' },
  dashBadPeriodKind: {
    nl: 'onbekende soort periode "{value}"; kies jaar, halfjaar, kwartaal of maand',
    en: 'unknown period kind "{value}"; choose jaar, halfjaar, kwartaal or maand',
  },
  dashPeriodNotOfKind: { nl: '{period} is geen {kind}', en: '{period} is not a {kind}' },
  dashPeriodOutside: {
    nl: 'geen cijfers voor {period}; er zijn cijfers van {from} tot en met {to}',
    en: 'no figures for {period}; there are figures from {from} up to {to}',
  },
  dashNoPeriodsOfKind: {
    nl: 'er zijn nog geen cijfers per {kind}',
    en: 'there are no figures per {kind} yet',
  },
  dashNoValuesOfKind: {
    nl: 'Er zijn nog geen cijfers van deze indicator per {kind}. Lees gegevens in (msd ingest) en bereken de indicatoren (msd compute), of kies een andere soort periode.',
    en: 'There are no figures of this indicator per {kind} yet. Load data (msd ingest) and compute (msd compute), or choose another period kind.',
  },
  dashUnknownIndicator: {
    nl: 'De indicator "{id}" bestaat niet. Kies een indicator op de domeinpagina’s (Jeugd, Wmo, Participatie, Integraal).',
    en: 'The indicator "{id}" does not exist. Choose an indicator on the domain pages.',
  },
  dashUnknownArea: {
    nl: 'Het gebied "{code}" bestaat niet in deze monitor. Kies een wijk of eigen gebied op de pagina van een indicator.',
    en: 'The area "{code}" does not exist in this monitor. Choose a district or custom area on an indicator page.',
  },
  dashUnknownDomain: {
    nl: 'Het domein "{domain}" bestaat niet; kies jeugd, wmo, participatie of integraal.',
    en: 'The domain "{domain}" does not exist; choose jeugd, wmo, participatie or integraal.',
  },
  dashUnknownNode: {
    nl: 'De doelenboom (versie {version}) heeft geen {kind} "{id}".',
    en: 'The goal tree (version {version}) has no {kind} "{id}".',
  },
  dashUnknownFormat: {
    nl: 'Onbekend downloadformaat "{format}"; kies csv of xlsx.',
    en: 'Unknown download format "{format}"; choose csv or xlsx.',
  },
  dashSeriesHeading: { nl: 'Verloop in {area}', en: 'Trend in {area}' },
  dashSeriesCaption: { nl: '{name} per periode ({unit})', en: '{name} per period ({unit})' },
  dashAreasHeading: { nl: 'Per wijk in {period}', en: 'Per district in {period}' },
  dashAreaCaption: { nl: '{name} per gebied, {period} ({unit})', en: '{name} per area, {period} ({unit})' },
  dashBreakdownHeading: { nl: 'Uitsplitsing in {area}, {period}', en: 'Breakdown in {area}, {period}' },
  dashBreakdownCaption: {
    nl: '{name} in {area}, {period}, uitgesplitst ({unit})',
    en: '{name} in {area}, {period}, broken down ({unit})',
  },
  dashNoBreakdownValues: {
    nl: 'Voor deze keuze zijn geen uitgesplitste cijfers berekend.',
    en: 'No broken-down figures were computed for this choice.',
  },
  dashBaseline: { nl: 'Nulmeting {period}: {value}', en: 'Baseline {period}: {value}' },
  dashTarget: { nl: 'Streefwaarde {period}: {value}', en: 'Target {period}: {value}' },
  dashSteeringHeading: { nl: 'Sturing in {period}', en: 'Steering in {period}' },
  dashHowComputed: { nl: 'Hoe berekend', en: 'How computed' },
  dashDefinition: { nl: 'Definitie', en: 'Definition' },
  dashOrigin: { nl: 'Herkomst', en: 'Origin' },
  dashOriginComputed: {
    nl: 'berekend uit de eigen registraties volgens de standaardcatalogus',
    en: 'computed from the own records by the standard catalogue',
  },
  dashOriginLocal: {
    nl: 'berekend volgens een eigen definitie van de gemeente',
    en: 'computed by a municipal definition',
  },
  dashOriginImported: {
    nl: 'ingelezen cijfers (bijvoorbeeld CBS, GGD of een enquête)',
    en: 'imported figures (e.g. CBS, GGD or a survey)',
  },
  dashImportedNoDefinition: {
    nl: 'Ingelezen cijfers zonder eigen definitie in de catalogus.',
    en: 'Imported figures without a definition in the catalogue.',
  },
  dashSource: { nl: 'Bron', en: 'Source' },
  dashDeliveredUpTo: { nl: 'Gegevens tot en met', en: 'Data up to' },
  dashStatusRule: { nl: 'Statusregel', en: 'Status rule' },
  dashStatusRuleText: {
    nl: 'Op koers als het gepubliceerde cijfer de streefwaarde in de gewenste richting haalt, aandacht binnen de marge (standaard 5%), anders uit koers; te klein om te duiden onder de minimale omvang; een voorlopig of lopend cijfer houdt zijn status met die markering.',
    en: 'On course when the published figure meets the target in the desired direction, attention within the band (default 5%), else off course; too small to interpret below the minimum size; a provisional or running figure keeps its status, marked.',
  },
  dashDisclosure: { nl: 'Onthullingsbeheersing', en: 'Disclosure control' },
  dashSourceClaim: { nl: 'Declaraties', en: 'Claims' },
  dashSourceProvision: { nl: 'Toewijzingen en voorzieningen', en: 'Allocations and provisions' },
  dashSourceBenefit: { nl: 'Uitkeringen', en: 'Benefits' },
  dashSourcePopulation: { nl: 'Bevolking (peildatum)', en: 'Population (reference date)' },
  dashSourceHouseholds: { nl: 'Huishoudens (peildatum)', en: 'Households (reference date)' },
  dashSourceReintegration: { nl: 'Re-integratievoorzieningen', en: 'Re-integration provisions' },
  dashUpTo: { nl: 'tot en met {date}', en: 'up to {date}' },
  dashNotDelivered: { nl: 'nog niet geleverd', en: 'not delivered yet' },
  dashFreshness: { nl: 'Actualiteit per bron', en: 'Freshness per source' },
  dashHeadlines: { nl: 'Kerncijfers', en: 'Key figures' },
  dashGoalTree: { nl: 'Doelenboom', en: 'Goal tree' },
  dashGoalsHeading: { nl: '{title}: doelen in {period}', en: '{title}: goals in {period}' },
  dashNoTree: {
    nl: 'Er is nog geen doelenboom. Laad er een met msd goals init of msd goals import.',
    en: 'There is no goal tree yet. Load one with msd goals init or msd goals import.',
  },
  dashNoSteeringPeriod: {
    nl: 'Er zijn nog geen jaarcijfers om de doelen aan te toetsen.',
    en: 'There are no yearly figures to assess the goals against yet.',
  },
  dashGoal: { nl: 'Doel', en: 'Goal' },
  dashEffect: { nl: 'Effect', en: 'Effect' },
  dashNodeStatusFor: { nl: 'in {period} voor {area}:', en: 'in {period} for {area}:' },
  dashNarrative: { nl: 'Toelichting ({status})', en: 'Narrative ({status})' },
  dashEffectsHeading: { nl: 'Maatschappelijke effecten', en: 'Societal effects' },
  dashIndicatorsHeading: { nl: 'Indicatoren', en: 'Indicators' },
  dashNoChildren: {
    nl: 'Dit onderdeel heeft nog geen onderdelen eronder.',
    en: 'This node has no children yet.',
  },
  dashDomainTitle: { nl: 'Domein {domain}', en: 'Domain {domain}' },
  dashDomainLead: {
    nl: 'Alle indicatoren van dit domein in {year}, voor de gemeente en {area}. Klik op een indicator voor het verloop, de kaart en de uitsplitsingen.',
    en: 'Every indicator of this domain in {year}, for the municipality and {area}. Click an indicator for its trend, map and breakdowns.',
  },
  dashDomainLeadGemeente: {
    nl: 'Alle indicatoren van dit domein in {year} voor de gemeente {area}. Kies een wijk om die ernaast te zetten, of klik op een indicator voor het verloop, de kaart en de uitsplitsingen.',
    en: 'Every indicator of this domain in {year} for the municipality {area}. Choose a district to put beside it, or click an indicator for its trend, map and breakdowns.',
  },
  dashDomainTable: { nl: 'Indicatoren {domain}, {year}', en: 'Indicators {domain}, {year}' },
  dashIndicator: { nl: 'Indicator', en: 'Indicator' },
  dashCombination: { nl: 'Combinatie van wetten', en: 'Combination of laws' },
  dashCombinationHeading: { nl: 'Stapeling: combinaties van wetten', en: 'Combinations of laws' },
  dashCombinationCaption: {
    nl: 'Personen en huishoudens naar combinatie van wetten, {area}, {year}',
    en: 'Persons and households by combination of laws, {area}, {year}',
  },
  dashMultiLawHeading: { nl: 'Meer dan één wet', en: 'More than one law' },
  dashMultiLawCaption: {
    nl: 'Aandeel huishoudens en kosten bij huishoudens met meer dan één wet, {year} (procent)',
    en: 'Share of households and of costs with more than one law, {year} (percent)',
  },
  dashPersons: { nl: 'Personen', en: 'Persons' },
  dashHouseholds: { nl: 'Huishoudens', en: 'Households' },
  dashTotal: { nl: 'Totaal', en: 'Total' },
  dashWijkTitle: { nl: 'Wijkprofiel {area}', en: 'District profile {area}' },
  dashWijkLead: {
    nl: 'Elke indicator in {year} voor {area} naast de gemeente {gemeente}.',
    en: 'Every indicator in {year} for {area} beside the municipality {gemeente}.',
  },
  dashWijkTable: {
    nl: 'Indicatoren {area} en {gemeente}, {year}',
    en: 'Indicators {area} and {gemeente}, {year}',
  },
  dashChartAllHidden: {
    nl: 'Geen grafiek: alle cijfers van {area} in deze reeks zijn geheim (minder dan 8 personen) of onbekend; de tabel geeft ze als punt.',
    en: 'No chart: every figure of {area} in this series is secret (fewer than 8 persons) or unknown; the table shows them as a dot.',
  },
  dashNoYears: {
    nl: 'Er zijn nog geen jaarcijfers. Lees gegevens in (msd ingest) en bereken de indicatoren (msd compute).',
    en: 'There are no yearly figures yet. Load data (msd ingest) and compute (msd compute).',
  },
  // Shared views (indicator card, trend chart, wijk map, breakdown table, status badge) and the council report.
  chartTargetBand: {
    nl: 'De gele band is de streefwaarde met haar marge, het donkere streepje de streefwaarde zelf',
    en: 'The yellow band is the target with its margin, the dark tick the target itself',
  },
  chartBaseline: { nl: 'nulmeting {period}', en: 'baseline {period}' },
  statusLabel: { nl: 'Status', en: 'Status' },
  statusReason: { nl: 'Reden', en: 'Reason' },
  breakdownCaption: {
    nl: '{name} naar {breakdown}, {period}, {area}',
    en: '{name} by {breakdown}, {period}, {area}',
  },
  breakdownCategory: { nl: 'Categorie', en: 'Category' },
  mapCaption: { nl: '{name} per wijk, {period}', en: '{name} per district, {period}' },
  mapTableCaption: {
    nl: '{name} per wijk, {period} (de cijfers van de kaart)',
    en: '{name} per district, {period} (the figures of the map)',
  },
  cardFigure: { nl: '{period}: {value}', en: '{period}: {value}' },
  cardTarget: { nl: 'Streefwaarde {period}: {value}', en: 'Target {period}: {value}' },
  cardBudget: { nl: 'Begroting {period}: {value}', en: 'Budget {period}: {value}' },
  cardBaseline: { nl: 'Nulmeting {period}: {value}', en: 'Baseline {period}: {value}' },
  cardNarrative: { nl: 'Toelichting', en: 'Explanation' },
  cardNarrativeConcept: { nl: 'Toelichting (concept)', en: 'Explanation (draft)' },
  // Council report (msd report, msd snapshots): the document's words and the command's messages.
  reportMomentJaarrekening: { nl: 'Jaarrekening', en: 'Annual accounts' },
  reportMomentVoorjaarsnota: { nl: 'Voorjaarsnota', en: 'Spring memorandum' },
  reportMomentNajaarsnota: { nl: 'Najaarsnota', en: 'Autumn memorandum' },
  reportMomentHalfjaar: { nl: 'Halfjaarrapportage', en: 'Half-year report' },
  reportTitle: { nl: 'Monitor Sociaal Domein {gemeente}', en: 'Social Domain Monitor {gemeente}' },
  reportSubtitle: { nl: '{moment} {period}', en: '{moment} {period}' },
  reportCoverArea: { nl: 'Gebied: {area}', en: 'Area: {area}' },
  reportCoverDate: { nl: 'Datum rapport: {date}', en: 'Report date: {date}' },
  reportCoverFreshness: {
    nl: 'Actualiteit: gegevens geleverd tot en met {date}.',
    en: 'Freshness: data delivered up to {date}.',
  },
  reportCoverNoDelivery: {
    nl: 'Actualiteit: geen leverdatum bekend.',
    en: 'Freshness: no delivery date known.',
  },
  reportRunningHeader: {
    nl: 'Gemeente {gemeente} · {moment} · {period}',
    en: 'Municipality {gemeente} · {moment} · {period}',
  },
  reportPageNumber: { nl: 'Pagina {page} van {pages}', en: 'Page {page} of {pages}' },
  reportToc: { nl: 'Inhoud', en: 'Contents' },
  reportGuide: { nl: 'Leeswijzer', en: 'Reading guide' },
  reportGuideText: {
    nl: 'Deze rapportage laat zien hoe het sociaal domein van {gemeente} er in {period} voor staat, bij de {moment}. Eerst de samenvatting: per hoofddoel de status. Daarna per hoofddoel de maatschappelijke effecten en de indicatoren, elk met het cijfer, de trend (met streefwaarde en nulmeting), de kaart per wijk, de uitsplitsing, de status met de reden en de toelichting. Dan de hoofdstukken per domein (Jeugd, Wmo, Participatie), het integrale beeld over de wetten heen en de indicatoren die uit koers zijn of aandacht vragen. De bijlage geeft de definities, bronnen en leverdata.',
    en: 'This report shows how the social domain of {gemeente} stands in {period}, for the {moment}. First the summary: the status per main goal. Then per main goal the societal effects and indicators, each with its figure, trend (with target and baseline), district map, breakdown, status with reason and narrative. Then the chapters per domain (youth, Wmo, participation), the integral picture across laws and the indicators off course or needing attention. The appendix gives definitions, sources and delivery dates.',
  },
  reportGuideStatus: {
    nl: 'Statussen: op koers, aandacht, uit koers (gemeten tegen de streefwaarde en haar marge), geen streefwaarde, te klein om te duiden en nog geen gegevens. De status staat altijd in woorden; de kleur ondersteunt alleen. Een status met (voorlopig) of (lopend) kan nog veranderen.',
    en: 'Statuses: on course, attention, off course (measured against the target and its margin), no target, too small to interpret and no data yet. The status is always written in words; colour only supports it. A status marked (provisional) or (running) may still change.',
  },
  reportGuideNumbers: {
    nl: 'Alle cijfers zijn gepubliceerde cijfers: aantallen afgerond op vijftallen, kleine aantallen (0 tot en met 7) geheim (.). Een * na een cijfer betekent voorlopig.',
    en: 'All figures are published figures: counts rounded to fives, small counts (0 to 7) secret (.). A * after a figure means provisional.',
  },
  reportSummary: { nl: 'Samenvatting', en: 'Summary' },
  reportSummaryCaption: {
    nl: 'Status per hoofddoel, {period}, {area}',
    en: 'Status per main goal, {period}, {area}',
  },
  reportSummaryGoal: { nl: 'Hoofddoel', en: 'Main goal' },
  reportSummaryIndicators: { nl: 'Indicatoren op koers', en: 'Indicators on course' },
  reportNoTree: {
    nl: 'Er is geen doelenboom geladen; deze rapportage heeft daarom geen hoofdstukken per doel. Laad er een met msd goals init of msd goals import.',
    en: 'No goal tree is loaded, so this report has no chapters per goal. Load one with msd goals init or msd goals import.',
  },
  reportGoal: { nl: 'Doel: {title}', en: 'Goal: {title}' },
  reportEffect: { nl: 'Effect: {title}', en: 'Effect: {title}' },
  reportDomainYouth: { nl: 'Jeugd', en: 'Youth' },
  reportDomainSupport: { nl: 'Wmo', en: 'Wmo' },
  reportDomainParticipation: { nl: 'Participatie', en: 'Participation' },
  reportIntegral: { nl: 'Integraal: over de wetten heen', en: 'Integral: across laws' },
  reportIntegralLead: {
    nl: 'Hoeveel inwoners en huishoudens hulp uit meer dan één wet krijgen, welk deel van de kosten bij die huishoudens ligt en met hoeveel aanbieders een huishouden te maken heeft.',
    en: 'How many inhabitants and households receive support under more than one law, what share of the cost goes to those households and how many providers a household deals with.',
  },
  reportDomainTableCaption: {
    nl: 'Indicatoren {domain}, {period} en {previous}, {area}',
    en: 'Indicators {domain}, {period} and {previous}, {area}',
  },
  reportIndicator: { nl: 'Indicator', en: 'Indicator' },
  reportAttention: { nl: 'Uit koers of aandacht', en: 'Off course or attention' },
  reportAttentionLead: {
    nl: 'De indicatoren uit de doelenboom die in {period} uit koers zijn of aandacht vragen, met de reden.',
    en: 'The goal-tree indicators that are off course or need attention in {period}, with the reason.',
  },
  reportAttentionNone: {
    nl: 'Geen enkele indicator is in {period} uit koers of vraagt aandacht.',
    en: 'No indicator is off course or needs attention in {period}.',
  },
  reportAttentionCaption: {
    nl: 'Indicatoren uit koers of met aandacht, {period}',
    en: 'Indicators off course or needing attention, {period}',
  },
  reportAppendix: { nl: 'Bijlage: definities en bronnen', en: 'Appendix: definitions and sources' },
  reportDefinitions: { nl: 'Definities', en: 'Definitions' },
  reportSources: { nl: 'Bronnen en leverdata', en: 'Sources and delivery dates' },
  reportMarks: { nl: 'Voorlopige en lopende cijfers', en: 'Provisional and running figures' },
  reportDisclosure: { nl: 'Onthullingsbeheersing', en: 'Disclosure control' },
  reportDisclosureText: {
    nl: 'Deze rapportage is een publicatie: zij bevat alleen gepubliceerde cijfers. Aantallen zijn afgerond op vijftallen; aantallen van 0 tot en met 7 zijn geheim en staan als punt (.). Percentages en gemiddelden over zulke kleine groepen zijn ook geheim. Een wijk zonder cijfer is op de kaart gearceerd.',
    en: 'This report is a publication: it holds published figures only. Counts are rounded to fives; counts of 0 to 7 are secret and shown as a dot (.). Percentages and means over such small groups are secret too. A district without a figure is hatched on the map.',
  },
  reportTreeVersion: {
    nl: 'Doelenboom: {title}, versie {version} (samenvoeging: {rule}).',
    en: 'Goal tree: {title}, version {version} (roll-up: {rule}).',
  },
  reportColophon: { nl: 'Colofon', en: 'Colophon' },
  reportColophonText: {
    nl: 'Gemaakt met Monitor Sociaal Domein {version} op {date}. Alle cijfers in deze rapportage zijn bevroren in momentopname {hash}; met msd report --snapshot {short} maakt u later precies dezelfde rapportage opnieuw, ook als er intussen nieuwe gegevens zijn ingelezen.',
    en: 'Made with Social Domain Monitor {version} on {date}. All figures in this report are frozen in snapshot {hash}; msd report --snapshot {short} makes exactly the same report again later, even after new data arrived.',
  },
  reportSnapshotLabel: { nl: 'Momentopname (sha256)', en: 'Snapshot (sha256)' },
  reportSource: { nl: 'Bron: {source}', en: 'Source: {source}' },
  reportBackToToc: { nl: 'Terug naar de inhoud', en: 'Back to contents' },
  reportNoGemeente: {
    nl: 'De gegevensmap heeft nog geen gemeente; voer eerst msd init --gemeente GMxxxx uit.',
    en: 'The data folder has no gemeente yet; run msd init --gemeente GMxxxx first.',
  },
  reportUnknownArea: {
    nl: 'Gebied {area} bestaat niet in deze gegevensmap (zie msd areas list).',
    en: 'Area {area} does not exist in this data folder (see msd areas list).',
  },
  reportBadPeriod: {
    nl: '{period} is geen periode; gebruik bijvoorbeeld 2024, 2024-H1, 2024-Q3 of 2024-07.',
    en: '{period} is not a period; use e.g. 2024, 2024-H1, 2024-Q3 or 2024-07.',
  },
  reportNoFigures: {
    nl: 'Er zijn geen gepubliceerde cijfers over {period}; bereken eerst de indicatoren (msd compute) of kies een andere periode.',
    en: 'There are no published figures for {period}; compute the indicators first (msd compute) or choose another period.',
  },
  reportUnknownMoment: {
    nl: '{moment} is geen P&C-moment; kies uit {moments}.',
    en: '{moment} is not a planning-and-control moment; choose from {moments}.',
  },
  reportNeedsPeriodOrSnapshot: {
    nl: 'Geef --moment en --period voor een nieuwe rapportage, of --snapshot <hash> om een eerdere opnieuw te maken.',
    en: 'Give --moment and --period for a new report, or --snapshot <hash> to make an earlier one again.',
  },
  reportUnknownSnapshot: {
    nl: 'Momentopname {hash} bestaat niet in deze gegevensmap (zie msd snapshots list).',
    en: 'Snapshot {hash} does not exist in this data folder (see msd snapshots list).',
  },
  reportAmbiguousSnapshot: {
    nl: 'Momentopname {hash} is niet eenduidig; geef meer tekens van de hash.',
    en: 'Snapshot {hash} is ambiguous; give more characters of the hash.',
  },
  reportSnapshotFormat: {
    nl: 'Momentopname {hash} heeft opmaakversie {format}; deze versie van msd kent alleen {known}.',
    en: 'Snapshot {hash} has format {format}; this version of msd knows only {known}.',
  },
  reportNoChromium: {
    nl: 'Voor een PDF is Chromium nodig en dat is niet gevonden ({path}). Installeer het met: sudo apt-get install chromium, of geef het pad met --chromium <pad>. Er is geen bestand geschreven.',
    en: 'A PDF needs Chromium, which was not found ({path}). Install it with: sudo apt-get install chromium, or give its path with --chromium <path>. No file was written.',
  },
  reportPdfFailed: {
    nl: 'De PDF kon niet worden gemaakt: {reason}. Er is geen bestand geschreven.',
    en: 'The PDF could not be made: {reason}. No file was written.',
  },
  reportWritten: {
    nl: 'Rapportage {moment} {period} ({area}) geschreven naar {file} ({format}, {size}); momentopname {hash}{isNew}.',
    en: 'Report {moment} {period} ({area}) written to {file} ({format}, {size}); snapshot {hash}{isNew}.',
  },
  reportSnapshotNew: { nl: ' (nieuw opgeslagen)', en: ' (newly stored)' },
  reportSnapshotKept: { nl: ' (bestond al)', en: ' (already stored)' },
  snapshotsMoment: { nl: 'moment', en: 'moment' },
  snapshotsCreatedAt: { nl: 'gemaakt op', en: 'created at' },
  snapshotsNone: {
    nl: 'Er zijn nog geen momentopnamen; msd report maakt er een bij elke rapportage.',
    en: 'There are no snapshots yet; msd report makes one with every report.',
  },
  // Outlook, remaining items of issue 19: budget import and year-end projection, track record, the /prognose page.
  budgetImported: {
    nl: 'Begroting {file} ingelezen: {lines} regels voor {years}{replaced}.',
    en: 'Budget {file} imported: {lines} lines for {years}{replaced}.',
  },
  budgetReplaced: {
    nl: ' (vervangt {count} eerder ingelezen regels van die jaren)',
    en: ' (replaces {count} earlier lines of those years)',
  },
  budgetRefused: {
    nl: 'Begroting {file} geweigerd, er is niets opgeslagen: {count} {problems}.',
    en: 'Budget {file} refused, nothing was stored: {count} {problems}.',
  },
  budgetProblemOne: { nl: 'probleem', en: 'problem' },
  budgetProblemMany: { nl: 'problemen', en: 'problems' },
  budgetNone: {
    nl: 'Er is geen begroting ingelezen{year}; lees er een in met msd budget import <bestand>.',
    en: 'No budget has been imported{year}; import one with msd budget import <file>.',
  },
  budgetNoneYear: { nl: ' voor {year}', en: ' for {year}' },
  budgetAsOf: {
    nl: 'Jaarprognose {year}: declaraties tot en met {asOf}; het verwachte jaartotaal telt gerealiseerde maanden, verwacht definitief voor maanden waarvan nog declaraties binnenkomen en de voorspelling van de komende maanden.',
    en: 'Year-end projection {year}: claims up to {asOf}; the expected total adds realised months, the expected final figure of months still filling and the forecast of the months to come.',
  },
  trackRecordNone: {
    nl: 'Nog geen voorspellingen met een bekende uitkomst: een voorspelling telt mee zodra de periode definitief is ({vintages} voorspellingen bewaard).',
    en: 'No forecasts with a known outcome yet: a forecast counts once its period is final ({vintages} forecasts kept).',
  },
  trackRecordLead: {
    nl: 'Trefzekerheid: hoe vaak de definitieve uitkomst binnen de band viel die de voorspelling noemde ({outcomes} uitkomsten van {vintages} bewaarde voorspellingen).',
    en: 'Track record: how often the final outcome fell inside the stated band ({outcomes} outcomes of {vintages} kept forecasts).',
  },
  outlookPageTitle: { nl: 'Prognose', en: 'Outlook' },
  outlookPageLead: {
    nl: 'Waar gaan de kosten en cijfers naartoe? Het verwachte jaartotaal tegen de begroting, signalen, wijken vergeleken met de gemeente en de voorspelling van een indicator met een band van 80 % en 95 %.',
    en: 'Where are costs and figures heading? The expected year total against the budget, signals, districts compared with the municipality, and the forecast of an indicator with 80 % and 95 % bands.',
  },
  outlookBudgetHeading: {
    nl: 'Jaarprognose tegen de begroting',
    en: 'Year-end projection against the budget',
  },
  outlookNoSignals: {
    nl: 'Geen signalen voor {indicator}: geen enkel laatste cijfer viel buiten de band die zijn eigen geschiedenis verwachten liet.',
    en: 'No signals for {indicator}: no latest figure fell outside the band its own history led to expect.',
  },
  outlookNoFunnel: {
    nl: 'Geen trechter voor {indicator}: de trechter vergelijkt percentages en aantallen per inwoner van wijken met de gemeente; deze indicator is dat niet, of heeft geen cijfers per wijk.',
    en: 'No funnel for {indicator}: the funnel compares rates of districts with the municipality; this indicator is not a rate or has no district figures.',
  },
  outlookFilter: { nl: 'Kies indicator, gebied en periode', en: 'Choose indicator, area and period' },
  outlookIndicator: { nl: 'Indicator', en: 'Indicator' },
  outlookArea: { nl: 'Gebied', en: 'Area' },
  outlookPeriodKind: { nl: 'Per', en: 'Per' },
  outlookShow: { nl: 'Toon', en: 'Show' },
  outlookTrackHeading: {
    nl: 'Trefzekerheid van eerdere voorspellingen',
    en: 'Track record of earlier forecasts',
  },
  outlookChapterTitle: { nl: 'Vooruitblik', en: 'Outlook' },
  outlookNoData: {
    nl: 'Er zijn nog geen voorspellingen: bereken eerst de indicatoren (msd compute).',
    en: 'No forecasts yet: compute the indicators first (msd compute).',
  },
  // Outlook views and forecast bands (issue 19, display, h-bands): the forecast figure and chart (on /prognose, on
  // every /indicator/<id> and in the report), the funnel figure, signal list, track record, budget projection table.
  outlookForecastHeadingOf: { nl: 'Voorspelling: {indicator}', en: 'Forecast: {indicator}' },
  outlookSignalsHeadingOf: { nl: 'Signalen: {indicator}', en: 'Signals: {indicator}' },
  outlookFunnelHeadingOf: {
    nl: 'Wijken vergeleken met de gemeente (trechter): {indicator}',
    en: 'Districts compared with the municipality (funnel): {indicator}',
  },
  forecastCaption: {
    nl: '{indicator} — {area}: cijfers en voorspelling',
    en: '{indicator} — {area}: figures and forecast',
  },
  forecastColPeriod: { nl: 'periode', en: 'period' },
  forecastColValue: { nl: 'cijfer', en: 'figure' },
  forecastColExpected: { nl: 'verwacht', en: 'expected' },
  forecastColBand80: { nl: '80 %-band', en: '80 % band' },
  forecastColBand95: { nl: '95 %-band', en: '95 % band' },
  forecastColMethod: { nl: 'methode', en: 'method' },
  forecastDownloadLower80: { nl: '80 %-band ondergrens', en: '80 % band lower' },
  forecastDownloadUpper80: { nl: '80 %-band bovengrens', en: '80 % band upper' },
  forecastDownloadLower95: { nl: '95 %-band ondergrens', en: '95 % band lower' },
  forecastDownloadUpper95: { nl: '95 %-band bovengrens', en: '95 % band upper' },
  forecastSeriesValue: { nl: 'cijfer', en: 'figure' },
  forecastSeriesExpected: { nl: 'verwacht definitief', en: 'expected final' },
  forecastSeriesForecast: { nl: 'voorspelling', en: 'forecast' },
  forecastChartDescription: {
    nl: 'Lijn: de gepubliceerde cijfers. Stippellijn: de voorspelling, met de 80 %-band (donker) en de 95 %-band (licht). Ruit met streep: verwacht definitief met de 80 %-band, voor recente maanden waarvan nog declaraties binnenkomen. De tabel onder de grafiek geeft alle getallen.',
    en: 'Line: the published figures. Dashed line: the forecast, with the 80 % band (dark) and the 95 % band (light). Diamond with bar: expected final figure with its 80 % band, for recent months whose claims are still arriving. The table below the chart gives every number.',
  },
  forecastSummary: { nl: 'Prognose met {summary}.', en: 'Forecast with {summary}.' },
  forecastHeading: {
    nl: 'Prognose per {kind}: {area}',
    en: 'Forecast per {kind}: {area}',
  },
  forecastNoKind: {
    nl: 'Geen prognose per {kind}: voorspellingen worden per jaar, kwartaal en maand gemaakt. Kies een van die soorten.',
    en: 'No forecast per {kind}: forecasts are made per year, quarter and month. Choose one of those kinds.',
  },
  forecastRunningNote: {
    nl: 'Een lopende periode staat met zijn onvolledige cijfer in de tabel en telt niet mee in de voorspelling.',
    en: 'A running period is in the table with its incomplete figure and is not used for the forecast.',
  },
  funnelCaption: {
    nl: '{indicator} {period} per wijk, met de trechtergrenzen (99,8 %) bij de omvang van de wijk',
    en: '{indicator} {period} per district, with the funnel limits (99.8 %) at the district’s size',
  },
  funnelAllWithin: {
    nl: 'Gemeente {period}: {rate}. Alle {count} wijken met een getoond cijfer liggen binnen de trechter: geen wijk wijkt meer af dan toeval bij zijn omvang verklaart.',
    en: 'Municipality {period}: {rate}. All {count} districts with a shown figure lie within the funnel: none deviates more than chance explains at its size.',
  },
  funnelSomeOutside: {
    nl: 'Gemeente {period}: {rate}. {outside} van de {count} wijken liggen buiten de trechter: daar is de afwijking groter dan toeval bij die omvang verklaart.',
    en: 'Municipality {period}: {rate}. {outside} of the {count} districts lie outside the funnel: there the deviation is larger than chance explains at that size.',
  },
  funnelColWijk: { nl: 'wijk', en: 'district' },
  funnelColSize: { nl: 'omvang', en: 'size' },
  funnelColValue: { nl: 'cijfer', en: 'figure' },
  funnelColLower: { nl: 'ondergrens', en: 'lower limit' },
  funnelColUpper: { nl: 'bovengrens', en: 'upper limit' },
  funnelColPosition: { nl: 'ligt', en: 'lies' },
  signalsMostRecent: {
    nl: 'De {shown} meest recente van {total} signalen.',
    en: 'The {shown} most recent of {total} signals.',
  },
  trackKindYear: { nl: 'jaar', en: 'year' },
  trackKindHalf: { nl: 'halfjaar', en: 'half year' },
  trackKindQuarter: { nl: 'kwartaal', en: 'quarter' },
  trackKindMonth: { nl: 'maand', en: 'month' },
  budgetTableCaption: {
    nl: 'Jaarprognose {year} tegen de begroting (bedragen in euro’s)',
    en: 'Year-end projection {year} against the budget (amounts in euros)',
  },
  budgetColCategory: { nl: 'domein / categorie', en: 'domain / category' },
  budgetColBudget: { nl: 'begroting', en: 'budget' },
  budgetColExpected: { nl: 'verwacht jaartotaal', en: 'expected year total' },
  budgetColBand80: { nl: '80 %-band', en: '80 % band' },
  budgetColDifference: { nl: 'verschil', en: 'difference' },
  budgetColVerdict: { nl: 'oordeel', en: 'verdict' },
  budgetNoProjection: { nl: 'geen prognose', en: 'no projection' },
  outlookFunnelFor: { nl: 'Trechter voor', en: 'Funnel for' },
  outlookBudgetYear: { nl: 'Begrotingsjaar', en: 'Budget year' },
  // JSON API (/api/v1/) and themes (issue 17, h-api).
  apiUnknownParameter: {
    nl: 'Onbekende parameter "{name}"; toegestaan: {allowed}.',
    en: 'Unknown parameter "{name}"; allowed: {allowed}.',
  },
  apiNoParameters: {
    nl: 'Dit adres kent geen parameters (gekregen: "{name}").',
    en: 'This address takes no parameters (got: "{name}").',
  },
  apiParameterOnce: {
    nl: 'Parameter "{name}" moet precies één keer voorkomen, als tekst.',
    en: 'Parameter "{name}" must occur exactly once, as text.',
  },
  apiNoGemeente: {
    nl: 'Deze monitor heeft nog geen gemeente; richt hem in met msd init --gemeente GMxxxx.',
    en: 'This monitor has no gemeente yet; set it up with msd init --gemeente GMxxxx.',
  },
  themeLogoAlt: { nl: 'Logo {name}', en: 'Logo {name}' },
  themeFolderMissing: {
    nl: 'de themamap bestaat niet of is geen map',
    en: 'the theme folder does not exist or is not a folder',
  },
  themeFolderEmpty: {
    nl: 'de themamap bevat geen theme.json en geen tokens.css (zie docs/theming.md)',
    en: 'the theme folder holds neither theme.json nor tokens.css (see docs/theming.md)',
  },
  themeInvalidJson: { nl: 'geen geldige JSON: {detail}', en: 'not valid JSON: {detail}' },
  themeNotObject: {
    nl: 'moet een JSON-object zijn, zoals {"name": "Gemeente Voorbeeld"}',
    en: 'must be a JSON object, like {"name": "Gemeente Voorbeeld"}',
  },
  themeField: { nl: 'veld {field}: {reason}', en: 'field {field}: {reason}' },
  themeRequired: { nl: 'is verplicht', en: 'is required' },
  themeText: { nl: 'moet tekst zijn', en: 'must be text' },
  themeEmptyText: { nl: 'mag niet leeg zijn', en: 'must not be empty' },
  themeTooLong: { nl: 'mag ten hoogste {max} tekens hebben', en: 'may have at most {max} characters' },
  themeUnknownField: {
    nl: 'onbekend veld; toegestaan: {allowed}',
    en: 'unknown field; allowed: {allowed}',
  },
  themeFileName: {
    nl: 'moet de naam van een bestand in de themamap zijn, zonder map ({name})',
    en: 'must be the name of a file in the theme folder, without a folder ({name})',
  },
  themeFileMissing: {
    nl: 'bestand {name} staat niet in de themamap',
    en: 'file {name} is not in the theme folder',
  },
  themeFileTooLarge: {
    nl: 'bestand {name} is groter dan {max} kB',
    en: 'file {name} is larger than {max} kB',
  },
  themeLogoType: {
    nl: 'een logo moet .svg, .png, .jpg, .jpeg of .webp zijn, niet {name}',
    en: 'a logo must be .svg, .png, .jpg, .jpeg or .webp, not {name}',
  },
  themeLogoContent: {
    nl: 'de inhoud van {name} is geen {kind}-afbeelding',
    en: 'the content of {name} is not a {kind} image',
  },
  themeSvgRefused: {
    nl: 'regel {line}: {what} is niet toegestaan in een SVG-logo (geen scripts, gebeurtenisattributen, externe verwijzingen of ingesloten HTML)',
    en: 'line {line}: {what} is not allowed in an SVG logo (no scripts, event attributes, external references or embedded HTML)',
  },
  themeCssExternal: {
    nl: 'regel {line}: {what} is niet toegestaan: het dashboard doet geen verzoeken buiten de eigen server',
    en: 'line {line}: {what} is not allowed: the dashboard makes no requests outside its own server',
  },
  themeTokenName: {
    nl: 'regel {line}: alleen eigenschappen --utrecht-* en --msd-* zijn toegestaan, niet {name}',
    en: 'line {line}: only --utrecht-* and --msd-* properties are allowed, not {name}',
  },
  themeTokenSelector: {
    nl: 'regel {line}: selector {selector} is niet toegestaan; gebruik :root of .utrecht-theme',
    en: 'line {line}: selector {selector} is not allowed; use :root or .utrecht-theme',
  },
  themeTokenSyntax: {
    nl: 'regel {line}: verwacht "--naam: waarde;" binnen een blok {…}',
    en: 'line {line}: expected "--name: value;" inside a {…} block',
  },
  themeRefused: { nl: 'thema {dir} geweigerd:', en: 'theme {dir} refused:' },
  // Re-integration provisions (issue 14): their delivery source and the kind of their CSV export.
  sourceReintegration: { nl: 're-integratievoorzieningen {date}', en: 're-integration provisions {date}' },
  sourceKindReintegration: { nl: 'Re-integratievoorzieningen (CSV)', en: 'Re-integration provisions (CSV)' },
  // — Single sign-on with OpenID Connect (issue 18, item 2) —
  ssoLoginWith: { nl: 'Inloggen met {organisation}', en: 'Log in with {organisation}' },
  ssoOr: {
    nl: 'Of log in met een account van de monitor zelf:',
    en: 'Or log in with an account of the monitor itself:',
  },
  ssoProviderUnreachable: {
    nl: 'De identiteitsprovider van de organisatie is niet bereikbaar ({reason}). Probeer het later opnieuw of log in met een account van de monitor.',
    en: "The organisation's identity provider cannot be reached ({reason}). Try again later or log in with an account of the monitor.",
  },
  ssoStateMismatch: {
    nl: 'Het inloggen via de organisatie is geweigerd: het antwoord hoort niet bij een inlogpoging uit deze browser (state klopt niet of is verlopen). Begin opnieuw.',
    en: 'Single sign-on was refused: the answer does not belong to a login started in this browser (state wrong or expired). Start again.',
  },
  ssoNonceMismatch: {
    nl: 'Het inloggen via de organisatie is geweigerd: het identiteitsbewijs hoort niet bij deze inlogpoging (nonce klopt niet). Begin opnieuw.',
    en: 'Single sign-on was refused: the identity token does not belong to this login (nonce wrong). Start again.',
  },
  ssoProviderRefused: {
    nl: 'Het inloggen via de organisatie is geweigerd: {reason}. Begin opnieuw.',
    en: 'Single sign-on was refused: {reason}. Start again.',
  },
  ssoNoUsername: {
    nl: 'De identiteitsprovider gaf geen bruikbare gebruikersnaam (claim "{claim}"). Vraag een beheerder de instelling usernameClaim te controleren.',
    en: 'The identity provider gave no usable username (claim "{claim}"). Ask an administrator to check the usernameClaim setting.',
  },
  ssoNoRole: {
    nl: 'U bent bij de organisatie ingelogd als {username}, maar u hebt nog geen rol in de monitor. Een beheerder ziet uw account nu en kan u een rol geven.',
    en: 'You are logged in at the organisation as {username}, but you have no role in the monitor yet. An administrator now sees your account and can give you a role.',
  },
  ssoDisabled: {
    nl: 'Het account {username} is uitgeschakeld. Vraag een beheerder om het in te schakelen.',
    en: 'The account {username} is disabled. Ask an administrator to enable it.',
  },
  ssoLoggedIn: { nl: 'U bent ingelogd als {username}.', en: 'You are logged in as {username}.' },
  ssoContinue: { nl: 'Verder naar de monitor', en: 'Continue to the monitor' },
  ssoConfigInvalid: {
    nl: 'De instelling voor inloggen met de organisatie ({file}) klopt niet: {reason}.',
    en: 'The single sign-on setting ({file}) is wrong: {reason}.',
  },
  ssoConfigMissingField: {
    nl: 'veld "{field}" ontbreekt of is leeg',
    en: 'field "{field}" is missing or empty',
  },
  ssoConfigBadUrl: { nl: '"{field}" is geen http(s)-adres', en: '"{field}" is not an http(s) address' },
  ssoConfigBadRole: {
    nl: 'roleMapping "{group}" wijst naar onbekende rol "{role}" (kies admin, analyst, policy of viewer)',
    en: 'roleMapping "{group}" names unknown role "{role}" (choose admin, analyst, policy or viewer)',
  },
  ssoConfigNoSecret: {
    nl: 'geen clientgeheim: zet MSD_OIDC_CLIENT_SECRET of clientSecretFile (nooit op de opdrachtregel)',
    en: 'no client secret: set MSD_OIDC_CLIENT_SECRET or clientSecretFile (never on the command line)',
  },
  ssoConfigUnreadable: { nl: 'niet te lezen ({reason})', en: 'cannot be read ({reason})' },
  // — Work in the browser: editing narratives and targets (issue 18, item 4) —
  editNarrativeTitle: { nl: 'Verhaal bij de cijfers bewerken', en: 'Edit the narrative' },
  editNarrativeLead: {
    nl: 'Schrijf per knoop van de doelenboom en per periode het verhaal bij de cijfers, in markdown (kopjes met #, *nadruk*, lijsten met -, [links](https://…)). Elke opgeslagen versie blijft in de geschiedenis.',
    en: 'Write the story behind the figures per goal tree node and period, in markdown. Every saved version stays in the history.',
  },
  editTargetTitle: { nl: 'Streefwaarde instellen', en: 'Set a target' },
  editTargetLead: {
    nl: 'Stel de streefwaarde (bij een kostenindicator: de begroting) van een indicator in de doelenboom in, voor een jaar of een andere periode. Eerdere waarden blijven in de geschiedenis.',
    en: 'Set the target (for a cost indicator: the budget) of an indicator in the goal tree for a year or another period. Earlier values stay in the history.',
  },
  editChoose: { nl: 'Kiezen', en: 'Choose' },
  editNode: { nl: 'Knoop in de doelenboom', en: 'Goal tree node' },
  editIndicator: { nl: 'Indicator', en: 'Indicator' },
  editPeriod: { nl: 'Periode', en: 'Period' },
  editPeriodHint: {
    nl: 'Bijvoorbeeld 2026, 2026-K3 of 2026-09.',
    en: 'For example 2026, 2026-K3 or 2026-09.',
  },
  editText: { nl: 'Tekst (markdown)', en: 'Text (markdown)' },
  editStatus: { nl: 'Status', en: 'Status' },
  editStatusConcept: { nl: 'Concept', en: 'Draft' },
  editStatusFinal: { nl: 'Definitief', en: 'Final' },
  editValue: { nl: 'Streefwaarde', en: 'Target' },
  editValueHint: {
    nl: 'Een getal; een komma of punt als decimaalteken, bijvoorbeeld 12,5.',
    en: 'A number; a comma or point as decimal mark, for example 12.5.',
  },
  editPreview: { nl: 'Voorbeeld', en: 'Preview' },
  editPreviewHeading: { nl: 'Voorbeeld (nog niet opgeslagen)', en: 'Preview (not saved yet)' },
  editSave: { nl: 'Opslaan', en: 'Save' },
  editHistory: { nl: 'Geschiedenis', en: 'History' },
  editHistoryEmpty: { nl: 'Nog geen eerdere versies.', en: 'No earlier versions yet.' },
  editHistoryItem: {
    nl: 'Versie {id}, {status}, door {author} op {at}',
    en: 'Version {id}, {status}, by {author} on {at}',
  },
  editTargetHistoryCaption: {
    nl: 'Gezette streefwaarden voor {indicator}, nieuwste eerst',
    en: 'Targets set for {indicator}, newest first',
  },
  editWhen: { nl: 'Wanneer (UTC)', en: 'When (UTC)' },
  editBy: { nl: 'Door', en: 'By' },
  editNoTree: {
    nl: 'Er is nog geen doelenboom. Een analist of beheerder leest er een in met msd goals import.',
    en: 'There is no goal tree yet. An analyst or administrator imports one with msd goals import.',
  },
  editBadValue: { nl: 'waarde: "{value}" is geen getal.', en: 'value: "{value}" is not a number.' },

  // — Uploading delivery files in the browser (issue 18, item 4): /gegevensleveringen/uploaden —
  uploadLink: { nl: 'Bestanden uploaden', en: 'Upload files' },
  uploadTitle: { nl: 'Bestanden uploaden', en: 'Upload files' },
  uploadLead: {
    nl: 'Lever iJw/iWmo-berichten (XML of zip) en CSV- of XLSX-exports aan. Ze worden ingelezen zoals met msd ingest: elk bestand in één keer of helemaal niet, foute regels gaan met hun reden in quarantaine, en daarna worden de cijfers herberekend.',
    en: 'Deliver iJw/iWmo messages (XML or zip) and CSV or XLSX exports. They are ingested as by msd ingest: each file whole or not at all, bad lines go to quarantine with their reason, and then the figures are recomputed.',
  },
  uploadFilesLabel: { nl: 'Bestanden', en: 'Files' },
  uploadFilesHint: {
    nl: 'Eén of meer bestanden ({types}), samen ten hoogste {limit}.',
    en: 'One or more files ({types}), together at most {limit}.',
  },
  uploadProfileLabel: {
    nl: 'Koppelprofiel voor CSV- en XLSX-bestanden',
    en: 'Mapping profile for CSV and XLSX files',
  },
  uploadProfileHint: {
    nl: 'Laat dit op "Automatisch herkennen" staan, tenzij de kolommen van uw export niet worden herkend. Een gekozen profiel geldt voor elk CSV- en XLSX-bestand van deze upload.',
    en: 'Leave this at "Detect automatically" unless the columns of your export are not recognised. A chosen profile applies to every CSV and XLSX file of this upload.',
  },
  uploadProfileAuto: { nl: 'Automatisch herkennen', en: 'Detect automatically' },
  uploadSubmit: { nl: 'Uploaden en inlezen', en: 'Upload and ingest' },
  uploadSending: { nl: '{percent} % verzonden', en: '{percent} % sent' },
  uploadSendingLabel: { nl: 'Voortgang van het verzenden', en: 'Sending progress' },
  uploadUnavailable: {
    nl: 'Deze server leest geen bestanden in: hij is zonder eigen gegevensmap gestart. Lees bestanden in met msd ingest.',
    en: 'This server does not ingest files: it was started without its own data folder. Ingest files with msd ingest.',
  },
  uploadBuilding: {
    nl: 'De demo wordt nog opgebouwd (stap {step}). Upload opnieuw zodra de opbouw klaar is; er is niets opgeslagen.',
    en: 'The demo is still being built (step {step}). Upload again once it is ready; nothing was stored.',
  },
  uploadTooLarge: {
    nl: 'De upload is groter dan de grens van {limit} per keer. Er is niets opgeslagen. Lever de bestanden in delen aan, of vraag de beheerder de grens (MSD_UPLOAD_LIMIT_MB) te verhogen.',
    en: 'The upload is larger than the limit of {limit} at a time. Nothing was stored. Deliver the files in parts, or ask the administrator to raise the limit (MSD_UPLOAD_LIMIT_MB).',
  },
  uploadNotMultipart: {
    nl: 'Het formulier is niet als bestandsupload (multipart/form-data) verstuurd. Er is niets opgeslagen.',
    en: 'The form was not sent as a file upload (multipart/form-data). Nothing was stored.',
  },
  uploadBadName: {
    nl: 'Bestand "{file}": deze naam is niet bruikbaar (leeg, langer dan 200 tekens of met stuurtekens). Er is niets opgeslagen.',
    en: 'File "{file}": this name cannot be used (empty, longer than 200 characters or with control characters). Nothing was stored.',
  },
  uploadUnknownType: {
    nl: 'Bestand {file}: dit soort bestand wordt niet ingelezen; dat kan met {types}. Er is niets opgeslagen.',
    en: 'File {file}: this kind of file is not ingested; {types} are. Nothing was stored.',
  },
  uploadDuplicateName: {
    nl: 'Bestand {file} zit twee keer in deze upload. Er is niets opgeslagen.',
    en: 'File {file} is in this upload twice. Nothing was stored.',
  },
  uploadTooManyFiles: {
    nl: 'Ten hoogste {max} bestanden per upload; stop meer berichten samen in een zip. Er is niets opgeslagen.',
    en: 'At most {max} files per upload; put more messages in one zip. Nothing was stored.',
  },
  uploadNoFiles: {
    nl: 'Kies ten minste één bestand om te uploaden.',
    en: 'Choose at least one file to upload.',
  },
  uploadAborted: {
    nl: 'De upload is afgebroken voordat alle bestanden binnen waren. Er is niets opgeslagen.',
    en: 'The upload was broken off before all files had arrived. Nothing was stored.',
  },
  uploadUnknownProfile: {
    nl: 'Koppelprofiel "{profile}" bestaat niet. Er is niets opgeslagen.',
    en: 'Mapping profile "{profile}" does not exist. Nothing was stored.',
  },
  uploadUnexpected: {
    nl: 'onverwachte fout ({kind}); de beheerder vindt meer in het logboek van de server',
    en: 'unexpected error ({kind}); the administrator finds more in the server log',
  },
  uploadStatusTitle: { nl: 'Upload inlezen', en: 'Ingesting an upload' },
  uploadNotFound: {
    nl: 'Upload {id} is onbekend. Na een herstart van de server is de voortgang van eerdere uploads niet meer te zien; wat is ingelezen staat bij Gegevensleveringen (/data).',
    en: 'Upload {id} is unknown. After a server restart the progress of earlier uploads is gone; what was ingested is listed under Deliveries (/data).',
  },
  uploadNotYours: {
    nl: 'Deze upload is van een andere gebruiker; alleen die gebruiker en een beheerder zien de voortgang.',
    en: 'This upload belongs to another user; only that user and an administrator see its progress.',
  },
  uploadStageLabel: { nl: 'Stap', en: 'Stage' },
  uploadStage_ontvangen: {
    nl: 'Ontvangen: de bestanden staan klaar en wachten op hun beurt om ingelezen te worden.',
    en: 'Received: the files are waiting for their turn to be ingested.',
  },
  uploadStage_inlezen: {
    nl: 'Inlezen: de bestanden worden ingelezen.',
    en: 'Ingesting: the files are being read.',
  },
  uploadStage_herberekenen: {
    nl: 'Herberekenen: de bestanden zijn ingelezen; de cijfers worden herberekend.',
    en: 'Recomputing: the files are ingested; the figures are being recomputed.',
  },
  uploadStage_klaar: {
    nl: 'Klaar: de bestanden zijn verwerkt en de cijfers bijgewerkt.',
    en: 'Done: the files are processed and the figures updated.',
  },
  uploadStage_mislukt: {
    nl: 'Mislukt: {reason}. Wat al was opgeslagen, is per bestand heel opgeslagen; een bestand wordt nooit half opgeslagen.',
    en: 'Failed: {reason}. What was stored is stored whole per file; a file is never half stored.',
  },
  uploadRefreshing: {
    nl: 'Deze pagina ververst zich elke 2 seconden tot het inlezen klaar is.',
    en: 'This page refreshes every 2 seconds until the ingest is done.',
  },
  uploadFilesHeading: { nl: 'Bestanden', en: 'Files' },
  uploadFilesCaption: {
    nl: 'De bestanden van deze upload met hun grootte en resultaat',
    en: 'The files of this upload with their size and result',
  },
  uploadSize: { nl: 'Grootte', en: 'Size' },
  uploadResult: { nl: 'Resultaat', en: 'Result' },
  uploadWaiting: { nl: 'nog niet ingelezen', en: 'not ingested yet' },
  uploadRecomputed: {
    nl: 'Herberekend: {rows} waarden van {indicators} indicatoren.',
    en: 'Recomputed: {rows} values of {indicators} indicators.',
  },
  uploadQuarantineHeading: { nl: 'Quarantaine', en: 'Quarantine' },
  uploadQuarantineNone: {
    nl: 'Geen enkele regel van deze upload is in quarantaine geplaatst.',
    en: 'No line of this upload went to quarantine.',
  },
  uploadQuarantineCount: {
    nl: '{count} regel(s) of bestand(en) niet opgeslagen, elk met de reden:',
    en: '{count} line(s) or file(s) not stored, each with its reason:',
  },
  uploadQuarantineCaption: {
    nl: 'Alles van deze upload dat in quarantaine ging: bestand, plaats en reden',
    en: 'Everything of this upload that went to quarantine: file, position and reason',
  },
  uploadToData: { nl: 'Naar Gegevensleveringen', en: 'To Deliveries' },
  uploadAnother: { nl: 'Nog een upload', en: 'Another upload' },
  editRefused: { nl: 'Niet opgeslagen. {reason}', en: 'Not saved. {reason}' },
  editUnknownStatus: {
    nl: 'status: kies concept of definitief, niet "{status}".',
    en: 'status: choose concept or definitief, not "{status}".',
  },
  // Start page: the outlook summary (year-end projection per law, the gemeente's latest signals).
  homeOutlookHeading: { nl: 'Vooruitblik', en: 'Outlook' },
  homeOutlookProjection: {
    nl: 'Verwacht jaartotaal {year} tegen de begroting',
    en: 'Expected total for {year} against the budget',
  },
  homeOutlookAsOf: {
    nl: 'Declaraties ingelezen tot en met {asOf}; wat nog niet gedeclareerd is, telt mee als verwacht definitief.',
    en: 'Claims read up to {asOf}; what has not been claimed yet counts as expected final.',
  },
  homeOutlookSignals: {
    nl: 'Signalen voor {gemeente} in de laatste periode',
    en: 'Signals for {gemeente} in the latest period',
  },
  homeOutlookNoSignals: {
    nl: 'Geen signalen: geen laatste cijfer van {gemeente} viel buiten de band die zijn eigen geschiedenis verwachten liet.',
    en: 'No signals: no latest figure of {gemeente} fell outside the band its own history led to expect.',
  },
  homeOutlookMoreSignals: {
    nl: 'En nog {count} signalen voor {gemeente}; de wijken staan op de pagina Prognose.',
    en: 'And {count} more signals for {gemeente}; the districts are on the Outlook page.',
  },
  homeOutlookLink: {
    nl: 'Alle prognoses, signalen per wijk en de trefzekerheid van eerdere voorspellingen',
    en: 'All forecasts, signals per district and the track record of earlier forecasts',
  },
  // — Edit links on the node and indicator pages, for policy and up (issue 18 follow-up) —
  editLinkNarrative: { nl: 'Verhaal bewerken', en: 'Edit narrative' },
  editLinkTarget: { nl: 'Streefwaarde aanpassen', en: 'Adjust target' },
} as const satisfies Record<string, Record<Locale, string>>;

export type MessageKey = keyof typeof MESSAGES;

/**
 * The Dutch (or English) label of every value status code the cube stores (`final`, `provisional`, and `running`
 * for periods that run past a source's delivery date). Codes stay English in the data and in JSON.
 */
const VALUE_STATUS_MESSAGES: Record<string, MessageKey> = {
  final: 'final',
  provisional: 'provisional',
  running: 'running',
};

/** The label of a batch status code (`msd batches`, `/data`); `duplicate` is an ingest result, never stored. */
const BATCH_STATUS_MESSAGES: Record<string, MessageKey> = {
  stored: 'statusStored',
  rejected: 'statusRejected',
  duplicate: 'statusDuplicate',
};

/** The message of each delivery source in "Gegevens per bron tot en met: …" (dashboard and report alike). */
export const DELIVERY_SOURCE_MESSAGES: Record<DeliverySource, MessageKey> = {
  claim: 'sourceClaim',
  provision: 'sourceProvision',
  benefit: 'sourceBenefit',
  reintegration: 'sourceReintegration',
  population: 'sourcePopulation',
  households: 'sourceHouseholds',
};

/** The label of a value status code; an unknown code is shown as stored. */
export function valueStatusLabel(code: string, locale: Locale = 'nl'): string {
  const key = VALUE_STATUS_MESSAGES[code];
  return key ? t(key, {}, locale) : code;
}

/** The label of a batch status code; an unknown code is shown as stored. */
export function batchStatusLabel(code: string, locale: Locale = 'nl'): string {
  const key = BATCH_STATUS_MESSAGES[code];
  return key ? t(key, {}, locale) : code;
}

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

/** The batch log's source kinds of the shipped standard export, by the profile's name after `csv:`. */
const CSV_PROFILE_KINDS: Record<string, MessageKey> = {
  'msd-standaard-declaraties': 'sourceKindClaims',
  'msd-standaard-uitkeringen': 'sourceKindBenefits',
  'msd-standaard-voorzieningen': 'sourceKindProvisions',
  'msd-standaard-bevolking': 'sourceKindPopulation',
  'msd-standaard-huishoudens': 'sourceKindHouseholds',
  'msd-standaard-postcodes': 'sourceKindPostcodes',
  'msd-standaard-re-integratie': 'sourceKindReintegration',
};

/**
 * The name of a batch's source kind (`batch.source`: `istandaard`, `csv:<profile>`, `cbs:<table>`, `values`) for
 * people: the `/data` page shows it, and the CLI can. A kind this list does not know is shown as it is stored.
 */
export function sourceKindName(source: string, locale: Locale = 'nl'): string {
  if (source === 'istandaard') return t('sourceKindIstandaarden', {}, locale);
  if (source === 'unknown') return t('sourceKindUnrecognised', {}, locale);
  if (source === 'values') return t('sourceKindAggregates', {}, locale);
  if (source.startsWith('csv:')) {
    const profile = source.slice('csv:'.length);
    const key = CSV_PROFILE_KINDS[profile];
    return key ? t(key, {}, locale) : t('sourceKindCsvProfile', { profile }, locale);
  }
  if (source.startsWith('cbs:')) return t('sourceKindCbs', { table: source.slice('cbs:'.length) }, locale);
  return t('sourceKindUnknown', { kind: source }, locale);
}

const NUMBER_FORMAT: Record<Locale, Intl.NumberFormat> = {
  nl: new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1 }),
  en: new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 }),
};

/** A number as the locale writes it (nl: 12.345,6). */
export const formatNumber = (value: number, locale: Locale = 'nl'): string =>
  NUMBER_FORMAT[locale].format(value);

const SECONDS_FORMAT: Record<Locale, Intl.NumberFormat> = {
  nl: new Intl.NumberFormat('nl-NL', { minimumFractionDigits: 1, maximumFractionDigits: 1 }),
  en: new Intl.NumberFormat('en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 }),
};

/** A duration in milliseconds as seconds with one decimal, as the locale writes it (nl: 3,9 s). */
export const formatSeconds = (ms: number, locale: Locale = 'nl'): string =>
  `${SECONDS_FORMAT[locale].format(ms / 1000)} s`;

/** An ISO date as the locale writes it: nl dd-mm-jjjj (15-02-2026), en dd/mm/yyyy. */
export function formatDate(isoDate: string, locale: Locale = 'nl'): string {
  const [year, month, day] = isoDate.slice(0, 10).split('-');
  return locale === 'nl' ? `${day}-${month}-${year}` : `${day}/${month}/${year}`;
}
