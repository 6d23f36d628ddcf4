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
  editRefused: { nl: 'Niet opgeslagen. {reason}', en: 'Not saved. {reason}' },
  editUnknownStatus: {
    nl: 'status: kies concept of definitief, niet "{status}".',
    en: 'status: choose concept or definitief, not "{status}".',
  },
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
